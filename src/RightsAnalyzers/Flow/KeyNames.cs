using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow;

/// <summary>
/// Key material named as such: a byte buffer called <c>sessionKey</c> or <c>aesSecret</c> holds a key whatever
/// produced it (RandomNumberGenerator, a KDF, a network read). Public keys, key ids, sizes and hashes are not keys.
/// </summary>
internal static class KeyNames
{
    private static readonly HashSet<string> KeyWords = new(System.StringComparer.Ordinal) { "key", "secret", "keymaterial", "dek", "kek" };

    private static readonly HashSet<string> NotKeyWords = new(System.StringComparer.Ordinal)
    {
        "public", "id", "identifier", "name", "size", "length", "hash", "fingerprint", "thumbprint", "api", "pem", "der", "spki", "cert", "certificate", "encrypted", "wrapped", "protected", "blob",
    };

    public static bool IsKeyBuffer(string name, ITypeSymbol type)
    {
        if (!IsBytes(type))
        {
            return false;
        }

        var tokens = NameTokenizer.Tokenize(name);
        var key = false;
        foreach (var token in tokens)
        {
            if (NotKeyWords.Contains(token))
            {
                return false;
            }

            key |= KeyWords.Contains(token);
        }

        return key;
    }

    /// <summary>
    /// Parameters through which crypto APIs take a key: <c>new AesGcm(key)</c>, <c>new HMACSHA256(key)</c>,
    /// <c>CreateEncryptor(rgbKey, rgbIV)</c>, <c>SetKey(key)</c>, <c>HMACSHA256.HashData(key, …)</c>. Bytes passed there are
    /// a key whatever produced them (RandomNumberGenerator, a KDF, a network read).
    /// </summary>
    public static bool IsKeyParameter(IParameterSymbol parameter)
        => parameter.Name is "key" or "rgbKey" or "hmacKey" && IsBytes(parameter.Type) && IsCryptoApi(parameter.ContainingSymbol);

    /// <summary><c>aes.Key = bytes</c>, <c>hmac.Key = bytes</c>.</summary>
    public static bool IsKeyProperty(IPropertySymbol property)
        => property.Name == "Key" && IsBytes(property.Type) && IsCryptoApi(property);

    public static Label SecretKeyLabel(string name, Location location)
    {
        // A buffer called just "key" or "secret" may be a cache or dictionary key: weak evidence, reported as Info.
        var tokens = NameTokenizer.Tokenize(name);
        var bare = tokens.Length == 1 && tokens[0] is "key" or "secret";
        return new(LabelKind.SecretKey, "symmetric-key", "key material ('" + name + "')", EvidenceTier.Name, "'" + name + "'", location, lowConfidence: bare);
    }

    /// <summary>A buffer handed to a crypto API as its key; the label's source is that use.</summary>
    public static Label KeyUseLabel(string name, IOperation use)
        => new(LabelKind.SecretKey, "symmetric-key", "a key (it keys '" + Short(use.Syntax.ToString()) + "')", EvidenceTier.Api, "'" + name + "'", use.Syntax.GetLocation());

    public static Label EmbeddedKeyLabel(string display, Microsoft.CodeAnalysis.IOperation operation)
        => new(LabelKind.EmbeddedKey, "embedded-key", display, EvidenceTier.Api, "'" + Short(operation.Syntax.ToString()) + "'", operation.Syntax.GetLocation());

    private static bool IsCryptoApi(ISymbol member)
    {
        var ns = member.ContainingType?.ContainingNamespace?.ToDisplayString();
        return ns is not null && (ns.StartsWith("System.Security.Cryptography", System.StringComparison.Ordinal) || ns == "Microsoft.IdentityModel.Tokens");
    }

    private static string Short(string text) => text.Length > 60 ? text.Substring(0, 57) + "…" : text;

    private static bool IsBytes(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } => true,
        INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory", TypeArguments.Length: 1 } span => span.TypeArguments[0].SpecialType == SpecialType.System_Byte,
        _ => false,
    };
}
