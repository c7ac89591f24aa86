using System;
using System.Linq;
using System.Text;

namespace RightsAnalyzers.Corpus;

/// <summary>Dense flavour: the DTOs and the repository of one entity, logging what it stores and finds.</summary>
internal static class DenseData
{
    /// <summary>Extra DTO members (name, type), some personal, some not, so name-based evidence has work to do.</summary>
    private static readonly (string Name, string Type)[] ExtraProperties =
    {
        ("NationalId", "string?"), ("PassportNumber", "string?"), ("IpAddress", "string?"), ("Latitude", "double"),
        ("Longitude", "double"), ("EmergencyContact", "string?"), ("LoyaltyPoints", "int"), ("Region", "string?"),
        ("PreferredLanguage", "string?"), ("IsVerified", "bool"), ("LastLoginAt", "DateTimeOffset?"), ("Iban", "string?"),
        ("LicensePlate", "string?"), ("ReferenceCode", "string?"), ("Score", "double"), ("Religion", "string?"),
    };

    public static string Dto(Entity e, Random random)
    {
        var extras = ExtraProperties.OrderBy(_ => random.Next()).Take(3 + random.Next(5)).ToArray();
        var extraText = new StringBuilder();
        foreach (var (name, type) in extras)
        {
            extraText.Append("\n    [JsonPropertyName(\"").Append(Camel(name)).Append("\")]\n    public ")
                .Append(type).Append(' ').Append(name).Append(" { get; set; }\n");
        }

        var describe = string.Join(" + \", \" + ", extras.Select(p => "\"" + p.Name + "=\" + item." + p.Name));
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using System.Text.Json.Serialization;

            namespace {{e.Namespace}};

            public enum {{e.Name}}Status
            {
                Draft,
                Active,
                Suspended,
                Closed,
            }

            /// <summary>A {{e.Lower}} as stored and exchanged with partners.</summary>
            public sealed class {{e.Name}}Dto
            {
                [JsonPropertyName("id")]
                public Guid Id { get; set; }

                [Required, MaxLength(200)]
                public string FullName { get; set; } = string.Empty;

                [Required, EmailAddress]
                public string Email { get; set; } = string.Empty;

                [Phone]
                public string? PhoneNumber { get; set; }

                public DateTime DateOfBirth { get; set; }

                public string? StreetAddress { get; set; }

                public string? PostalCode { get; set; }

                public {{e.Name}}Status Status { get; set; }

                [Range(0, 1_000_000)]
                public decimal Balance { get; set; }

                public string? Notes { get; set; }

                public DateTimeOffset CreatedAt { get; set; }

                public List<string> Tags { get; set; } = new();
            {{extraText}}
                public string DescribeExtras() => {{(describe.Length == 0 ? "string.Empty" : describe.Replace("item.", "this.", StringComparison.Ordinal))}};
            }

            public sealed record Create{{e.Name}}Request(
                [property: Required] string FullName,
                [property: Required, EmailAddress] string Email,
                string? PhoneNumber,
                [property: Required, MinLength(12)] string Password,
                DateTime DateOfBirth,
                string? Notes);

            public sealed record Update{{e.Name}}Request(string? FullName, string? PhoneNumber, string? StreetAddress, string? PostalCode);

            public sealed record {{e.Name}}Summary(Guid Id, string DisplayName, {{e.Name}}Status Status, decimal Balance);

            public sealed record {{e.Name}}Page(IReadOnlyList<{{e.Name}}Summary> Items, int Total, string? NextToken);

            """;
    }

    public static string Repository(Entity e, Random random, bool sourceGenerators)
    {
        var missingLog = sourceGenerators
            ? $$"""
                [LoggerMessage(EventId = {{1000 + random.Next(8000)}}, Level = LogLevel.Warning, Message = "{{e.Name}} {Id} was not found")]
                private static partial void LogMissing(ILogger logger, Guid id);

                [LoggerMessage(EventId = {{1000 + random.Next(8000)}}, Level = LogLevel.Information, Message = "Stored {{e.Lower}} for {Email} ({Phone})")]
                private static partial void LogStored(ILogger logger, string email, string? phone);
            """
            : $$"""
                private static readonly Action<ILogger, Guid, Exception?> MissingMessage =
                    LoggerMessage.Define<Guid>(LogLevel.Warning, new EventId({{1000 + random.Next(8000)}}), "{{e.Name}} {Id} was not found");

                private static readonly Action<ILogger, string, string?, Exception?> StoredMessage =
                    LoggerMessage.Define<string, string?>(LogLevel.Information, new EventId({{1000 + random.Next(8000)}}), "Stored {{e.Lower}} for {Email} ({Phone})");

                private static void LogMissing(ILogger logger, Guid id) => MissingMessage(logger, id, null);

                private static void LogStored(ILogger logger, string email, string? phone) => StoredMessage(logger, email, phone, null);
            """;
        var partialKeyword = sourceGenerators ? "partial " : string.Empty;
        return $$"""
            using System;
            using System.Collections.Concurrent;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            namespace {{e.Namespace}};

            public interface I{{e.Name}}Repository
            {
                Task<{{e.Name}}Dto?> FindAsync(Guid id, CancellationToken cancellationToken = default);

                Task<{{e.Name}}Dto?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

                Task<IReadOnlyList<{{e.Name}}Dto>> SearchAsync(string term, int take, CancellationToken cancellationToken = default);

                Task SaveAsync({{e.Name}}Dto item, CancellationToken cancellationToken = default);

                Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
            }

            public sealed {{partialKeyword}}class {{e.Name}}Repository : I{{e.Name}}Repository
            {
                private readonly ConcurrentDictionary<Guid, {{e.Name}}Dto> _items = new();
                private readonly ILogger<{{e.Name}}Repository> _logger;

                public {{e.Name}}Repository(ILogger<{{e.Name}}Repository> logger)
                {
                    _logger = logger;
                }

                public Task<{{e.Name}}Dto?> FindAsync(Guid id, CancellationToken cancellationToken = default)
                {
                    _logger.LogDebug("Looking up {{e.Lower}} {Id}", id);
                    if (_items.TryGetValue(id, out var item))
                    {
                        _logger.LogInformation("Found {{e.Lower}} {Id} for {Email}", id, item.Email);
                        return Task.FromResult<{{e.Name}}Dto?>(item);
                    }

                    LogMissing(_logger, id);
                    return Task.FromResult<{{e.Name}}Dto?>(null);
                }

                public Task<{{e.Name}}Dto?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
                {
                    var normalized = email.Trim().ToLowerInvariant();
                    var match = _items.Values.FirstOrDefault(x => string.Equals(x.Email, normalized, StringComparison.OrdinalIgnoreCase));
                    if (match is null)
                    {
                        _logger.LogWarning("No {{e.Lower}} with email " + normalized);
                    }

                    return Task.FromResult(match);
                }

                public Task<IReadOnlyList<{{e.Name}}Dto>> SearchAsync(string term, int take, CancellationToken cancellationToken = default)
                {
                    using var scope = _logger.BeginScope("Search {Term}", term);
                    var matches = _items.Values
                        .Where(x => x.FullName.Contains(term, StringComparison.OrdinalIgnoreCase) || x.Email.StartsWith(term, StringComparison.OrdinalIgnoreCase))
                        .OrderBy(x => x.FullName, StringComparer.Ordinal)
                        .Take(Math.Clamp(take, 1, {{50 + random.Next(150)}}))
                        .ToList();
                    _logger.LogInformation("Search for {Term} returned {Count} {{e.Lower}} records", term, matches.Count);
                    return Task.FromResult<IReadOnlyList<{{e.Name}}Dto>>(matches);
                }

                public Task SaveAsync({{e.Name}}Dto item, CancellationToken cancellationToken = default)
                {
                    ArgumentNullException.ThrowIfNull(item);
                    var isNew = !_items.ContainsKey(item.Id);
                    _items[item.Id] = item;
                    var who = item.FullName + " <" + item.Email + ">";
                    _logger.LogInformation("Saved {{e.Lower}} {Who} (new: {IsNew})", who, isNew);
                    LogStored(_logger, item.Email, item.PhoneNumber);
                    return Task.CompletedTask;
                }

                public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
                {
                    var removed = _items.TryRemove(id, out var old);
                    if (removed && old is not null)
                    {
                        _logger.LogWarning($"Deleted {{e.Lower}} {old.Email} at {DateTimeOffset.UtcNow:O}");
                    }

                    return Task.FromResult(removed);
                }
            {{missingLog}}
            }

            """;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
