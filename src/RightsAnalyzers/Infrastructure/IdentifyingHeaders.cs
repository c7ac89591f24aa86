using System;
using System.Collections.Generic;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// HTTP headers whose values identify a person or let someone act as them: credentials, session cookies and the
/// client addresses proxies forward. User-Agent and Referer are quasi-identifiers at most and are not listed (the
/// ASP.NET Core HTTP logging allow-list itself includes User-Agent).
/// </summary>
internal static class IdentifyingHeaders
{
    private static readonly Dictionary<string, (string Category, string Description)> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Authorization"] = ("credential-header", "credentials"),
        ["Proxy-Authorization"] = ("credential-header", "credentials"),
        ["X-Api-Key"] = ("credential-header", "credentials"),
        ["Cookie"] = ("cookie", "session cookies"),
        ["Set-Cookie"] = ("cookie", "session cookies"),
        ["X-Forwarded-For"] = ("client-ip", "client IP addresses"),
        ["Forwarded"] = ("client-ip", "client IP addresses"),
        ["X-Real-IP"] = ("client-ip", "client IP addresses"),
        ["X-Client-IP"] = ("client-ip", "client IP addresses"),
        ["True-Client-IP"] = ("client-ip", "client IP addresses"),
        ["CF-Connecting-IP"] = ("client-ip", "client IP addresses"),
        ["X-Original-For"] = ("client-ip", "client IP addresses"),
    };

    public static bool TryGet(string? header, out string category, out string description)
    {
        if (header is not null && Headers.TryGetValue(header.Trim(), out var entry))
        {
            category = entry.Category;
            description = entry.Description;
            return true;
        }

        category = description = string.Empty;
        return false;
    }
}
