using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>One broken hash family: its base type, the names CryptoConfig knows it by, and the fix's replacement.</summary>
internal sealed class WeakHashAlgorithm
{
    public WeakHashAlgorithm(string metadataName, string displayName, string category, string replacementMetadataName, string replacementName, params string[] configNames)
    {
        MetadataName = metadataName;
        DisplayName = displayName;
        Category = category;
        ReplacementMetadataName = replacementMetadataName;
        ReplacementName = replacementName;
        ConfigNames = ImmutableArray.Create(configNames);
    }

    public string MetadataName { get; }

    /// <summary>The name people know it by, for messages: "MD5", "SHA-1".</summary>
    public string DisplayName { get; }

    /// <summary>The value of the diagnostic's <c>category</c> property.</summary>
    public string Category { get; }

    public string ReplacementMetadataName { get; }

    /// <summary>The <c>HashAlgorithmName</c> member or CryptoConfig name the fix writes.</summary>
    public string ReplacementName { get; }

    public ImmutableArray<string> ConfigNames { get; }
}

/// <summary>The broken hashes of RR1001. HMAC-SHA1 is deliberately absent: NIST SP 800-131A Rev 2 still accepts it.</summary>
internal static class WeakHashAlgorithms
{
    public const string Namespace = "System.Security.Cryptography.";

    public static readonly WeakHashAlgorithm Md5 = new(Namespace + "MD5", "MD5", "md5", Namespace + "SHA256", "SHA256",
        "MD5", Namespace + "MD5", Namespace + "MD5CryptoServiceProvider", Namespace + "MD5Cng", "http://www.w3.org/2001/04/xmldsig-more#md5");

    public static readonly WeakHashAlgorithm Sha1 = new(Namespace + "SHA1", "SHA-1", "sha1", Namespace + "SHA256", "SHA256",
        "SHA", "SHA1", "SHA-1", Namespace + "SHA1", Namespace + "SHA1CryptoServiceProvider", Namespace + "SHA1Managed", Namespace + "SHA1Cng", "http://www.w3.org/2000/09/xmldsig#sha1");

    public static readonly WeakHashAlgorithm Ripemd160 = new(Namespace + "RIPEMD160", "RIPEMD-160", "ripemd160", Namespace + "SHA256", "SHA256",
        "RIPEMD160", "RIPEMD-160", Namespace + "RIPEMD160", Namespace + "RIPEMD160Managed", "http://www.w3.org/2001/04/xmlenc#ripemd160");

    public static readonly WeakHashAlgorithm HmacMd5 = new(Namespace + "HMACMD5", "HMAC-MD5", "hmacmd5", Namespace + "HMACSHA256", "HMACSHA256",
        "HMACMD5", Namespace + "HMACMD5", "http://www.w3.org/2001/04/xmldsig-more#hmac-md5");

    public static ImmutableArray<WeakHashAlgorithm> All { get; } = ImmutableArray.Create(Md5, Sha1, Ripemd160, HmacMd5);

    private static readonly Dictionary<string, WeakHashAlgorithm> ByConfigName = BuildConfigNames();

    /// <summary>The algorithm a CryptoConfig-style name denotes ("MD5", "SHA1", "System.Security.Cryptography.SHA1Managed").</summary>
    public static WeakHashAlgorithm? FromConfigName(string name)
        => ByConfigName.TryGetValue(name.Trim(), out var algorithm) ? algorithm : null;

    private static Dictionary<string, WeakHashAlgorithm> BuildConfigNames()
    {
        var map = new Dictionary<string, WeakHashAlgorithm>(StringComparer.OrdinalIgnoreCase);
        foreach (var algorithm in All)
        {
            foreach (var name in algorithm.ConfigNames)
            {
                map[name] = algorithm;
            }
        }

        return map;
    }
}
