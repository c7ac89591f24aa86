using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

/// <summary>The weak-cryptography rules that follow values: RR1008, RR1010, RR1011.</summary>
internal static partial class Rules
{
    private static readonly int[] CryptoFlowRecommendations = { 7, 8 };

    public static readonly DiagnosticDescriptor PredictableRandomness = RuleDescriptors.Create(
        "RR1008",
        "Predictable randomness in a security value",
        "{0} is predictable System.Random output and becomes {1}; use RandomNumberGenerator",
        RuleCategories.Crypto,
        "System.Random is seeded from a small state and its outputs can be reconstructed from a few observed values. A key, IV, nonce, salt, token, password or one-time code drawn from it can be guessed, so whoever guesses it can read the protected data or take over the account it guards.",
        CryptoFlowRecommendations);

    public static readonly DiagnosticDescriptor ConstantIv = RuleDescriptors.Create(
        "RR1010",
        "Constant or reused IV / nonce",
        "The {0} given to {1} is {2}; use a fresh random {0} for every message",
        RuleCategories.Crypto,
        "A CBC IV must be unpredictable and a GCM, CCM or ChaCha20-Poly1305 nonce must never repeat under one key. A constant or reused one lets an observer see which messages are equal or share a prefix and, for AEAD ciphers, recover the authentication key and forge messages.",
        CryptoFlowRecommendations);

    public static readonly DiagnosticDescriptor HardCodedKey = RuleDescriptors.Create(
        "RR1011",
        "Hard-coded cryptographic key",
        "The {0} given to {1} is hard-coded ({2}); load it from a key store or configuration secret",
        RuleCategories.Crypto,
        "A key written into the source ships in every copy of the binary and every clone of the repository. Anyone who has either can decrypt what it protects or forge what it signs, and the key cannot be rotated without a new release.",
        CryptoFlowRecommendations);
}
