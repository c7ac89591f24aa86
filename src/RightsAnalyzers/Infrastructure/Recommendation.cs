namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// One of the Freedom Online Coalition's thirteen recommendations for human-rights-based approaches to
/// cybersecurity (seeds/ in the repository). Descriptors, docs and the audit report all refer to these.
/// </summary>
public sealed class Recommendation
{
    internal Recommendation(int number, string shortTitle, string summary, bool hasCodeRule)
    {
        Number = number;
        ShortTitle = shortTitle;
        Summary = summary;
        HasCodeRule = hasCodeRule;
    }

    /// <summary>The recommendation's number in the source document (1–13).</summary>
    public int Number { get; }

    /// <summary>A few words naming the recommendation, used in diagnostic messages.</summary>
    public string ShortTitle { get; }

    /// <summary>One sentence summarising the recommendation.</summary>
    public string Summary { get; }

    /// <summary>Whether any rule in the package serves this recommendation directly.</summary>
    public bool HasCodeRule { get; }

    /// <summary>The custom tag descriptors carry for this recommendation, e.g. <c>Rec8</c>.</summary>
    public string Tag => "Rec" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => "Recommendation " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + ShortTitle;
}
