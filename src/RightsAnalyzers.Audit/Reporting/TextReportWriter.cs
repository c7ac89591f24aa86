using System.IO;
using System.Linq;
using RightsAnalyzers.Audit.Model;
using static RightsAnalyzers.Audit.Reporting.ReportText;

namespace RightsAnalyzers.Audit.Reporting;

/// <summary>Plain text for a terminal: summary tables first, then every finding with its evidence, fix and docs link.</summary>
public sealed class TextReportWriter : IReportWriter
{
    public void Write(ReportSummary summary, TextWriter output)
    {
        var report = summary.Report;
        output.WriteLine($"RightsAnalyzers audit of {report.Target}");
        output.WriteLine(Generated(report));
        output.WriteLine();
        output.WriteLine(Headline(summary));
        output.WriteLine(Scope(summary));

        Heading(output, "By recommendation");
        output.WriteLine("  " + CountingNote);
        foreach (var item in summary.ByRecommendation)
        {
            var count = item.Recommendation.HasCodeRule || !item.Rules.IsEmpty ? N(item.Count).PadLeft(3) : "  —";
            output.WriteLine($"  {N(item.Recommendation.Number).PadLeft(2)}. {item.Recommendation.ShortTitle.PadRight(46)} {count}  {RuleList(item.RulesWithFindings)}");
            output.WriteLine($"      {item.Recommendation.Summary}");
            if (Coverage(summary, item) is { } coverage)
            {
                output.WriteLine($"      {coverage}");
            }
        }

        Heading(output, "By family");
        foreach (var family in summary.ByFamily)
        {
            output.WriteLine($"  {family.Family.PadRight(40)} {N(family.Count).PadLeft(4)}  ({Plural(family.Rules.Length, "rule")})");
        }

        Heading(output, "By rule");
        foreach (var rule in summary.ByRule)
        {
            var fix = rule.Rule.HasCodeFix ? "auto-fix" : string.Empty;
            output.WriteLine($"  {rule.Rule.Id}  {Truncate(rule.Rule.Title, 48).PadRight(48)} {N(rule.Count).PadLeft(4)}  rec {(rule.Rule.Recommendations.IsEmpty ? "—" : string.Join(",", rule.Rule.Recommendations)).PadRight(6)} {fix}");
        }

        if (!summary.TopFiles.IsEmpty)
        {
            Heading(output, "Most affected files");
            foreach (var file in summary.TopFiles)
            {
                output.WriteLine($"  {N(file.Count).PadLeft(4)}  {file.DisplayPath}  ({RuleList(file.RuleIds)})");
            }
        }

        Heading(output, "Findings");
        if (summary.Total == 0)
        {
            output.WriteLine("  None.");
        }

        foreach (var (rule, findings) in summary.FindingsByRule)
        {
            output.WriteLine();
            output.WriteLine($"{rule.Id}: {rule.Title} ({Plural(findings.Length, "finding")})");
            foreach (var finding in findings)
            {
                WriteFinding(output, finding);
            }
        }

        if (!report.Suppressed.IsEmpty)
        {
            Heading(output, "Suppressed in the code");
            foreach (var finding in report.Suppressed)
            {
                output.WriteLine($"  {Where(finding)}  {finding.RuleId}  {finding.Message}");
            }
        }

        WriteContext(output, report);
    }

    private static void WriteFinding(TextWriter output, Finding finding)
    {
        output.WriteLine($"  {Where(finding)}  {finding.Severity.Name()}");
        output.WriteLine($"    {finding.Message}");
        output.WriteLine($"    evidence: {Evidence(finding)}");
        foreach (var source in finding.AdditionalLocations)
        {
            output.WriteLine($"    source: {source}");
        }

        output.WriteLine($"    recommendations: {Recommendations(finding.Recommendations)}");
        output.WriteLine($"    fix: {Fix(finding.Rule)}");
        output.WriteLine($"    docs: {finding.Rule.HelpUri}");
    }

    private static void WriteContext(TextWriter output, AuditReport report)
    {
        Heading(output, "Projects");
        foreach (var project in report.Projects)
        {
            output.WriteLine($"  {project.Name}: {Plural(project.FileCount, "source file")}, {Plural(project.CompilerErrors, "compiler error")}  {project.FilePath}");
        }

        if (!report.Notes.IsEmpty)
        {
            Heading(output, "Notes");
            foreach (var note in report.Notes)
            {
                output.WriteLine("  - " + note.Replace("\n", "\n    ", System.StringComparison.Ordinal));
            }
        }
    }

    private static void Heading(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(title.ToUpperInvariant());
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
