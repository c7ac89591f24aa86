using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Robustness;

/// <summary>
/// Issue #9: every analyzer runs in-process, as an IDE runs it (command-line builds skip analyzers on syntax
/// errors), over 1,000+ seeded mutants of the samples and of test sources: no analyzer may throw, and an intact file
/// beside the broken ones keeps its findings.
/// </summary>
public sealed class BrokenCodeTests
{
    private const int MutantsPerSource = 20;
    private const int MutantsPerCompilation = 12;

    /// <summary>
    /// An intact file whose findings must survive whatever the mutants next to it look like. Names are global::-qualified:
    /// a mutant can turn garbage into a top-level local called Microsoft or System, which would capture them (CS8801).
    /// </summary>
    private const string Sentinel = """
        namespace Sentinel;
        public sealed class Signer
        {
            public byte[] Sign(byte[] document) => global::System.Security.Cryptography.MD5.HashData(document);
            public void Log(global::Microsoft.Extensions.Logging.ILogger logger, string customerEmail) =>
                global::Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "mail {E}", customerEmail);
        }
        """;

    public static IEnumerable<object[]> Batches()
    {
        var sources = Corpus().ToList();
        var mutants = new List<(string Path, string Text)>();
        for (var s = 0; s < sources.Count; s++)
        {
            var mutator = new Mutator(seed: 7919 * (s + 1));
            for (var m = 0; m < MutantsPerSource; m++)
            {
                mutants.Add(($"/mutants/{s}_{m}.cs", mutator.Mutate(sources[s].Text)));
            }
        }

        for (var i = 0; i < mutants.Count; i += MutantsPerCompilation)
        {
            yield return new object[] { i / MutantsPerCompilation, mutants.Skip(i).Take(MutantsPerCompilation).ToArray() };
        }
    }

    [Fact]
    public void The_corpus_yields_at_least_a_thousand_mutants()
        => Assert.True(Batches().Sum(b => ((Array)b[1]).Length) >= 1000, "too few mutants: " + Batches().Sum(b => ((Array)b[1]).Length));

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task No_analyzer_throws_on_mutants_and_intact_code_keeps_its_findings(int batch, (string Path, string Text)[] mutants)
    {
        var sources = mutants.Append(("/Sentinel.cs", Sentinel)).Append(("/GlobalUsings.cs", InProcessAnalysis.WebGlobalUsings));
        var result = await InProcessAnalysis.RunAsync(sources);

        Assert.True(result.Exceptions.IsEmpty, $"batch {batch}: " + string.Join("\n", result.Exceptions));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("AD", StringComparison.Ordinal));
        var sentinel = result.Diagnostics.Where(d => d.Location.SourceTree?.FilePath == "/Sentinel.cs").Select(d => d.Id).ToList();
        Assert.Contains("RR1001", sentinel);
        Assert.Contains("RR3001", sentinel);
    }

    /// <summary>The samples and the C# snippets of the rule tests: realistic code that exercises every rule.</summary>
    private static IEnumerable<(string Path, string Text)> Corpus()
    {
        foreach (var file in InProcessAnalysis.Folder("samples"))
        {
            yield return file;
        }

        foreach (var file in InProcessAnalysis.Folder("tests/RightsAnalyzers.Tests").Where(f => !f.Path.Contains("Robustness", StringComparison.Ordinal)))
        {
            // Test classes hold the snippets in raw strings: mutating the whole file mutates those too.
            yield return file;
        }
    }
}
