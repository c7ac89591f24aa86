using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Corpus;

namespace RightsAnalyzers.Benchmarks;

/// <summary>
/// <c>--startup [dense|ordinary] [lines]</c>: what the package costs a fresh process before and at its first analysis —
/// the fixed cost every cold compiler pays, which decides small projects (docs/performance.md). Run it as its own
/// process; a second run of anything in the same process measures warm code, not startup.
/// </summary>
internal static class Startup
{
    public static async Task<int> Run(string[] args)
    {
        var (flavour, lines, compilation) = CorpusCompilation.FromArguments(args, defaultLines: 600);

        // Roslyn's own driver, binding and operation code warm first, so what follows is the package's share.
        var clock = Stopwatch.StartNew();
        await Analysis.Run(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new OperationsOnlyAnalyzer()), "binding only").ConfigureAwait(false);
        var bindingCold = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var analyzers = AnalyzerCatalog.Create(AnalyzerCatalog.All);
        var create = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var rules = analyzers.Sum(a => a.SupportedDiagnostics.Length);
        var supported = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        await Analysis.Run(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new OperationsOnlyAnalyzer()), "binding only").ConfigureAwait(false);
        var binding = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        var findings = await Analysis.Run(compilation, analyzers.Add(new OperationsOnlyAnalyzer()), "all").ConfigureAwait(false);
        var first = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        await Analysis.Run(compilation, AnalyzerCatalog.Create(AnalyzerCatalog.All).Add(new OperationsOnlyAnalyzer()), "all").ConfigureAwait(false);
        var second = clock.Elapsed.TotalMilliseconds;

        Console.WriteLine($"startup: {flavour} corpus, {lines} lines, {compilation.SyntaxTrees.Count()} files, {analyzers.Length} analyzers, {rules} rules, {findings} findings");
        Console.WriteLine($"  binding only, cold / warm                 {bindingCold,8:0.0} / {binding:0.0} ms");
        Console.WriteLine($"  create the analyzers (load, static init)  {create,8:0.0} ms");
        Console.WriteLine($"  SupportedDiagnostics                      {supported,8:0.0} ms");
        Console.WriteLine($"  first analysis − binding (cold package)   {first - binding,8:0.0} ms");
        Console.WriteLine($"  second analysis − binding (warm package)  {second - binding,8:0.0} ms");
        return 0;
    }
}
