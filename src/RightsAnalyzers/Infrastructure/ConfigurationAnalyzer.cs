using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// RR0001: reports each invalid option value once per compilation. The rules themselves silently use the default
/// for such a value; this analyzer is where the user learns about it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.InvalidConfiguration);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            var cache = OptionsCache.For(start.Options);
            var found = new ConcurrentDictionary<string, InvalidOption>(System.StringComparer.Ordinal);
            Collect(cache.Get(null), found);
            start.RegisterSyntaxTreeAction(tree => Collect(cache.Get(tree.Tree), found));
            start.RegisterCompilationEndAction(end =>
            {
                // Sorted so that the order of reports does not depend on thread scheduling.
                foreach (var invalid in found.Values.OrderBy(static e => e.Option.Key, System.StringComparer.OrdinalIgnoreCase).ThenBy(static e => e.Value, System.StringComparer.Ordinal))
                {
                    end.ReportDiagnostic(RightsDiagnostic.Create(
                        Rules.InvalidConfiguration,
                        Location.None,
                        EvidenceKinds.Configuration,
                        invalid.Option.Key,
                        invalid.Option.Key,
                        invalid.Value,
                        invalid.Error,
                        invalid.Option.DefaultText));
                }
            });
        });
    }

    /// <remarks>
    /// Keyed by one string, option and value, and holding a class: a dictionary over a tuple or a struct is generic
    /// code the ReadyToRun image cannot contain, compiled afresh by the JIT in every build (docs/performance.md, change 21).
    /// </remarks>
    private static void Collect(RightsOptions options, ConcurrentDictionary<string, InvalidOption> found)
    {
        foreach (var invalid in options.Invalid)
        {
            found.TryAdd(invalid.Option.Key.ToLowerInvariant() + "\n" + invalid.Value, invalid);
        }
    }
}
