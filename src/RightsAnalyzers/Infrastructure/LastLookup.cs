namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// The last answer of a per-file lookup, kept beside the cache that holds them all: the operations of a body come one
/// after another from one file, and comparing one reference is cheaper than hashing it for each of them
/// (docs/performance.md, change 36). The pair is replaced whole, so a reader on another thread sees an old pair or a
/// new one, never a key with another key's value; a miss just asks the cache.
/// </summary>
internal sealed class LastLookup<TKey, TValue>
    where TKey : class
{
    private Entry? last;

    public bool TryGet(TKey key, out TValue value)
    {
        if (last is { } entry && ReferenceEquals(entry.Key, key))
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public TValue Remember(TKey key, TValue value)
    {
        last = new Entry(key, value);
        return value;
    }

    private sealed class Entry
    {
        public Entry(TKey key, TValue value)
        {
            Key = key;
            Value = value;
        }

        public TKey Key { get; }

        public TValue Value { get; }
    }
}
