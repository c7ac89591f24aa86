using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Audit.Analysis;

/// <summary>Readable names of the rule families (DESIGN §1), keyed by descriptor category.</summary>
internal static class Families
{
    public static string Name(string category) => category switch
    {
        RuleCategories.Configuration => "Configuration",
        RuleCategories.Crypto => "Weak cryptography",
        RuleCategories.KeyEscrow => "Key escrow and exceptional access",
        RuleCategories.PersonalData => "Personal data in logs",
        RuleCategories.Telemetry => "Deanonymizing telemetry",
        // A family added later still gets a heading: its category.
        _ => category,
    };
}
