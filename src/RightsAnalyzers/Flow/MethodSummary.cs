using System.Collections.Immutable;
using RightsAnalyzers.Flow.Tables;

namespace RightsAnalyzers.Flow;

/// <summary>A parameter of a summarised method that reaches a sink inside it (a logging helper, a telemetry wrapper).</summary>
internal sealed class ParameterSink
{
    public ParameterSink(int ordinal, SinkKind kind, string display, int? level)
    {
        Ordinal = ordinal;
        Kind = kind;
        Display = display;
        Level = level;
    }

    public int Ordinal { get; }

    public SinkKind Kind { get; }

    /// <summary>The sink inside the helper, e.g. "LogInformation".</summary>
    public string Display { get; }

    public int? Level { get; }
}

/// <summary>
/// What a method of the same compilation does with its parameters: which flow to its return value (and what it
/// returns of its own: a helper that returns <c>Environment.MachineName</c>), and which reach sinks.
/// </summary>
internal sealed class MethodSummary
{
    public static readonly MethodSummary Unknown = new(LabelSet.Empty, ImmutableArray<ParameterSink>.Empty, isUnknown: true);

    public MethodSummary(LabelSet returns, ImmutableArray<ParameterSink> parameterSinks, bool isUnknown = false)
    {
        Returns = returns;
        ParameterSinks = parameterSinks;
        IsUnknown = isUnknown;
    }

    /// <summary>
    /// Labels of the returned values: <see cref="LabelKind.Parameter"/> labels stand for the caller's arguments.
    /// <see cref="LabelSet.IsConstant"/> means "constant when the parameters it depends on are".
    /// </summary>
    public LabelSet Returns { get; }

    public ImmutableArray<ParameterSink> ParameterSinks { get; }

    /// <summary>No summary could be made (no body, depth bound, recursion): callers fall back to default propagation.</summary>
    public bool IsUnknown { get; }
}
