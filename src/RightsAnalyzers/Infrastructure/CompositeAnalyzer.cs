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
        foreach (var part in Parts)
        {
            part.Initialize(context);
        }
    }
}
