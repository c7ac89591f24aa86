using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RightsAnalyzers.Benchmarks;

// --smoke: every benchmark once, in this process, on small inputs — proves the benchmarks still run (CI), measures
// nothing. Without it: BenchmarkDotNet's default job, out of process; other arguments go to BenchmarkDotNet
// (e.g. --filter *Family*).
var smoke = args.Contains("--smoke");
var rest = args.Where(a => a != "--smoke").ToArray();
if (smoke || Environment.GetEnvironmentVariable("RIGHTS_BENCH_LINES") is null)
{
    Environment.SetEnvironmentVariable("RIGHTS_BENCH_LINES", smoke ? "600" : "3000");
}

if (smoke)
{
    Environment.SetEnvironmentVariable("RIGHTS_BENCH_PATHOLOGICAL", "1000,500,20");
}

foreach (var family in AnalyzerCatalog.Families)
{
    var classes = AnalyzerCatalog.Create(family).Select(a => a.GetType().Name);
    Console.WriteLine($"family {family}: {string.Join(", ", classes)}");
}

IConfig config = smoke
    ? DefaultConfig.Instance.AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Smoke")).WithOptions(ConfigOptions.DisableLogFile)
    : DefaultConfig.Instance;
var clock = Stopwatch.StartNew();
var summaries = BenchmarkRunner.Run(typeof(FamilyBenchmarks).Assembly, config, rest);
var cases = summaries.Sum(s => s.BenchmarksCases.Length);
var failed = summaries.Sum(s => s.BenchmarksCases.Length - s.Reports.Count(r => r.Success))
    + summaries.Count(s => s.HasCriticalValidationErrors);
Console.WriteLine($"benchmarks: {cases} cases, {failed} failed, {clock.Elapsed.TotalSeconds:0} s{(smoke ? " (smoke: each once, not a measurement)" : string.Empty)}");
return cases > 0 && failed == 0 ? 0 : 1;
