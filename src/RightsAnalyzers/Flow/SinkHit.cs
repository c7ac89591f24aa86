using Microsoft.CodeAnalysis;
using RightsAnalyzers.Flow.Tables;

namespace RightsAnalyzers.Flow;

/// <summary>
/// A sink's name as messages show it, "Owner.Member" or a single name, joined only when read: most hits are found by
/// several rules and judged harmless, and joining the name for each of them was a string per hit (docs/performance.md).
/// </summary>
internal readonly struct SinkName
{
    private readonly string first;
    private readonly string? member;
    private readonly string separator;

    public SinkName(string first, string? member = null, string separator = ".")
    {
        this.first = first;
        this.member = member;
        this.separator = separator;
    }

    public override string ToString() => member is null ? first : first + separator + member;
}

/// <summary>One value reaching one sink at one call site.</summary>
internal sealed class SinkHit
{
    private readonly SinkName name;
    private string? display;

    public SinkHit(SinkKind kind, string display, IOperation value, int? level, string? via, IOperation? key, LabelKind? covered = null)
        : this(kind, new SinkName(display), value, level, via, key, covered)
    {
    }

    public SinkHit(SinkKind kind, SinkName name, IOperation value, int? level, string? via, IOperation? key, LabelKind? covered = null)
    {
        Covered = covered;
        Kind = kind;
        this.name = name;
        Value = value;
        Level = level;
        Via = via;
        Key = key;
    }

    public SinkKind Kind { get; }

    /// <summary>The sink as messages name it: "LogInformation", "Activity.SetTag", "TrackEvent".</summary>
    public string Display => display ??= name.ToString();

    /// <summary>The argument or assigned value that reaches the sink; the diagnostic's primary location.</summary>
    public IOperation Value { get; }

    /// <summary>Log level 0 (trace) … 5 (critical), when the call says it.</summary>
    public int? Level { get; }

    /// <summary>The helper method the value passes through on its way to the sink, if any.</summary>
    public string? Via { get; }

    /// <summary>For tag and attribute sinks: the key argument (<c>"user.email"</c>).</summary>
    public IOperation? Key { get; }

    /// <summary>
    /// For a value reaching a sink inside a helper: the kind of data the helper's own parameter is already known to be
    /// (<c>void Audit(string patientEmail)</c>). The sink inside the helper reports that kind; the call site does not
    /// report it again.
    /// </summary>
    public LabelKind? Covered { get; }

    public string Describe() => Via is null ? Display : Display + " (via " + Via + ")";
}
