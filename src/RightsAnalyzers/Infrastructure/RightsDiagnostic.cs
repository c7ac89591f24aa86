using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

/// <summary>Builds diagnostics carrying the properties the audit report and SARIF consumers read (DESIGN §2).</summary>
/// <remarks>
/// Generated code: every analyzer of the package configures <see cref="Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.ReportDiagnostics"/>
/// without <c>Analyze</c>. The driver still never hands a generated file or a <c>[GeneratedCode]</c> member to a
/// callback, and every finding is located in the body a callback was handed, so a finding is never in generated code;
/// the flag only spares the driver its generated-code check on each reported finding, which walked every token of a
/// file the first time a finding was reported in it (docs/performance.md, "Profile-driven changes").
/// </remarks>
internal static class RightsDiagnostic
{
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        string evidence,
        string category,
        params object?[] messageArgs)
        => Create(descriptor, location, null, evidence, category, messageArgs);

    /// <param name="source">Where the data or key came from, shown as an additional location; null when it is the primary one.</param>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        Location? source,
        string evidence,
        string category,
        params object?[] messageArgs)
    {
        var properties = RuleDescriptors.Properties(evidence, category, RuleDescriptors.RecommendationNumbers(descriptor));
        IEnumerable<Location>? additional = source is null || source == location || !source.IsInSource ? null : new[] { source };
        return Diagnostic.Create(descriptor, location, additional, properties, messageArgs);
    }

    /// <summary>As above, plus one extra property a code fix needs from the analyzer (e.g. the configured minimum it compared against).</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        Location? source,
        string evidence,
        string category,
        KeyValuePair<string, string?> extraProperty,
        params object?[] messageArgs)
    {
        var properties = RuleDescriptors.Properties(evidence, category, RuleDescriptors.RecommendationNumbers(descriptor))
            .SetItem(extraProperty.Key, extraProperty.Value);
        IEnumerable<Location>? additional = source is null || source == location || !source.IsInSource ? null : new[] { source };
        return Diagnostic.Create(descriptor, location, additional, properties, messageArgs);
    }
}
