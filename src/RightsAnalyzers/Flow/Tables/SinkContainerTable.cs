using System.Collections.Generic;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow.Tables;

/// <summary>
/// Properties that are property bags of a sink: whatever is stored in them (<c>bag[key] = value</c>,
/// <c>bag.Add(key, value)</c>) leaves with every event.
/// </summary>
internal static class SinkContainerTable
{
    public static MemberTable<SinkRule> Build(WellKnownTypes t)
        => new MemberTable<SinkRule>()
            .Add(t, "Microsoft.ApplicationInsights.DataContracts.ISupportProperties", "Properties", new SinkRule(SinkKind.Telemetry, "Application Insights properties", SinkArguments.AfterFirst, keyIsIdentifying: true))
            .Add(t, "Microsoft.ApplicationInsights.DataContracts.TelemetryContext", "GlobalProperties,Properties", new SinkRule(SinkKind.Telemetry, "Application Insights global properties", SinkArguments.AfterFirst, keyIsIdentifying: true))
            .Add(t, "Sentry.Scope", "Contexts", new SinkRule(SinkKind.Telemetry, "the Sentry scope", SinkArguments.AfterFirst))
            .Add(t, "Sentry.SentryUser", "Other", new SinkRule(SinkKind.Telemetry, "the Sentry user", SinkArguments.AfterFirst))
            .Add(t, "log4net.ThreadContext", "Properties", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst))
            .Add(t, "log4net.LogicalThreadContext", "Properties", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst))
            .Add(t, "log4net.GlobalContext", "Properties", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst))
            .Add(t, "NLog.LogEventInfo", "Properties", new SinkRule(SinkKind.Log, "the log event", SinkArguments.AfterFirst))

            // Streams that leave the process: whatever is written to them (Write, WriteAsync) is sent.
            .Add(t, "Microsoft.AspNetCore.Http.HttpResponse", "Body", new SinkRule(SinkKind.Response, "the HTTP response body"));
}

internal static class SinkTableExtensions
{
    /// <summary>Whether a sink of one of <paramref name="kinds"/> is referenced: resolves only that kind's types, until one is.</summary>
    public static bool HasKind(this MemberTable<SinkRule> table, SinkKind kinds)
        => table.Any(rule => (rule.Kind & kinds) != 0);
}
