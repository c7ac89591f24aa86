using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// The <see cref="AnalysisContext"/> a <see cref="CompositeAnalyzer"/> hands its parts: compilation-start actions are
/// collected, to run together under one registration; everything else goes straight to the compiler's context.
/// </summary>
internal sealed class PartsContext : AnalysisContext
{
    private readonly AnalysisContext inner;

    public PartsContext(AnalysisContext inner) => this.inner = inner;

    /// <summary>The parts' compilation-start actions, in registration order.</summary>
    public List<Action<CompilationStartAnalysisContext>> StartActions { get; } = new();

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => StartActions.Add(action);

    public override void EnableConcurrentExecution() => inner.EnableConcurrentExecution();

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => inner.ConfigureGeneratedCodeAnalysis(analysisMode);

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationAction(action);

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(action);

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(action, symbolKinds);

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => inner.RegisterSymbolStartAction(action, symbolKind);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => inner.RegisterCodeBlockStartAction(action);

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(action);

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(action);

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => inner.RegisterAdditionalFileAction(action);

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => inner.RegisterSyntaxNodeAction(action, syntaxKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => inner.RegisterOperationBlockStartAction(action);

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(action);

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => inner.RegisterOperationAction(action, operationKinds);
}

/// <summary>
/// The <see cref="CompilationStartAnalysisContext"/> the parts' start actions run against: operation actions are
/// grouped by kind and, on <see cref="Commit"/>, registered as one action per kind that calls them in registration
/// order; every other registration goes straight to the compiler's context.
/// </summary>
internal sealed class BatchingStartContext : CompilationStartAnalysisContext
{
    private readonly CompilationStartAnalysisContext inner;
    private readonly Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> byKind = new();

    /// <summary>Kinds in the order they were first registered, so registration with the compiler is deterministic.</summary>
    private readonly List<OperationKind> kinds = new();

#pragma warning disable RS1012 // It does register them: in Commit and in every forwarding override below.
    public BatchingStartContext(CompilationStartAnalysisContext inner)
        : base(inner.Compilation, inner.Options, inner.CancellationToken)
        => this.inner = inner;
#pragma warning restore RS1012

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
    {
        foreach (var kind in operationKinds)
        {
            if (!byKind.TryGetValue(kind, out var actions))
            {
                byKind[kind] = actions = new List<Action<OperationAnalysisContext>>(4);
                kinds.Add(kind);
            }

            actions.Add(action);
        }
    }

    /// <summary>Registers the collected operation actions with the compiler: one action per operation kind.</summary>
    public void Commit()
    {
        foreach (var kind in kinds)
        {
            var actions = byKind[kind];
            if (actions.Count == 1)
            {
                inner.RegisterOperationAction(actions[0], kind);
                continue;
            }

            var all = actions.ToArray();
            inner.RegisterOperationAction(
                context =>
                {
                    foreach (var action in all)
                    {
                        action(context);
                    }
                },
                kind);
        }
    }

    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationEndAction(action);

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(action);

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => inner.RegisterSymbolAction(action, symbolKinds);

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => inner.RegisterSymbolStartAction(action, symbolKind);

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => inner.RegisterCodeBlockStartAction(action);

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(action);

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(action);

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => inner.RegisterAdditionalFileAction(action);

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => inner.RegisterSyntaxNodeAction(action, syntaxKinds);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => inner.RegisterOperationBlockStartAction(action);

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(action);
}
