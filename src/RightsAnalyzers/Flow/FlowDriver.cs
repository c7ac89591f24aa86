using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Flow.Tables;

namespace RightsAnalyzers.Flow;

/// <summary>A family's judgement on values reaching its sinks; the driver does registration, laziness and caching.</summary>
internal abstract class FlowRule
{
    /// <summary>The sinks this rule cares about.</summary>
    public abstract SinkKind Interest { get; }

    /// <summary>
    /// Whether the body can carry anything this rule judges; asked once a sink is found, before the body is evaluated.
    /// A rule whose sources are rare (key material) answers from a cheap walk and spares the evaluation of every sink.
    /// Finding sinks first costs the rule little: the helper summaries it needs are the ones the other flow rules
    /// compute anyway (docs/performance.md, change 30).
    /// </summary>
    public virtual bool Matters(FlowEngine engine, IOperation root, ISymbol owner, CancellationToken cancellationToken) => true;

    /// <summary>Called once per value reaching a sink of <see cref="Interest"/>, with the labels it carries.</summary>
    public abstract void Judge(in FlowSite site, SinkHit hit, LabelSet labels);
}

/// <summary>Where a rule reports from: the operation action's context plus the body's analysis.</summary>
internal readonly struct FlowSite
{
    private readonly OperationAnalysisContext context;

    public FlowSite(OperationAnalysisContext context, BodyAnalysis body)
    {
        this.context = context;
        Body = body;
    }

    public BodyAnalysis Body { get; }

    public IOperation Operation => context.Operation;

    public CancellationToken CancellationToken => context.CancellationToken;

    public Infrastructure.Options.RightsOptions Options => Body.Scope.Config.Options;

    public void Report(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
}

/// <summary>
/// Registers a <see cref="FlowRule"/> the cheap way (DESIGN §3, cost control): nothing when the compilation has
/// no sink of interest; one compilation-wide operation action (block-start actions make the compiler's driver build
/// per-block action tables for every body, which cost more than the rules' own work — docs/performance.md); the
/// body's analysis, shared with the other flow analyzers, only when a sink is actually found.
/// </summary>
internal static class FlowDriver
{
    /// <summary>One list per thread for the common case — an operation that is no sink — so nothing is allocated for it.</summary>
    [System.ThreadStatic]
    private static List<SinkHit>? scratch;

    /// <summary>Call from Initialize after enabling concurrent execution and excluding generated code.</summary>
    public static void Register(AnalysisContext context, System.Func<FlowRule> createRule)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var rule = createRule();
            var engine = FlowEngine.Create(start.Compilation, start.Options);
            SyntaxTree? firstTree = null;
            foreach (var tree in start.Compilation.SyntaxTrees)
            {
                firstTree = tree;
                break;
            }

            if (!engine.MayHaveSinks(rule.Interest, firstTree))
            {
                return;
            }

            start.RegisterOperationAction(
                operation =>
                {
                    var found = scratch ??= new List<SinkHit>();
                    found.Clear();
                    var scope = engine.ScopeFor(operation.Operation.Syntax.SyntaxTree);
                    engine.Sinks.Find(operation.Operation, scope, rule.Interest, SummaryStack.Empty, found, operation.CancellationToken);
                    if (found.Count == 0)
                    {
                        return;
                    }

                    // Judging may look for sinks again (nested values): work on a copy of this thread's scratch list.
                    var hits = found.ToArray();
                    found.Clear();
                    var root = OperationTree.Root(operation.Operation);
                    if (!rule.Matters(engine, root, operation.ContainingSymbol, operation.CancellationToken))
                    {
                        return;
                    }

                    var body = engine.Analyze(root, operation.CancellationToken);
                    var site = new FlowSite(operation, body);
                    foreach (var hit in hits)
                    {
                        var labels = body.Eval(hit.Value);
                        if (hit.Covered.HasValue)
                        {
                            labels = labels.Without(hit.Covered.GetValueOrDefault());
                        }

                        rule.Judge(site, hit, labels);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment);
        });
    }

}
