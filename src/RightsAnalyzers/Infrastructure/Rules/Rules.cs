using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// Every descriptor of the package, one partial file per family. Analyzers expose these through
/// <c>SupportedDiagnostics</c>; the meta-tests enumerate them via reflection.
/// </summary>
internal static partial class Rules
{
    public static readonly DiagnosticDescriptor InvalidConfiguration = RuleDescriptors.Create(
        "RR0001",
        "Invalid RightsAnalyzers configuration value",
        "The value '{1}' of '{0}' is invalid ({2}); the default '{3}' is used instead",
        RuleCategories.Configuration,
        "An .editorconfig or .globalconfig value for a RightsAnalyzers option could not be read. The rule keeps working with its default, but the setting the team chose is not in force.",
        recommendations: System.Array.Empty<int>(),
        extraTags: RuleDescriptors.CompilationEndTag);
}
