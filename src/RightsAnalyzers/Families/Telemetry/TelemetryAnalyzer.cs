using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Telemetry;

/// <summary>
/// The telemetry family — identifying data reaching traces, metrics, analytics and crash reports, SDK settings that
/// collect it, fingerprints — registered as one analyzer (<see cref="CompositeAnalyzer"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TelemetryAnalyzer : CompositeAnalyzer
{
    public TelemetryAnalyzer()
        : base(new DeanonymizingTelemetryAnalyzer(), new TelemetryConfigurationAnalyzer())
    {
    }
}
