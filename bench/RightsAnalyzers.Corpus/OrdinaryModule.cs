using System;

namespace RightsAnalyzers.Corpus;

/// <summary>
/// Ordinary flavour: business code with few sinks. Domain types, pricing and scheduling rules, a handler and an
/// in-memory store; one log line per module, about counts, never about people.
/// </summary>
internal static class OrdinaryModule
{
    public static string Model(Entity e, Random random) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace {{e.Namespace}};

        public enum {{e.Name}}Category
        {
            Standard,
            Premium,
            Bulk,
            Internal,
        }

        public sealed class {{e.Name}}Line
        {
            public {{e.Name}}Line(string sku, int quantity, decimal unitPrice)
            {
                Sku = sku;
                Quantity = quantity;
                UnitPrice = unitPrice;
            }

            public string Sku { get; }

            public int Quantity { get; private set; }

            public decimal UnitPrice { get; }

            public decimal Total => Quantity * UnitPrice;

            public void Increase(int by)
            {
                if (by <= 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(by));
                }

                Quantity += by;
            }
        }

        public sealed class {{e.Name}}
        {
            private readonly List<{{e.Name}}Line> _lines = new();

            public {{e.Name}}(int number, {{e.Name}}Category category, DateOnly due)
            {
                Number = number;
                Category = category;
                Due = due;
            }

            public int Number { get; }

            public {{e.Name}}Category Category { get; set; }

            public DateOnly Due { get; set; }

            public decimal DiscountRate { get; set; }

            public IReadOnlyList<{{e.Name}}Line> Lines => _lines;

            public decimal Subtotal => _lines.Sum(l => l.Total);

            public void Add(string sku, int quantity, decimal unitPrice)
            {
                var existing = _lines.FirstOrDefault(l => l.Sku == sku);
                if (existing is not null)
                {
                    existing.Increase(quantity);
                    return;
                }

                _lines.Add(new {{e.Name}}Line(sku, quantity, unitPrice));
            }

            public IReadOnlyList<string> Validate()
            {
                var errors = new List<string>();
                if (_lines.Count == 0)
                {
                    errors.Add("no lines");
                }

                if (DiscountRate is < 0 or > {{0.1m + random.Next(40) / 100m}}m)
                {
                    errors.Add("discount out of range");
                }

                foreach (var line in _lines.Where(l => l.Quantity > {{100 + random.Next(900)}}))
                {
                    errors.Add("quantity too large for " + line.Sku);
                }

                return errors;
            }
        }

        """;

    public static string Pricing(Entity e, Random random) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace {{e.Namespace}};

        public static class {{e.Name}}Pricing
        {
            private static readonly IReadOnlyDictionary<string, decimal> TaxRates = new Dictionary<string, decimal>
            {
                ["standard"] = {{15 + random.Next(10)}}m / 100m,
                ["reduced"] = {{5 + random.Next(5)}}m / 100m,
                ["zero"] = 0m,
            };

            public static decimal CategoryFactor({{e.Name}}Category category) => category switch
            {
                {{e.Name}}Category.Premium => 1.{{10 + random.Next(40)}}m,
                {{e.Name}}Category.Bulk => 0.{{80 + random.Next(15)}}m,
                {{e.Name}}Category.Internal => 0m,
                _ => 1m,
            };

            public static decimal Total({{e.Name}} item, string taxBand)
            {
                var rate = TaxRates.TryGetValue(taxBand, out var found) ? found : TaxRates["standard"];
                var net = item.Subtotal * CategoryFactor(item.Category) * (1 - item.DiscountRate);
                return Math.Round(net * (1 + rate), 2, MidpointRounding.ToEven);
            }

            public static IReadOnlyList<(string Sku, decimal Share)> Shares({{e.Name}} item)
            {
                var subtotal = item.Subtotal;
                if (subtotal == 0)
                {
                    return Array.Empty<(string, decimal)>();
                }

                return item.Lines
                    .GroupBy(l => l.Sku)
                    .Select(g => (g.Key, Math.Round(g.Sum(l => l.Total) / subtotal, 4)))
                    .OrderByDescending(x => x.Item2)
                    .ToList();
            }

            public static decimal TieredDiscount(int quantity)
            {
                var discount = 0m;
                var tiers = new[] { {{10 + random.Next(10)}}, {{50 + random.Next(50)}}, {{200 + random.Next(300)}} };
                for (var i = 0; i < tiers.Length; i++)
                {
                    if (quantity >= tiers[i])
                    {
                        discount += 0.0{{1 + random.Next(8)}}m;
                    }
                }

                return discount;
            }
        }

        """;

    public static string Scheduling(Entity e, Random random) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace {{e.Namespace}};

        public sealed class {{e.Name}}Scheduler
        {
            private readonly HashSet<DateOnly> _holidays;

            public {{e.Name}}Scheduler(IEnumerable<DateOnly> holidays)
            {
                _holidays = new HashSet<DateOnly>(holidays);
            }

            public bool IsBusinessDay(DateOnly day)
                => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

            public DateOnly AddBusinessDays(DateOnly start, int days)
            {
                var current = start;
                var remaining = days;
                while (remaining > 0)
                {
                    current = current.AddDays(1);
                    if (IsBusinessDay(current))
                    {
                        remaining--;
                    }
                }

                return current;
            }

            public IReadOnlyDictionary<DateOnly, int> Load(IEnumerable<{{e.Name}}> items)
                => items.GroupBy(i => i.Due).ToDictionary(g => g.Key, g => g.Count());

            public IEnumerable<{{e.Name}}> Overdue(IEnumerable<{{e.Name}}> items, DateOnly today)
            {
                foreach (var item in items)
                {
                    if (item.Due < today && item.Category != {{e.Name}}Category.Internal)
                    {
                        yield return item;
                    }
                }
            }

            public DateOnly NextSlot(IReadOnlyDictionary<DateOnly, int> load, DateOnly from, int capacity = {{3 + random.Next(10)}})
            {
                var day = from;
                for (var guard = 0; guard < 366; guard++)
                {
                    if (IsBusinessDay(day) && (!load.TryGetValue(day, out var used) || used < capacity))
                    {
                        return day;
                    }

                    day = day.AddDays(1);
                }

                throw new InvalidOperationException("no free slot within a year");
            }
        }

        """;
}
