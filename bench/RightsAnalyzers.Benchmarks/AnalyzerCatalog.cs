using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RightsAnalyzers.Benchmarks;

/// <summary>
/// The package's analyzers found by reflection, grouped by family: the namespace segment after
/// <c>RightsAnalyzers.Families.</c> (Crypto, KeyEscrow, PersonalData, Telemetry). A new analyzer class, or a new
/// family, is benchmarked without touching this project.
/// </summary>
internal static class AnalyzerCatalog
{
    public const string All = "All";

    private const string FamiliesPrefix = "RightsAnalyzers.Families.";

    private static readonly Assembly Package = typeof(RightsAnalyzers.Families.Crypto.WeakHashAnalyzer).Assembly;

    public static IReadOnlyList<Type> AnalyzerTypes { get; } = Package.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<string> Families { get; } = AnalyzerTypes
        .Select(Family)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToList();

    /// <summary>Fresh instances (analyzers may keep per-instance state) of one family, or of every analyzer for <see cref="All"/>.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create(string family) => AnalyzerTypes
        .Where(t => family == All || Family(t) == family)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static string? Family(Type type)
    {
        var ns = type.Namespace ?? string.Empty;
        if (!ns.StartsWith(FamiliesPrefix, StringComparison.Ordinal))
        {
            return null; // infrastructure (configuration validation): measured under "All" only
        }

        var rest = ns.Substring(FamiliesPrefix.Length);
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest.Substring(0, dot);
    }
}
