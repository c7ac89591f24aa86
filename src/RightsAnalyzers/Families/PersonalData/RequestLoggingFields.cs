using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Families.PersonalData;

/// <summary>One flag of HttpLoggingFields or W3CLoggingFields that records something identifying.</summary>
internal sealed class IdentifyingField
{
    public IdentifyingField(string name, string category, string description)
    {
        Name = name;
        Category = category;
        Description = description;
    }

    public string Name { get; }

    public string Category { get; }

    public string Description { get; }
}

/// <summary>
/// The identifying flags of the two request-logging enums, and the narrow replacements the code fix writes. Flags
/// not listed are deliberately not reported: request headers (HttpLogging logs only an allow-list of them and
/// redacts the rest), User-Agent, Host and Referer (W3C; browsers trim cross-site referrers to the origin).
/// </summary>
internal static class RequestLoggingFields
{
    public const string HttpLoggingFieldsName = "Microsoft.AspNetCore.HttpLogging.HttpLoggingFields";
    public const string W3CLoggingFieldsName = "Microsoft.AspNetCore.HttpLogging.W3CLoggingFields";

    public static readonly ImmutableArray<IdentifyingField> Http = ImmutableArray.Create(
        new IdentifyingField("RequestBody", "request-body", "request bodies"),
        new IdentifyingField("ResponseBody", "response-body", "response bodies"),
        new IdentifyingField("RequestQuery", "request-query", "query strings"));

    public static readonly ImmutableArray<IdentifyingField> W3C = ImmutableArray.Create(
        new IdentifyingField("ClientIpAddress", "client-ip", "client IP addresses"),
        new IdentifyingField("UserName", "user-name", "user names"),
        new IdentifyingField("Cookie", "cookie", "cookies"),
        new IdentifyingField("UriQuery", "request-query", "query strings"));

    /// <summary>What the fix narrows to: enough to see traffic, status and latency, nothing about who.</summary>
    public static readonly ImmutableArray<string> HttpSafe = ImmutableArray.Create("RequestPath", "ResponseStatusCode", "Duration");

    public static readonly ImmutableArray<string> W3CSafe = ImmutableArray.Create("Date", "Time", "Method", "UriStem", "ProtocolStatus", "TimeTaken");

    public static ImmutableArray<IdentifyingField> For(ITypeSymbol enumType)
        => enumType.Name == "W3CLoggingFields" ? W3C : Http;

    public static ImmutableArray<string> SafeFor(ITypeSymbol enumType)
        => enumType.Name == "W3CLoggingFields" ? W3CSafe : HttpSafe;

    /// <summary>The bit mask of all identifying flags the enum type defines (an old framework may lack some).</summary>
    public static long Mask(ITypeSymbol enumType)
    {
        long mask = 0;
        foreach (var field in For(enumType))
        {
            mask |= Value(enumType, field.Name) ?? 0;
        }

        return mask;
    }

    public static long? Value(ITypeSymbol enumType, string member)
    {
        foreach (var symbol in enumType.GetMembers(member))
        {
            if (symbol is IFieldSymbol { HasConstantValue: true } field)
            {
                return ToInt64(field.ConstantValue);
            }
        }

        return null;
    }

    public static long? ToInt64(object? value) => value switch
    {
        long l => l,
        int i => i,
        ulong u => unchecked((long)u),
        uint u => u,
        _ => null,
    };

    /// <summary>The identifying flags in <paramref name="value"/>, described for the message; null when there are none.</summary>
    public static (string Category, string Description)? Describe(ITypeSymbol enumType, long value)
    {
        string? category = null;
        var found = new List<string>(4);
        foreach (var field in For(enumType))
        {
            var bit = Value(enumType, field.Name);
            if (bit is { } b && b != 0 && (value & b) == b)
            {
                category ??= field.Category;
                found.Add(field.Description);
            }
        }

        if (category is null)
        {
            return null;
        }

        // "request bodies, response bodies and query strings"
        var description = new StringBuilder();
        for (var i = 0; i < found.Count; i++)
        {
            description.Append(i == 0 ? string.Empty : i == found.Count - 1 ? " and " : ", ").Append(found[i]);
        }

        return (category, description.ToString());
    }
}
