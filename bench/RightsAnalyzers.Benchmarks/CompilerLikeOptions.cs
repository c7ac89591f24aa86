using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RightsAnalyzers.Benchmarks;

/// <summary>
/// Analyzer options as the command-line compiler builds them for an SDK project: the SDK's generated global config
/// gives every file some options, and the compiler wraps them in a new options object per file. An analyzer that
/// caches by options object sees one "configuration" per file there, so benchmarks must not hand every file the same
/// object (docs/performance.md, "Profile-driven changes").
/// </summary>
internal static class CompilerLikeOptions
{
    public static AnalyzerOptions For(Compilation compilation)
    {
        var values = new Dictionary<string, string>
        {
            ["build_property.TargetFramework"] = "net10.0",
            ["build_property.RootNamespace"] = "Acme",
            ["build_property.ProjectDir"] = "/corpus/",
        };
        var perTree = compilation.SyntaxTrees.ToImmutableDictionary(t => t, _ => (AnalyzerConfigOptions)new Options(values));
        return new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new Provider(perTree, new Options(values)));
    }

    private sealed class Provider(ImmutableDictionary<SyntaxTree, AnalyzerConfigOptions> perTree, AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => perTree.TryGetValue(tree, out var options) ? options : global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => global;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
