using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Tests.Infrastructure;

/// <summary>
/// The command-line compiler gives every file its own options object, even when the files share one configuration.
/// Options are interned by their values, so such files share one parsed instance (and with it one flow scope and
/// one set of caches) — a performance change (docs/performance.md) that must not merge files whose values differ.
/// </summary>
public sealed class OptionsCacheTests
{
    private static readonly string Rsa = OptionCatalog.MinRsaKeySize.Key;

    [Fact]
    public void Files_with_equal_values_in_distinct_option_objects_share_one_parsed_instance()
    {
        var (cache, trees) = Create(
            new() { [Rsa] = "3072" },
            new() { [Rsa] = "3072" },
            new() { [Rsa] = "4096" },
            new() { [Rsa] = "3072", ["unrelated_key"] = "x" },
            new());

        var parsed = trees.Select(cache.Get).ToList();

        Assert.Same(parsed[0], parsed[1]);
        Assert.Same(parsed[0], parsed[3]);
        Assert.NotSame(parsed[0], parsed[2]);
        Assert.NotSame(parsed[0], parsed[4]);
        Assert.Equal(3072, parsed[0].Get(OptionCatalog.MinRsaKeySize));
        Assert.Equal(4096, parsed[2].Get(OptionCatalog.MinRsaKeySize));
        Assert.Equal(OptionCatalog.MinRsaKeySize.DefaultValue, parsed[4].Get(OptionCatalog.MinRsaKeySize));
    }

    [Fact]
    public void An_option_set_to_empty_is_not_merged_with_an_unset_one()
    {
        var (cache, trees) = Create(new() { [Rsa] = "" }, new());

        var empty = cache.Get(trees[0]);
        var unset = cache.Get(trees[1]);

        Assert.NotSame(empty, unset);
        Assert.Single(empty.Invalid);
        Assert.Empty(unset.Invalid);
    }

    [Fact]
    public void Asking_again_for_a_file_or_for_the_global_options_gives_the_same_instance()
    {
        var (cache, trees) = Create(new() { [Rsa] = "3072" }, new() { [Rsa] = "4096" });

        var first = trees.Select(cache.Get).ToList();
        var again = trees.Reverse().Select(cache.Get).Reverse().ToList();

        Assert.Same(first[0], again[0]);
        Assert.Same(first[1], again[1]);
        Assert.NotSame(first[0], first[1]);
        Assert.Same(cache.Get(null), cache.Get(null));
    }

    [Fact]
    public void The_analyzers_of_one_analysis_share_one_cache_and_files_asked_in_turn_keep_their_own_options()
    {
        var (options, trees) = CreateOptions(new() { [Rsa] = "3072" }, new() { [Rsa] = "4096" });
        var (other, _) = CreateOptions(new Dictionary<string, string> { [Rsa] = "3072" });

        var cache = OptionsCache.For(options);

        Assert.Same(cache, OptionsCache.For(options));
        Assert.NotSame(cache, OptionsCache.For(other));
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(3072, cache.Get(trees[0]).Get(OptionCatalog.MinRsaKeySize));
            Assert.Equal(3072, cache.Get(trees[0]).Get(OptionCatalog.MinRsaKeySize));
            Assert.Equal(4096, cache.Get(trees[1]).Get(OptionCatalog.MinRsaKeySize));
        }
    }

    [Fact]
    public void A_file_value_wins_over_the_global_one_and_a_file_without_one_gets_the_global_one()
    {
        var global = new Dictionary<string, string> { [Rsa] = " 4096 ", [OptionCatalog.MinIterationsSha256.Key] = "700000" };
        var (options, trees) = CreateOptionsWithGlobal(global, new() { [Rsa] = "3072 " }, new(), new() { [Rsa] = "" });
        var cache = OptionsCache.For(options);

        Assert.Equal(3072, cache.Get(trees[0]).Get(OptionCatalog.MinRsaKeySize));
        Assert.Equal(4096, cache.Get(trees[1]).Get(OptionCatalog.MinRsaKeySize));
        Assert.Single(cache.Get(trees[2]).Invalid); // set to empty in the file: the file's value, invalid, not the global one
        Assert.Equal(4096, cache.Get(null).Get(OptionCatalog.MinRsaKeySize));
        foreach (var tree in trees)
        {
            Assert.Equal(700000, cache.Get(tree).Get(OptionCatalog.MinIterationsSha256));
            Assert.Equal(
                RightsOptions.Parse(new Options(new Dictionary<string, string>()), null).Get(OptionCatalog.MinEcKeySize),
                cache.Get(tree).Get(OptionCatalog.MinEcKeySize));
        }
    }

    private static (OptionsCache Cache, ImmutableArray<SyntaxTree> Trees) Create(params Dictionary<string, string>[] perFile)
    {
        var (options, trees) = CreateOptions(perFile);
        return (new OptionsCache(options), trees);
    }

    private static (AnalyzerOptions Options, ImmutableArray<SyntaxTree> Trees) CreateOptions(params Dictionary<string, string>[] perFile)
        => CreateOptionsWithGlobal(new Dictionary<string, string>(), perFile);

    private static (AnalyzerOptions Options, ImmutableArray<SyntaxTree> Trees) CreateOptionsWithGlobal(Dictionary<string, string> global, params Dictionary<string, string>[] perFile)
    {
        var trees = perFile.Select((_, i) => CSharpSyntaxTree.ParseText("class C" + i + " { }", path: "/File" + i + ".cs")).ToImmutableArray();
        var provider = new PerFileProvider(trees.Zip(perFile, (tree, values) => (tree, (AnalyzerConfigOptions)new Options(values))).ToImmutableDictionary(p => p.tree, p => p.Item2), new Options(global));
        return (new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider), trees);
    }

    private sealed class PerFileProvider(ImmutableDictionary<SyntaxTree, AnalyzerConfigOptions> perTree, AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => perTree[tree];

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
