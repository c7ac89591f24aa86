using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace RightsAnalyzers.Flow.Evidence;

/// <summary>
/// One category of the name tier: the token phrases that name it, the tokens that rule a match out, and what kind
/// of label a match makes. Phrases match contiguous tokens of a split identifier (<see cref="Infrastructure.NameTokenizer"/>),
/// so <c>ship</c> never matches <c>ip</c> and <c>emailTemplate</c> is excluded by its <c>template</c> token.
/// </summary>
internal sealed class NameCategory
{
    public NameCategory(
        string id,
        string display,
        LabelKind kind,
        string phrases,
        string excludes = "",
        string personContextPhrases = "",
        bool special = false,
        bool lowConfidence = false,
        bool allowsNumbers = false)
    {
        Id = id;
        Display = display;
        Kind = kind;
        Phrases = Parse(phrases);
        PersonContextPhrases = Parse(personContextPhrases);
        Excludes = new HashSet<string>(Split(excludes, ' '), StringComparer.Ordinal);
        Special = special;
        LowConfidence = lowConfidence;
        AllowsNumbers = allowsNumbers;
    }

    /// <summary>The <c>category</c> property value: email, health, ip-address…</summary>
    public string Id { get; }

    /// <summary>How messages name it: "an email address", "health data (a special category)".</summary>
    public string Display { get; }

    public LabelKind Kind { get; }

    /// <summary>Each phrase is a token sequence; "e mail" matches <c>EMail</c>, <c>e_mail</c>.</summary>
    public ImmutableArray<string[]> Phrases { get; }

    /// <summary>Phrases that count only when a person noun is near (<c>customer.Name</c>, <c>patientAddress</c>).</summary>
    public ImmutableArray<string[]> PersonContextPhrases { get; }

    public HashSet<string> Excludes { get; }

    /// <summary>GDPR Art. 9 special categories and government identifiers: named as such in messages.</summary>
    public bool Special { get; }

    /// <summary>Linkable but not directly identifying (account ids): reported through the Info variant, if at all.</summary>
    public bool LowConfidence { get; }

    /// <summary>Numeric values keep the label (coordinates, age, card numbers); otherwise numbers are filtered out.</summary>
    public bool AllowsNumbers { get; }

    private static ImmutableArray<string[]> Parse(string phrases)
    {
        var builder = ImmutableArray.CreateBuilder<string[]>();
        foreach (var phrase in Split(phrases, ','))
        {
            builder.Add(Split(phrase, ' '));
        }

        return builder.ToImmutable();
    }

    private static string[] Split(string text, char separator)
    {
        var parts = new List<string>();
        foreach (var part in text.Split(separator))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                parts.Add(trimmed);
            }
        }

        return parts.ToArray();
    }
}
