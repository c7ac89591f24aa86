using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RightsAnalyzers.Corpus;

namespace RightsAnalyzers.Benchmarks;

/// <summary>
/// The fixed compilation a benchmark analyzes: a generated corpus compiled against the real packages. The process's
/// trusted platform assemblies are the references — this project references the same packages and the ASP.NET Core
/// framework, so Serilog, OpenTelemetry, Application Insights, Sentry and ASP.NET Core are all there.
/// </summary>
internal static class CorpusCompilation
{
    private static readonly ConcurrentDictionary<(CorpusFlavour, int), Compilation> Cache = new();

    /// <summary>Lines per corpus: <c>RIGHTS_BENCH_LINES</c>, set by Program (child benchmark processes inherit it).</summary>
    public static int Lines => int.TryParse(Environment.GetEnvironmentVariable("RIGHTS_BENCH_LINES"), out var lines) ? lines : 3000;

    public static Compilation Get(CorpusFlavour flavour) => Cache.GetOrAdd((flavour, Lines), static key => Create(key.Item1, key.Item2));

    /// <summary>
    /// The corpus a diagnostic mode's arguments name — <c>[dense|ordinary] [lines]</c>, ordinary and
    /// <paramref name="defaultLines"/> when absent — with <see cref="Lines"/> set to match.
    /// </summary>
    public static (CorpusFlavour Flavour, int Lines, Compilation Compilation) FromArguments(string[] args, int defaultLines)
    {
        var flavour = args.Length > 0 && args[0] == "dense" ? CorpusFlavour.Dense : CorpusFlavour.Ordinary;
        var lines = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : defaultLines;
        Environment.SetEnvironmentVariable("RIGHTS_BENCH_LINES", lines.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (flavour, lines, Get(flavour));
    }

    private static Compilation Create(CorpusFlavour flavour, int lines)
    {
        // No source generators run here, so the corpus uses LoggerMessage.Define instead of [LoggerMessage].
        var files = CorpusGenerator.Generate(new CorpusOptions(flavour, lines, UseSourceGenerators: false));
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, path: f.Path)).ToList();
        var compilation = CSharpCompilation.Create(
            "Corpus." + flavour,
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        // A corpus that stops compiling would measure error recovery, not analysis: fail loudly (the smoke run in CI).
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The generated {flavour} corpus does not compile ({errors.Count} errors):\n"
                + string.Join('\n', errors.Take(10)));
        }

        return compilation;
    }

    public static readonly Lazy<MetadataReference[]> References = new(ReadReferences);

    private static MetadataReference[] ReadReferences()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        return trusted
            .Where(p => p.Length > 0 && !IsHarnessAssembly(Path.GetFileNameWithoutExtension(p)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    }

    /// <summary>The benchmark's own machinery is no part of an application's references.</summary>
    private static bool IsHarnessAssembly(string name)
        => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name.StartsWith("BenchmarkDotNet", StringComparison.Ordinal)
           || name.StartsWith("RightsAnalyzers", StringComparison.Ordinal) || name.StartsWith("Perfolizer", StringComparison.Ordinal);
}
