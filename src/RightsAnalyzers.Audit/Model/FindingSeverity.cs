using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Audit.Model;

/// <summary>The severities a report shows. Hidden diagnostics are never part of an audit.</summary>
public enum FindingSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

public static class FindingSeverities
{
    public static FindingSeverity? From(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => FindingSeverity.Info,
        DiagnosticSeverity.Warning => FindingSeverity.Warning,
        DiagnosticSeverity.Error => FindingSeverity.Error,
        _ => null,
    };

    /// <summary>Lower-case name as used on the command line, in SARIF-like text and in JSON.</summary>
    public static string Name(this FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "info",
        FindingSeverity.Warning => "warning",
        _ => "error",
    };

    /// <summary>SARIF 2.1.0 <c>level</c>.</summary>
    public static string SarifLevel(this FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "note",
        FindingSeverity.Warning => "warning",
        _ => "error",
    };
}
