namespace RightsAnalyzers.Corpus;

/// <summary>Which kind of application code to write.</summary>
public enum CorpusFlavour
{
    /// <summary>Services, controllers, repositories and DTOs full of logging, crypto and telemetry calls.</summary>
    Dense,

    /// <summary>Business code with few sinks: domain types, calculators, schedulers, handlers.</summary>
    Ordinary,
}

/// <summary>What to generate. The same options and seed always give the same files, byte for byte.</summary>
/// <param name="Flavour">Dense or ordinary code.</param>
/// <param name="TargetLines">Modules are added until the corpus has at least this many lines.</param>
/// <param name="Seed">Seed of the only random source; the harness and the benchmarks default to 8 (issue #8).</param>
/// <param name="UseSourceGenerators">
/// Whether to use <c>[LoggerMessage]</c> partial methods, which need the logging source generator that a real build
/// runs. In-memory compilations (the micro-benchmarks) run no generators, so they get <c>LoggerMessage.Define</c>.
/// </param>
public sealed record CorpusOptions(CorpusFlavour Flavour, int TargetLines, int Seed = 8, bool UseSourceGenerators = true);
