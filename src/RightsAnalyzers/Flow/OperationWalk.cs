using System;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Flow;

/// <summary>
/// The operations below a root, depth first in source order — the same sequence as Roslyn's
/// <c>Descendants()</c>/<c>DescendantsAndSelf()</c>, without their cost: those are iterators over a builder used as a
/// stack, whose every pop is an <c>Array.Copy</c> (about a tenth of the package's time in traces of ordinary code,
/// docs/performance.md, change 23). This one is a struct enumerator over an array of child enumerators, reused per
/// thread.
/// </summary>
internal static class OperationWalk
{
    /// <summary><paramref name="root"/> and every operation below it.</summary>
    public static Walk DescendantsAndSelf(IOperation root) => new(root, includeSelf: true);

    /// <summary>Every operation below <paramref name="root"/>.</summary>
    public static Walk Descendants(IOperation root) => new(root, includeSelf: false);

    public readonly struct Walk
    {
        private readonly IOperation root;
        private readonly bool includeSelf;

        public Walk(IOperation root, bool includeSelf)
        {
            this.root = root;
            this.includeSelf = includeSelf;
        }

        public Enumerator GetEnumerator() => new(root, includeSelf);
    }

    public struct Enumerator : IDisposable
    {
        /// <summary>
        /// Stacks kept per thread for reuse, one per level of nesting (a walk inside a walk: a gate examining a callee
        /// while walking its caller); deeper nesting than the pool holds allocates.
        /// </summary>
        [ThreadStatic]
        private static IOperation.OperationList.Enumerator[]?[]? spares;

        [ThreadStatic]
        private static int spareCount;

        private IOperation.OperationList.Enumerator[] stack;
        private int count;
        private IOperation? self;

        public Enumerator(IOperation root, bool includeSelf)
        {
            if (spareCount > 0)
            {
                stack = spares![--spareCount]!;
                spares[spareCount] = null;
            }
            else
            {
                stack = new IOperation.OperationList.Enumerator[16];
            }

            count = 0;
            Current = null!;
            if (includeSelf)
            {
                self = root;
            }
            else
            {
                self = null;
                stack[count++] = root.ChildOperations.GetEnumerator();
            }
        }

        public IOperation Current { get; private set; }

        public bool MoveNext()
        {
            if (self is { } first)
            {
                self = null;
                Current = first;
                Push(first);
                return true;
            }

            while (count > 0)
            {
                ref var top = ref stack[count - 1];
                if (top.MoveNext())
                {
                    var next = top.Current;
                    Current = next;
                    Push(next);
                    return true;
                }

                count--;
            }

            return false;
        }

        public void Dispose()
        {
            if (stack is not null)
            {
                Array.Clear(stack, 0, stack.Length); // nothing of this compilation stays reachable from the thread
                count = 0;
                spares ??= new IOperation.OperationList.Enumerator[]?[8];
                if (spareCount < spares.Length)
                {
                    spares[spareCount++] = stack;
                }

                stack = null!;
            }
        }

        private void Push(IOperation operation)
        {
            if (count == stack.Length)
            {
                Array.Resize(ref stack, stack.Length * 2);
            }

            stack[count++] = operation.ChildOperations.GetEnumerator();
        }
    }
}
