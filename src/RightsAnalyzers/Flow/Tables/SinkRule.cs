using System;

namespace RightsAnalyzers.Flow.Tables;

/// <summary>Where data goes when it leaves the method. Flags, so that a family can ask for several at once.</summary>
[Flags]
internal enum SinkKind
{
    None = 0,

    /// <summary>A logging framework, Debug/Trace, EventSource, the event log.</summary>
    Log = 1,

    /// <summary>The console.</summary>
    Console = 2,

    /// <summary>Traces, metrics, analytics and crash reports.</summary>
    Telemetry = 4,

    /// <summary>HTTP requests, sockets, configured network sinks.</summary>
    Network = 8,

    /// <summary>An HTTP response written by this service.</summary>
    Response = 16,

    /// <summary>Files on disk.</summary>
    File = 32,

    All = Log | Console | Telemetry | Network | Response | File,
}

/// <summary>Which arguments of a sink call carry data (the rest are loggers, levels, options, cancellation).</summary>
internal enum SinkArguments
{
    /// <summary>Every argument, except those of types that never carry data (ILogger, LogLevel, EventId, Exception, CancellationToken, …).</summary>
    All,

    /// <summary>Every argument after the first (the first is a key or name: <c>SetTag("user.email", value)</c> reports the value).</summary>
    AfterFirst,

    /// <summary>Only the last argument of the method's parameter list (<c>IDiagnosticContext.Set(name, value)</c> …).</summary>
    Value,
}

/// <summary>One sink API. Levels apply to logging methods whose name says the level.</summary>
internal sealed class SinkRule
{
    public SinkRule(SinkKind kind, string display, SinkArguments arguments = SinkArguments.All, Func<string, int?>? level = null, bool keyIsIdentifying = false)
    {
        Kind = kind;
        Display = display;
        Arguments = arguments;
        Level = level;
        KeyIsIdentifying = keyIsIdentifying;
    }

    public SinkKind Kind { get; }

    /// <summary>How messages name the sink family: "the log", "a trace", "an HTTP request".</summary>
    public string Display { get; }

    public SinkArguments Arguments { get; }

    /// <summary>Maps the method name to a level (0 trace … 5 critical), or null when the name does not say.</summary>
    public Func<string, int?>? Level { get; }

    /// <summary>The first argument is an attribute or tag key that RR4003 checks against identifying keys.</summary>
    public bool KeyIsIdentifying { get; }
}
