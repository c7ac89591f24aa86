using System.Collections.Immutable;

namespace RightsAnalyzers.Audit.Model;

/// <summary>What the report says about a rule: read from the analyzers' descriptors, never from a hard-coded list.</summary>
public sealed record RuleInfo(
    string Id,
    string Title,
    string Category,
    string Family,
    FindingSeverity DefaultSeverity,
    bool IsEnabledByDefault,
    string Description,
    string HelpUri,
    ImmutableArray<int> Recommendations,
    ImmutableArray<string> Tags,
    string FixHint,
    bool HasCodeFix)
{
    /// <summary>The command that applies the automatic fix, when the package has one.</summary>
    public string? FixCommand => HasCodeFix ? "dotnet format analyzers --diagnostics " + Id : null;
}
