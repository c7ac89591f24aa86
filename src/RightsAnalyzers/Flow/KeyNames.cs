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

    public static Label SecretKeyLabel(string name, Location location)
        => new(LabelKind.SecretKey, "symmetric-key", "key material ('" + name + "')", EvidenceTier.Name, "'" + name + "'", location);

    public static Label EmbeddedKeyLabel(string display, Microsoft.CodeAnalysis.IOperation operation)
        => new(LabelKind.EmbeddedKey, "embedded-key", display, EvidenceTier.Api, "'" + Short(operation.Syntax.ToString()) + "'", operation.Syntax.GetLocation());

    private static string Short(string text) => text.Length > 60 ? text.Substring(0, 57) + "…" : text;

    private static bool IsBytes(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } => true,
        INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory", TypeArguments.Length: 1 } span => span.TypeArguments[0].SpecialType == SpecialType.System_Byte,
        _ => false,
    };
}
