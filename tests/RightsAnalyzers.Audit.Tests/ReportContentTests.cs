using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Audit.Model;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>The report's findings are exactly the analyzers' diagnostics for the same code, with their properties.</summary>
[Collection(ClinicCollection.Name)]
public sealed class ReportContentTests
{
    private readonly ClinicAuditFixture fixture;

    public ReportContentTests(ClinicAuditFixture fixture) => this.fixture = fixture;

    [Fact]
    public void The_sample_has_findings_to_compare()
        => Assert.NotEmpty(fixture.Expected);

    [Fact]
    public void Project_audit_reports_exactly_the_analyzer_diagnostics()
        => Assert.Equal(Keys(fixture.ExpectedProject, fixture.ProjectFolder), Keys(fixture.ProjectReport));

    [Fact]
    public void Loose_folder_audit_reports_exactly_the_analyzer_diagnostics()
        => Assert.Equal(Keys(fixture.Expected, fixture.LooseFolder), Keys(fixture.LooseReport));

    [Fact]
    public void Findings_carry_the_diagnostic_properties_fix_hint_and_docs_link()
    {
        foreach (var diagnostic in fixture.Expected)
        {
            var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
            var finding = Assert.Single(fixture.LooseReport.Findings, f => f.RuleId == diagnostic.Id && f.Location?.Line == line &&
                f.Message == diagnostic.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(diagnostic.Properties[DiagnosticPropertyNames.Evidence], finding.Evidence);
            Assert.Equal(diagnostic.Properties[DiagnosticPropertyNames.Category], finding.DataCategory);
            Assert.Equal(diagnostic.Properties[DiagnosticPropertyNames.Recommendations], string.Join(",", finding.Recommendations));
            Assert.Equal(diagnostic.Descriptor.HelpLinkUri, finding.Rule.HelpUri);
            Assert.False(string.IsNullOrWhiteSpace(finding.Rule.FixHint));
            Assert.Equal(diagnostic.Severity.ToString().ToLowerInvariant(), finding.Severity.Name());
        }
    }

    [Fact]
    public void Project_audit_sees_the_project_and_its_files_without_errors()
    {
        var project = Assert.Single(fixture.ProjectReport.Projects);
        Assert.Equal(TargetKind.Project, fixture.ProjectReport.TargetKind);
        Assert.Equal(Directory.GetFiles(fixture.ProjectFolder, "*.cs", SearchOption.AllDirectories).Count(f => !f.Contains("/obj/", System.StringComparison.Ordinal)), project.FileCount);
        Assert.Equal(0, project.CompilerErrors);
    }

    [Fact]
    public void Summary_counts_each_finding_once_per_recommendation_it_serves()
    {
        var summary = ReportSummary.Create(fixture.ProjectReport);
        Assert.Equal(Recommendations.All.Select(r => r.Number), summary.ByRecommendation.Select(r => r.Recommendation.Number));
        foreach (var item in summary.ByRecommendation)
        {
            var expected = fixture.ExpectedProject.Count(d => d.Properties[DiagnosticPropertyNames.Recommendations]!.Split(',').Contains(item.Recommendation.Number.ToString(CultureInfo.InvariantCulture)));
            Assert.Equal(expected, item.Count);
        }

        Assert.Equal(fixture.ExpectedProject.Length, summary.ByRule.Sum(r => r.Count));
        Assert.Equal(fixture.ExpectedProject.Length, summary.ByFamily.Sum(f => f.Count));
        // The most affected files: at most ten, the busiest first.
        var files = fixture.ExpectedProject.Select(d => d.Location.SourceTree?.FilePath).Distinct().Count();
        Assert.Equal(System.Math.Min(ReportSummary.TopFileCount, files), summary.TopFiles.Length);
        Assert.True(summary.TopFiles.Sum(f => f.Count) <= fixture.ExpectedProject.Length);
        Assert.Equal(summary.TopFiles.Select(f => f.Count).OrderByDescending(c => c), summary.TopFiles.Select(f => f.Count));
    }

    private static string[] Keys(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics, string root) => diagnostics
        .Select(d =>
        {
            var span = d.Location.GetLineSpan();
            var path = d.Location.IsInSource ? Path.GetRelativePath(root, span.Path).Replace('\\', '/') : "-";
            return $"{d.Id} {path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1} {d.GetMessage(CultureInfo.InvariantCulture)}";
        })
        .OrderBy(k => k, System.StringComparer.Ordinal).ToArray();

    private static string[] Keys(AuditReport report) => report.Findings
        .Select(f => $"{f.RuleId} {(f.Location is null ? "-" : $"{f.Location.DisplayPath}:{f.Location.Line}:{f.Location.Column}")} {f.Message}")
        .OrderBy(k => k, System.StringComparer.Ordinal).ToArray();
}
