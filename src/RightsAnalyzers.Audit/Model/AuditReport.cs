using System;
using System.Collections.Immutable;

namespace RightsAnalyzers.Audit.Model;

/// <summary>Everything a writer needs; the writers only format it (see <see cref="ReportSummary"/> for the views).</summary>
/// <param name="Target">The path the user gave, made absolute.</param>
/// <param name="RootDirectory">Paths in the report are shown relative to this directory.</param>
/// <param name="Rules">Every rule the analyzer assembly contains, whether or not it found anything.</param>
/// <param name="Findings">Unsuppressed findings at or above <paramref name="MinSeverity"/>, sorted by file and line.</param>
/// <param name="Suppressed">Findings the target suppressed in source, at or above <paramref name="MinSeverity"/>.</param>
/// <param name="BelowThreshold">How many findings were left out because of <paramref name="MinSeverity"/>.</param>
/// <param name="Notes">Load and compile problems the reader should know about.</param>
public sealed record AuditReport(
    string Target,
    TargetKind TargetKind,
    string RootDirectory,
    string ToolVersion,
    string AnalyzerVersion,
    DateTimeOffset GeneratedAt,
    FindingSeverity MinSeverity,
    ImmutableArray<RuleInfo> Rules,
    ImmutableArray<Finding> Findings,
    ImmutableArray<Finding> Suppressed,
    int BelowThreshold,
    ImmutableArray<AuditedProject> Projects,
    ImmutableArray<string> Notes)
{
    public int FileCount
    {
        get
        {
            var count = 0;
            foreach (var project in Projects)
            {
                count += project.FileCount;
            }

            return count;
        }
    }
}

/// <summary>What kind of path was audited.</summary>
public enum TargetKind
{
    Solution,
    Project,
    Folder,
}
