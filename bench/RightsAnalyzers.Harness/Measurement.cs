using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using RightsAnalyzers.Corpus;

namespace RightsAnalyzers.Harness;

/// <summary>A generated corpus as measured.</summary>
internal sealed record CorpusInfo(string Name, string Flavour, int TargetLines, int Lines, int Files, string? Description = null);

/// <summary>Everything one harness run found, as written to results.json and the report.</summary>
internal sealed record MeasurementResult(
    string Command, DateTimeOffset Started, MachineInfo Machine, string RightsVersion, int Runs,
    IReadOnlyList<BenchConfiguration> Configurations, IReadOnlyList<CorpusInfo> Corpora, IReadOnlyList<BuildSample> Samples,
    int BudgetRuns = 0)
{
    /// <summary>Rounds of the budget's pair (baseline and RightsAnalyzers) on the size corpora; results written before the option existed have 0.</summary>
    public int PairRuns => Math.Max(Runs, BudgetRuns);
}

/// <summary>The <c>run</c> command: pack, generate, restore, warm up, then timed clean builds interleaved.</summary>
internal static class Measurement
{
    public static int Run(HarnessOptions options, string command)
    {
        var repository = FindRepositoryRoot();
        var workspace = new Workspace(Path.Combine(repository, options.Work));
        workspace.Prepare();
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Read(repository);
        Console.WriteLine($"[harness] {machine.Cpu}, {machine.Cores} cores, load {machine.LoadAtStart}; SDK {machine.Sdk}; commit {machine.Commit}");
        var version = options.SkipPack ? ExistingVersion(workspace) : workspace.Pack(repository);
        var configurations = BenchConfiguration.All(version)
            .Where(c => options.Configurations is null || options.Configurations.Contains(c.Id, StringComparer.Ordinal))
            .ToList();
        var runner = new BuildRunner(workspace, options.Timeout);
        var corpora = new List<CorpusInfo>();
        var samples = new List<BuildSample>();

        foreach (var flavour in options.Flavours)
        {
            foreach (var size in options.Sizes)
            {
                var files = CorpusGenerator.Generate(new CorpusOptions(flavour, size, options.Seed));
                var info = new CorpusInfo(flavour.ToString().ToLowerInvariant() + "-" + size.ToString(CultureInfo.InvariantCulture),
                    flavour.ToString().ToLowerInvariant(), size, files.Sum(f => f.Lines), files.Count);
                corpora.Add(info);
                samples.AddRange(MeasureCorpus(workspace, runner, options, configurations, info, files, options.BudgetRuns));
            }
        }

        if (options.Pathological)
        {
            var files = CorpusGenerator.GeneratePathological(options.PathologicalSize);
            var p = options.PathologicalSize;
            var info = new CorpusInfo("pathological", "pathological", p.Statements, files.Sum(f => f.Lines), files.Count,
                $"a method of {p.Statements} statements, a {p.ConcatParts}-part concatenation, lambdas nested {p.LambdaDepth} deep");
            corpora.Add(info);
            runner.BuildTimeout = options.PathologicalTimeout;
            samples.AddRange(MeasureCorpus(workspace, runner, options, configurations, info, files, options.Runs));
            runner.BuildTimeout = TimeSpan.Zero;
        }

        machine.LoadAtEnd = MachineInfo.Load();
        var result = new MeasurementResult(command, started, machine, version, options.Runs, configurations, corpora, samples, options.BudgetRuns);
        var json = Path.Combine(workspace.Root, "results.json");
        File.WriteAllText(json, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        Write(repository, options, result);
        Console.WriteLine($"[harness] wrote {options.Doc}, {options.Chart} and {json}");
        // A pathological build that runs away is this check's result, not a failure of the harness.
        var failed = samples.Count(s => !s.Succeeded && !(s.TimedOut && s.Corpus == "pathological"));
        var runaway = samples.Count(s => s.TimedOut && s.Corpus == "pathological");
        Console.WriteLine($"[harness] {samples.Count(s => s.Succeeded)} builds measured, {failed} failed, {runaway} pathological builds stopped at the time limit");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// The <c>report</c> command: renders the results block and the chart again from the working folder's results.json
    /// (after a change to the report itself; the samples are not touched).
    /// </summary>
    public static int Rerender(HarnessOptions options)
    {
        var repository = FindRepositoryRoot();
        var json = Path.Combine(repository, options.Work, "results.json");
        var result = JsonSerializer.Deserialize<MeasurementResult>(File.ReadAllText(json))
            ?? throw new InvalidDataException("empty results: " + json);
        Write(repository, options, result);
        Console.WriteLine($"[harness] wrote {options.Doc} and {options.Chart} from {json}");
        return 0;
    }

    private static void Write(string repository, HarnessOptions options, MeasurementResult result)
    {
        var doc = Path.Combine(repository, options.Doc);
        var chart = Path.Combine(repository, options.Chart);
        Directory.CreateDirectory(Path.GetDirectoryName(chart)!);
        File.WriteAllText(chart, SvgChart.Write(result));
        Report.Update(doc, Report.Results(result, Path.GetRelativePath(Path.GetDirectoryName(doc)!, chart).Replace('\\', '/')));
    }

    private static IEnumerable<BuildSample> MeasureCorpus(Workspace workspace, BuildRunner runner, HarnessOptions options,
        IReadOnlyList<BenchConfiguration> configurations, CorpusInfo info, IReadOnlyList<CorpusFile> files, int rounds)
    {
        Console.WriteLine($"[harness] corpus {info.Name}: {info.Lines} lines in {info.Files} files");
        var projects = workspace.WriteCorpus(info.Name, files, configurations);
        foreach (var project in projects)
        {
            runner.Restore(project);
        }

        runner.ShutDownBuildServers();

        // A configuration that hits the time limit (the bounded-work check) is recorded once and not built again.
        var timedOut = new HashSet<string>(StringComparer.Ordinal);
        for (var warmup = 0; warmup < options.Warmups; warmup++)
        {
            for (var i = 0; i < configurations.Count; i++)
            {
                var sample = runner.Build(projects[i], configurations[i], info.Name, info.Flavour, info.Lines, -1);
                Console.WriteLine($"[harness]   warm-up {configurations[i].Id}: {sample.WallSeconds:0.0} s");
                if (sample.TimedOut && timedOut.Add(configurations[i].Id))
                {
                    yield return sample;
                }
            }
        }

        // Interleaved, and the order rotates each round, so slow drift of the machine spreads over all configurations.
        // Rounds after --runs (up to --budget-runs) build only the budget's pair, baseline and RightsAnalyzers.
        for (var round = 0; round < rounds; round++)
        {
            var active = Enumerable.Range(0, configurations.Count)
                .Where(i => round < options.Runs || configurations[i].Id is BenchConfiguration.BaselineId or BenchConfiguration.RightsId)
                .ToList();
            for (var k = 0; k < active.Count; k++)
            {
                var i = active[(k + round) % active.Count];
                if (timedOut.Contains(configurations[i].Id))
                {
                    continue; // it ran away once; running it again only costs the same timeout
                }

                var sample = runner.Build(projects[i], configurations[i], info.Name, info.Flavour, info.Lines, round);
                Console.WriteLine(FormattableString.Invariant(
                    $"[harness]   {configurations[i].Id,-12} run {round + 1}/{rounds}: wall {sample.WallSeconds:0.00} s, csc {sample.CscSeconds:0.00} s, analyzers {sample.AnalyzerSeconds:0.000} s (own {sample.OwnAnalyzerSeconds:0.000} s)"));
                if (sample.TimedOut)
                {
                    timedOut.Add(configurations[i].Id);
                }

                yield return sample;
            }
        }
    }

    private static string ExistingVersion(Workspace workspace)
        => Directory.GetFiles(workspace.Feed, "RightsAnalyzers.*.nupkg")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n!.Length > 16 && char.IsDigit(n[16]))
            .Select(n => n!.Substring(16))
            .Single();

    internal static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RightsAnalyzers.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("RightsAnalyzers.sln not found above the current folder");
    }
}
