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
    /// <summary>What a header carries; the configuration rules and the flow engine's API tier both read this one list.</summary>
    public enum Group
    {
        Credential,
        ApiKey,
        Cookie,
        ClientAddress,
    }

    // Keys without dashes: see TryGet.
    private static readonly Dictionary<string, Group> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Authorization"] = Group.Credential,
        ["ProxyAuthorization"] = Group.Credential,
        ["XApiKey"] = Group.ApiKey,
        ["ApiKey"] = Group.ApiKey,
        ["XAuthToken"] = Group.ApiKey,
        ["XAccessToken"] = Group.ApiKey,
        ["Cookie"] = Group.Cookie,
        ["SetCookie"] = Group.Cookie,
        ["XForwardedFor"] = Group.ClientAddress,
        ["Forwarded"] = Group.ClientAddress,
        ["XRealIP"] = Group.ClientAddress,
        ["XClientIP"] = Group.ClientAddress,
        ["XClusterClientIP"] = Group.ClientAddress,
        ["TrueClientIP"] = Group.ClientAddress,
        ["CFConnectingIP"] = Group.ClientAddress,
        ["XOriginalFor"] = Group.ClientAddress,
    };

    /// <summary>The group of an identifying header (dashes ignored), or null.</summary>
    public static Group? GroupOf(string? header)
        => header is not null && Headers.TryGetValue(header.Trim().Replace("-", string.Empty), out var group) ? group : null;

    /// <summary>Dashes are ignored so that constant names such as <c>HeaderNames.XForwardedFor</c> match too.</summary>
    public static bool TryGet(string? header, out string category, out string description)
    {
        (category, description) = GroupOf(header) switch
        {
            Group.Credential or Group.ApiKey => ("credential-header", "credentials"),
            Group.Cookie => ("cookie", "session cookies"),
            Group.ClientAddress => ("client-ip", "client IP addresses"),
            _ => (string.Empty, string.Empty),
        };
        return category.Length > 0;
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
