using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Corpus;

namespace RightsAnalyzers.Benchmarks;

/// <summary>
/// One benchmark per analyzer family (and all together) against the empty-analyzer baseline, over a fixed compilation
/// of each corpus flavour (see <see cref="Analysis.Run"/>).
/// </summary>
[MemoryDiagnoser]
public class FamilyBenchmarks // BenchmarkDotNet rejects sealed benchmark classes
{
    private Compilation? compilation;
    private ImmutableArray<DiagnosticAnalyzer> analyzers;

    [ParamsSource(nameof(Flavours))]
    public CorpusFlavour Flavour { get; set; }

    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = AnalyzerCatalog.All;

    public static IEnumerable<CorpusFlavour> Flavours => new[] { CorpusFlavour.Dense, CorpusFlavour.Ordinary };

    public static IEnumerable<string> Families => AnalyzerCatalog.Families.Append(AnalyzerCatalog.All);

    [GlobalSetup]
    public void Setup()
    {
        compilation = CorpusCompilation.Get(Flavour);
        analyzers = AnalyzerCatalog.Create(Family);
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException("no analyzers in family " + Family);
        }
    }

    [Benchmark(Baseline = true)]
    public Task<int> EmptyAnalyzer() => Analysis.Run(compilation!, Benchmarks.EmptyAnalyzer.Set, Family);

    [Benchmark]
    public Task<int> OperationsOnly() => Analysis.Run(compilation!, OperationsOnlyAnalyzer.Set, Family);

    [Benchmark]
    public Task<int> FamilyAnalyzers() => Analysis.Run(compilation!, analyzers, Family);
}
