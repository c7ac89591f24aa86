using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning: every rule with its metadata, results with absolute <c>file:</c> URIs and the
/// diagnostic properties (<c>evidence</c>, <c>category</c>, <c>recommendations</c>), source locations as
/// <c>relatedLocations</c>, and in-source suppressions as SARIF suppressions.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/RightsAnalyzers/RightsAnalyzers";

    public void Write(ReportSummary summary, TextWriter output) => JsonOutput.Write(output, json => Write(summary.Report, json));

    private static void Write(AuditReport report, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "rights-audit");
        json.WriteString("fullName", $"rights-audit {report.ToolVersion} (RightsAnalyzers {report.AnalyzerVersion})");
        json.WriteString("version", report.ToolVersion);
        json.WriteString("semanticVersion", report.ToolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var note in report.Notes)
        {
            json.WriteStartObject();
            json.WriteString("level", "note");
            json.WriteStartObject("message");
            json.WriteString("text", note);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("SRCROOT");
        json.WriteString("uri", JsonOutput.FileUri(report.RootDirectory + Path.DirectorySeparatorChar));
        json.WriteEndObject();
        json.WriteEndObject();

        var index = report.Rules.Select((rule, i) => (rule.Id, i)).ToDictionary(p => p.Id, p => p.i, System.StringComparer.Ordinal);
        json.WriteStartArray("results");
        // Code scanning rejects results without a location: configuration findings point at the audited file.
        var fallback = report.TargetKind == TargetKind.Folder ? null : report.Target;
        foreach (var finding in report.Findings.Concat(report.Suppressed))
        {
            WriteResult(json, finding, index[finding.RuleId], fallback);
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleInfo rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalName(rule.Title));
        Text(json, "shortDescription", rule.Title);
        Text(json, "fullDescription", rule.Description);
        json.WriteString("helpUri", rule.HelpUri);
        json.WriteStartObject("help");
        json.WriteString("text", "Fix: " + ReportText.Fix(rule) + " Recommendations: " + ReportText.Recommendations(rule.Recommendations) + ". " + rule.HelpUri);
        json.WriteString("markdown", $"**Fix:** {ReportText.Fix(rule)}\n\n**Recommendations:** {ReportText.Recommendations(rule.Recommendations)}\n\n[{rule.Id} documentation]({rule.HelpUri})");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", rule.DefaultSeverity.SarifLevel());
        json.WriteBoolean("enabled", rule.IsEnabledByDefault);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteString("family", rule.Family);
        json.WriteNumbers("recommendations", rule.Recommendations);
        // "security" plus a security-severity lets code scanning rank the alerts; the RecN tags allow filtering.
        json.WriteStrings("tags", new[] { "security" }.Concat(rule.Tags));
        json.WriteString("security-severity", SecuritySeverity(rule.DefaultSeverity));
        json.WriteBoolean("hasCodeFix", rule.HasCodeFix);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, string? fallbackFile)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", finding.Severity.SarifLevel());
        Text(json, "message", finding.Message);
        json.WriteStartArray("locations");
        if (finding.Location is not null)
        {
            WriteLocation(json, finding.Location, null);
        }
        else if (fallbackFile is not null)
        {
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", JsonOutput.FileUri(fallbackFile));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (!finding.AdditionalLocations.IsEmpty)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < finding.AdditionalLocations.Length; i++)
            {
                WriteLocation(json, finding.AdditionalLocations[i], i + 1);
            }

            json.WriteEndArray();
        }

        if (finding.IsSuppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteOptional("evidence", finding.Evidence);
        json.WriteOptional("category", finding.DataCategory);
        json.WriteString("recommendations", string.Join(",", finding.Recommendations.Select(n => n.ToString(CultureInfo.InvariantCulture))));
        json.WriteString("project", finding.Project);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <param name="id">Set for related locations, which SARIF numbers.</param>
    private static void WriteLocation(Utf8JsonWriter json, FindingLocation location, int? id)
    {
        json.WriteStartObject();
        if (id is { } n)
        {
            json.WriteNumber("id", n);
            Text(json, "message", "source");
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", JsonOutput.FileUri(location.FilePath));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Line);
        json.WriteNumber("startColumn", location.Column);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string SecuritySeverity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "8.0",
        FindingSeverity.Warning => "6.0",
        _ => "3.0",
    };

    /// <summary>"Broken or weak hash algorithm" → "BrokenOrWeakHashAlgorithm" (SARIF rule names are identifiers).</summary>
    private static string PascalName(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var word in title.Split(new[] { ' ', '-', '/', ',', '(', ')', '.' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return builder.ToString();
    }
}
