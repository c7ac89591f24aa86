using System;

namespace RightsAnalyzers.Corpus;

/// <summary>Ordinary flavour: the command handler and in-memory store of one entity; its one log line is a count.</summary>
internal static class OrdinaryHandler
{
    public static string Handler(Entity e, Random random) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        namespace {{e.Namespace}};

        public sealed record Create{{e.Name}}Command(int Number, {{e.Name}}Category Category, DateOnly Due, IReadOnlyList<(string Sku, int Quantity, decimal Price)> Lines);

        public sealed record {{e.Name}}Result(bool Succeeded, int Number, IReadOnlyList<string> Errors);

        public sealed class {{e.Name}}Store
        {
            private readonly Dictionary<int, {{e.Name}}> _items = new();

            public int Count => _items.Count;

            public bool TryAdd({{e.Name}} item) => _items.TryAdd(item.Number, item);

            public {{e.Name}}? Find(int number) => _items.TryGetValue(number, out var item) ? item : null;

            public IReadOnlyList<{{e.Name}}> Page(int skip, int take)
                => _items.Values.OrderBy(i => i.Number).Skip(skip).Take(take).ToList();
        }

        public sealed class Create{{e.Name}}Handler
        {
            private readonly {{e.Name}}Store _store;
            private readonly ILogger<Create{{e.Name}}Handler> _logger;

            public Create{{e.Name}}Handler({{e.Name}}Store store, ILogger<Create{{e.Name}}Handler> logger)
            {
                _store = store;
                _logger = logger;
            }

            public Task<{{e.Name}}Result> HandleAsync(Create{{e.Name}}Command command, CancellationToken cancellationToken)
            {
                var item = new {{e.Name}}(command.Number, command.Category, command.Due);
                foreach (var (sku, quantity, price) in command.Lines)
                {
                    item.Add(sku, quantity, price + {{e.Name}}Pricing.TieredDiscount(quantity));
                }

                var errors = item.Validate();
                if (errors.Count > 0)
                {
                    return Task.FromResult(new {{e.Name}}Result(false, command.Number, errors));
                }

                if (!_store.TryAdd(item))
                {
                    return Task.FromResult(new {{e.Name}}Result(false, command.Number, new[] { "duplicate number" }));
                }

                if (_store.Count % {{50 + random.Next(50)}} == 0)
                {
                    _logger.LogInformation("{Count} {{e.Lower}} records in store", _store.Count);
                }

                return Task.FromResult(new {{e.Name}}Result(true, command.Number, Array.Empty<string>()));
            }
        }

        """;
}
