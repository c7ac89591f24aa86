using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Reporting;

/// <summary>Sentences the human-readable formats share, so text, Markdown and HTML say the same thing.</summary>
internal static class ReportText
{
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Plural(int count, string singular, string? plural = null)
        => N(count) + " " + (count == 1 ? singular : plural ?? singular + "s");

    public static string Headline(ReportSummary summary)
    {
        var report = summary.Report;
        var parts = new List<string>();
        if (summary.Errors > 0)
        {
            parts.Add(Plural(summary.Errors, "error"));
        }

        parts.Add(Plural(summary.Warnings, "warning"));
        if (report.MinSeverity == FindingSeverity.Info)
        {
            parts.Add(N(summary.Infos) + " info");
        }

        return $"{Plural(summary.Total, "finding")} ({string.Join(", ", parts)}) in {Plural(summary.FilesWithFindings, "file")} " +
               $"of {Plural(report.FileCount, "source file")} across {Plural(report.Projects.Length, "project")}.";
    }

    public static string Scope(ReportSummary summary)
    {
        var report = summary.Report;
        var text = $"Minimum severity: {report.MinSeverity.Name()}.";
        if (report.BelowThreshold > 0)
        {
            text += $" {Plural(report.BelowThreshold, "finding")} below it not shown.";
        }

        if (report.Suppressed.Length > 0)
        {
            text += $" {Plural(report.Suppressed.Length, "finding")} suppressed in the code itself (#pragma or [SuppressMessage]) listed separately.";
        }

        return text;
    }

    public static string Generated(AuditReport report)
        => $"Generated {report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC by rights-audit {report.ToolVersion} " +
           $"with RightsAnalyzers {report.AnalyzerVersion} ({Plural(report.Rules.Length, "rule")}).";

    public const string CountingNote = "A finding counts once for each recommendation it serves.";

    public const string NoCodeRule = "No code-level rule: served by review, process and the documentation.";

    /// <summary>
    /// Why a recommendation has no count: it has no code-level rule at all, or its rules are not in this build of
    /// the analyzers. Null when rules cover it.
    /// </summary>
    public static string? Coverage(ReportSummary summary, RecommendationSummary item)
    {
        if (!item.Rules.IsEmpty)
        {
            return null;
        }

        return item.Recommendation.HasCodeRule
            ? $"No rule for it in RightsAnalyzers {summary.Report.AnalyzerVersion} yet."
            : NoCodeRule;
    }

    /// <summary>A count for recommendations a rule could serve; a dash for those no code rule can.</summary>
    public static string Count(RecommendationSummary item)
        => item.Rules.IsEmpty && !item.Recommendation.HasCodeRule ? "—" : N(item.Count);

    public static string Recommendations(IEnumerable<int> numbers)
        => string.Join(", ", numbers.Select(ReportSummary.RecommendationLabel));

    public static string RuleList(IEnumerable<string> ids) => string.Join(", ", ids);

    public static string Evidence(Finding finding)
    {
        if (finding.Evidence is null && finding.DataCategory is null)
        {
            return "—";
        }

        return finding.Evidence is null ? finding.DataCategory! :
            finding.DataCategory is null ? finding.Evidence : finding.Evidence + " (" + finding.DataCategory + ")";
    }

    public static string Where(Finding finding) => finding.Location?.ToString() ?? "(project configuration)";

    public static string Fix(RuleInfo rule)
        => rule.FixCommand is null ? rule.FixHint : rule.FixHint + " Automatic fix: " + rule.FixCommand;
}
