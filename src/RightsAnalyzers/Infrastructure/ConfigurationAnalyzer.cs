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
            var cache = new OptionsCache(start.Options);
            var found = new ConcurrentDictionary<(string Key, string Value), InvalidOption>();
            Collect(cache.Get(null), found);
            start.RegisterSyntaxTreeAction(tree => Collect(cache.Get(tree.Tree), found));
            start.RegisterCompilationEndAction(end =>
            {
                // Sorted so that the order of reports does not depend on thread scheduling.
                foreach (var entry in found.OrderBy(static e => e.Key.Key, System.StringComparer.OrdinalIgnoreCase).ThenBy(static e => e.Key.Value, System.StringComparer.Ordinal))
                {
                    var invalid = entry.Value;
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

    private static void Collect(RightsOptions options, ConcurrentDictionary<(string Key, string Value), InvalidOption> found)
    {
        foreach (var invalid in options.Invalid)
        {
            found.TryAdd((invalid.Option.Key.ToLowerInvariant(), invalid.Value), invalid);
        }
    }
}
