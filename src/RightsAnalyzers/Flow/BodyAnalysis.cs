using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow.Tables;

namespace RightsAnalyzers.Flow;

/// <summary>
/// Labels of values inside one body, its lambdas and its local functions (DESIGN §3). Demand-driven: a family
/// asks for the labels of a sink argument and only the operations that argument depends on are evaluated.
/// Locals are flow-insensitive (the union of everything assigned to them), which is cheap and errs towards
/// reporting. Not thread-safe: one instance serves one operation block, whose actions run sequentially.
/// </summary>
internal sealed partial class BodyAnalysis
{
    /// <summary>Operations nested deeper than this are not followed (pathological inputs; no stack overflow).</summary>
    private const int MaxEvaluationDepth = 200;

    /// <summary>Rounds of the locals' fixpoint; source order settles straight-line code in one or two.</summary>
    private const int MaxLocalRounds = 8;

    private readonly FlowEngine engine;
    private readonly FlowScope scope;
    private readonly IOperation root;
    private readonly IMethodSymbol? summaryOf;
    private readonly SummaryStack stack;
    private readonly CancellationToken cancellationToken;
    private readonly object gate = new();
    private readonly bool shared;
    private readonly Dictionary<IOperation, LabelSet> memo = new(OperationComparer.Instance);
    private Dictionary<ISymbol, LabelSet>? solvedLocals;
    private Dictionary<ISymbol, List<ISymbol>>? localDependencies;
    private Dictionary<ISymbol, int>? sourceOrder;
    private bool solving;
    private bool missedDependency;
    private LocalFacts? facts;
    private int depth;

    /// <param name="shared">
    /// Whether several analyzers (threads) use this analysis (<see cref="FlowEngine.Analyze"/>): only then does
    /// <see cref="Eval"/> take a lock. A helper's summary is private to the thread computing it.
    /// </param>
    public BodyAnalysis(FlowEngine engine, FlowScope scope, IOperation root, IMethodSymbol? summaryOf, SummaryStack stack, CancellationToken cancellationToken, bool shared = false)
    {
        this.shared = shared;
        this.engine = engine;
        this.scope = scope;
        this.root = root;
        this.summaryOf = summaryOf;
        this.stack = stack;
        this.cancellationToken = cancellationToken;
    }

    public FlowScope Scope => scope;

    /// <summary>The body analysed (the outermost operation of its block).</summary>
    public IOperation Root => root;

    /// <summary>The token this analysis observes; a shared analysis is reused only under the same token.</summary>
    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>The engine this body is analysed with (for rules that look for sinks nested in a sink's value).</summary>
    public FlowEngine Engine => engine;

    public SummaryStack Stack => stack;

    /// <summary>Set when a callee's summary hit the depth bound or a recursion cut: results depend on the path.</summary>
    public bool Incomplete { get; private set; }

    private LocalFacts Facts => facts ??= LocalFacts.Collect(root, engine, cancellationToken);

    /// <summary>
    /// The labels of <paramref name="operation"/>'s value. One analysis of a body is shared by every flow analyzer
    /// (<see cref="FlowEngine.Analyze"/>), and analyzers may run concurrently: callers take turns.
    /// </summary>
    public LabelSet Eval(IOperation? operation)
    {
        if (!shared)
        {
            return Evaluate(operation);
        }

        lock (gate)
        {
            return Evaluate(operation);
        }
    }

    private LabelSet Evaluate(IOperation? operation)
    {
        if (operation is null)
        {
            return LabelSet.Empty;
        }

        if (memo.TryGetValue(operation, out var known))
        {
            return known;
        }

        if (depth >= MaxEvaluationDepth)
        {
            return LabelSet.Empty;
        }

        cancellationToken.ThrowIfCancellationRequested();
        depth++;
        LabelSet result;
        try
        {
            result = TypeFilter.Apply(operation.Type, EvalCore(operation));
        }
        finally
        {
            depth--;
        }

        memo[operation] = result;

        return result;
    }

    /// <summary>The summary of the method this body belongs to (summary mode only).</summary>
    /// <param name="includeSinks">Also find which parameters reach which sinks (callers that only need the returns do not).</param>
    public MethodSummary Summarize(bool includeSinks = true)
    {
        var returns = LabelSet.Empty;
        var first = true;
        var sinks = ImmutableArray.CreateBuilder<ParameterSink>();
        var hits = new List<SinkHit>();
        var incomplete = new List<IMethodSymbol>();
        foreach (var operation in OperationWalk.Descendants(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IReturnOperation { ReturnedValue: { } value } when IsOwnReturn(operation):
                    var labels = Evaluate(value);
                    returns = first ? labels : returns.Either(labels);
                    first = false;
                    break;
                case IInvocationOperation or IObjectCreationOperation or ISimpleAssignmentOperation when includeSinks:
                    hits.Clear();
                    engine.Sinks.Find(operation, scope, SinkKind.All, stack, hits, cancellationToken, incomplete);
                    foreach (var hit in hits)
                    {
                        foreach (var label in Evaluate(hit.Value).Labels)
                        {
                            if (label.Kind == LabelKind.Parameter)
                            {
                                sinks.Add(new ParameterSink(label.ParameterOrdinal, hit.Kind, hit.Describe(), hit.Level));
                            }
                        }
                    }

                    break;
            }
        }

        // An expression-bodied member's value is its only "return".
        if (first && root is not IMethodBodyOperation && root is not IBlockOperation && root is not ILocalFunctionOperation)
        {
            returns = Evaluate(root);
        }

        if (incomplete.Count > 0)
        {
            Incomplete = true;
        }

        return new MethodSummary(returns, sinks.ToImmutable());
    }

    /// <summary>Returns of the summarised method itself, not of lambdas or local functions inside it.</summary>
    private bool IsOwnReturn(IOperation operation)
    {
        for (var current = operation.Parent; current is not null && current != root; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return true;
    }

    private void MarkIncomplete() => Incomplete = true;
}
