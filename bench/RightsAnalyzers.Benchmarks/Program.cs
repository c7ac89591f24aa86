using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RightsAnalyzers.Benchmarks;

// --smoke: every benchmark once, in this process, on small inputs — proves the benchmarks still run (CI), measures
// nothing. Without it: BenchmarkDotNet's default job, out of process; other arguments go to BenchmarkDotNet
// (e.g. --filter *Family*).
if (args.Length > 0 && args[0] == "--profile")
{
    return await Profile.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--allocs")
{
    return await Allocs.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--startup")
{
    return await Startup.Run(args.Skip(1).ToArray());
}

var smoke = args.Contains("--smoke");
var rest = args.Where(a => a != "--smoke").ToArray();
if (smoke || Environment.GetEnvironmentVariable("RIGHTS_BENCH_LINES") is null)
{
    Environment.SetEnvironmentVariable("RIGHTS_BENCH_LINES", smoke ? "600" : "3000");
}

if (smoke && Environment.GetEnvironmentVariable("RIGHTS_BENCH_PATHOLOGICAL") is null)
{
    // Small enough to finish while the flow engine is still exponential on long bodies (docs/performance.md).
    Environment.SetEnvironmentVariable("RIGHTS_BENCH_PATHOLOGICAL", "100,200,10");
}

foreach (var family in AnalyzerCatalog.Families)
{
    var classes = AnalyzerCatalog.Create(family).Select(a => a.GetType().Name);
    Console.WriteLine($"family {family}: {string.Join(", ", classes)}");
}

IConfig config = smoke
    ? DefaultConfig.Instance.AddJob(Job.Dry.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(2), logOutput: true)).WithId("Smoke"))
        .WithOptions(ConfigOptions.DisableLogFile)
    : DefaultConfig.Instance;
var clock = Stopwatch.StartNew();
Summary[] summaries;
try
{
    summaries = BenchmarkRunner.Run(typeof(FamilyBenchmarks).Assembly, config, rest);
}
catch (InvalidOperationException e)
{
    // The in-process toolchain throws when one benchmark exceeds its time limit: a hang, not a slow result.
    Console.WriteLine("benchmarks: aborted: " + e.Message);
    return 1;
}

var cases = summaries.Sum(s => s.BenchmarksCases.Length);
var failed = summaries.Sum(s => s.BenchmarksCases.Length - s.Reports.Count(r => r.Success))
    + summaries.Count(s => s.HasCriticalValidationErrors);
Console.WriteLine($"benchmarks: {cases} cases, {failed} failed, {clock.Elapsed.TotalSeconds:0} s{(smoke ? " (smoke: each once, not a measurement)" : string.Empty)}");
return cases > 0 && failed == 0 ? 0 : 1;
