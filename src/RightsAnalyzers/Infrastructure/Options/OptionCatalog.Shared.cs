using System.Collections.Immutable;

namespace RightsAnalyzers.Infrastructure.Options;

internal static partial class OptionCatalog
{
    private static readonly string[] FlowRules =
    {
        "RR2001", "RR2002", "RR2004", "RR3001", "RR3002", "RR3003", "RR3005", "RR4001", "RR4002", "RR4003", "RR4005",
    };

    private static readonly string[] PersonalDataRules = { "RR2004", "RR3001", "RR3003", "RR3005", "RR4003" };

    public static readonly Option<ImmutableArray<string>> PiiAttributes = new(
        PackagePrefix + "pii_attributes", ImmutableArray<string>.Empty, "(none)",
        "Attribute type names (simple or fully qualified) that mark a member, parameter or type as personal data, added to the built-in list.",
        OptionParsers.TokenList, PersonalDataRules);

    public static readonly Option<ImmutableArray<string>> NonPiiAttributes = new(
        PackagePrefix + "non_pii_attributes", ImmutableArray<string>.Empty, "(none)",
        "Attribute type names that mark a member as not personal data, added to the built-in list ([NoDataClassification]).",
        OptionParsers.TokenList, PersonalDataRules);

    public static readonly Option<ImmutableArray<string>> PiiNames = new(
        PackagePrefix + "pii_names", ImmutableArray<string>.Empty, "(none)",
        "Name tokens added to the name tier of the personal-data evidence model, e.g. 'nhsnumber, loyaltyid'.",
        OptionParsers.TokenList, PersonalDataRules);

    public static readonly Option<ImmutableArray<string>> PiiNamesExcluded = new(
        PackagePrefix + "pii_names_excluded", ImmutableArray<string>.Empty, "(none)",
        "Name tokens removed from the name tier, for words that mean something else in your domain.",
        OptionParsers.TokenList, PersonalDataRules);

    public static readonly Option<ImmutableArray<string>> Sanitizers = new(
        PackagePrefix + "sanitizers", ImmutableArray<string>.Empty, "(none)",
        "Documentation-comment IDs of the app's own redaction or anonymisation methods; values passing through them are clean.",
        OptionParsers.DocumentationIdList, FlowRules);

    public static readonly Option<ImmutableArray<string>> LogSinks = new(
        PackagePrefix + "log_sinks", ImmutableArray<string>.Empty, "(none)",
        "Documentation-comment IDs of the app's own logging wrappers; every argument reaches a log.",
        OptionParsers.DocumentationIdList, "RR2001", "RR2002", "RR3001", "RR3002", "RR3003");

    public static readonly Option<ImmutableArray<string>> TelemetrySinks = new(
        PackagePrefix + "telemetry_sinks", ImmutableArray<string>.Empty, "(none)",
        "Documentation-comment IDs of telemetry clients the package does not model (Segment, Mixpanel, in-house usage reporters).",
        OptionParsers.DocumentationIdList, "RR2001", "RR2002", "RR4001", "RR4002", "RR4003", "RR4005");

    public static readonly Option<ImmutableArray<string>> NetworkSinks = new(
        PackagePrefix + "network_sinks", ImmutableArray<string>.Empty, "(none)",
        "Documentation-comment IDs of methods that send their arguments off the machine.",
        OptionParsers.DocumentationIdList, "RR2001", "RR2002", "RR4001", "RR4005");
}
