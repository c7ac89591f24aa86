using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow.Tables;

/// <summary>What passing through a sanitizer does to a value's labels.</summary>
internal enum SanitizerEffect
{
    /// <summary>Redaction, DataProtection, configured sanitizers: nothing identifying is left.</summary>
    Clean,

    /// <summary>
    /// Hashing: personal data and identifiers become pseudonymous (still linkable: Info, never silence); key material
    /// becomes a key identifier (dropped); credentials are dropped.
    /// </summary>
    Hash,

    /// <summary>Encryption: the ciphertext carries nothing the rules track.</summary>
    Encrypt,
}

internal sealed class SanitizerRule
{
    public static readonly SanitizerRule Clean = new(SanitizerEffect.Clean);
    public static readonly SanitizerRule Hash = new(SanitizerEffect.Hash);
    public static readonly SanitizerRule Encrypt = new(SanitizerEffect.Encrypt);

    private SanitizerRule(SanitizerEffect effect) => Effect = effect;

    public SanitizerEffect Effect { get; }
}

/// <summary>The built-in sanitizers (DESIGN §3); <c>rights_analyzers.sanitizers</c> adds the app's own.</summary>
internal static class Sanitizers
{
    private const string Crypto = "System.Security.Cryptography.";

    public static MemberTable<SanitizerRule> Build(WellKnownTypes t)
        => new MemberTable<SanitizerRule>()
            .Add(t, "Microsoft.Extensions.Compliance.Redaction.Redactor", "Redact,TryRedact", SanitizerRule.Clean)
            .Add(t, "Microsoft.Extensions.Compliance.Redaction.RedactionStringBuilderExtensions", "AppendRedacted", SanitizerRule.Clean)
            .Add(t, "Microsoft.AspNetCore.DataProtection.IDataProtector", "Protect", SanitizerRule.Clean)
            .Add(t, "Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions", "Protect", SanitizerRule.Clean)
            .Add(t, "Microsoft.AspNetCore.DataProtection.ITimeLimitedDataProtector", "Protect", SanitizerRule.Clean)
            .Add(t, Crypto + "ProtectedData", "Protect", SanitizerRule.Clean)
            .Add(t, Crypto + "HashAlgorithm", "ComputeHash,TryComputeHash,ComputeHashAsync", SanitizerRule.Hash)
            .Add(t, Crypto + "SHA1", "HashData,HashDataAsync", SanitizerRule.Hash)
            .Add(t, Crypto + "SHA256", "HashData,HashDataAsync", SanitizerRule.Hash)
            .Add(t, Crypto + "SHA384", "HashData,HashDataAsync", SanitizerRule.Hash)
            .Add(t, Crypto + "SHA512", "HashData,HashDataAsync", SanitizerRule.Hash)
            .Add(t, Crypto + "MD5", "HashData,HashDataAsync", SanitizerRule.Hash)
            .Add(t, Crypto + "HMACSHA256", "HashData,HashDataAsync", SanitizerRule.Hash)
            .Add(t, Crypto + "HMACSHA384", "HashData,HashDataAsync", SanitizerRule.Hash)
            .Add(t, Crypto + "HMACSHA512", "HashData,HashDataAsync", SanitizerRule.Hash)
            .Add(t, Crypto + "HMACSHA1", "HashData,HashDataAsync", SanitizerRule.Hash)
            .Add(t, Crypto + "IncrementalHash", "GetHashAndReset,GetCurrentHash", SanitizerRule.Hash)
            .Add(t, Crypto + "CryptographicOperations", "HashData,HmacData", SanitizerRule.Hash)
            .Add(t, "System.IO.Hashing.NonCryptographicHashAlgorithm", "GetCurrentHash,GetHashAndReset,GetCurrentHashAsUInt32,GetCurrentHashAsUInt64", SanitizerRule.Hash)
            .Add(t, "System.IO.Hashing.Crc32", "Hash,HashToUInt32", SanitizerRule.Hash)
            .Add(t, "System.IO.Hashing.Crc64", "Hash,HashToUInt64", SanitizerRule.Hash)
            .Add(t, "System.IO.Hashing.XxHash32", "Hash,HashToUInt32", SanitizerRule.Hash)
            .Add(t, "System.IO.Hashing.XxHash64", "Hash,HashToUInt64", SanitizerRule.Hash)
            .Add(t, "System.IO.Hashing.XxHash3", "Hash,HashToUInt64", SanitizerRule.Hash)
            .Add(t, Crypto + "SymmetricAlgorithm", "EncryptCbc,EncryptEcb,EncryptCfb", SanitizerRule.Encrypt)
            .Add(t, Crypto + "ICryptoTransform", "TransformFinalBlock", SanitizerRule.Encrypt)
            .Add(t, Crypto + "RSA", "Encrypt", SanitizerRule.Encrypt)
            .Add(t, Crypto + "AsymmetricAlgorithm", "ExportEncryptedPkcs8PrivateKey,ExportEncryptedPkcs8PrivateKeyPem", SanitizerRule.Encrypt);
}
