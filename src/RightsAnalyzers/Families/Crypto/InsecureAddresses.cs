using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>An <c>http://</c> or <c>ftp://</c> address to a non-loopback host, and the operation that spells it.</summary>
internal readonly struct InsecureAddress
{
    public InsecureAddress(IOperation text, string scheme, string shown)
    {
        Text = text;
        Scheme = scheme;
        Shown = shown;
    }

    /// <summary>The string expression (literal, interpolation, constant reference) the finding points at.</summary>
    public IOperation Text { get; }

    /// <summary><c>http</c> or <c>ftp</c>.</summary>
    public string Scheme { get; }

    /// <summary>The address as far as it is known, for the message.</summary>
    public string Shown { get; }
}

/// <summary>Reads request addresses for RR1007: constants, <c>new Uri(…)</c> around them, and constant prefixes.</summary>
internal static class InsecureAddresses
{
    /// <summary>The insecure address <paramref name="value"/> denotes, or null when it is secure, loopback or unknown.</summary>
    public static InsecureAddress? Find(IOperation value, INamedTypeSymbol? uriType)
    {
        value = CryptoValues.Unwrap(value);

        // One hop through a local: `var endpoint = new Uri("http://…"); client.GetAsync(endpoint)`.
        if (value is ILocalReferenceOperation local && local.Type?.SpecialType != SpecialType.System_String &&
            CryptoValues.SingleInitializer(local) is { } initializer)
        {
            value = CryptoValues.Unwrap(initializer);
        }

        if (value is IObjectCreationOperation { Arguments.Length: >= 1 } creation &&
            SymbolEqualityComparer.Default.Equals(creation.Type, uriType) &&
            creation.Arguments[0].Parameter?.Type.SpecialType == SpecialType.System_String)
        {
            value = CryptoValues.Unwrap(creation.Arguments[0].Value);
        }

        if (value.Type?.SpecialType != SpecialType.System_String || Prefix(value, out var complete) is not { } prefix)
        {
            return null;
        }

        var scheme = prefix.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "http"
            : prefix.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? "ftp"
            : null;
        if (scheme is null || Host(prefix.Substring(scheme.Length + 3), complete) is not { } host || IsLoopback(host))
        {
            return null;
        }

        return new InsecureAddress(value, scheme, complete ? prefix : prefix + "…");
    }

    /// <summary>The constant text, or the constant prefix of an interpolation or concatenation.</summary>
    private static string? Prefix(IOperation value, out bool complete)
    {
        complete = false;
        if (CryptoValues.TryGetString(value, out var text))
        {
            complete = true;
            return text;
        }

        switch (value)
        {
            case IInterpolatedStringOperation interpolated when interpolated.Parts.Length > 0 &&
                                                                interpolated.Parts[0] is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string first } }:
                return first;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                return Prefix(CryptoValues.Unwrap(concatenation.LeftOperand), out _);
            default:
                return null;
        }
    }

    /// <summary>
    /// The host of the text after the scheme, or null when it is not fully known (an interpolation may continue it:
    /// <c>$"http://{host}"</c>, <c>$"http://local{suffix}"</c>).
    /// </summary>
    private static string? Host(string rest, bool complete)
    {
        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = end < 0 ? rest : rest.Substring(0, end);
        if (end < 0 && !complete)
        {
            return null;
        }

        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority.Substring(at + 1);
        }

        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            return close < 0 ? null : authority.Substring(0, close + 1);
        }

        var colon = authority.IndexOf(':');
        var host = colon < 0 ? authority : authority.Substring(0, colon);
        return host.Length == 0 ? null : host;
    }

    /// <summary>Loopback traffic never leaves the machine: localhost, *.localhost (RFC 6761), 127.0.0.0/8, ::1.</summary>
    private static bool IsLoopback(string host)
        => host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
           host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) ||
           host.StartsWith("127.", StringComparison.Ordinal) ||
           host == "[::1]" || host == "0.0.0.0";
}
