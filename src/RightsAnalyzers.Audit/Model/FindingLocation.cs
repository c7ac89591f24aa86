namespace RightsAnalyzers.Audit.Model;

/// <summary>A place in a source file, 1-based lines and columns (columns in UTF-16 code units, as SARIF expects).</summary>
/// <param name="FilePath">Absolute path of the file.</param>
/// <param name="DisplayPath">The path relative to the audited root with '/' separators, or the absolute path when outside it.</param>
public sealed record FindingLocation(string FilePath, string DisplayPath, int Line, int Column, int EndLine, int EndColumn)
{
    public override string ToString() => DisplayPath + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) +
        ":" + Column.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
