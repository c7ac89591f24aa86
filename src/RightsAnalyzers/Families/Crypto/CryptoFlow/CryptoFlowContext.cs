using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Flow.Tables;

namespace RightsAnalyzers.Families.Crypto.CryptoFlow;

/// <summary>
/// The per-compilation state of the crypto flow rules: the value-flow engine, the crypto parameter table and the
/// summaries "parameter N of this helper reaches a crypto parameter" (pattern 13: keys passed through helpers).
/// Created in a compilation-start action; nothing here outlives the compilation.
/// </summary>
internal sealed class CryptoFlowContext
{
    /// <summary>How many helpers deep a key may travel (Encrypt → EncryptCore → aes.Key).</summary>
    private const int MaxHelperDepth = 3;

    private readonly Infrastructure.AnswerCache<IMethodSymbol, ImmutableArray<CryptoParameterSink>> summaries = new(SymbolEqualityComparer.Default);

    /// <summary>One per compilation, shared by the crypto flow analyzers (RR1008, RR1010), as the engine is.</summary>
    private static readonly ConditionalWeakTable<Compilation, CryptoFlowContext> Contexts = new();

    private CryptoFlowContext(Compilation compilation, AnalyzerOptions options)
    {
        Engine = FlowEngine.Create(compilation, options);
        Table = CryptoSinks.Build(Engine.Types);
        Reachability = new SinkReachability(Engine, IsDirectSink);
    }

    public FlowEngine Engine { get; }

    public MemberTable<CryptoSinkEntry> Table { get; }

    /// <summary>Helpers that cannot reach a crypto parameter are never summarised.</summary>
    private SinkReachability Reachability { get; }

    public static CryptoFlowContext Create(Compilation compilation, AnalyzerOptions options)
        => Contexts.GetValue(compilation, c => new CryptoFlowContext(c, options));

    /// <summary>Crypto parameters reached at <paramref name="operation"/> (an invocation, creation or property assignment).</summary>
    public void Find(IOperation operation, List<CryptoSinkHit> hits, CancellationToken cancellationToken) => Find(operation, hits, 0, cancellationToken, out _);

    private void Find(IOperation operation, List<CryptoSinkHit> hits, int depth, CancellationToken cancellationToken, out bool truncated)
    {
        truncated = false;
        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if (Table.Find(method) is { } entry)
                {
                    var owner = method.IsStatic || invocation.Instance?.Type is null ? method.ContainingType.Name : invocation.Instance.Type.Name;
                    AddArguments(entry, invocation.Arguments, owner + "." + method.Name, hits);
                }
                else if (method.DeclaringSyntaxReferences.Length > 0 && !method.IsAbstract && invocation.Arguments.Length > 0)
                {
                    AddHelper(method, invocation.Arguments, hits, depth, cancellationToken, out truncated);
                }

                break;
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                if (Table.Find(constructor) is { } created)
                {
                    AddArguments(created, creation.Arguments, "new " + constructor.ContainingType.Name + "(…)", hits);
                }
                else if (constructor.DeclaringSyntaxReferences.Length > 0 && creation.Arguments.Length > 0)
                {
                    AddHelper(constructor, creation.Arguments, hits, depth, cancellationToken, out truncated);
                }

                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment when Table.Find(property.Property) is { } set:
                var type = property.Instance?.Type?.Name ?? property.Property.ContainingType.Name;
                foreach (var parameter in set.Parameters)
                {
                    hits.Add(new CryptoSinkHit(parameter.Role, assignment.Value, type + "." + property.Property.Name, set.Decrypt, set.PrivatePemOnly, via: null));
                }

                break;
        }
    }

    private static void AddArguments(CryptoSinkEntry entry, ImmutableArray<IArgumentOperation> arguments, string display, List<CryptoSinkHit> hits)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            foreach (var candidate in entry.Parameters)
            {
                if (candidate.Name == parameter.Name)
                {
                    hits.Add(new CryptoSinkHit(candidate.Role, argument.Value, display, entry.Decrypt, entry.PrivatePemOnly, via: null));
                }
            }
        }
    }

    /// <summary>A crypto parameter set by the operation itself: a table entry with at least one of its parameters passed.</summary>
    private bool IsDirectSink(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                return Table.Find(invocation.TargetMethod) is { } entry && Passes(entry, invocation.Arguments);
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                return Table.Find(constructor) is { } created && Passes(created, creation.Arguments);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property }:
                return Table.Find(property.Property) is { Parameters.Length: > 0 };
            default:
                return false;
        }
    }

    private static bool Passes(CryptoSinkEntry entry, ImmutableArray<IArgumentOperation> arguments)
    {
        var hits = new List<CryptoSinkHit>();
        AddArguments(entry, arguments, string.Empty, hits);
        return hits.Count > 0;
    }

    private void AddHelper(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, List<CryptoSinkHit> hits, int depth, CancellationToken cancellationToken, out bool truncated)
    {
        if (!Reachability.MayReach(method, cancellationToken))
        {
            truncated = false;
            return;
        }

        var sinks = Summarize(method, depth, cancellationToken, out truncated);
        foreach (var sink in sinks)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Ordinal == sink.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    hits.Add(new CryptoSinkHit(sink.Role, argument.Value, sink.Display, sink.Decrypt, privatePemOnly: false, via: method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name + "(…)" : method.Name,
                        sink.ConstantWhenArgumentIs));
                }
            }
        }
    }

    /// <summary>Which parameters of <paramref name="method"/> reach a crypto parameter inside it. Cached when complete.</summary>
    private ImmutableArray<CryptoParameterSink> Summarize(IMethodSymbol method, int depth, CancellationToken cancellationToken, out bool truncated)
    {
        method = method.OriginalDefinition;
        truncated = false;
        if (summaries.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (depth >= MaxHelperDepth)
        {
            truncated = true;
            return ImmutableArray<CryptoParameterSink>.Empty;
        }

        var body = Engine.BodyOf(method, cancellationToken);
        if (body is null)
        {
            summaries.TryAdd(method, ImmutableArray<CryptoParameterSink>.Empty);
            return ImmutableArray<CryptoParameterSink>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<CryptoParameterSink>();
        var hits = new List<CryptoSinkHit>();
        BodyAnalysis? analysis = null;
        foreach (var operation in OperationWalk.Descendants(body))
        {
            if (operation is not (IInvocationOperation or IObjectCreationOperation or ISimpleAssignmentOperation))
            {
                continue;
            }

            hits.Clear();
            Find(operation, hits, depth + 1, cancellationToken, out var nestedTruncated);
            truncated |= nestedTruncated;
            foreach (var hit in hits)
            {
                analysis ??= new BodyAnalysis(Engine, Engine.ScopeFor(body.Syntax.SyntaxTree), body, method, SummaryStack.Empty.Push(method), cancellationToken);
                var labels = analysis.Eval(hit.Value);
                foreach (var label in labels.Labels)
                {
                    if (label.Kind == LabelKind.Parameter)
                    {
                        builder.Add(new CryptoParameterSink(label.ParameterOrdinal, hit.Role, hit.Display, hit.Decrypt, labels.IsConstant && hit.ConstantPassThrough));
                    }
                }
            }
        }

        var result = builder.ToImmutable();
        if (!truncated && analysis?.Incomplete != true)
        {
            summaries.TryAdd(method, result);
        }

        return result;
    }
}
