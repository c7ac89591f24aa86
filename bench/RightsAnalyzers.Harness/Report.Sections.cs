using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace RightsAnalyzers.Harness;

/// <summary>The tables of the results block.</summary>
internal static partial class Report
{
    /// <summary>DESIGN.md §7: wall overhead on dense and ordinary code.</summary>
    private static readonly Dictionary<string, double> WallBudget = new(StringComparer.Ordinal) { ["dense"] = 0.10, ["ordinary"] = 0.03 };

    /// <summary>A log-log slope up to this is read as linear: three noisy points cannot tell 1.0 from 1.1.</summary>
    private const double LinearSlope = 1.2;

    private const double MaxClassShare = 1.0 / 3.0;

    private static IEnumerable<CorpusInfo> Scaled(MeasurementResult r) => r.Corpora.Where(c => c.Name != "pathological");

    private static void BudgetSection(StringBuilder text, MeasurementResult r, IReadOnlyList<Aggregate> aggregates)
    {
        text.Append("### Budget checks (DESIGN.md §7)\n\n| Check | Corpus | Measured | Budget | Verdict |\n|---|---|---:|---:|---|\n");
        foreach (var c in Scaled(r))
        {
            var pairs = PairedOverheads(aggregates, c.Name, BenchConfiguration.RightsId);
            var overhead = Stats.Median(pairs);
            var (low, high) = Stats.MedianInterval(pairs);
            var ofMedians = Overhead(aggregates, c.Name, BenchConfiguration.RightsId);
            var budget = WallBudget.GetValueOrDefault(c.Flavour, double.NaN);
            var verdict = Verdict(overhead <= budget, overhead);
            if (!double.IsNaN(overhead) && !double.IsNaN(low) && (overhead <= budget ? high > budget : low <= budget))
            {
                verdict += ", not resolved"; // the interval reaches across the budget: this machine's noise cannot tell
            }

            text.Append("| RightsAnalyzers wall-time overhead | ").Append(c.Name).Append(" | ").Append(Percent(overhead))
                .Append(FormattableString.Invariant($" ({pairs.Count} pairs; 95% interval {Percent(low)} to {Percent(high)}; medians: {Percent(ofMedians)})"))
                .Append(" | ≤ ").Append(Percent(budget).TrimStart('+')).Append(" | ").Append(verdict).Append(" |\n");
        }

        foreach (var flavour in Scaled(r).Select(c => c.Flavour).Distinct())
        {
            var points = Scaled(r).Where(c => c.Flavour == flavour)
                .Select(c => (X: (double)c.Lines, Y: Find(aggregates, c.Name, BenchConfiguration.RightsId)?.Own ?? double.NaN))
                .ToList();
            var slope = Stats.LogLogSlope(points);
            var perKloc = string.Join(" / ", points.Select(p => (p.Y * 1000 / (p.X / 1000)).ToString("0.0", CultureInfo.InvariantCulture)));
            text.Append("| RightsAnalyzers analyzer time grows linearly | ").Append(flavour).Append(" (all sizes) | slope ")
                .Append(double.IsNaN(slope) ? "—" : slope.ToString("0.00", CultureInfo.InvariantCulture)).Append("; ").Append(perKloc)
                .Append(" ms per 1,000 lines | log-log slope ≤ ").Append(LinearSlope.ToString("0.0", CultureInfo.InvariantCulture))
                .Append(" | ").Append(Verdict(slope <= LinearSlope, slope)).Append(" |\n");
        }

        foreach (var c in Scaled(r))
        {
            var rights = Find(aggregates, c.Name, BenchConfiguration.RightsId);
            var classes = rights?.ClassMedians(IsRights) ?? Array.Empty<(string, double)>();
            var total = classes.Sum(x => x.Seconds);
            var top = classes.FirstOrDefault();
            var share = total > 0 ? top.Seconds / total : double.NaN;
            text.Append("| No analyzer class over a third of the package's time | ").Append(c.Name).Append(" | ")
                .Append(top.Class is null ? "—" : Short(top.Class) + " " + Percent(share).TrimStart('+'))
                .Append(" | ≤ 33.3% | ").Append(Verdict(share <= MaxClassShare, share)).Append(" |\n");
        }

        text.Append("\nWall-time overhead: the median of the rounds' paired overheads (each round builds every configuration back to back, so drift of the machine between rounds cancels), with a distribution-free 95% interval for that median (order statistics of the pairs) and the ratio of the two configurations' median walls. \"Not resolved\": the interval reaches across the budget, so the verdict rests on the point estimate alone. The bounded-work check is reported below, not judged.\n\n");
    }

    private static void SideBySideSection(StringBuilder text, MeasurementResult r, IReadOnlyList<Aggregate> aggregates)
    {
        text.Append("### Side by side\n\n")
            .Append("Wall: the whole `dotnet build -t:Rebuild` process. Csc: the compiler task. Analyzers: \"Total analyzer execution time\" ")
            .Append("(all analyzers, summed over threads). Own: the analyzer assemblies of the configuration's package. ")
            .Append("Δ wall: the median of the rounds' paired overheads against the baseline (see the budget checks). ")
            .Append("Reference: the peers' overhead on a 31k-line dense corpus quoted in DESIGN.md §7.\n\n")
            .Append("| Corpus | Configuration | Wall median (min–max) | Δ wall vs baseline | Csc | Analyzers | Own | Reference |\n")
            .Append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var c in Scaled(r))
        {
            foreach (var configuration in r.Configurations)
            {
                var a = Find(aggregates, c.Name, configuration.Id);
                if (a is null)
                {
                    continue;
                }

                text.Append("| ").Append(c.Name).Append(" | ").Append(configuration.Title).Append(" | ").Append(Seconds(a.Wall))
                    .Append(" (").Append(Seconds(a.WallMin).Replace(" s", string.Empty, StringComparison.Ordinal)).Append('–').Append(Seconds(a.WallMax)).Append(") | ")
                    .Append(configuration.Id == BenchConfiguration.BaselineId ? "—" : Percent(PairedOverhead(aggregates, c.Name, configuration.Id))).Append(" | ")
                    .Append(Seconds(a.Csc)).Append(" | ").Append(Seconds(a.Analyzers)).Append(" | ").Append(Seconds(a.Own)).Append(" | ")
                    .Append(configuration.Reference ?? "—").Append(" |\n");
            }
        }

        text.Append('\n');
    }

    /// <summary>RightsAnalyzers per analyzer class: one column per corpus, median seconds and share of the package.</summary>
    private static void ClassSection(StringBuilder text, MeasurementResult r, IReadOnlyList<Aggregate> aggregates)
    {
        var corpora = r.Corpora.Where(c => Find(aggregates, c.Name, BenchConfiguration.RightsId) is { TimedOut: false }).ToList();
        if (corpora.Count == 0)
        {
            return;
        }

        var perCorpus = corpora.ToDictionary(c => c.Name, c => Find(aggregates, c.Name, BenchConfiguration.RightsId)!.ClassMedians(IsRights));
        var classes = perCorpus.Values.SelectMany(v => v.Select(x => x.Class)).Distinct()
            .OrderByDescending(k => perCorpus.Values.Sum(v => v.FirstOrDefault(x => x.Class == k).Seconds)).ToList();
        text.Append("### RightsAnalyzers per analyzer class\n\nMedian seconds (share of the package's analyzer time).\n\n| Analyzer class |");
        text.Append(string.Concat(corpora.Select(c => " " + c.Name + " |"))).Append('\n').Append("|---|").Append(string.Concat(corpora.Select(_ => "---:|"))).Append('\n');
        foreach (var k in classes)
        {
            text.Append("| ").Append(Short(k)).Append(" |");
            foreach (var c in corpora)
            {
                var list = perCorpus[c.Name];
                var total = list.Sum(x => x.Seconds);
                var seconds = list.FirstOrDefault(x => x.Class == k).Seconds;
                text.Append(' ').Append(seconds.ToString("0.000", CultureInfo.InvariantCulture)).Append(" (")
                    .Append(total > 0 ? (seconds / total * 100).ToString("0", CultureInfo.InvariantCulture) : "—").Append("%) |");
            }

            text.Append('\n');
        }

        text.Append('\n');
    }

    /// <summary>The five heaviest classes of each peer on the largest dense corpus, for comparison.</summary>
    private static void PeerClassSection(StringBuilder text, MeasurementResult r, IReadOnlyList<Aggregate> aggregates)
    {
        var largest = Scaled(r).Where(c => c.Flavour == "dense").OrderByDescending(c => c.Lines).FirstOrDefault();
        if (largest is null)
        {
            return;
        }

        text.Append("### Heaviest analyzer classes per configuration (").Append(largest.Name).Append(")\n\n| Configuration | Class | Median |\n|---|---|---:|\n");
        foreach (var configuration in r.Configurations)
        {
            var a = Find(aggregates, largest.Name, configuration.Id);
            foreach (var (name, seconds) in a?.ClassMedians(configuration.Owns).Take(5) ?? Array.Empty<(string, double)>())
            {
                text.Append("| ").Append(configuration.Id).Append(" | ").Append(name).Append(" | ").Append(Seconds(seconds)).Append(" |\n");
            }
        }

        text.Append('\n');
    }

    private static void PathologicalSection(StringBuilder text, MeasurementResult r, IReadOnlyList<Aggregate> aggregates)
    {
        var corpus = r.Corpora.FirstOrDefault(c => c.Name == "pathological");
        if (corpus is null)
        {
            return;
        }

        text.Append("### Bounded work\n\nThe pathological file (").Append(corpus.Description).Append("; ")
            .Append(corpus.Lines).Append(" lines). Reported, not asserted.\n\n| Configuration | Wall median | Δ wall vs baseline | Own analyzers | Heaviest own class |\n|---|---:|---:|---:|---|\n");
        foreach (var configuration in r.Configurations)
        {
            var a = Find(aggregates, corpus.Name, configuration.Id);
            if (a is null)
            {
                continue;
            }

            if (a.TimedOut)
            {
                text.Append("| ").Append(configuration.Title).Append(" | **did not finish**: stopped after ")
                    .Append(Seconds(a.Samples.Max(s => s.WallSeconds))).Append(" | — | — | — |\n");
                continue;
            }

            var top = a.ClassMedians(configuration.Owns).FirstOrDefault();
            text.Append("| ").Append(configuration.Title).Append(" | ").Append(Seconds(a.Wall)).Append(" | ")
                .Append(configuration.Id == BenchConfiguration.BaselineId ? "—" : Percent(PairedOverhead(aggregates, corpus.Name, configuration.Id))).Append(" | ")
                .Append(Seconds(a.Own)).Append(" | ").Append(top.Class is null ? "—" : Short(top.Class) + " " + Seconds(top.Seconds)).Append(" |\n");
        }

        text.Append('\n');
    }

    private static bool IsRights(string assembly) => assembly.StartsWith("RightsAnalyzers", StringComparison.Ordinal);

    private static string Short(string className) => className.Substring(className.LastIndexOf('.') + 1);

    private static string Verdict(bool within, double value) => double.IsNaN(value) ? "not measured" : within ? "within" : "**over**";
}
