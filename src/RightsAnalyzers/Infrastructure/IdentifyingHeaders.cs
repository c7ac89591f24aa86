using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// HTTP headers whose values identify a person or let someone act as them: credentials, session cookies and the
/// client addresses proxies forward. User-Agent and Referer are quasi-identifiers at most and are not listed (the
/// ASP.NET Core HTTP logging allow-list itself includes User-Agent).
/// </summary>
internal static class IdentifyingHeaders
{
    // Keys without dashes: see TryGet.
    private static readonly Dictionary<string, (string Category, string Description)> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Authorization"] = ("credential-header", "credentials"),
        ["ProxyAuthorization"] = ("credential-header", "credentials"),
        ["XApiKey"] = ("credential-header", "credentials"),
        ["Cookie"] = ("cookie", "session cookies"),
        ["SetCookie"] = ("cookie", "session cookies"),
        ["XForwardedFor"] = ("client-ip", "client IP addresses"),
        ["Forwarded"] = ("client-ip", "client IP addresses"),
        ["XRealIP"] = ("client-ip", "client IP addresses"),
        ["XClientIP"] = ("client-ip", "client IP addresses"),
        ["TrueClientIP"] = ("client-ip", "client IP addresses"),
        ["CFConnectingIP"] = ("client-ip", "client IP addresses"),
        ["XOriginalFor"] = ("client-ip", "client IP addresses"),
    };

    /// <summary>Dashes are ignored so that constant names such as <c>HeaderNames.XForwardedFor</c> match too.</summary>
    public static bool TryGet(string? header, out string category, out string description)
    {
        if (header is not null && Headers.TryGetValue(header.Trim().Replace("-", string.Empty), out var entry))
        {
            category = entry.Category;
            description = entry.Description;
            return true;
        }

        category = description = string.Empty;
        return false;
    }

    /// <summary>
    /// A header name given as a constant, or as a <c>HeaderNames</c> field (static readonly, not const, since
    /// ASP.NET Core 8, so its value is not a compile-time constant: the field's name stands in for it).
    /// </summary>
    public static string? NameOf(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string text })
        {
            return text;
        }

        return operation is IFieldReferenceOperation { Field: { IsStatic: true, ContainingType.Name: "HeaderNames" } field } ? field.Name : null;
    }
}
