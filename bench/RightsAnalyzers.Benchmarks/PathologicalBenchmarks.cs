using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Corpus;

namespace RightsAnalyzers.Benchmarks;

/// <summary>
/// Bounded work, per family: the pathological file (a long method body, a huge concatenation, deeply nested lambdas).
/// The harness times the same file in real builds; this isolates which family pays for it.
/// </summary>
[MemoryDiagnoser]
public class PathologicalBenchmarks // BenchmarkDotNet rejects sealed benchmark classes
{
    private Compilation? compilation;
    private ImmutableArray<DiagnosticAnalyzer> analyzers;

    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = AnalyzerCatalog.All;

    public static System.Collections.Generic.IEnumerable<string> Families => AnalyzerCatalog.Families.Append(AnalyzerCatalog.All);

    /// <summary>Statements, parts, depth: <c>RIGHTS_BENCH_PATHOLOGICAL</c> (the smoke run shrinks it), else issue #8's sizes.</summary>
    private static PathologicalOptions Size
    {
        get
        {
            var parts = Environment.GetEnvironmentVariable("RIGHTS_BENCH_PATHOLOGICAL")?.Split(',');
            return parts is { Length: 3 } ? new PathologicalOptions(int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2])) : new PathologicalOptions();
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var files = CorpusGenerator.GeneratePathological(Size);
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        compilation = CSharpCompilation.Create(
            "Pathological",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, path: f.Path)),
            CorpusCompilation.References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The pathological file does not compile:\n" + string.Join('\n', errors));
        }

        analyzers = AnalyzerCatalog.Create(Family);
    }

    [Benchmark(Baseline = true)]
    public Task<int> EmptyAnalyzer() => Analysis.Run(compilation!, Benchmarks.EmptyAnalyzer.Set, Family);

    [Benchmark]
    public Task<int> OperationsOnly() => Analysis.Run(compilation!, OperationsOnlyAnalyzer.Set, Family);

    [Benchmark]
    public Task<int> FamilyAnalyzers() => Analysis.Run(compilation!, analyzers, Family);
}
