using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RightsAnalyzers.Corpus;

namespace RightsAnalyzers.Harness;

/// <summary>Command-line options of <c>run</c>; the defaults are the full measurement documented in docs/performance.md.</summary>
internal sealed class HarnessOptions
{
    public IReadOnlyList<int> Sizes { get; private set; } = new[] { 4_000, 12_000, 32_000 };

    public IReadOnlyList<CorpusFlavour> Flavours { get; private set; } = new[] { CorpusFlavour.Dense, CorpusFlavour.Ordinary };

    public IReadOnlyList<string>? Configurations { get; private set; }

    public int Runs { get; private set; } = 3;

    /// <summary>
    /// Rounds for the budget's pair (baseline and RightsAnalyzers) on the size corpora: at least <see cref="Runs"/>;
    /// the rounds after <see cref="Runs"/> build only those two, so the budget is judged on more pairs than the peers need.
    /// </summary>
    public int BudgetRuns { get; private set; }

    public int Warmups { get; private set; } = 1;

    public int Seed { get; private set; } = 8;

    public bool Pathological { get; private set; } = true;

    public PathologicalOptions PathologicalSize { get; private set; } = new();

    public string Work { get; private set; } = "artifacts/bench";

    public string Doc { get; private set; } = "docs/performance.md";

    public string Chart { get; private set; } = "docs/images/performance.svg";

    public TimeSpan Timeout { get; private set; } = TimeSpan.FromMinutes(30);

    /// <summary>A build of the pathological file that takes longer has run away: it is stopped and reported so.</summary>
    public TimeSpan PathologicalTimeout { get; private set; } = TimeSpan.FromMinutes(10);

    public bool SkipPack { get; private set; }

    public static string Usage => """
        usage: bench/run.sh [options]            (= harness run)
               harness generate --flavour dense|ordinary|pathological --lines N --out DIR [--seed S] [--pathological S,C,D]
               harness selfcheck          parses a sample log and renders a fake report (CI)
               harness report [--work DIR] [--doc FILE] [--chart FILE]   renders the report again from DIR/results.json
          --sizes 4000,12000,32000    corpus sizes in lines (three sizes, 8x apart, show how cost grows)
          --flavours dense,ordinary   which corpora
          --configs a,b               subset of: baseline,rights,sonar,scs,netanalyzers (default all)
          --runs 3                    timed clean builds per configuration and corpus, interleaved
          --budget-runs N             more rounds of baseline and RightsAnalyzers only (N >= runs; default = runs)
          --warmups 1                 untimed builds per configuration and corpus first
          --seed 8                    corpus generator seed
          --no-pathological           skip the bounded-work check
          --pathological S,C,D        statements, concatenation parts, lambda depth (default 10000,5000,100)
          --work DIR                  working folder (default artifacts/bench)
          --doc FILE                  markdown to update between the results markers (default docs/performance.md)
          --chart FILE                SVG chart (default docs/images/performance.svg)
          --timeout-minutes 30        per build
          --pathological-timeout-minutes 10   per build of the pathological file; longer counts as runaway
          --skip-pack                 reuse the feed in the working folder
        """;

    public static HarnessOptions Parse(IReadOnlyList<string> args)
    {
        var options = new HarnessOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
            switch (args[i])
            {
                case "--sizes": options.Sizes = Ints(Next()); break;
                case "--flavours": options.Flavours = Next().Split(',').Select(f => Enum.Parse<CorpusFlavour>(f, ignoreCase: true)).ToArray(); break;
                case "--configs": options.Configurations = Next().Split(','); break;
                case "--runs": options.Runs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--budget-runs": options.BudgetRuns = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--warmups": options.Warmups = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seed": options.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--no-pathological": options.Pathological = false; break;
                case "--pathological":
                    var p = Ints(Next());
                    options.PathologicalSize = new PathologicalOptions(p[0], p[1], p[2]);
                    break;
                case "--work": options.Work = Next(); break;
                case "--doc": options.Doc = Next(); break;
                case "--chart": options.Chart = Next(); break;
                case "--timeout-minutes": options.Timeout = TimeSpan.FromMinutes(int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--pathological-timeout-minutes": options.PathologicalTimeout = TimeSpan.FromMinutes(int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--skip-pack": options.SkipPack = true; break;
                default: throw new ArgumentException("unknown option " + args[i]);
            }
        }

        if (options.Runs < 1)
        {
            throw new ArgumentException("--runs must be at least 1");
        }

        if (options.BudgetRuns == 0)
        {
            options.BudgetRuns = options.Runs;
        }
        else if (options.BudgetRuns < options.Runs)
        {
            throw new ArgumentException("--budget-runs must be at least --runs");
        }

        return options;
    }

    /// <summary>The exact arguments, for the "command to reproduce" line of the report.</summary>
    public static string Describe(IReadOnlyList<string> args) => "bench/run.sh" + (args.Count == 0 ? string.Empty : " " + string.Join(' ', args));

    private static int[] Ints(string text) => text.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
}
