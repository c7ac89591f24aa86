using System.IO;
using System.Text.Json;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Reporting;

/// <summary>
/// The whole model as JSON, for scripts and dashboards: the same summaries the other formats print, then every
/// finding with its rule, location, properties, fix hint and docs link. <c>schemaVersion</c> changes on breaking edits.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const int SchemaVersion = 1;

    public void Write(ReportSummary summary, TextWriter output) => JsonOutput.Write(output, json => Write(summary, json));

    private static void Write(ReportSummary summary, Utf8JsonWriter json)
    {
        var report = summary.Report;
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("tool", "rights-audit");
        json.WriteString("toolVersion", report.ToolVersion);
        json.WriteString("analyzerVersion", report.AnalyzerVersion);
        json.WriteString("generatedAt", report.GeneratedAt);
        json.WriteString("target", report.Target);
        json.WriteString("targetKind", report.TargetKind.ToString().ToLowerInvariant());
        json.WriteString("rootDirectory", report.RootDirectory);
        json.WriteString("minSeverity", report.MinSeverity.Name());

        json.WriteStartObject("summary");
        json.WriteNumber("findings", summary.Total);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("info", summary.Infos);
        json.WriteNumber("suppressed", report.Suppressed.Length);
        json.WriteNumber("belowMinSeverity", report.BelowThreshold);
        json.WriteNumber("filesWithFindings", summary.FilesWithFindings);
        json.WriteNumber("sourceFiles", report.FileCount);
        json.WriteEndObject();

        json.WriteStartArray("recommendations");
        foreach (var item in summary.ByRecommendation)
        {
            json.WriteStartObject();
            json.WriteNumber("number", item.Recommendation.Number);
            json.WriteString("title", item.Recommendation.ShortTitle);
            json.WriteString("summary", item.Recommendation.Summary);
            json.WriteBoolean("hasCodeRule", item.Recommendation.HasCodeRule);
            json.WriteNumber("findings", item.Count);
            json.WriteStrings("rules", System.Linq.Enumerable.Select(item.Rules, r => r.Id));
            json.WriteStrings("rulesWithFindings", item.RulesWithFindings);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("families");
        foreach (var family in summary.ByFamily)
        {
            json.WriteStartObject();
            json.WriteString("name", family.Family);
            json.WriteNumber("findings", family.Count);
            json.WriteStrings("rules", System.Linq.Enumerable.Select(family.Rules, r => r.Id));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("rules");
        foreach (var item in summary.ByRule)
        {
            WriteRule(json, item.Rule, item.Count);
        }

        json.WriteEndArray();

        json.WriteStartArray("topFiles");
        foreach (var file in summary.TopFiles)
        {
            json.WriteStartObject();
            json.WriteString("path", file.DisplayPath);
            json.WriteNumber("findings", file.Count);
            json.WriteString("maxSeverity", file.MaxSeverity.Name());
            json.WriteStrings("rules", file.RuleIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        WriteFindings(json, "findings", report.Findings);
        WriteFindings(json, "suppressed", report.Suppressed);

        json.WriteStartArray("projects");
        foreach (var project in report.Projects)
        {
            json.WriteStartObject();
            json.WriteString("name", project.Name);
            json.WriteOptional("path", project.FilePath);
            json.WriteNumber("sourceFiles", project.FileCount);
            json.WriteNumber("compilerErrors", project.CompilerErrors);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStrings("notes", report.Notes);
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleInfo rule, int count)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("title", rule.Title);
        json.WriteString("family", rule.Family);
        json.WriteString("category", rule.Category);
        json.WriteString("defaultSeverity", rule.DefaultSeverity.Name());
        json.WriteNumbers("recommendations", rule.Recommendations);
        json.WriteNumber("findings", count);
        json.WriteString("fixHint", rule.FixHint);
        json.WriteBoolean("hasCodeFix", rule.HasCodeFix);
        json.WriteString("helpUri", rule.HelpUri);
        json.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter json, string name, System.Collections.Immutable.ImmutableArray<Finding> findings)
    {
        json.WriteStartArray(name);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("title", finding.Rule.Title);
            json.WriteString("severity", finding.Severity.Name());
            json.WriteString("message", finding.Message);
            WriteLocation(json, "location", finding.Location);
            json.WriteStartArray("additionalLocations");
            foreach (var location in finding.AdditionalLocations)
            {
                WriteLocation(json, null, location);
            }

            json.WriteEndArray();
            json.WriteOptional("evidence", finding.Evidence);
            json.WriteOptional("category", finding.DataCategory);
            json.WriteNumbers("recommendations", finding.Recommendations);
            json.WriteString("fixHint", finding.Rule.FixHint);
            json.WriteOptional("fixCommand", finding.Rule.FixCommand);
            json.WriteString("helpUri", finding.Rule.HelpUri);
            json.WriteString("project", finding.Project);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter json, string? name, FindingLocation? location)
    {
        if (location is null)
        {
            json.WriteNull(name!);
            return;
        }

        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        json.WriteString("file", location.FilePath);
        json.WriteString("path", location.DisplayPath);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        json.WriteEndObject();
    }
}
