using System;
using System.Collections.Generic;
using System.Linq;

namespace RightsAnalyzers.Harness;

/// <summary>One timed clean build.</summary>
internal sealed record BuildSample(
    string Corpus,
    string Flavour,
    int Lines,
    string Configuration,
    int Round,
    bool Succeeded,
    double WallSeconds,
    double CscSeconds,
    double AnalyzerSeconds,
    double OwnAnalyzerSeconds,
    Dictionary<string, double> Assemblies,
    Dictionary<string, double> Classes,
    string Log,
    bool TimedOut = false);

/// <summary>The samples of one corpus and configuration, reduced to medians.</summary>
internal sealed record Aggregate(string Corpus, string Flavour, int Lines, string Configuration, IReadOnlyList<BuildSample> Samples)
{
    public IReadOnlyList<BuildSample> Good => Samples.Where(s => s.Succeeded).ToList();

    public int Failures => Samples.Count(s => !s.Succeeded);

    public bool TimedOut => Samples.Any(s => s.TimedOut);

    public double Wall => Stats.Median(Good.Select(s => s.WallSeconds));

    public double WallMin => Good.Count == 0 ? double.NaN : Good.Min(s => s.WallSeconds);

    public double WallMax => Good.Count == 0 ? double.NaN : Good.Max(s => s.WallSeconds);

    public double Csc => Stats.Median(Good.Select(s => s.CscSeconds));

    public double Analyzers => Stats.Median(Good.Select(s => s.AnalyzerSeconds));

    public double Own => Stats.Median(Good.Select(s => s.OwnAnalyzerSeconds));

    /// <summary>Median seconds per analyzer class of the given assembly prefix, largest first.</summary>
    public IReadOnlyList<(string Class, double Seconds)> ClassMedians(Func<string, bool> assembly)
    {
        var keys = Good.SelectMany(s => s.Classes.Keys).Where(k => assembly(k.Substring(0, k.IndexOf('|', StringComparison.Ordinal)))).Distinct();
        return keys
            .Select(k => (k.Substring(k.IndexOf('|', StringComparison.Ordinal) + 1), Stats.Median(Good.Select(s => s.Classes.GetValueOrDefault(k)))))
            .OrderByDescending(x => x.Item2)
            .ToList();
    }
}

internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// A distribution-free interval for the median: the order statistics x(k) and x(n−k+1) with the largest k for
    /// which the chance that fewer than k values fall below the true median is at most (1 − confidence) / 2, so the
    /// interval covers the median with at least <paramref name="confidence"/>. NaN bounds when there are too few values
    /// (fewer than six for 95 %).
    /// </summary>
    public static (double Low, double High) MedianInterval(IEnumerable<double> values, double confidence = 0.95)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var n = sorted.Length;
        var tail = (1 - confidence) / 2;
        var k = 0;
        var below = 0.0; // P(Binomial(n, 1/2) ≤ k − 1), grown one term at a time
        var term = Math.Pow(0.5, n); // P(Binomial(n, 1/2) = 0)
        while (k < n / 2 && below + term <= tail)
        {
            below += term;
            k++;
            term = term * (n - k + 1) / k;
        }

        return k == 0 ? (double.NaN, double.NaN) : (sorted[k - 1], sorted[n - k]);
    }

    /// <summary>Least-squares slope of log(y) against log(x): 1 is linear growth, 2 quadratic.</summary>
    public static double LogLogSlope(IReadOnlyList<(double X, double Y)> points)
    {
        var usable = points.Where(p => p.X > 0 && p.Y > 0).Select(p => (X: Math.Log(p.X), Y: Math.Log(p.Y))).ToList();
        if (usable.Count < 2)
        {
            return double.NaN;
        }

        var meanX = usable.Average(p => p.X);
        var meanY = usable.Average(p => p.Y);
        var covariance = usable.Sum(p => (p.X - meanX) * (p.Y - meanY));
        var variance = usable.Sum(p => (p.X - meanX) * (p.X - meanX));
        return variance == 0 ? double.NaN : covariance / variance;
    }
}
