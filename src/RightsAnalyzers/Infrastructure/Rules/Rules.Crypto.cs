using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

internal static partial class Rules
{
    private static readonly int[] CryptoRecommendations = { 7, 8 };

    public static readonly DiagnosticDescriptor WeakHash = RuleDescriptors.Create(
        "RR1001",
        "Broken or weak hash algorithm",
        "{0} uses {1}, a broken hash algorithm; use SHA-256 or stronger",
        RuleCategories.Crypto,
        "MD5, SHA-1, RIPEMD-160 and HMAC-MD5 are broken for security purposes: collisions can be computed, so signatures, integrity checks and password hashes built on them can be forged. People who rely on the software to keep their messages and identities safe are the ones exposed.",
        CryptoRecommendations);
}
