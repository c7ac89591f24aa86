using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RightsAnalyzers.Flow;

/// <summary>
/// Locals and parameters assigned in the body, solved on demand. A local's value depends on the locals its assigned
/// values read; only the locals a sink's value actually depends on are solved, one strongly connected group at a
/// time, dependencies first (Tarjan's algorithm, iterative so a 10,000-local chain cannot overflow the stack). A
/// group with no cycle is computed once; a group of locals that feed each other (loops, swaps) is solved by a
/// round-robin fixpoint in source order from an optimistic start — labels only grow and constant-ness only falls —
/// bounded by <see cref="MaxLocalRounds"/>. Each group sees only final values of the groups it depends on, so the
/// result does not depend on which sink asked first (issue #9). Solving every local of a body up front, as before,
/// spent most of the engine's time on locals no sink reads (docs/performance.md).
/// </summary>
internal sealed partial class BodyAnalysis
{
    private LabelSet EvalLocal(ISymbol local, IOperation reference)
    {
        solvedLocals ??= new Dictionary<ISymbol, LabelSet>(SymbolEqualityComparer.Default);
        if (solvedLocals.TryGetValue(local, out var known))
        {
            return known;
        }

        if (NeedsSolving(local))
        {
            if (solving)
            {
                // A dependency the graph did not show: never expected, but never a wrong answer either — the group
                // being solved is thrown away and everything still open is solved together, as a whole-body fixpoint.
                missedDependency = true;
                return LabelSet.Constant(null);
            }

            Solve(local);
            return solvedLocals.TryGetValue(local, out known) ? known : LabelSet.Empty;
        }

        // Never assigned in this body (a foreach variable of another body, an unassigned out local): nothing to solve.
        var value = ComputeLocal(local, reference.Syntax.GetLocation());
        solvedLocals[local] = value;
        return value;
    }

    private bool NeedsSolving(ISymbol symbol) => Facts.AssignmentsOf(symbol).Count > 0 || Facts.ImportsInto(symbol).Count > 0;

    /// <summary>Solves <paramref name="start"/> and every open local it depends on, group by group.</summary>
    private void Solve(ISymbol start)
    {
        foreach (var group in OpenGroups(start))
        {
            if (!SolveGroup(group))
            {
                SolveEverythingOpen();
                return;
            }
        }
    }

    /// <returns>False when a dependency outside the group was read while solving it.</returns>
    private bool SolveGroup(List<ISymbol> group)
    {
        solving = true;
        missedDependency = false;
        try
        {
            if (group.Count == 1 && !DependsOn(group[0], group[0]))
            {
                // No cycle: every value it reads is final, so one evaluation is the answer (and memoised results stay valid).
                var single = group[0];
                var value = ComputeLocal(single, LocationOf(single));
                if (missedDependency)
                {
                    memo.Clear();
                    return false;
                }

                solvedLocals![single] = value;
                return true;
            }

            group.Sort((a, b) => SourceOrder(a).CompareTo(SourceOrder(b)));
            return Fixpoint(group);
        }
        finally
        {
            solving = false;
        }
    }

    private bool Fixpoint(List<ISymbol> symbols)
    {
        foreach (var symbol in symbols)
        {
            solvedLocals![symbol] = LabelSet.Constant(null);
        }

        for (var round = 0; round < MaxLocalRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            memo.Clear();
            var changed = false;
            foreach (var symbol in symbols)
            {
                var next = ComputeLocal(symbol, LocationOf(symbol));
                var previous = solvedLocals![symbol];
                changed |= next.Labels.Length != previous.Labels.Length || next.IsConstant != previous.IsConstant;
                solvedLocals[symbol] = next;
            }

            if (missedDependency)
            {
                foreach (var symbol in symbols)
                {
                    solvedLocals!.Remove(symbol);
                }

                memo.Clear();
                return false;
            }

            if (!changed)
            {
                break;
            }
        }

        // Operations evaluated while the group was still moving may hold stale results.
        memo.Clear();
        return true;
    }

    /// <summary>The safety net: every local still open, solved together (the engine's former whole-body fixpoint).</summary>
    private void SolveEverythingOpen()
    {
        var open = new List<ISymbol>();
        var added = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var symbol in Facts.AssignedSymbols)
        {
            if (!solvedLocals!.ContainsKey(symbol) && added.Add(symbol))
            {
                open.Add(symbol);
            }
        }

        foreach (var symbol in Facts.ImportedSymbols)
        {
            if (!solvedLocals!.ContainsKey(symbol) && added.Add(symbol))
            {
                open.Add(symbol);
            }
        }

        solving = true;
        try
        {
            // Whole-body: nothing can be missed; reads of anything else are of final or unassigned symbols.
            missedDependency = false;
            Fixpoint(open);
        }
        finally
        {
            solving = false;
        }
    }

    /// <summary>
    /// The strongly connected groups of open locals reachable from <paramref name="start"/>, dependencies first.
    /// Iterative Tarjan: an explicit stack of (symbol, next dependency index) frames.
    /// </summary>
    private List<List<ISymbol>> OpenGroups(ISymbol start)
    {
        var groups = new List<List<ISymbol>>();
        var index = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        var lowLink = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        var onStack = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var stack = new Stack<ISymbol>();
        var frames = new Stack<(ISymbol Symbol, int Next)>();
        var counter = 0;

        index[start] = lowLink[start] = counter++;
        stack.Push(start);
        onStack.Add(start);
        frames.Push((start, 0));
        while (frames.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (symbol, next) = frames.Pop();
            var dependencies = DependenciesOf(symbol);
            if (next < dependencies.Count)
            {
                frames.Push((symbol, next + 1));
                var dependency = dependencies[next];
                if (solvedLocals!.ContainsKey(dependency))
                {
                    continue;
                }

                if (!index.ContainsKey(dependency))
                {
                    index[dependency] = lowLink[dependency] = counter++;
                    stack.Push(dependency);
                    onStack.Add(dependency);
                    frames.Push((dependency, 0));
                }
                else if (onStack.Contains(dependency))
                {
                    lowLink[symbol] = System.Math.Min(lowLink[symbol], index[dependency]);
                }

                continue;
            }

            // All dependencies done: pass the low link up, and close a group at its root.
            if (frames.Count > 0)
            {
                var parent = frames.Peek().Symbol;
                lowLink[parent] = System.Math.Min(lowLink[parent], lowLink[symbol]);
            }

            if (lowLink[symbol] == index[symbol])
            {
                var group = new List<ISymbol>();
                ISymbol member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (!SymbolEqualityComparer.Default.Equals(member, symbol));

                groups.Add(group);
            }
        }

        return groups;
    }

    private bool DependsOn(ISymbol symbol, ISymbol dependency)
    {
        foreach (var candidate in DependenciesOf(symbol))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, dependency))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The open-able locals and parameters read by what flows into <paramref name="symbol"/>: its assigned values
    /// (with lambdas inside them), the whole call of an out argument (its receiver and inputs), and key imports.
    /// </summary>
    private List<ISymbol> DependenciesOf(ISymbol symbol)
    {
        localDependencies ??= new Dictionary<ISymbol, List<ISymbol>>(SymbolEqualityComparer.Default);
        if (localDependencies.TryGetValue(symbol, out var known))
        {
            return known;
        }

        var found = new List<ISymbol>();
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var value in Facts.AssignmentsOf(symbol))
        {
            Collect(value is IArgumentOperation argument ? argument.Parent ?? argument : value, found, seen);
        }

        foreach (var (call, _) in Facts.ImportsInto(symbol))
        {
            Collect(call, found, seen);
        }

        localDependencies[symbol] = found;
        return found;
    }

    private void Collect(IOperation operation, List<ISymbol> found, HashSet<ISymbol> seen)
    {
        foreach (var node in OperationWalk.DescendantsAndSelf(operation))
        {
            var read = node switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => (ISymbol)parameter.Parameter,
                _ => null,
            };

            if (read is not null && seen.Add(read) && NeedsSolving(read))
            {
                found.Add(read);
            }
        }
    }

    private int SourceOrder(ISymbol symbol)
    {
        if (sourceOrder is null)
        {
            sourceOrder = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
            var position = 0;
            foreach (var assigned in Facts.AssignedSymbols)
            {
                sourceOrder[assigned] = position++;
            }

            foreach (var imported in Facts.ImportedSymbols)
            {
                if (!sourceOrder.ContainsKey(imported))
                {
                    sourceOrder[imported] = position++;
                }
            }
        }

        return sourceOrder.TryGetValue(symbol, out var order) ? order : int.MaxValue;
    }

    private static Location LocationOf(ISymbol symbol) => symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;
}
