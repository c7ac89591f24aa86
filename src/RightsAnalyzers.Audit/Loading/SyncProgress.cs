using System;

namespace RightsAnalyzers.Audit.Loading;

/// <summary>
/// Reports on the caller's thread. <see cref="Progress{T}"/> posts to the thread pool, which would interleave
/// progress lines out of order on stderr.
/// </summary>
internal sealed class SyncProgress<T> : IProgress<T>
{
    private readonly Action<T> report;

    public SyncProgress(Action<T> report) => this.report = report;

    public void Report(T value) => report(value);
}
