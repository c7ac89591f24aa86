using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// The only place that constructs <see cref="DiagnosticDescriptor"/>s (the raw constructor is banned elsewhere by
/// BannedSymbols.txt): every descriptor gets its category, help link, custom tags and recommendations the same way.
/// </summary>
internal static class RuleDescriptors
{
    /// <summary>Where the rule pages live; the meta-tests check each link against docs/rules/.</summary>
    public const string HelpLinkBase = "https://github.com/RightsAnalyzers/RightsAnalyzers/blob/main/docs/rules/";

    /// <summary>Tag carried by every descriptor of the package.</summary>
    public const string RightsTag = "Rights";

    /// <summary>Roslyn's tag for descriptors reported from compilation-end actions.</summary>
    public const string CompilationEndTag = "CompilationEnd";

    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        string description,
        int[] recommendations,
        DiagnosticSeverity severity = DiagnosticSeverity.Warning,
        bool isEnabledByDefault = true,
        params string[] extraTags)
    {
        var tags = new List<string>(2 + recommendations.Length + extraTags.Length) { RightsTag };
        foreach (var number in recommendations)
        {
            tags.Add(Recommendations.Get(number)!.Tag);
        }

        tags.AddRange(extraTags);

#pragma warning disable RS0030 // This helper is the one sanctioned caller of the constructor.
        return new DiagnosticDescriptor(
            id,
            title,
            messageFormat + FormatRecommendations(recommendations),
            category,
            severity,
            isEnabledByDefault,
            description,
            HelpLinkBase + id + ".md",
            tags.ToArray());
#pragma warning restore RS0030
    }

    /// <summary>
    /// The lower-confidence variant of a rule (name-only evidence, pseudonymised values): same ID, Info severity,
    /// its own message. The user's severity setting for the ID applies to both.
    /// </summary>
    public static DiagnosticDescriptor InfoVariant(DiagnosticDescriptor rule, string messageFormat)
    {
        var recommendations = RecommendationNumbers(rule);
#pragma warning disable RS0030 // This helper is the one sanctioned caller of the constructor.
        return new DiagnosticDescriptor(
            rule.Id,
            rule.Title,
            messageFormat + FormatRecommendations(recommendations),
            rule.Category,
            DiagnosticSeverity.Info,
            rule.IsEnabledByDefault,
            rule.Description,
            rule.HelpLinkUri,
            rule.CustomTags.ToArray());
#pragma warning restore RS0030
    }

    /// <summary>Each descriptor's numbers, read once: every finding asks (docs/performance.md, change 26).</summary>
    private static readonly AnswerCache<DiagnosticDescriptor, int[]> NumbersByDescriptor = new(ReferenceComparer<DiagnosticDescriptor>.Instance, 64);

    /// <summary>The recommendation numbers a descriptor serves, read back from its <c>RecN</c> tags. Callers must not change the array.</summary>
    public static int[] RecommendationNumbers(DiagnosticDescriptor descriptor)
        => NumbersByDescriptor.GetOrAdd(descriptor, static d => ReadRecommendationNumbers(d));

    private static int[] ReadRecommendationNumbers(DiagnosticDescriptor descriptor)
    {
        var numbers = new List<int>();
        foreach (var tag in descriptor.CustomTags)
        {
            if (tag.Length > 3 && tag.StartsWith("Rec", System.StringComparison.Ordinal) &&
                int.TryParse(tag.Substring(3), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                numbers.Add(n);
            }
        }

        return numbers.ToArray();
    }

    /// <summary>The value of the <c>recommendations</c> diagnostic property, e.g. <c>7,8</c>.</summary>
    public static string RecommendationList(int[] recommendations)
        => string.Join(",", recommendations.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    private static string FormatRecommendations(int[] recommendations)
    {
        if (recommendations.Length == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(recommendations.Length == 1 ? "; Recommendation " : "; Recommendations ");
        for (var i = 0; i < recommendations.Length; i++)
        {
            var recommendation = Recommendations.Get(recommendations[i])!;
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(recommendation.Number.ToString(CultureInfo.InvariantCulture))
                .Append(" (")
                .Append(recommendation.ShortTitle)
                .Append(')');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The <c>recommendations</c> property of each descriptor's findings, formatted once: the arrays come from
    /// <see cref="RecommendationNumbers"/>, one per descriptor, so the cache holds one string per rule (change 32).
    /// </summary>
    private static readonly AnswerCache<int[], string> ListsByNumbers = new(ReferenceComparer<int[]>.Instance, 64);

    /// <param name="recommendations">The numbers, as <see cref="RecommendationNumbers"/> hands them out.</param>
    internal static ImmutableDictionary<string, string?> Properties(string evidence, string category, int[] recommendations)
        => ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticPropertyNames.Evidence, evidence)
            .Add(DiagnosticPropertyNames.Category, category)
            .Add(DiagnosticPropertyNames.Recommendations, ListsByNumbers.GetOrAdd(recommendations, static numbers => RecommendationList(numbers)));
}

/// <summary>Keys of the properties every finding carries; SARIF consumers and the audit report read them.</summary>
public static class DiagnosticPropertyNames
{
    /// <summary>How the finding was established: attribute, type, api or name.</summary>
    public const string Evidence = "evidence";

    /// <summary>What kind of data or weakness: email, health, md5, tls10, …</summary>
    public const string Category = "category";

    /// <summary>Comma-separated recommendation numbers, e.g. <c>7,8</c>.</summary>
    public const string Recommendations = "recommendations";
}

/// <summary>Values of the <c>evidence</c> property.</summary>
public static class EvidenceKinds
{
    public const string Attribute = "attribute";
    public const string Type = "type";
    public const string Api = "api";
    public const string Name = "name";
    public const string Configuration = "configuration";
}
