using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// What the compiler runs: several rule analyzers ("parts") registered as one. Each part stays a complete
/// <see cref="DiagnosticAnalyzer"/> — its own rules, its own registrations, testable alone — but carries no
/// <see cref="DiagnosticAnalyzerAttribute"/>, so only the composite is loaded.
/// </summary>
/// <remarks>
/// The reason is the compiler's driver: for every analyzer that registers operation actions, it walks every operation
/// of every body and looks its kind up in that analyzer's action table, whether or not the analyzer wants it. With
/// twenty analyzers that dispatch cost more than several rules' own work (docs/performance.md, change 17). Parts
/// registered through one composite share one walk and one table. Parts are grouped so that no composite takes
/// more than a third of the package's time (issue #8): the two largest value-flow rules, personal data in logs
/// and key material leaving the process, stay analyzers of their own.
/// <para>
/// The driver also pays for every registered action, per operation: a context, a guarded call and, with
/// <c>ReportAnalyzer</c>, a timer. Eight crypto parts register seven invocation actions between them, so each call in
/// the compilation cost seven such dispatches. The composite therefore hands its parts a <see cref="PartsContext"/>
/// that collects their compilation-start actions, runs them together, and registers one operation action per
/// operation kind that calls the parts' actions in their order (<see cref="BatchingStartContext"/>, change 20 of
/// docs/performance.md). Every other registration goes to the compiler unchanged.
/// </para>
/// </remarks>
public abstract class CompositeAnalyzer : DiagnosticAnalyzer
{
    protected CompositeAnalyzer(params DiagnosticAnalyzer[] parts)
    {
        Parts = ImmutableArray.Create(parts);
        var supported = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var part in parts)
        {
            foreach (var descriptor in part.SupportedDiagnostics)
            {
                if (!supported.Contains(descriptor))
                {
                    supported.Add(descriptor);
                }
            }
        }

        SupportedDiagnostics = supported.ToImmutable();
    }

    /// <summary>The rule analyzers this composite registers, in order.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Parts { get; }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        // The same settings every part asks for; repeating them for each part is harmless.
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        var parts = new PartsContext(context);
        foreach (var part in Parts)
        {
            part.Initialize(parts);
        }

        if (parts.StartActions.Count > 0)
        {
            var startActions = parts.StartActions.ToArray();
            context.RegisterCompilationStartAction(start =>
            {
                var batch = new BatchingStartContext(start);
                foreach (var startAction in startActions)
                {
                    startAction(batch);
                }

                batch.Commit();
            });
        }
    }
}
