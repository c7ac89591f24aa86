using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Flow.Evidence;

/// <summary>What the evidence model concluded about a symbol or type; turned into a <see cref="Label"/> at each use.</summary>
internal sealed class Classification
{
    public Classification(LabelKind kind, string category, string display, EvidenceTier tier, bool special = false, bool lowConfidence = false, bool allowsNumbers = false)
    {
        Kind = kind;
        Category = category;
        Display = display;
        Tier = tier;
        Special = special;
        LowConfidence = lowConfidence;
        AllowsNumbers = allowsNumbers;
    }

    public LabelKind Kind { get; }

    public string Category { get; }

    public string Display { get; }

    public EvidenceTier Tier { get; }

    public bool Special { get; }

    public bool LowConfidence { get; }

    public bool AllowsNumbers { get; }

    public static Classification FromName(NameMatch match)
        => new(match.Category.Kind, match.Category.Id, match.Category.Display, EvidenceTier.Name, match.Category.Special,
               match.Weak || match.Category.LowConfidence, match.Category.AllowsNumbers);

    public Label ToLabel(string description, Location? source)
        => new(Kind, Category, Display, Tier, description, source, LowConfidence, Special) { };
}
