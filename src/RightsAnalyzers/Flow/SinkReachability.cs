using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RightsAnalyzers.Flow;

/// <summary>
/// Whether a method of this compilation can reach a sink at all: its body, or the body of a method of this
/// compilation it calls (transitively), contains an operation that is a sink by itself. A summary of a method that
/// cannot is empty, so the engine does not compute it (DESIGN §3, cost control): on ordinary business code most
/// helpers never touch a log, the network or a crypto parameter, and summarising each of them — walking its body,
/// binding its callees — was most of the package's time (docs/performance.md).
/// </summary>
/// <remarks>
/// "False" is exact: it is only concluded after every operation and every callee was examined (a callee without a
/// body has an unknown, empty summary). Whenever the walk is cut — recursion back into a method still being
/// examined, the depth bound — the answer is "true", which merely means "compute the summary as before". So the answer never depends on the order methods
/// are asked about, and caching it keeps analysis deterministic (issue #9).
/// </remarks>
internal sealed class SinkReachability
{
    /// <summary>Callee chains followed this deep; beyond it the answer is "may reach" (conservative).</summary>
    private const int MaxDepth = 24;

    private readonly FlowEngine engine;
    private readonly Func<IOperation, bool> isDirectSink;
    private readonly bool followGetters;
    private readonly Func<IOperation, bool>? anyOperation;
    private readonly Func<IMethodSymbol, bool>? followCallee;
    private readonly Infrastructure.AnswerCache<IMethodSymbol, bool> known = new(SymbolEqualityComparer.Default);
    private readonly BodyAnswer?[] recentBodies = new BodyAnswer?[16];
    private int nextBody;

    /// <param name="engine">Reads method bodies.</param>
    /// <param name="isDirectSink">Whether an invocation, creation or assignment is a sink without looking into any helper.</param>
    /// <param name="followGetters">
    /// Whether property getters of this compilation count as callees: for what a value may carry (the engine summarises
    /// computed properties), not for parameter sinks (a getter has none).
    /// </param>
    /// <param name="anyOperation">Optionally, what counts whatever the operation's kind (a reference to a key buffer, a crypto member).</param>
    /// <param name="followCallee">
    /// Optionally, which callees can matter at all (a callee that can hand nothing back cannot bring key material into
    /// the caller); the others are not examined, and their bodies not bound.
    /// </param>
    public SinkReachability(FlowEngine engine, Func<IOperation, bool> isDirectSink, bool followGetters = false, Func<IOperation, bool>? anyOperation = null, Func<IMethodSymbol, bool>? followCallee = null)
    {
        this.engine = engine;
        this.isDirectSink = isDirectSink;
        this.followGetters = followGetters;
        this.anyOperation = anyOperation;
        this.followCallee = followCallee;
    }

    /// <summary>
    /// Whether <paramref name="root"/> (a body being analysed) contains, or calls a method that contains, what is looked
    /// for. Every sink of a body asks, and the driver visits a body's operations together, so the answers for a few
    /// recent bodies are kept, lock-free (a ConditionalWeakTable here cost more in its locks than the walk itself:
    /// docs/performance.md). An answer depends only on the body, so recomputing an evicted one changes nothing.
    /// </summary>
    /// <param name="root">The body.</param>
    /// <param name="owner">
    /// The symbol the driver analyses the body for (<c>OperationAnalysisContext.ContainingSymbol</c>). When the body
    /// is a method's whole body, the answer is the method's, shared with every caller that asks about it as a callee:
    /// a method walked as a callee is not walked again as a body, and a body walked first spares its callers from
    /// binding it again — perhaps after the compiler has released its file (docs/performance.md, change 22).
    /// </param>
    /// <param name="cancellationToken">The analysis' token.</param>
    public bool MayReach(IOperation root, ISymbol? owner, CancellationToken cancellationToken)
    {
        foreach (var recent in recentBodies)
        {
            if (recent is not null && ReferenceEquals(recent.Root, root))
            {
                return recent.Answer;
            }
        }

        bool answer;
        if (owner is IMethodSymbol method && root is IMethodBodyOperation && Declares(method, root.Syntax))
        {
            // The same walk MayReach(method) makes, from the body in hand: depth 0, the method itself on the path.
            method = Normalize(method);
            if (!known.TryGetValue(method, out answer))
            {
                answer = Examine(root, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { method }, 0, cancellationToken);
                known.TryAdd(method, answer);
            }
        }
        else
        {
            answer = Examine(root, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), 0, cancellationToken);
        }

        var slot = (Interlocked.Increment(ref nextBody) & int.MaxValue) % recentBodies.Length;
        recentBodies[slot] = new BodyAnswer(root, answer);
        return answer;
    }

    /// <summary>Whether <paramref name="method"/> (declared in this compilation) may contain or call a sink.</summary>
    public bool MayReach(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = Normalize(method);

        // Most calls ask about a method already answered: no path set for them (docs/performance.md, change 39).
        return known.TryGetValue(method, out var answer)
            ? answer
            : MayReach(method, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), 0, cancellationToken);
    }

    private bool MayReach(IMethodSymbol method, HashSet<IMethodSymbol> path, int depth, CancellationToken cancellationToken)
    {
        if (known.TryGetValue(method, out var answer))
        {
            return answer;
        }

        // Still being examined further up (recursion), or too deep: cut, conservatively.
        if (depth >= MaxDepth || !path.Add(method))
        {
            return true;
        }

        answer = Examine(method, path, depth, cancellationToken);
        path.Remove(method);
        known.TryAdd(method, answer);
        return answer;
    }

    private bool Examine(IMethodSymbol method, HashSet<IMethodSymbol> path, int depth, CancellationToken cancellationToken)
    {
        // No body (an auto-property accessor, a partial method without implementation): the engine's summary is
        // "unknown" — no parameter sinks, nothing returned but what the caller passes in — so nothing to reach here.
        var body = engine.BodyOf(method, cancellationToken);
        return body is not null && Examine(body, path, depth, cancellationToken);
    }

    private bool Examine(IOperation body, HashSet<IMethodSymbol> path, int depth, CancellationToken cancellationToken)
    {
        foreach (var operation in OperationWalk.DescendantsAndSelf(body))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (anyOperation is not null && anyOperation(operation))
            {
                return true;
            }

            // The kind first: most operations are none of these, and each failed interface cast is a walk of the
            // operation's interface map (docs/performance.md, change 30).
            switch (operation.Kind)
            {
                case OperationKind.Invocation:
                    var invocation = (IInvocationOperation)operation;
                    if (isDirectSink(invocation) || CalleeMayReach(invocation.TargetMethod, path, depth, cancellationToken))
                    {
                        return true;
                    }

                    break;
                case OperationKind.ObjectCreation when ((IObjectCreationOperation)operation).Constructor is { } constructor:
                    if (isDirectSink(operation) || CalleeMayReach(constructor, path, depth, cancellationToken))
                    {
                        return true;
                    }

                    break;
                case OperationKind.SimpleAssignment when isDirectSink(operation):
                    return true;
                case OperationKind.PropertyReference when followGetters && ((IPropertyReferenceOperation)operation).Property.GetMethod is { } getter:
                    if (CalleeMayReach(getter, path, depth, cancellationToken))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private bool CalleeMayReach(IMethodSymbol callee, HashSet<IMethodSymbol> path, int depth, CancellationToken cancellationToken)
    {
        callee = Normalize(callee);
        return IsInSource(callee) && (followCallee is null || followCallee(callee)) && MayReach(callee, path, depth + 1, cancellationToken);
    }

    /// <summary>Whether <paramref name="syntax"/> is a declaration of <paramref name="method"/>: the node <see cref="FlowEngine.BodyOf"/> would bind.</summary>
    private static bool Declares(IMethodSymbol method, SyntaxNode syntax)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.Span == syntax.Span && reference.SyntaxTree == syntax.SyntaxTree)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a call of <paramref name="method"/> brings something into its caller other than its result: the object
    /// a constructor creates, or a <c>ref</c> or <c>out</c> argument. The gates' callee filters add what the result can carry.
    /// </summary>
    public static bool HandsBackBesidesResult(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.Constructor)
        {
            return true;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind is RefKind.Ref or RefKind.Out)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Methods the engine would summarise: declared here, with a body.</summary>
    public static bool IsInSource(IMethodSymbol method)
        => method.DeclaringSyntaxReferences.Length > 0 && !method.IsAbstract && !method.IsExtern;

    private static IMethodSymbol Normalize(IMethodSymbol method) => (method.PartialImplementationPart ?? method).OriginalDefinition;

    private sealed class BodyAnswer
    {
        public BodyAnswer(IOperation root, bool answer)
        {
            Root = root;
            Answer = answer;
        }

        public IOperation Root { get; }

        public bool Answer { get; }
    }
}
