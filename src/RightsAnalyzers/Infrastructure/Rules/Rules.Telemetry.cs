using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

internal static partial class Rules
{
    public static readonly DiagnosticDescriptor IdentifyingTelemetryConfiguration = RuleDescriptors.Create(
        "RR4004",
        "Telemetry SDK configured to collect identifying data",
        "{0} configures {1} to collect {2}",
        RuleCategories.Telemetry,
        "A switch in a telemetry or logging SDK (Sentry's SendDefaultPii, identifying Serilog enrichers, client-IP telemetry initializers, host detectors) makes every event carry who the user is or which device they use, and sends it to a third-party service. One setting turns anonymous diagnostics into a record of people.",
        new[] { 8, 2 });
}
