using System.Collections.Immutable;

namespace RightsAnalyzers.Audit.Model;

/// <summary>One analyzer diagnostic, as the report shows it.</summary>
/// <param name="Location">Null for findings about the configuration rather than a place in code (RR0001).</param>
/// <param name="Evidence">The diagnostic's <c>evidence</c> property: attribute, type, api, name, configuration.</param>
/// <param name="DataCategory">The diagnostic's <c>category</c> property: email, health, md5, tls10, …</param>
/// <param name="Recommendations">The diagnostic's <c>recommendations</c> property, else the rule's.</param>
/// <param name="IsSuppressed">Suppressed in the target's source by <c>#pragma</c> or <c>[SuppressMessage]</c>.</param>
public sealed record Finding(
    RuleInfo Rule,
    FindingSeverity Severity,
    string Message,
    FindingLocation? Location,
    ImmutableArray<FindingLocation> AdditionalLocations,
    string? Evidence,
    string? DataCategory,
    ImmutableArray<int> Recommendations,
    string Project,
    bool IsSuppressed)
{
    public string RuleId => Rule.Id;
}
