using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using RightsAnalyzers.Audit.Model;
using RightsAnalyzers.Audit.Reporting;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>Every format carries every finding and the per-recommendation summary.</summary>
[Collection(ClinicCollection.Name)]
public sealed class FormatTests
{
    private readonly ReportSummary summary;

    public FormatTests(ClinicAuditFixture fixture) => summary = ReportSummary.Create(fixture.ProjectReport);

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Human_formats_show_findings_recommendations_fixes_and_docs(ReportFormat format)
    {
        var text = Render(format);
        // HTML escapes markup; Markdown escapes the pipes that would break a table row.
        var encode = format switch
        {
            ReportFormat.Html => (Func<string, string>)WebUtility.HtmlEncode,
            ReportFormat.Markdown => s => s.Replace("|", "\\|", StringComparison.Ordinal),
            _ => s => s,
        };
        foreach (var recommendation in Recommendations.All)
        {
            Assert.Contains(encode(recommendation.ShortTitle), text, StringComparison.Ordinal);
            Assert.Contains(encode(recommendation.Summary), text, StringComparison.Ordinal);
        }

        Assert.NotEmpty(summary.Report.Findings);
        foreach (var finding in summary.Report.Findings)
        {
            Assert.Contains(encode(finding.Location!.ToString()), text, StringComparison.Ordinal);
            Assert.Contains(encode(finding.Message), text, StringComparison.Ordinal);
            Assert.Contains(encode(finding.Evidence!), text, StringComparison.Ordinal);
            Assert.Contains(encode(finding.Rule.FixHint), text, StringComparison.Ordinal);
            Assert.Contains(encode(finding.Rule.HelpUri), text, StringComparison.Ordinal);
        }

        foreach (var file in summary.TopFiles)
        {
            Assert.Contains(encode(file.DisplayPath), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_is_one_self_contained_file_with_an_inline_chart()
    {
        var html = Render(ReportFormat.Html);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        foreach (var external in new[] { "<script", "<link", "<img", "@import", "url(" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Sarif_is_2_1_0_with_rules_file_uris_and_properties()
    {
        using var document = JsonDocument.Parse(Render(ReportFormat.Sarif));
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(summary.Report.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.StartsWith("https://", r.GetProperty("helpUri").GetString(), StringComparison.Ordinal));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(summary.Report.Findings.Length, results.Count);
        foreach (var (result, finding) in results.Zip(summary.Report.Findings))
        {
            Assert.Equal(finding.RuleId, result.GetProperty("ruleId").GetString());
            Assert.Equal(finding.RuleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(finding.Message, result.GetProperty("message").GetProperty("text").GetString());
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
            Assert.True(uri.IsAbsoluteUri && uri.IsFile);
            Assert.Equal(finding.Location!.FilePath, uri.LocalPath);
            Assert.Equal(finding.Location.Line, location.GetProperty("region").GetProperty("startLine").GetInt32());
            var properties = result.GetProperty("properties");
            Assert.Equal(finding.Evidence, properties.GetProperty(DiagnosticPropertyNames.Evidence).GetString());
            Assert.Equal(finding.DataCategory, properties.GetProperty(DiagnosticPropertyNames.Category).GetString());
            Assert.Equal(string.Join(",", finding.Recommendations), properties.GetProperty(DiagnosticPropertyNames.Recommendations).GetString());
        }
    }

    [Fact]
    public void Json_has_the_summaries_and_every_finding()
    {
        using var document = JsonDocument.Parse(Render(ReportFormat.Json));
        var root = document.RootElement;
        Assert.Equal(summary.Total, root.GetProperty("summary").GetProperty("findings").GetInt32());
        var recommendations = root.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.Equal(13, recommendations.Count);
        Assert.Equal(summary.ByRecommendation.Select(r => r.Count), recommendations.Select(r => r.GetProperty("findings").GetInt32()));
        Assert.Equal(summary.Report.Rules.Length, root.GetProperty("rules").GetArrayLength());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(summary.Report.Findings.Select(f => f.Message), findings.Select(f => f.GetProperty("message").GetString()));
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.GetProperty("fixHint").GetString()));
            Assert.StartsWith("https://", f.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            Assert.True(f.GetProperty("location").GetProperty("line").GetInt32() > 0);
        });
    }

    private string Render(ReportFormat format)
    {
        using var writer = new StringWriter();
        ReportFormats.Writer(format).Write(summary, writer);
        return writer.ToString();
    }
}
