using System.IO;
using System.Linq;
using System.Net;
using RightsAnalyzers.Audit.Model;
using static RightsAnalyzers.Audit.Reporting.ReportText;

namespace RightsAnalyzers.Audit.Reporting;

/// <summary>
/// One self-contained HTML file (inline CSS and SVG, no scripts or external assets) that an auditor can mail,
/// archive or attach to a procurement file.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public void Write(ReportSummary summary, TextWriter output)
    {
        var report = summary.Report;
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>RightsAnalyzers audit — {E(Path.GetFileName(report.Target))}</title>");
        output.WriteLine($"<style>{HtmlStyles.Css}</style></head><body>");
        output.WriteLine($"<header class=\"top\"><div class=\"inner\"><h1>RightsAnalyzers audit</h1><div class=\"target\">{E(report.Target)}</div><div class=\"meta\">{E(Generated(report))}</div></div></header>");
        output.WriteLine("<main>");
        output.WriteLine("<nav class=\"toc\">Jump to <a href=\"#recommendations\">recommendations</a> · <a href=\"#rules\">rules</a> · <a href=\"#files\">files</a> · <a href=\"#findings\">findings</a> · <a href=\"#projects\">projects and notes</a></nav>");
        output.WriteLine($"<p class=\"lead\"><strong>{E(Headline(summary))}</strong></p><p class=\"note\">{E(Scope(summary))}</p>");
        WriteCards(summary, output);

        output.WriteLine("<h2 id=\"recommendations\">Findings by recommendation</h2>");
        output.WriteLine($"<p class=\"note\">The Freedom Online Coalition's thirteen recommendations for human-rights-based approaches to cybersecurity. {E(CountingNote)}</p>");
        output.WriteLine($"<div class=\"panel\">{HtmlChart.Recommendations(summary)}</div>");
        WriteRecommendationTable(summary, output);
        WriteRuleTables(summary, output);
        WriteFindings(summary, output);
        WriteContext(report, output);
        output.WriteLine($"<footer>rights-audit {E(report.ToolVersion)} · RightsAnalyzers {E(report.AnalyzerVersion)} · <a href=\"{E(SarifReportWriter.InformationUri)}\">{E(SarifReportWriter.InformationUri)}</a></footer>");
        output.WriteLine("</main></body></html>");
    }

    private static void WriteCards(ReportSummary summary, TextWriter output)
    {
        output.WriteLine("<div class=\"cards\">");
        Card(output, summary.Total, "findings");
        if (summary.Errors > 0)
        {
            Card(output, summary.Errors, "errors");
        }

        Card(output, summary.Warnings, "warnings");
        Card(output, summary.Infos, "info");
        Card(output, summary.FilesWithFindings, "files affected");
        Card(output, summary.ByRecommendation.Count(r => r.Count > 0), "recommendations touched");
        Card(output, summary.Report.Suppressed.Length, "suppressed in code");
        output.WriteLine("</div>");
    }

    private static void Card(TextWriter output, int value, string label)
        => output.WriteLine($"<div class=\"card\"><div class=\"n\">{N(value)}</div><div class=\"l\">{E(label)}</div></div>");

    private static void WriteRecommendationTable(ReportSummary summary, TextWriter output)
    {
        output.WriteLine("<h2>What each recommendation means here</h2>");
        output.WriteLine("<table><thead><tr><th class=\"num\">#</th><th>Recommendation</th><th class=\"num\">Findings</th><th>Rules</th></tr></thead><tbody>");
        foreach (var item in summary.ByRecommendation)
        {
            var r = item.Recommendation;
            var coverage = Coverage(summary, item);
            var rules = coverage is not null ? $"<span class=\"muted\">{E(coverage)}</span>" : string.Join(" ", item.Rules.Select(rule => RuleLink(rule, item.RulesWithFindings.Contains(rule.Id))));
            var count = Count(item);
            var rowClass = coverage is not null ? " class=\"nocode\"" : string.Empty;
            var countClass = item.Count == 0 ? "num zero" : "num";
            output.WriteLine($"<tr{rowClass}><td class=\"num\">{r.Number}</td><td><strong>{E(r.ShortTitle)}</strong><br><span class=\"muted\">{E(r.Summary)}</span></td><td class=\"{countClass}\">{count}</td><td>{rules}</td></tr>");
        }

        output.WriteLine("</tbody></table>");
    }

    private static void WriteRuleTables(ReportSummary summary, TextWriter output)
    {
        output.WriteLine("<h2>By family</h2>");
        output.WriteLine("<table><thead><tr><th>Family</th><th>Rules</th><th class=\"num\">Findings</th></tr></thead><tbody>");
        foreach (var family in summary.ByFamily)
        {
            output.WriteLine($"<tr><td>{E(family.Family)}</td><td>{string.Join(" ", family.Rules.Select(r => RuleLink(r, true)))}</td><td class=\"{(family.Count == 0 ? "num zero" : "num")}\">{N(family.Count)}</td></tr>");
        }

        output.WriteLine("</tbody></table>");

        output.WriteLine("<h2 id=\"rules\">By rule</h2>");
        output.WriteLine("<table><thead><tr><th>Rule</th><th>Title</th><th>Severity</th><th class=\"num\">Findings</th><th>Recommendations</th><th>Fix</th></tr></thead><tbody>");
        foreach (var item in summary.ByRule)
        {
            var rule = item.Rule;
            output.WriteLine($"<tr><td>{RuleLink(rule, true)}</td><td>{E(rule.Title)}</td><td>{Pill(rule.DefaultSeverity)}</td><td class=\"{(item.Count == 0 ? "num zero" : "num")}\">{N(item.Count)}</td><td>{Recs(rule.Recommendations)}</td><td>{(rule.HasCodeFix ? "automatic" : "manual")}</td></tr>");
        }

        output.WriteLine("</tbody></table>");

        if (!summary.TopFiles.IsEmpty)
        {
            output.WriteLine("<h2 id=\"files\">Most affected files</h2>");
            output.WriteLine("<table><thead><tr><th>File</th><th class=\"num\">Findings</th><th>Worst</th><th>Rules</th></tr></thead><tbody>");
            foreach (var file in summary.TopFiles)
            {
                output.WriteLine($"<tr><td class=\"mono\">{E(file.DisplayPath)}</td><td class=\"num\">{N(file.Count)}</td><td>{Pill(file.MaxSeverity)}</td><td>{E(RuleList(file.RuleIds))}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
        }
    }

    private static void WriteFindings(ReportSummary summary, TextWriter output)
    {
        output.WriteLine("<h2 id=\"findings\">Findings</h2>");
        if (summary.Total == 0)
        {
            output.WriteLine("<p>None at or above the minimum severity.</p>");
        }

        foreach (var (rule, findings) in summary.FindingsByRule)
        {
            output.WriteLine($"<section class=\"rule\" id=\"{E(rule.Id)}\"><div class=\"head\"><h3>{E(rule.Id)} · {E(rule.Title)} <span class=\"muted\">({E(Plural(findings.Length, "finding"))})</span></h3>");
            output.WriteLine($"<div class=\"muted\">{E(rule.Family)} · Recommendations {Recs(rule.Recommendations)} · <a href=\"{E(rule.HelpUri)}\">docs</a></div>");
            var command = rule.FixCommand is null ? string.Empty : $" Automatic fix: <code>{E(rule.FixCommand)}</code>";
            output.WriteLine($"<div class=\"fix\"><strong>Fix:</strong> {E(rule.FixHint)}{command}</div></div>");
            output.WriteLine("<table><thead><tr><th>Location</th><th>Severity</th><th>Message</th><th>Evidence</th></tr></thead><tbody>");
            foreach (var finding in findings)
            {
                var sources = string.Concat(finding.AdditionalLocations.Select(l => $"<br><span class=\"muted\">source: {E(l.ToString())}</span>"));
                output.WriteLine($"<tr><td class=\"mono\">{E(Where(finding))}{sources}</td><td>{Pill(finding.Severity)}</td><td>{E(finding.Message)}</td><td>{E(Evidence(finding))}</td></tr>");
            }

            output.WriteLine("</tbody></table></section>");
        }

        if (!summary.Report.Suppressed.IsEmpty)
        {
            output.WriteLine("<h2>Suppressed in the code</h2><p class=\"note\">The project silenced these with #pragma or [SuppressMessage]; they do not count towards the totals.</p>");
            output.WriteLine("<table><thead><tr><th>Location</th><th>Rule</th><th>Message</th></tr></thead><tbody>");
            foreach (var finding in summary.Report.Suppressed)
            {
                output.WriteLine($"<tr><td class=\"mono\">{E(Where(finding))}</td><td>{RuleLink(finding.Rule, true)}</td><td>{E(finding.Message)}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
        }
    }

    private static void WriteContext(AuditReport report, TextWriter output)
    {
        output.WriteLine("<h2 id=\"projects\">Projects</h2>");
        output.WriteLine("<table><thead><tr><th>Project</th><th class=\"num\">Source files</th><th class=\"num\">Compiler errors</th><th>Path</th></tr></thead><tbody>");
        foreach (var project in report.Projects)
        {
            output.WriteLine($"<tr><td>{E(project.Name)}</td><td class=\"num\">{N(project.FileCount)}</td><td class=\"num\">{N(project.CompilerErrors)}</td><td class=\"mono\">{E(project.FilePath ?? "(loose files)")}</td></tr>");
        }

        output.WriteLine("</tbody></table>");
        if (!report.Notes.IsEmpty)
        {
            output.WriteLine("<h2>Notes</h2><ul>");
            foreach (var note in report.Notes)
            {
                output.WriteLine($"<li class=\"muted\">{E(note)}</li>");
            }

            output.WriteLine("</ul>");
        }
    }

    private static string RuleLink(RuleInfo rule, bool active)
        => $"<a class=\"mono\" href=\"{E(rule.HelpUri)}\" title=\"{E(rule.Title)}\"{(active ? string.Empty : " style=\"opacity:.55\"")}>{E(rule.Id)}</a>";

    private static string Recs(System.Collections.Generic.IEnumerable<int> numbers)
        => string.Concat(numbers.Select(n => $"<span class=\"rec\" title=\"{E(ReportSummary.RecommendationLabel(n))}\">{N(n)}</span>"));

    private static string Pill(FindingSeverity severity) => $"<span class=\"pill {severity.Name()}\">{severity.Name()}</span>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
