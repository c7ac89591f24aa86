using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using RightsAnalyzers.Corpus;

namespace RightsAnalyzers.Benchmarks;

/// <summary>
/// <c>--profile dense|ordinary [lines] [rounds]</c>: every analyzer of the package over one corpus, in process and
/// single-threaded, several rounds, printing each analyzer's median execution time as Roslyn's own telemetry
/// (<c>logAnalyzerExecutionTime</c>) attributes it, the binding-only reference and the total. A quick tool for
/// profile-driven work between two full <c>bench/run.sh</c> measurements; it is not the budget's measure.
/// </summary>
internal static class Profile
{
    // --concurrent: analyze as the command-line compiler does (analyzers and bodies on all cores), to see costs that
    // only concurrency shows (contention, duplicated shared work).
    private static bool concurrent;

    public static async Task<int> Run(string[] args)
    {
        var (flavour, lines, compilation) = CorpusCompilation.FromArguments(args, defaultLines: 12000);
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        concurrent = args.Contains("--concurrent");
        Console.WriteLine($"profile: {flavour} corpus, {lines} lines, {compilation.SyntaxTrees.Count()} files, {rounds} rounds");

        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var totals = new List<double>();
        var bindingOnly = new List<double>();
        var allocated = new List<double>();
        var bindingAllocated = new List<double>();
        var findings = 0;
        for (var round = 0; round < rounds; round++)
        {
            // Binding every body is what a real build does anyway: the reference the package's time sits on. The
            // package runs beside the same binding-only analyzer, and the order alternates, so the difference of the
            // two walls is the package's own cost.
            // Bytes allocated are counted too: unlike time they barely vary between runs, and the compiler pays for
            // the package's garbage in collections that stop its own threads.
            var clock = Stopwatch.StartNew();
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            if (round % 2 == 1)
            {
                await Analyze(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new OperationsOnlyAnalyzer())).ConfigureAwait(false);
                bindingOnly.Add(clock.Elapsed.TotalMilliseconds);
                bindingAllocated.Add(GC.GetTotalAllocatedBytes(precise: true) - bytes);
                clock.Restart();
                bytes = GC.GetTotalAllocatedBytes(precise: true);
            }

            var (count, telemetry) = await Analyze(compilation, AnalyzerCatalog.Create(AnalyzerCatalog.All).Add(new OperationsOnlyAnalyzer())).ConfigureAwait(false);
            totals.Add(clock.Elapsed.TotalMilliseconds);
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - bytes);
            if (round % 2 == 0)
            {
                clock.Restart();
                bytes = GC.GetTotalAllocatedBytes(precise: true);
                await Analyze(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new OperationsOnlyAnalyzer())).ConfigureAwait(false);
                bindingOnly.Add(clock.Elapsed.TotalMilliseconds);
                bindingAllocated.Add(GC.GetTotalAllocatedBytes(precise: true) - bytes);
            }
            findings = count;
            Console.WriteLine($"  round {round}: all analyzers {totals[^1]:0} ms, binding only {bindingOnly[^1]:0} ms");
            foreach (var (analyzer, info) in telemetry)
            {
                if (analyzer is OperationsOnlyAnalyzer)
                {
                    continue;
                }

                var name = analyzer.GetType().Name;
                if (!times.TryGetValue(name, out var list))
                {
                    times[name] = list = new List<double>();
                }

                list.Add(info.ExecutionTime.TotalMilliseconds);
            }
        }

        var sum = times.Values.Sum(Median);
        foreach (var (name, list) in times.OrderByDescending(p => Median(p.Value)))
        {
            Console.WriteLine($"  {name,-40} {Median(list),9:0.0} ms  {100 * Median(list) / Math.Max(sum, 0.001),5:0.0}%");
        }

        Console.WriteLine($"  {"sum of analyzers",-40} {sum,9:0.0} ms");
        Console.WriteLine($"  {"wall, all analyzers",-40} {Median(totals),9:0.0} ms");
        Console.WriteLine($"  {"wall, binding only (reference)",-40} {Median(bindingOnly),9:0.0} ms");
        Console.WriteLine($"  {"difference (the package's own cost)",-40} {Median(totals) - Median(bindingOnly),9:0.0} ms");
        Console.WriteLine($"  {"allocated, all analyzers",-40} {Median(allocated) / 1048576,9:0.0} MB");
        Console.WriteLine($"  {"allocated, binding only (reference)",-40} {Median(bindingAllocated) / 1048576,9:0.0} MB");
        Console.WriteLine($"  {"difference (the package's own garbage)",-40} {(Median(allocated) - Median(bindingAllocated)) / 1048576,9:0.0} MB");
        Console.WriteLine($"  findings: {findings}");
        return 0;
    }

    private static async Task<(int Count, ImmutableDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Telemetry)> Analyze(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(
            CompilerLikeOptions.For(compilation), onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
        {
            throw new InvalidOperationException("analyzer failure: " + crash.GetMessage(CultureInfo.InvariantCulture));
        }

        var telemetry = ImmutableDictionary.CreateBuilder<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();
        foreach (var analyzer in analyzers)
        {
            telemetry[analyzer] = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
        }

        return (diagnostics.Length, telemetry.ToImmutable());
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
