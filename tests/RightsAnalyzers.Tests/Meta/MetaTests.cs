using System;
using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Infrastructure.Options;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Meta;

/// <summary>Checks over every analyzer, descriptor, fixer, docs page and the README, by reflection.</summary>
public sealed class MetaTests
{
    private static readonly Dictionary<char, string> FamilyCategories = new()
    {
        ['0'] = RuleCategories.Configuration,
        ['1'] = RuleCategories.Crypto,
        ['2'] = RuleCategories.KeyEscrow,
        ['3'] = RuleCategories.PersonalData,
        ['4'] = RuleCategories.Telemetry,
    };

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Catalog.Rules)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Fact]
    public void There_are_analyzers_and_each_is_sealed_and_registered_for_CSharp()
    {
        Assert.NotEmpty(Catalog.Analyzers);
        Assert.All(Catalog.Analyzers, a =>
        {
            var type = a.GetType();
            Assert.True(type.IsSealed, type.Name + " should be sealed");
            var attribute = type.GetCustomAttribute<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerAttribute>();
            Assert.NotNull(attribute);
            Assert.Contains(LanguageNames.CSharp, attribute!.Languages);
        });
    }

    [Fact]
    public void Every_rule_analyzer_without_the_attribute_runs_in_exactly_one_composite()
    {
        // A part left out of every composite would be a rule the compiler never runs.
        Assert.NotEmpty(Catalog.PartTypes);
        var composites = Catalog.Analyzers.OfType<CompositeAnalyzer>().ToList();
        Assert.All(Catalog.PartTypes, type =>
        {
            Assert.True(type.IsSealed, type.Name + " should be sealed");
            Assert.Single(composites, c => c.Parts.Any(p => p.GetType() == type));
        });
        Assert.All(composites, c => Assert.All(c.Parts, p => Assert.Contains(p.GetType(), Catalog.PartTypes)));
    }

    [Fact]
    public void A_composite_supports_exactly_what_its_parts_support()
    {
        Assert.All(Catalog.Analyzers.OfType<CompositeAnalyzer>(), composite =>
        {
            Assert.True(composite.Parts.Length > 1, composite.GetType().Name + " should compose several parts");
            var fromParts = composite.Parts.SelectMany(p => p.SupportedDiagnostics).Distinct().ToList();
            Assert.Equal(fromParts, composite.SupportedDiagnostics);
        });
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_follows_the_conventions(string id)
    {
        var variants = Catalog.Descriptors.Where(d => d.Id == id).ToList();
        var main = Catalog.Rules.Single(d => d.Id == id);

        Assert.Matches("^RR[0-4][0-9]{3}$", id);
        Assert.Equal(FamilyCategories[id[2]], main.Category);
        Assert.Equal(RuleDescriptors.HelpLinkBase + id + ".md", main.HelpLinkUri);
        Assert.Contains(RuleDescriptors.RightsTag, main.CustomTags);
        Assert.False(string.IsNullOrWhiteSpace(main.Description.ToString()));
        Assert.EndsWith(")", main.MessageFormat.ToString() == string.Empty ? ")" : id == "RR0001" ? ")" : main.MessageFormat.ToString());

        var recommendations = RuleDescriptors.RecommendationNumbers(main);
        if (id != "RR0001")
        {
            Assert.NotEmpty(recommendations);
        }

        Assert.All(recommendations, n => Assert.NotNull(Recommendations.Get(n)));

        // Lower-confidence variants share everything but severity and message, and are Info.
        foreach (var variant in variants.Where(v => !ReferenceEquals(v, main)))
        {
            Assert.Equal(DiagnosticSeverity.Info, variant.DefaultSeverity);
            Assert.Equal(main.Title.ToString(), variant.Title.ToString());
            Assert.Equal(main.Category, variant.Category);
            Assert.Equal(main.HelpLinkUri, variant.HelpLinkUri);
            Assert.Equal(main.CustomTags.ToArray(), variant.CustomTags.ToArray());
        }

        // One analyzer class owns each ID, so timing reports attribute its cost.
        Assert.Single(Catalog.Analyzers, a => a.SupportedDiagnostics.Any(d => d.Id == id));
    }

    [Fact]
    public void Release_files_list_every_ID_once_and_nothing_else()
    {
        var entries = Catalog.ReleaseEntries();
        var duplicates = entries.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.Equal(Catalog.Rules.Select(r => r.Id).OrderBy(x => x), entries.Select(e => e.Id).OrderBy(x => x));
    }

    [Fact]
    public void Every_release_ID_has_a_docs_page_with_a_rights_rationale()
    {
        foreach (var (id, _) in Catalog.ReleaseEntries())
        {
            var page = "docs/rules/" + id + ".md";
            Assert.True(Catalog.Exists(page), page + " is missing");
            var text = Catalog.Read(page);
            Assert.StartsWith("# " + id + ": ", text);
            Assert.Contains("## Why it matters for people", text);
            Assert.Contains("## When to suppress", text);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Docs_page_mentions_every_option_the_rule_reads(string id)
    {
        var text = Catalog.Read("docs/rules/" + id + ".md");
        foreach (var option in OptionCatalog.All.Where(o => o.UsedBy.Contains(id)))
        {
            Assert.True(text.Contains(option.Key, StringComparison.Ordinal), "docs/rules/" + id + ".md does not mention " + option.Key);
        }
    }

    [Fact]
    public void Configuration_docs_list_every_option_with_its_default()
    {
        var text = Catalog.Read("docs/configuration.md");
        foreach (var option in OptionCatalog.All)
        {
            Assert.True(text.Contains("`" + option.Key + "`", StringComparison.Ordinal), "docs/configuration.md does not mention " + option.Key);
        }
    }

    [Fact]
    public void Every_option_key_is_unique_and_well_formed()
    {
        Assert.Equal(OptionCatalog.All.Length, OptionCatalog.All.Select(o => o.Key.ToLowerInvariant()).Distinct().Count());
        Assert.All(OptionCatalog.All, o => Assert.Matches(@"^(RR[0-4][0-9]{3}|rights_analyzers)\.[a-z0-9_]+$", o.Key));
        Assert.All(OptionCatalog.All.Select((o, i) => (o, i)), x => Assert.Equal(x.i, x.o.Index));
    }

    [Fact]
    public void Readme_rules_table_matches_the_descriptors()
    {
        var rows = Regex.Matches(Catalog.Read("README.md"), @"^\| \[(RR\d{4})\]\(docs/rules/\1\.md\) \| (.+?) \| (.+?) \| (.+?) \| (.+?) \| (.+?) \|\s*$", RegexOptions.Multiline)
            .Select(m => m.Groups.Cast<Group>().Skip(1).Select(g => g.Value.Trim()).ToArray())
            .ToList();
        var fixable = Catalog.Fixers.SelectMany(f => f.FixableDiagnosticIds).ToHashSet();

        Assert.Equal(Catalog.Rules.Select(r => r.Id), rows.Select(r => r[0]));
        foreach (var row in rows)
        {
            var rule = Catalog.Rules.Single(r => r.Id == row[0]);
            Assert.Equal(rule.Title.ToString(), row[1]);
            Assert.Equal(rule.Category, row[2]);
            Assert.Equal(rule.DefaultSeverity.ToString(), row[3]);
            Assert.Equal(fixable.Contains(rule.Id) ? "Yes" : "No", row[4]);
            var recommendations = RuleDescriptors.RecommendationNumbers(rule);
            Assert.Equal(recommendations.Length == 0 ? "—" : string.Join(", ", recommendations), row[5]);
        }
    }

    [Fact]
    public void Recommendations_page_covers_all_thirteen_and_every_rule()
    {
        var text = Catalog.Read("docs/recommendations.md");
        foreach (var recommendation in Recommendations.All)
        {
            Assert.Contains("## " + recommendation.Number + ". ", text);
        }

        foreach (var rule in Catalog.Rules.Where(r => r.Id != "RR0001"))
        {
            Assert.Contains(rule.Id, text);
        }
    }

    [Fact]
    public void Every_fixer_is_shared_exported_and_supports_FixAll()
    {
        Assert.NotEmpty(Catalog.Fixers);
        var ids = Catalog.Rules.Select(r => r.Id).ToHashSet();
        Assert.All(Catalog.Fixers, fixer =>
        {
            var type = fixer.GetType();
            Assert.True(type.IsSealed, type.Name + " should be sealed");
            Assert.NotNull(type.GetCustomAttribute<SharedAttribute>());
            var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.NotNull(export);
            Assert.Contains(LanguageNames.CSharp, export!.Languages);
            Assert.NotNull(fixer.GetFixAllProvider());
            Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, ids));
        });
    }

    [Fact]
    public void Strict_preset_covers_every_category()
    {
        var strict = Catalog.Read("src/RightsAnalyzers.Package/build/config/strict.globalconfig");
        foreach (var category in Catalog.Rules.Select(r => r.Category).Distinct().Where(c => c != RuleCategories.Configuration))
        {
            Assert.Contains("dotnet_analyzer_diagnostic.category-" + category + ".severity = warning", strict);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("class")]
    [InlineData("class C { void M( { var x = ; } ")]
    [InlineData("using System.Security.Cryptography; class C { void M() { HashAlgorithm.Create(")]
    [InlineData("namespace N; record R(string Title) { void M() => System.Console.WriteLine($\"{Title\"); }")]
    [InlineData("class C { object M() => new System.Security.Cryptography.(); }")]
    public async Task Every_analyzer_is_silent_and_crash_free_on_empty_and_broken_code(string source)
    {
        var result = await InProcessAnalysis.RunAsync(new[] { ("/Test.cs", source) });
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.Diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal)));
        // Broken code may still contain intact findings; these snippets contain none.
        Assert.Empty(result.Diagnostics.Where(d => d.Id.StartsWith("RR", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ValidCode_compiles_and_stays_clean()
    {
        var sources = InProcessAnalysis.Folder("samples/ValidCode").Append(("/GlobalUsings.cs", InProcessAnalysis.WebGlobalUsings));
        var result = await InProcessAnalysis.RunAsync(sources);
        Assert.Empty(result.CompilerErrors);
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task Sample_app_shows_every_rule()
    {
        var sources = InProcessAnalysis.Folder("samples/Clinic").Append(("/GlobalUsings.cs", InProcessAnalysis.WebGlobalUsings));
        var result = await InProcessAnalysis.RunAsync(sources, outputKind: OutputKind.ConsoleApplication);
        Assert.Empty(result.CompilerErrors);
        Assert.Empty(result.Exceptions);
        var shown = result.Diagnostics.Select(d => d.Id).ToHashSet();
        var missing = Catalog.Rules.Select(r => r.Id).Where(id => id != "RR0001" && !shown.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "samples/Clinic shows no example of " + string.Join(", ", missing));
    }
}
