using System;
using System.Collections.Generic;
using System.Threading;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// A per-compilation cache of answers that depend only on their key (a method's summary, whether a method can reach a
/// sink, a symbol's classification): lock-free for readers and writers alike. Traces of the command-line compiler
/// showed a third of the gates' time in <c>Monitor.Enter</c> under <c>ConcurrentDictionary.TryAdd</c>, whose every
/// write takes a lock, even with sixty-four of them (docs/performance.md, change 26). Here a write is one
/// compare-and-swap on a bucket's head.
/// </summary>
/// <remarks>
/// Entries are never removed or replaced: the first answer stored for a key is the one every reader sees. One writer
/// grows the table when it fills: it seals each old bucket (a compare-and-swap to a marker) as it copies it, so a
/// writer racing with it fails its swap and, like a reader that meets a sealed bucket, waits for the larger table.
/// </remarks>
internal sealed class AnswerCache<TKey, TValue>
    where TKey : class
{
    private readonly IEqualityComparer<TKey> comparer;
    private Node?[] buckets;
    private int count;
    private Node?[]? growing;

    /// <param name="comparer">Key equality (symbols: <c>SymbolEqualityComparer.Default</c>; names: ordinal).</param>
    /// <param name="capacity">Buckets to start with, rounded up to a power of two.</param>
    public AnswerCache(IEqualityComparer<TKey> comparer, int capacity = 256)
    {
        this.comparer = comparer;
        var size = 16;
        while (size < capacity && size < 1 << 24)
        {
            size <<= 1;
        }

        buckets = new Node?[size];
    }

    /// <summary>The keys stored so far (a snapshot; for diagnostics and tests).</summary>
    public IReadOnlyList<TKey> Keys
    {
        get
        {
            while (true)
            {
                var table = Volatile.Read(ref buckets);
                var keys = new List<TKey>();
                var complete = true;
                foreach (var head in table)
                {
                    if (ReferenceEquals(head, Sealed))
                    {
                        AwaitLarger(table);
                        complete = false;
                        break;
                    }

                    for (var node = head; node is not null; node = node.Next)
                    {
                        keys.Add(node.Key);
                    }
                }

                if (complete)
                {
                    return keys;
                }
            }
        }
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        var hash = comparer.GetHashCode(key);
        while (true)
        {
            var table = Volatile.Read(ref buckets);
            var head = Volatile.Read(ref table[hash & (table.Length - 1)]);
            if (ReferenceEquals(head, Sealed))
            {
                AwaitLarger(table);
                continue;
            }

            for (var node = head; node is not null; node = node.Next)
            {
                if (node.Hash == hash && comparer.Equals(node.Key, key))
                {
                    value = node.Value;
                    return true;
                }
            }

            value = default!;
            return false;
        }
    }

    /// <summary>Stores <paramref name="value"/> unless the key has an answer already; returns the answer stored.</summary>
    public TValue GetOrAdd(TKey key, TValue value)
    {
        var hash = comparer.GetHashCode(key);
        while (true)
        {
            var table = Volatile.Read(ref buckets);
            var index = hash & (table.Length - 1);
            var head = Volatile.Read(ref table[index]);
            if (ReferenceEquals(head, Sealed))
            {
                AwaitLarger(table);
                continue;
            }

            for (var node = head; node is not null; node = node.Next)
            {
                if (node.Hash == hash && comparer.Equals(node.Key, key))
                {
                    return node.Value;
                }
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref table[index], new Node(key, value, hash, head), head), head))
            {
                if (Interlocked.Increment(ref count) > table.Length * 2 && table.Length < 1 << 24 &&
                    Interlocked.CompareExchange(ref growing, table, null) is null)
                {
                    // Grown already by another writer since this one read the table: nothing to do.
                    if (ReferenceEquals(Volatile.Read(ref buckets), table))
                    {
                        Grow(table);
                    }
                    else
                    {
                        Volatile.Write(ref growing, null);
                    }
                }

                return value;
            }
        }
    }

    /// <summary>Computes the answer only when the key has none (two threads may both compute it; one answer is kept).</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
        => TryGetValue(key, out var value) ? value : GetOrAdd(key, compute(key));

    /// <summary>
    /// Computes the answer from the key and <paramref name="state"/> only when the key has none: a static lambda with
    /// its state passed in allocates nothing on the hot path, where a capturing one would allocate a closure per call.
    /// </summary>
    public TValue GetOrAdd<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
        => TryGetValue(key, out var value) ? value : GetOrAdd(key, compute(key, state));

    /// <summary>Stores <paramref name="value"/> unless the key has an answer already.</summary>
    public void TryAdd(TKey key, TValue value) => GetOrAdd(key, value);

    /// <summary>Copies <paramref name="table"/> into one twice its size, sealing each bucket as it goes (one thread at a time).</summary>
    private void Grow(Node?[] table)
    {
        var larger = new Node?[table.Length * 2];
        try
        {
            for (var i = 0; i < table.Length; i++)
            {
                Node? head;
                do
                {
                    head = Volatile.Read(ref table[i]);
                }
                while (!ReferenceEquals(Interlocked.CompareExchange(ref table[i], Sealed, head), head));

                for (var node = head; node is not null; node = node.Next)
                {
                    var index = node.Hash & (larger.Length - 1);
                    larger[index] = new Node(node.Key, node.Value, node.Hash, larger[index]);
                }
            }
        }
        finally
        {
            // Published even if copying failed (out of memory): the answers not copied are computed again, and no
            // reader waits forever on a sealed bucket.
            Volatile.Write(ref buckets, larger);
            Volatile.Write(ref growing, null);
        }
    }

    /// <summary>A sealed bucket was met: the table is being copied; wait until the larger one is in place.</summary>
    private void AwaitLarger(Node?[] table)
    {
        var spinner = default(SpinWait);
        while (ReferenceEquals(Volatile.Read(ref buckets), table))
        {
            spinner.SpinOnce();
        }
    }

    /// <summary>The marker of a bucket already copied to the larger table.</summary>
    private static readonly Node Sealed = new(null!, default!, 0, null);

    private sealed class Node
    {
        public Node(TKey key, TValue value, int hash, Node? next)
        {
            Key = key;
            Value = value;
            Hash = hash;
            Next = next;
        }

        public TKey Key { get; }

        public TValue Value { get; }

        public int Hash { get; }

        public Node? Next { get; }
    }
}

/// <summary>Identity equality, for keys whose own equality costs more than it buys (descriptors compare every field).</summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
