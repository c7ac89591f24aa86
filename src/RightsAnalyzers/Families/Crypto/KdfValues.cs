using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>What RR1009 knows about a salt argument.</summary>
internal enum SaltKind
{
    Unknown,

    /// <summary>Fresh bytes of a known length: <c>new byte[8]</c>, <c>RandomNumberGenerator.GetBytes(8)</c>.</summary>
    Sized,

    /// <summary>The same bytes every time: a literal array, <c>Encoding.UTF8.GetBytes("…")</c>, <c>"…"u8</c>.</summary>
    Constant,
}

/// <summary>Reads hash names, iteration minima and salts for RR1009.</summary>
internal static class KdfValues
{
    /// <summary>
    /// The PRF's name (MD5, SHA1, SHA256, SHA384, SHA512, SHA3_256, …) from a <c>HashAlgorithmName</c> property,
    /// <c>new HashAlgorithmName("…")</c>, ASP.NET Core's <c>KeyDerivationPrf.HMACSHA256</c>, or a local initialised so.
    /// </summary>
    public static string? HashName(IOperation value)
    {
        value = CryptoValues.Unwrap(value);
        if (value is ILocalReferenceOperation local && CryptoValues.SingleInitializer(local) is { } initializer)
        {
            value = CryptoValues.Unwrap(initializer);
        }

        return value switch
        {
            IPropertyReferenceOperation { Property: { IsStatic: true, ContainingType.Name: "HashAlgorithmName" } property } => property.Name,
            IObjectCreationOperation { Type.Name: "HashAlgorithmName", Arguments.Length: 1 } creation when CryptoValues.TryGetString(creation.Arguments[0].Value, out var name) => name.Replace("-", string.Empty).ToUpperInvariant(),
            IFieldReferenceOperation { Field: { ContainingType.Name: "KeyDerivationPrf" } field } when field.Name.StartsWith("HMAC", System.StringComparison.Ordinal) => field.Name.Substring(4),
            _ => null,
        };
    }

    /// <summary>
    /// The configured minimum iteration count for a PRF. SHA-384 shares SHA-512's compression function and speed,
    /// so it gets the SHA-512 figure; MD5 is faster than SHA-1, so it gets SHA-1's; SHA-3 follows the SHA-2 digest size.
    /// An unknown PRF gets the smallest minimum: a count below it is too low whatever the hash.
    /// </summary>
    public static int MinimumIterations(string? hash, RightsOptions options)
    {
        var sha1 = options.Get(OptionCatalog.MinIterationsSha1);
        var sha256 = options.Get(OptionCatalog.MinIterationsSha256);
        var sha512 = options.Get(OptionCatalog.MinIterationsSha512);
        return hash switch
        {
            "MD5" or "SHA1" => sha1,
            "SHA256" or "SHA3_256" => sha256,
            "SHA384" or "SHA512" or "SHA3_384" or "SHA3_512" => sha512,
            _ => System.Math.Min(sha1, System.Math.Min(sha256, sha512)),
        };
    }

    /// <summary>"HMAC-SHA256" for messages; "an unknown PRF" when the hash is not known.</summary>
    public static string Prf(string? hash) => hash is null ? "an unknown PRF" : "HMAC-" + hash.Replace("_", "-");

    /// <summary>Classifies a salt expression, following one local and one readonly member initialiser in the same file.</summary>
    public static SaltKind Salt(IOperation value, out int length)
    {
        length = 0;
        value = CryptoValues.Unwrap(value);
        if (value is ILocalReferenceOperation local && CryptoValues.SingleInitializer(local) is { } initializer)
        {
            value = CryptoValues.Unwrap(initializer);
        }
        else if (value is IFieldReferenceOperation or IPropertyReferenceOperation && CryptoValues.MemberInitializer(value) is { } memberInitializer)
        {
            value = CryptoValues.Unwrap(memberInitializer);
        }

        switch (value)
        {
            case IArrayCreationOperation { Initializer: { ElementValues.Length: > 0 } elements }:
                return AllConstant(elements) ? SaltKind.Constant : SaltKind.Unknown;
            case IArrayInitializerOperation elements when elements.ElementValues.Length > 0:
                return AllConstant(elements) ? SaltKind.Constant : SaltKind.Unknown;
            case IArrayCreationOperation { DimensionSizes.Length: 1 } creation when CryptoValues.TryGetInt32(creation.DimensionSizes[0], out length):
                return SaltKind.Sized;
            case IUtf8StringOperation:
                return SaltKind.Constant;
            case IInvocationOperation { TargetMethod: var method, Arguments.Length: 1 } call:
                var argument = call.Arguments[0].Value;
                if (method.Name == "GetBytes" && method.IsStatic && method.ContainingType.Name == "RandomNumberGenerator" &&
                    CryptoValues.TryGetInt32(argument, out length))
                {
                    return SaltKind.Sized;
                }

                // Encoding.UTF8.GetBytes("pepper"), Convert.FromBase64String("…"), Convert.FromHexString("…")
                if ((method.Name == "GetBytes" && DerivesFromEncoding(method.ContainingType)) ||
                    (method.Name is "FromBase64String" or "FromHexString" && method.ContainingType.SpecialType == SpecialType.None && method.ContainingType.Name == "Convert"))
                {
                    return CryptoValues.TryGetString(argument, out _) ? SaltKind.Constant : SaltKind.Unknown;
                }

                return SaltKind.Unknown;
            default:
                return SaltKind.Unknown;
        }
    }

    private static bool AllConstant(IArrayInitializerOperation initializer)
    {
        foreach (var element in initializer.ElementValues)
        {
            if (!element.ConstantValue.HasValue)
            {
                return false;
            }
        }

        return true;
    }

    private static bool DerivesFromEncoding(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Encoding" && current.ContainingNamespace?.ToDisplayString() == "System.Text")
            {
                return true;
            }
        }

        return false;
    }
}
