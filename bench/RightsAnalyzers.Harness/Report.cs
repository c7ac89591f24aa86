using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace RightsAnalyzers.Harness;

/// <summary>
/// Writes the results block of docs/performance.md: the run and machine, the budget checks of DESIGN.md §7, the
/// side-by-side tables, RightsAnalyzers per analyzer class, the bounded-work check and the chart. Only the text
/// between the markers is replaced; the method above it is written by hand.
/// </summary>
internal static partial class Report
{
    public const string Begin = "<!-- results:begin -->";
    public const string End = "<!-- results:end -->";

    public static void Update(string path, string results)
    {
        var block = Begin + "\n" + results + End;
        var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        text = begin >= 0 && end > begin
            ? text.Substring(0, begin) + block + text.Substring(end + End.Length)
            : text + (text.Length == 0 ? "# Performance results\n\n" : "\n") + block + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text);
    }

    public static string Results(MeasurementResult result, string chartPath)
    {
        var aggregates = result.Samples
            .GroupBy(s => (s.Corpus, s.Configuration))
            .Select(g => new Aggregate(g.Key.Corpus, g.First().Flavour, g.First().Lines, g.Key.Configuration, g.ToList()))
            .ToList();
        var text = new StringBuilder();
        RunSection(text, result);
        BudgetSection(text, result, aggregates);
        SideBySideSection(text, result, aggregates);
        ClassSection(text, result, aggregates);
        PeerClassSection(text, result, aggregates);
        PathologicalSection(text, result, aggregates);
        text.Append("### Chart\n\n![Build wall time and analyzer time against corpus size](").Append(chartPath).Append(")\n\n");
        FailureSection(text, result);
        return text.ToString();
    }

    private static void RunSection(StringBuilder text, MeasurementResult r)
    {
        var m = r.Machine;
        text.Append("### This run\n\n");
        if (r.Runs < 3)
        {
            text.Append("> **Validation run (fewer than 3 runs per configuration): these numbers show that the tooling works; they are not a measurement.**\n\n");
        }

        text.Append("| Field | Value |\n|---|---|\n")
            .Append("| Date (UTC) | ").Append(r.Started.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" |\n")
            .Append("| Command | `").Append(r.Command).Append("` |\n")
            .Append("| Commit | ").Append(m.Commit).Append(" |\n")
            .Append("| RightsAnalyzers | ").Append(r.RightsVersion).Append(" (packed from this commit) |\n")
            .Append("| CPU | ").Append(m.Cpu).Append(", ").Append(m.Cores).Append(" logical cores |\n")
            .Append("| Memory | ").Append(m.Memory).Append(" |\n")
            .Append("| OS | ").Append(m.Os).Append(" |\n")
            .Append("| .NET SDK | ").Append(m.Sdk).Append(" |\n")
            .Append("| Load average at start / end | ").Append(m.LoadAtStart).Append(" / ").Append(m.LoadAtEnd).Append(" |\n")
            .Append("| Timed clean builds per configuration and corpus | ").Append(r.Runs)
            .Append(r.PairRuns > r.Runs ? FormattableString.Invariant($"; baseline and RightsAnalyzers {r.PairRuns} on the size corpora (the rounds after {r.Runs} build only those two)") : string.Empty)
            .Append(" (interleaved; medians quoted) |\n\n");
        text.Append("| Corpus | Lines | Files |\n|---|---:|---:|\n");
        foreach (var c in r.Corpora)
        {
            text.Append("| ").Append(c.Name).Append(" | ").Append(c.Lines).Append(" | ").Append(c.Files).Append(" |\n");
        }

        text.Append('\n');
    }

    private static void FailureSection(StringBuilder text, MeasurementResult r)
    {
        var failed = r.Samples.Where(s => !s.Succeeded).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        text.Append("### Failed builds (left out of the medians)\n\n");
        foreach (var s in failed)
        {
            text.Append("- ").Append(s.Corpus).Append(' ').Append(s.Configuration).Append(s.Round < 0 ? " warm-up" : " run " + (s.Round + 1)).Append(s.TimedOut ? " (timed out)" : string.Empty).Append(": `").Append(s.Log).Append("`\n");
        }

        text.Append('\n');
    }

    internal static string Seconds(double value) => double.IsNaN(value) ? "—" : value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " s";

    internal static string Percent(double value) => double.IsNaN(value) || double.IsInfinity(value) ? "—" : (value >= 0 ? "+" : string.Empty) + (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    internal static string Title(MeasurementResult r, string id) => r.Configurations.FirstOrDefault(c => c.Id == id)?.Title ?? id;

    internal static Aggregate? Find(IReadOnlyList<Aggregate> aggregates, string corpus, string configuration)
        => aggregates.FirstOrDefault(a => a.Corpus == corpus && a.Configuration == configuration);

    /// <summary>
    /// The budget's measure: the median over rounds of each round's overhead (a round builds every configuration once,
    /// back to back). Drift of the machine between rounds — on a shared 2-core VM the same build's time moved by a
    /// third within an hour — hits both builds of a round alike and cancels in the ratio; in the ratio of medians it
    /// does not. Rounds where either build failed are left out.
    /// </summary>
    internal static double PairedOverhead(IReadOnlyList<Aggregate> aggregates, string corpus, string configuration)
        => Stats.Median(PairedOverheads(aggregates, corpus, configuration));

    /// <summary>Each round's overhead of <paramref name="configuration"/> against the baseline built in the same round.</summary>
    internal static IReadOnlyList<double> PairedOverheads(IReadOnlyList<Aggregate> aggregates, string corpus, string configuration)
    {
        var baseline = Find(aggregates, corpus, BenchConfiguration.BaselineId);
        var measured = Find(aggregates, corpus, configuration);
        if (baseline is null || measured is null)
        {
            return Array.Empty<double>();
        }

        return measured.Good
            .Select(m => (Measured: m, Baseline: baseline.Good.FirstOrDefault(b => b.Round == m.Round)))
            .Where(p => p.Baseline is not null && p.Baseline.WallSeconds > 0)
            .Select(p => (p.Measured.WallSeconds - p.Baseline!.WallSeconds) / p.Baseline.WallSeconds)
            .ToList();
    }

    /// <summary>The ratio of the two medians: shown beside the paired figure, as earlier runs reported it.</summary>
    internal static double Overhead(IReadOnlyList<Aggregate> aggregates, string corpus, string configuration)
    {
        var baseline = Find(aggregates, corpus, BenchConfiguration.BaselineId);
        var measured = Find(aggregates, corpus, configuration);
        return baseline is null || measured is null ? double.NaN : (measured.Wall - baseline.Wall) / baseline.Wall;
    }
}
