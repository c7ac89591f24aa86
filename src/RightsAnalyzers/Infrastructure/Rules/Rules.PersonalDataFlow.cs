using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

internal static partial class Rules
{
    private const string FlowMessage = "{0} is {1} ({2}) and reaches {3} through {4}";

    public static readonly DiagnosticDescriptor PersonalDataInLog = RuleDescriptors.Create(
        "RR3001",
        "Personal data written to a log",
        FlowMessage,
        RuleCategories.PersonalData,
        "Logs are copied, shipped to vendors, kept for years and handed over on request. Personal data written to them outlives every privacy promise the application makes, and exposes the people it describes to breaches, subpoenas and vendor access.",
        new[] { 1, 2, 5 });

    public static readonly DiagnosticDescriptor PersonalDataInLogInfo = RuleDescriptors.InfoVariant(PersonalDataInLog, FlowMessage);

    public static readonly DiagnosticDescriptor CredentialInLog = RuleDescriptors.Create(
        "RR3002",
        "Credential or secret written to a log",
        FlowMessage,
        RuleCategories.PersonalData,
        "A password, token, API key, session cookie or connection string in a log gives everyone who can read the log the power to act as the user or the service. Logs are read by far more people and systems than the secret was meant for.",
        new[] { 1, 3, 7 });

    public static readonly DiagnosticDescriptor CredentialInLogInfo = RuleDescriptors.InfoVariant(CredentialInLog, FlowMessage);

    private const string WholeObjectMessage = "{0} ({1}) is logged whole ({2}); its members carry personal data: {3}; it reaches {4} through {5}";

    public static readonly DiagnosticDescriptor WholeObjectInLog = RuleDescriptors.Create(
        "RR3003",
        "Whole object holding personal data logged",
        WholeObjectMessage,
        RuleCategories.PersonalData,
        "Destructuring, serializing or printing a whole object writes every member to the log, including the email, the address and the reset token nobody meant to log, and every member added later. Log the identifiers and fields you need, not the object.",
        new[] { 1, 2 });

    public static readonly DiagnosticDescriptor WholeObjectInLogInfo = RuleDescriptors.InfoVariant(WholeObjectInLog, WholeObjectMessage);

    public static readonly DiagnosticDescriptor PersonalDataInException = RuleDescriptors.Create(
        "RR3005",
        "Personal data in an exception message",
        "{0} is {1} ({2}) and is built into the message of {3}",
        RuleCategories.PersonalData,
        "Exception messages are logged, sent to crash reporters, shown on error pages and returned by APIs. Personal data built into them travels wherever the exception does, outside any redaction the logging pipeline applies.",
        new[] { 1 },
        DiagnosticSeverity.Info);
}
