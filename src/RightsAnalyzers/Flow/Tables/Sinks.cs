using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow.Tables;

/// <summary>
/// Every sink the package models (research: privacy-peers.md (c.1)–(c.2)). One line per API: adding Serilog's
/// <c>ForContext</c> as a sink is the line below that names it.
/// </summary>
internal static class Sinks
{
    public static MemberTable<SinkRule> Build(WellKnownTypes t)
    {
        var table = new MemberTable<SinkRule>();
        AddLogging(table, t);
        AddTelemetry(table, t);
        AddNetwork(table, t);
        return table;
    }

    private static void AddLogging(MemberTable<SinkRule> table, WellKnownTypes t)
    {
        var mel = new SinkRule(SinkKind.Log, "the log", level: MelLevel);
        table.Add(t, "Microsoft.Extensions.Logging.LoggerExtensions", "Log,LogTrace,LogDebug,LogInformation,LogWarning,LogError,LogCritical,BeginScope", mel)
             .Add(t, "Microsoft.Extensions.Logging.ILogger", "Log,BeginScope", mel);

        var serilog = new SinkRule(SinkKind.Log, "the log", level: SerilogLevel);
        table.Add(t, "Serilog.ILogger", "Write,Verbose,Debug,Information,Warning,Error,Fatal", serilog)
             .Add(t, "Serilog.Log", "Write,Verbose,Debug,Information,Warning,Error,Fatal", serilog)
             .Add(t, "Serilog.ILogger", "ForContext", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst))
             .Add(t, "Serilog.Log", "ForContext", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst))
             .Add(t, "Serilog.Context.LogContext", "PushProperty", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst))
             .Add(t, "Serilog.IDiagnosticContext", "Set", new SinkRule(SinkKind.Log, "the request log", SinkArguments.AfterFirst))
             .Add(t, "Serilog.Configuration.LoggerEnrichmentConfiguration", "WithProperty", new SinkRule(SinkKind.Log, "every log event", SinkArguments.AfterFirst));

        var nlog = new SinkRule(SinkKind.Log, "the log", level: NLogLevel);
        table.Add(t, "NLog.ILogger", "Trace,Debug,Info,Warn,Error,Fatal,Log,ConditionalDebug,ConditionalTrace", nlog)
             .Add(t, "NLog.Logger", "Trace,Debug,Info,Warn,Error,Fatal,Log,ConditionalDebug,ConditionalTrace", nlog)
             .Add(t, "NLog.ILoggerBase", "Log", nlog)
             .Add(t, "NLog.Logger", "WithProperty", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst))
             .Add(t, "NLog.ScopeContext", "PushProperty,PushNestedState", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst))
             .Add(t, "NLog.GlobalDiagnosticsContext", "Set", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst))
             .Add(t, "NLog.MappedDiagnosticsLogicalContext", "Set", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst))
             .Add(t, "NLog.MappedDiagnosticsContext", "Set", new SinkRule(SinkKind.Log, "the log context", SinkArguments.AfterFirst));

        var log4net = new SinkRule(SinkKind.Log, "the log", level: Log4NetLevel);
        table.Add(t, "log4net.ILog", "Debug,Info,Warn,Error,Fatal,DebugFormat,InfoFormat,WarnFormat,ErrorFormat,FatalFormat", log4net);

        var console = new SinkRule(SinkKind.Console, "the console");
        table.Add(t, "System.Console", "Write,WriteLine", console)
             .Add(t, "System.Diagnostics.Debug", "Write,WriteLine,WriteIf,WriteLineIf,Print,Fail", new SinkRule(SinkKind.Log, "the debug log"))
             .Add(t, "System.Diagnostics.Trace", "Write,WriteLine,WriteIf,WriteLineIf,TraceInformation,TraceWarning,TraceError,Fail", new SinkRule(SinkKind.Log, "the trace log"))
             .Add(t, "System.Diagnostics.TraceSource", "TraceEvent,TraceData,TraceInformation,TraceTransfer", new SinkRule(SinkKind.Log, "the trace log"))
             .Add(t, "System.Diagnostics.EventLog", "WriteEntry,WriteEvent", new SinkRule(SinkKind.Log, "the event log"))
             .Add(t, "System.Diagnostics.Tracing.EventSource", "WriteEvent,WriteEventCore,WriteEventWithRelatedActivityId,Write", new SinkRule(SinkKind.Log, "an event source", SinkArguments.AfterFirst));
    }

    private static void AddTelemetry(MemberTable<SinkRule> table, WellKnownTypes t)
    {
        var tag = new SinkRule(SinkKind.Telemetry, "a trace", SinkArguments.AfterFirst, keyIsIdentifying: true);
        var baggage = new SinkRule(SinkKind.Telemetry, "trace baggage (propagated to other services)", SinkArguments.AfterFirst, keyIsIdentifying: true);
        table.Add(t, "System.Diagnostics.Activity", "SetTag,AddTag", tag)
             .Add(t, "System.Diagnostics.Activity", "SetBaggage,AddBaggage", baggage)
             .Add(t, "System.Diagnostics.Activity", "AddEvent,AddException,SetStatus", new SinkRule(SinkKind.Telemetry, "a trace"))
             .Add(t, "System.Diagnostics.ActivityEvent", ".ctor", new SinkRule(SinkKind.Telemetry, "a trace event"))
             .Add(t, "System.Diagnostics.ActivityLink", ".ctor", new SinkRule(SinkKind.Telemetry, "a trace link"))
             .Add(t, "System.Diagnostics.ActivitySource", "StartActivity,CreateActivity", new SinkRule(SinkKind.Telemetry, "a trace", SinkArguments.AfterFirst))
             .Add(t, "System.Diagnostics.ActivityTagsCollection", "Add", tag)
             .Add(t, "System.Diagnostics.TagList", "Add", tag)
             .Add(t, "System.Diagnostics.Metrics.Counter`1", "Add", new SinkRule(SinkKind.Telemetry, "a metric", SinkArguments.AfterFirst))
             .Add(t, "System.Diagnostics.Metrics.UpDownCounter`1", "Add", new SinkRule(SinkKind.Telemetry, "a metric", SinkArguments.AfterFirst))
             .Add(t, "System.Diagnostics.Metrics.Histogram`1", "Record", new SinkRule(SinkKind.Telemetry, "a metric", SinkArguments.AfterFirst))
             .Add(t, "System.Diagnostics.Metrics.Gauge`1", "Record", new SinkRule(SinkKind.Telemetry, "a metric", SinkArguments.AfterFirst))
             .Add(t, "System.Diagnostics.Metrics.Measurement`1", ".ctor", new SinkRule(SinkKind.Telemetry, "a metric", SinkArguments.AfterFirst))
             .Add(t, "OpenTelemetry.Trace.TelemetrySpan", "SetAttribute", tag)
             .Add(t, "OpenTelemetry.Trace.TelemetrySpan", "AddEvent,RecordException,UpdateName", new SinkRule(SinkKind.Telemetry, "a trace"))
             .Add(t, "OpenTelemetry.Trace.SpanAttributes", "Add", tag)
             .Add(t, "OpenTelemetry.Baggage", "SetBaggage", baggage)
             .Add(t, "OpenTelemetry.Resources.ResourceBuilderExtensions", "AddAttributes", new SinkRule(SinkKind.Telemetry, "every span's resource"))
             .Add(t, "Microsoft.ApplicationInsights.TelemetryClient", "TrackEvent,TrackTrace,TrackException,TrackRequest,TrackDependency,TrackMetric,TrackPageView,TrackAvailability,Track",
                  new SinkRule(SinkKind.Telemetry, "Application Insights"))
             .Add(t, "Microsoft.ApplicationInsights.Metric", "TrackValue,TryGetDataSeries", new SinkRule(SinkKind.Telemetry, "an Application Insights metric", SinkArguments.AfterFirst))
             .Add(t, "Microsoft.ApplicationInsights.DataContracts.UserContext", "Id,AuthenticatedUserId,AccountId,UserAgent", new SinkRule(SinkKind.Telemetry, "Application Insights user context"))
             .Add(t, "Microsoft.ApplicationInsights.Extensibility.Implementation.UserContext", "Id,AuthenticatedUserId,AccountId,UserAgent", new SinkRule(SinkKind.Telemetry, "Application Insights user context"))
             .Add(t, "Microsoft.ApplicationInsights.Extensibility.Implementation.DeviceContext", "Id,Model,OemName,OperatingSystem", new SinkRule(SinkKind.Telemetry, "Application Insights device context"))
             .Add(t, "Microsoft.ApplicationInsights.Extensibility.Implementation.LocationContext", "Ip", new SinkRule(SinkKind.Telemetry, "Application Insights location context"))
             .Add(t, "Microsoft.ApplicationInsights.Extensibility.Implementation.SessionContext", "Id", new SinkRule(SinkKind.Telemetry, "Application Insights session context"))
             .Add(t, "Microsoft.ApplicationInsights.Extensibility.Implementation.CloudContext", "RoleInstance", new SinkRule(SinkKind.Telemetry, "Application Insights cloud context"))
             .Add(t, "Sentry.SentrySdk", "CaptureMessage,AddBreadcrumb", new SinkRule(SinkKind.Telemetry, "Sentry"))
             .Add(t, "Sentry.SentrySdk", "SetTag,SetExtra", new SinkRule(SinkKind.Telemetry, "Sentry", SinkArguments.AfterFirst, keyIsIdentifying: true))
             .Add(t, "Sentry.Scope", "SetTag,SetExtra,SetTags,SetExtras,AddBreadcrumb", new SinkRule(SinkKind.Telemetry, "the Sentry scope", SinkArguments.AfterFirst))
             .Add(t, "Sentry.IHub", "CaptureMessage", new SinkRule(SinkKind.Telemetry, "Sentry"))
             .Add(t, "Sentry.SentryUser", "Id,Username,Email,IpAddress,Other", new SinkRule(SinkKind.Telemetry, "the Sentry user"))
             .Add(t, "Sentry.SentryEvent", "Message,ServerName", new SinkRule(SinkKind.Telemetry, "a Sentry event"))
             .Add(t, "Sentry.Scope", "User", new SinkRule(SinkKind.Telemetry, "the Sentry user"))
             .Add(t, "Sentry.SentryEvent", "User", new SinkRule(SinkKind.Telemetry, "the Sentry user"))
             .Add(t, "Sentry.IHasTags", "SetTag", new SinkRule(SinkKind.Telemetry, "a Sentry event", SinkArguments.AfterFirst, keyIsIdentifying: true))
             .Add(t, "Sentry.IHasExtra", "SetExtra", new SinkRule(SinkKind.Telemetry, "a Sentry event", SinkArguments.AfterFirst, keyIsIdentifying: true))
             .Add(t, "Sentry.HasTagsExtensions", "SetTags", new SinkRule(SinkKind.Telemetry, "a Sentry event"))
             .Add(t, "Sentry.HasExtraExtensions", "SetExtras", new SinkRule(SinkKind.Telemetry, "a Sentry event"))
             .Add(t, "Sentry.Breadcrumb", ".ctor", new SinkRule(SinkKind.Telemetry, "a Sentry breadcrumb"));
    }

    private static void AddNetwork(MemberTable<SinkRule> table, WellKnownTypes t)
    {
        var http = new SinkRule(SinkKind.Network, "an HTTP request");
        table.Add(t, "System.Net.Http.HttpClient", "PostAsync,PutAsync,PatchAsync,SendAsync,GetAsync,GetStringAsync,GetByteArrayAsync,GetStreamAsync,DeleteAsync,Send", http)
             .Add(t, "System.Net.Http.Json.HttpClientJsonExtensions", "PostAsJsonAsync,PutAsJsonAsync,PatchAsJsonAsync,GetFromJsonAsync", http)
             .Add(t, "System.Net.WebClient", "UploadString,UploadStringAsync,UploadStringTaskAsync,UploadData,UploadDataAsync,UploadDataTaskAsync,UploadValues,UploadValuesTaskAsync,DownloadString,DownloadStringTaskAsync", http)
             .Add(t, "System.Net.Http.Headers.HttpHeaders", "Add,TryAddWithoutValidation", new SinkRule(SinkKind.Network, "an HTTP header", SinkArguments.AfterFirst))
             .Add(t, "System.Net.Sockets.Socket", "Send,SendAsync,SendTo,SendToAsync", new SinkRule(SinkKind.Network, "a socket"))
             .Add(t, "System.Net.Sockets.NetworkStream", "Write,WriteAsync,WriteByte", new SinkRule(SinkKind.Network, "a network stream"))
             .Add(t, "System.Net.Security.SslStream", "Write,WriteAsync", new SinkRule(SinkKind.Network, "a network stream"))
             // Extension methods: AddArguments already skips the receiver, so every other argument is data.
             .Add(t, "Microsoft.AspNetCore.Http.HttpResponseWritingExtensions", "WriteAsync", new SinkRule(SinkKind.Response, "the HTTP response"))
             .Add(t, "Microsoft.AspNetCore.Http.HttpResponseJsonExtensions", "WriteAsJsonAsync", new SinkRule(SinkKind.Response, "the HTTP response"))
             .Add(t, "Microsoft.AspNetCore.Http.Results", "Ok,Json,Text,Content,Bytes,Created", new SinkRule(SinkKind.Response, "the HTTP response"))
             .Add(t, "Microsoft.AspNetCore.Http.TypedResults", "Ok,Json,Text,Content,Bytes,Created", new SinkRule(SinkKind.Response, "the HTTP response"))
             .Add(t, "Microsoft.AspNetCore.Mvc.ControllerBase", "Ok,Content,File,Created", new SinkRule(SinkKind.Response, "the HTTP response"))
             .Add(t, "Microsoft.AspNetCore.Mvc.Controller", "Json", new SinkRule(SinkKind.Response, "the HTTP response"))
             .Add(t, "Microsoft.AspNetCore.SignalR.ClientProxyExtensions", "SendAsync", new SinkRule(SinkKind.Network, "a SignalR message", SinkArguments.AfterFirst))
             .Add(t, "Microsoft.AspNetCore.SignalR.Client.HubConnectionExtensions", "SendAsync,InvokeAsync", new SinkRule(SinkKind.Network, "a SignalR message", SinkArguments.AfterFirst));

        // gRPC, where referenced: every call of a generated client (a subclass of ClientBase<T>; ClientBase<T>'s own
        // WithHost is not a call) sends its request; stream writers send each message; metadata entries travel as
        // headers. CallInvoker takes the request last.
        table.Add(t, "Grpc.Core.ClientBase`1", MemberTable<SinkRule>.AnyMethod, new SinkRule(SinkKind.Network, "a gRPC call"))
             .Add(t, "Grpc.Core.CallInvoker", "BlockingUnaryCall,AsyncUnaryCall,AsyncServerStreamingCall", new SinkRule(SinkKind.Network, "a gRPC call", SinkArguments.Value))
             .Add(t, "Grpc.Core.IAsyncStreamWriter`1", "WriteAsync", new SinkRule(SinkKind.Network, "a gRPC stream"))
             .Add(t, "Grpc.Core.Metadata", "Add", new SinkRule(SinkKind.Network, "a gRPC header", SinkArguments.AfterFirst))
             .Add(t, "Grpc.Core.Metadata+Entry", ".ctor", new SinkRule(SinkKind.Network, "a gRPC header", SinkArguments.AfterFirst));

        var file = new SinkRule(SinkKind.File, "a file");
        table.Add(t, "System.IO.File", "WriteAllText,WriteAllTextAsync,WriteAllBytes,WriteAllBytesAsync,WriteAllLines,WriteAllLinesAsync,AppendAllText,AppendAllTextAsync,AppendAllLines,AppendAllLinesAsync", new SinkRule(SinkKind.File, "a file", SinkArguments.AfterFirst))
             .Add(t, "System.IO.FileStream", "Write,WriteAsync,WriteByte", file)
             .Add(t, "System.IO.StreamWriter", "Write,WriteLine,WriteAsync,WriteLineAsync", file)
             .Add(t, "System.IO.BinaryWriter", "Write", file);
    }

    private static int? MelLevel(string method) => method switch
    {
        "LogTrace" => 0,
        "LogDebug" => 1,
        "LogInformation" => 2,
        "LogWarning" => 3,
        "LogError" => 4,
        "LogCritical" => 5,
        _ => null,
    };

    private static int? SerilogLevel(string method) => method switch
    {
        "Verbose" => 0,
        "Debug" => 1,
        "Information" => 2,
        "Warning" => 3,
        "Error" => 4,
        "Fatal" => 5,
        _ => null,
    };

    private static int? NLogLevel(string method) => method switch
    {
        "Trace" or "ConditionalTrace" => 0,
        "Debug" or "ConditionalDebug" => 1,
        "Info" => 2,
        "Warn" => 3,
        "Error" => 4,
        "Fatal" => 5,
        _ => null,
    };

    private static int? Log4NetLevel(string method) => method switch
    {
        "Debug" or "DebugFormat" => 1,
        "Info" or "InfoFormat" => 2,
        "Warn" or "WarnFormat" => 3,
        "Error" or "ErrorFormat" => 4,
        "Fatal" or "FatalFormat" => 5,
        _ => null,
    };
}
