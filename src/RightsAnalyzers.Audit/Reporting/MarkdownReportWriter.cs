using System.IO;
using RightsAnalyzers.Audit.Model;
using static RightsAnalyzers.Audit.Reporting.ReportText;

namespace RightsAnalyzers.Audit.Reporting;

/// <summary>GitHub-flavoured Markdown: for a pull-request comment, an issue or a wiki page.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public void Write(ReportSummary summary, TextWriter output)
    {
        var report = summary.Report;
        output.WriteLine($"# RightsAnalyzers audit: `{Path.GetFileName(report.Target)}`");
        output.WriteLine();
        output.WriteLine($"Target: `{report.Target}`  ");
        output.WriteLine(Generated(report));
        output.WriteLine();
        output.WriteLine($"**{Headline(summary)}** {Scope(summary)}");

        output.WriteLine();
        output.WriteLine("## By recommendation");
        output.WriteLine();
        output.WriteLine(CountingNote);
        output.WriteLine();
        output.WriteLine("| # | Recommendation | Findings | Rules with findings | What it means |");
        output.WriteLine("|---:|---|---:|---|---|");
        foreach (var item in summary.ByRecommendation)
        {
            var count = Count(item);
            var meaning = Cell(item.Recommendation.Summary) + (Coverage(summary, item) is { } coverage ? " *" + coverage + "*" : string.Empty);
            output.WriteLine($"| {item.Recommendation.Number} | {Cell(item.Recommendation.ShortTitle)} | {count} | {RuleList(item.RulesWithFindings)} | {meaning} |");
        }

        output.WriteLine();
        output.WriteLine("## By family");
        output.WriteLine();
        output.WriteLine("| Family | Rules | Findings |");
        output.WriteLine("|---|---:|---:|");
        foreach (var family in summary.ByFamily)
        {
            output.WriteLine($"| {family.Family} | {family.Rules.Length} | {family.Count} |");
        }

        output.WriteLine();
        output.WriteLine("## By rule");
        output.WriteLine();
        output.WriteLine("| Rule | Title | Severity | Findings | Recommendations | Fix |");
        output.WriteLine("|---|---|---|---:|---|---|");
        foreach (var item in summary.ByRule)
        {
            var rule = item.Rule;
            output.WriteLine($"| [{rule.Id}]({rule.HelpUri}) | {Cell(rule.Title)} | {rule.DefaultSeverity.Name()} | {item.Count} | {(rule.Recommendations.IsEmpty ? "—" : string.Join(", ", rule.Recommendations))} | {(rule.HasCodeFix ? "automatic" : "manual")} |");
        }

        if (!summary.TopFiles.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("## Most affected files");
            output.WriteLine();
            output.WriteLine("| File | Findings | Rules |");
            output.WriteLine("|---|---:|---|");
            foreach (var file in summary.TopFiles)
            {
                output.WriteLine($"| `{file.DisplayPath}` | {file.Count} | {RuleList(file.RuleIds)} |");
            }
        }

        WriteFindings(summary, output);
        WriteContext(report, output);
    }

    private static void WriteFindings(ReportSummary summary, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("## Findings");
        if (summary.Total == 0)
        {
            output.WriteLine();
            output.WriteLine("None.");
        }

        foreach (var (rule, findings) in summary.FindingsByRule)
        {
            output.WriteLine();
            output.WriteLine($"### {rule.Id}: {rule.Title} ({Plural(findings.Length, "finding")})");
            output.WriteLine();
            output.WriteLine($"Recommendations: {Recommendations(rule.Recommendations)} · [docs]({rule.HelpUri})  ");
            output.WriteLine($"**Fix:** {Cell(Fix(rule))}");
            output.WriteLine();
            // The fix hint above applies to every row; repeating it per row would drown the messages.
            output.WriteLine("| Location | Severity | Message | Evidence | Recommendations | Docs |");
            output.WriteLine("|---|---|---|---|---|---|");
            foreach (var finding in findings)
            {
                output.WriteLine($"| `{Where(finding)}` | {finding.Severity.Name()} | {Cell(finding.Message)} | {Cell(Evidence(finding))} | {string.Join(", ", finding.Recommendations)} | [{rule.Id}]({rule.HelpUri}) |");
            }
        }

        if (!summary.Report.Suppressed.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("## Suppressed in the code");
            output.WriteLine();
            output.WriteLine("| Location | Rule | Message |");
            output.WriteLine("|---|---|---|");
            foreach (var finding in summary.Report.Suppressed)
            {
                output.WriteLine($"| `{Where(finding)}` | {finding.RuleId} | {Cell(finding.Message)} |");
            }
        }
    }

    private static void WriteContext(AuditReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("## Projects");
        output.WriteLine();
        output.WriteLine("| Project | Source files | Compiler errors | Path |");
        output.WriteLine("|---|---:|---:|---|");
        foreach (var project in report.Projects)
        {
            output.WriteLine($"| {Cell(project.Name)} | {project.FileCount} | {project.CompilerErrors} | `{project.FilePath}` |");
        }

        if (!report.Notes.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("## Notes");
            output.WriteLine();
            foreach (var note in report.Notes)
            {
                output.WriteLine("- " + Cell(note));
            }
        }
    }

    /// <summary>Table cells cannot hold pipes or line breaks.</summary>
    private static string Cell(string text)
        => text.Replace("|", "\\|", System.StringComparison.Ordinal).Replace("\r", string.Empty, System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}
