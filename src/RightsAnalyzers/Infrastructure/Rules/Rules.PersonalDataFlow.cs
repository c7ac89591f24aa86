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
}
