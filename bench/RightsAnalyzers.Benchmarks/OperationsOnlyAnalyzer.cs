using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RightsAnalyzers.Benchmarks;

/// <summary>
/// A second reference point: asks for every operation block and does nothing with it, so every body is bound and
/// its IOperation tree built. The empty analyzer never binds a body, so "family − empty" includes binding that a real
/// build does anyway; "family − operations only" is closer to the family's own work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class OperationsOnlyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "BENCH0002", "Operations only", "Operations only", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static ImmutableArray<DiagnosticAnalyzer> Set { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new OperationsOnlyAnalyzer());

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationBlockAction(static _ => { });
    }
}
