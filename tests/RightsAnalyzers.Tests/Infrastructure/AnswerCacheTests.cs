using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using RightsAnalyzers.Infrastructure;
using Xunit;

namespace RightsAnalyzers.Tests.Infrastructure;

/// <summary>
/// The lock-free cache behind every per-compilation answer (method summaries, gate answers, classifications): the
/// first answer stored for a key is the one every reader sees, whatever the number of writers and resizes.
/// </summary>
public sealed class AnswerCacheTests
{
    [Fact]
    public void Stores_the_first_answer_and_keeps_it()
    {
        var cache = new AnswerCache<string, string>(StringComparer.Ordinal);

        Assert.False(cache.TryGetValue("key", out _));
        Assert.Equal("first", cache.GetOrAdd("key", "first"));
        Assert.Equal("first", cache.GetOrAdd("key", "second"));
        cache.TryAdd("key", "third");

        Assert.True(cache.TryGetValue("key", out var value));
        Assert.Equal("first", value);
        Assert.Equal(new[] { "key" }, cache.Keys);
    }

    [Fact]
    public void Computes_only_for_a_missing_key()
    {
        var cache = new AnswerCache<string, int>(StringComparer.Ordinal);
        var calls = 0;

        Assert.Equal(3, cache.GetOrAdd("abc", k => ++calls + k.Length - 1));
        Assert.Equal(3, cache.GetOrAdd("abc", k => ++calls * 100));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Computes_from_the_state_only_for_a_missing_key()
    {
        var cache = new AnswerCache<string, int>(StringComparer.Ordinal);
        var calls = new int[1];

        Assert.Equal(13, cache.GetOrAdd("abc", (Calls: calls, Offset: 10), static (k, s) => ++s.Calls[0] + k.Length + s.Offset - 1));
        Assert.Equal(13, cache.GetOrAdd("abc", (Calls: calls, Offset: 50), static (k, s) => ++s.Calls[0] * 100));
        Assert.Equal(15, cache.GetOrAdd("abcde", (Calls: calls, Offset: 10), static (k, s) => k.Length + s.Offset));
        Assert.Equal(1, calls[0]);
    }

    [Fact]
    public void Uses_the_comparer_for_keys()
    {
        var cache = new AnswerCache<string, int>(StringComparer.OrdinalIgnoreCase);

        cache.TryAdd("Email", 1);

        Assert.True(cache.TryGetValue("EMAIL", out var value));
        Assert.Equal(1, value);
    }

    [Fact]
    public void Keeps_every_answer_through_many_resizes()
    {
        var cache = new AnswerCache<string, int>(StringComparer.Ordinal, capacity: 1);
        for (var i = 0; i < 10_000; i++)
        {
            cache.TryAdd("k" + i, i);
        }

        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(cache.TryGetValue("k" + i, out var value), "k" + i);
            Assert.Equal(i, value);
        }
    }

    [Fact]
    public void Concurrent_writers_agree_on_one_answer_per_key()
    {
        var cache = new AnswerCache<string, string>(StringComparer.Ordinal, capacity: 1);
        var seen = new ConcurrentDictionary<string, ConcurrentBag<string>>();
        using var start = new Barrier(4);
        var writers = Enumerable.Range(0, 4).Select(writer => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 5_000; i++)
            {
                var key = "k" + i;
                var answer = cache.GetOrAdd(key, "writer" + writer);
                seen.GetOrAdd(key, _ => new ConcurrentBag<string>()).Add(answer);
            }
        })).ToList();
        writers.ForEach(w => w.Start());
        writers.ForEach(w => w.Join());

        // Resizes seal the buckets they copy, so no write is lost: every caller of a key got the same answer.
        Assert.All(seen, p => Assert.Single(p.Value.Distinct()));
        for (var i = 0; i < 5_000; i++)
        {
            Assert.True(cache.TryGetValue("k" + i, out var value));
            Assert.Equal(seen["k" + i].First(), value);
        }
    }
}
