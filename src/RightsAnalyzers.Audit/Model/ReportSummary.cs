using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Audit.Model;

/// <summary>
/// The views every format shares — per recommendation, family, rule and file — computed once so that the formats
/// cannot disagree about a count.
/// </summary>
public sealed class ReportSummary
{
    /// <summary>How many files the "most affected files" view lists.</summary>
    public const int TopFileCount = 10;

    private ReportSummary(AuditReport report)
    {
        Report = report;
        var findings = report.Findings;
        Errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        Warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
        Infos = findings.Count(f => f.Severity == FindingSeverity.Info);
        FilesWithFindings = findings.Where(f => f.Location is not null).Select(f => f.Location!.FilePath).Distinct().Count();

        ByRecommendation = Recommendations.All.Select(r => new RecommendationSummary(
            r,
            findings.Count(f => f.Recommendations.Contains(r.Number)),
            report.Rules.Where(rule => rule.Recommendations.Contains(r.Number)).ToImmutableArray(),
            findings.Where(f => f.Recommendations.Contains(r.Number)).Select(f => f.RuleId).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToImmutableArray()))
            .ToImmutableArray();

        ByRule = report.Rules.Select(rule => new RuleSummary(rule, findings.Count(f => f.RuleId == rule.Id)))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Rule.Id, System.StringComparer.Ordinal).ToImmutableArray();

        ByFamily = report.Rules.GroupBy(rule => rule.Family)
            .Select(g => new FamilySummary(g.Key, g.OrderBy(r => r.Id, System.StringComparer.Ordinal).ToImmutableArray(), findings.Count(f => f.Rule.Family == g.Key)))
            .OrderBy(f => f.Rules[0].Id, System.StringComparer.Ordinal).ToImmutableArray();

        TopFiles = findings.Where(f => f.Location is not null)
            .GroupBy(f => f.Location!.DisplayPath)
            .Select(g => new FileSummary(g.Key, g.Count(), g.Max(f => f.Severity), g.Select(f => f.RuleId).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToImmutableArray()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.DisplayPath, System.StringComparer.Ordinal)
            .Take(TopFileCount).ToImmutableArray();

        FindingsByRule = findings.GroupBy(f => f.Rule)
            .OrderBy(g => g.Key.Id, System.StringComparer.Ordinal)
            .Select(g => new KeyValuePair<RuleInfo, ImmutableArray<Finding>>(g.Key, g.ToImmutableArray()))
            .ToImmutableArray();
    }

    public AuditReport Report { get; }

    public int Errors { get; }

    public int Warnings { get; }

    public int Infos { get; }

    public int Total => Report.Findings.Length;

    public int FilesWithFindings { get; }

    /// <summary>All thirteen, in order; a finding counts once for each recommendation it serves.</summary>
    public ImmutableArray<RecommendationSummary> ByRecommendation { get; }

    /// <summary>Every rule, most findings first.</summary>
    public ImmutableArray<RuleSummary> ByRule { get; }

    public ImmutableArray<FamilySummary> ByFamily { get; }

    public ImmutableArray<FileSummary> TopFiles { get; }

    /// <summary>Findings grouped by rule, rules in ID order, findings in file/line order.</summary>
    public ImmutableArray<KeyValuePair<RuleInfo, ImmutableArray<Finding>>> FindingsByRule { get; }

    public static ReportSummary Create(AuditReport report) => new(report);

    /// <summary>"Recommendation 7 (integrity and security of the Internet)" style label for a number.</summary>
    public static string RecommendationLabel(int number)
    {
        var recommendation = Recommendations.Get(number);
        var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return recommendation is null ? text : text + " (" + recommendation.ShortTitle + ")";
    }
}

/// <param name="Rules">Rules of the package that serve this recommendation.</param>
/// <param name="RulesWithFindings">IDs of the rules that found something here.</param>
public sealed record RecommendationSummary(Recommendation Recommendation, int Count, ImmutableArray<RuleInfo> Rules, ImmutableArray<string> RulesWithFindings);

public sealed record RuleSummary(RuleInfo Rule, int Count);

public sealed record FamilySummary(string Family, ImmutableArray<RuleInfo> Rules, int Count);

public sealed record FileSummary(string DisplayPath, int Count, FindingSeverity MaxSeverity, ImmutableArray<string> RuleIds);
