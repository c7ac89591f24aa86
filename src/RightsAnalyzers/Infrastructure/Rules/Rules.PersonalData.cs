using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

internal static partial class Rules
{
    public static readonly DiagnosticDescriptor OverBroadRequestLogging = RuleDescriptors.Create(
        "RR3004",
        "Over-broad request logging configuration",
        "{0} turns on logging of {1}",
        RuleCategories.PersonalData,
        "HTTP and W3C request logging configured to record bodies, query strings, identifying headers, client IP addresses or user names, and EF Core sensitive-data logging outside development, copy everything people submit — names, health details, passwords, session cookies — into logs that are kept, shipped and read far from the purpose it was given for. Every request of every user is collected, without any code deciding to log it.",
        new[] { 2, 6 });
}
