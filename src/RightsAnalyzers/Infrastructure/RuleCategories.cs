namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// Diagnostic categories. Users configure a whole family with
/// <c>dotnet_analyzer_diagnostic.category-Rights.Crypto.severity = error</c>.
/// </summary>
public static class RuleCategories
{
    public const string Configuration = "Rights.Configuration";
    public const string Crypto = "Rights.Crypto";
    public const string KeyEscrow = "Rights.KeyEscrow";
    public const string PersonalData = "Rights.PersonalData";
    public const string Telemetry = "Rights.Telemetry";
}
