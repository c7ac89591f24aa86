using System.Linq;
using RightsAnalyzers.Audit.Analysis;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>The tool finds every rule of the analyzer assembly by itself; nothing is hard-coded.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void Every_supported_diagnostic_of_the_analyzer_assembly_is_a_rule()
    {
        var expected = ExpectedDiagnostics.AllAnalyzers().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal);
        Assert.Equal(expected, AuditRunner.Catalog.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Every_rule_has_a_family_docs_link_and_fix_hint()
    {
        Assert.All(AuditRunner.Catalog.Rules, rule =>
        {
            Assert.EndsWith("docs/rules/" + rule.Id + ".md", rule.HelpUri, System.StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.FixHint));
            Assert.False(rule.Family.StartsWith("Rights.", System.StringComparison.Ordinal), rule.Id + " has no family name");
        });
    }

    [Fact]
    public void Rules_with_a_code_fix_are_marked()
        => Assert.True(AuditRunner.Catalog.RulesById["RR1001"].HasCodeFix);
}
