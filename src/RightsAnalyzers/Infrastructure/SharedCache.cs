namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// Sizes for the package's per-compilation caches (ConcurrentDictionary). With the default — one lock per core, 31
/// buckets — two threads adding answers for a compilation's methods and symbols contend on the locks and on every
/// resize, which takes all of them: a measured tenth of the key gate's time spun in Monitor.Enter
/// (docs/performance.md, change 24). Reads never lock; these values make a write rarely wait.
/// </summary>
internal static class SharedCache
{
    /// <summary>Locks per cache: many more than the cores, so two writers seldom share one.</summary>
    public const int ConcurrencyLevel = 64;

    /// <summary>Buckets at creation, so that a small compilation never resizes and a large one a few times.</summary>
    public const int Capacity = 256;
}
