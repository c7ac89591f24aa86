using System.IO;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Reporting;

public enum ReportFormat
{
    Text,
    Markdown,
    Html,
    Sarif,
    Json,
}

/// <summary>Formats a summarised report. Writers never compute counts themselves: <see cref="ReportSummary"/> does.</summary>
public interface IReportWriter
{
    void Write(ReportSummary summary, TextWriter output);
}

public static class ReportFormats
{
    public static ReportFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "text" or "txt" => ReportFormat.Text,
        "markdown" or "md" => ReportFormat.Markdown,
        "html" => ReportFormat.Html,
        "sarif" => ReportFormat.Sarif,
        "json" => ReportFormat.Json,
        _ => null,
    };

    public static ReportFormat? FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".md" or ".markdown" => ReportFormat.Markdown,
        ".html" or ".htm" => ReportFormat.Html,
        ".sarif" => ReportFormat.Sarif,
        ".json" => ReportFormat.Json,
        ".txt" => ReportFormat.Text,
        _ => null,
    };

    public static IReportWriter Writer(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => new MarkdownReportWriter(),
        ReportFormat.Html => new HtmlReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        ReportFormat.Json => new JsonReportWriter(),
        _ => new TextReportWriter(),
    };
}
