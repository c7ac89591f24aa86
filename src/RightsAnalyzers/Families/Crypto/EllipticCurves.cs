using System;
using System.Collections.Generic;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// Key sizes of named elliptic curves, by friendly name and by OID (SEC 2, ANSI X9.62, RFC 5639). Only names whose
/// size is known are listed; an unknown name is never reported.
/// </summary>
internal static class EllipticCurves
{
    private static readonly Dictionary<string, int> Sizes = Build();

    /// <summary>The curve's size in bits, or 0 when the name or OID is not known.</summary>
    public static int SizeOf(string nameOrOid) => Sizes.TryGetValue(nameOrOid.Trim(), out var size) ? size : 0;

    /// <summary><c>ECCurve.NamedCurves.brainpoolP160r1</c> → 160, <c>nistP256</c> → 256: the digits after the 'P'.</summary>
    public static int SizeOfNamedCurvesMember(string member)
    {
        var p = member.LastIndexOf('P');
        var size = 0;
        for (var i = p + 1; p >= 0 && i < member.Length && char.IsDigit(member[i]); i++)
        {
            size = (size * 10) + (member[i] - '0');
        }

        return size;
    }

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Add(int size, params string[] names)
        {
            foreach (var name in names)
            {
                map[name] = size;
            }
        }

        Add(112, "secp112r1", "1.3.132.0.6", "secp112r2", "1.3.132.0.7");
        Add(113, "sect113r1", "1.3.132.0.4", "sect113r2", "1.3.132.0.5");
        Add(128, "secp128r1", "1.3.132.0.28", "secp128r2", "1.3.132.0.29");
        Add(131, "sect131r1", "1.3.132.0.22", "sect131r2", "1.3.132.0.23");
        Add(160, "secp160k1", "1.3.132.0.9", "secp160r1", "1.3.132.0.8", "secp160r2", "1.3.132.0.30",
            "brainpoolP160r1", "1.3.36.3.3.2.8.1.1.1", "brainpoolP160t1", "1.3.36.3.3.2.8.1.1.2");
        Add(163, "sect163k1", "1.3.132.0.1", "sect163r1", "1.3.132.0.2", "sect163r2", "1.3.132.0.15");
        Add(192, "secp192k1", "1.3.132.0.31", "secp192r1", "prime192v1", "nistP192", "P-192", "1.2.840.10045.3.1.1",
            "prime192v2", "1.2.840.10045.3.1.2", "prime192v3", "1.2.840.10045.3.1.3",
            "brainpoolP192r1", "1.3.36.3.3.2.8.1.1.3", "brainpoolP192t1", "1.3.36.3.3.2.8.1.1.4");
        Add(193, "sect193r1", "1.3.132.0.24", "sect193r2", "1.3.132.0.25");
        Add(224, "secp224k1", "1.3.132.0.32", "secp224r1", "nistP224", "P-224", "1.3.132.0.33",
            "brainpoolP224r1", "1.3.36.3.3.2.8.1.1.5", "brainpoolP224t1", "1.3.36.3.3.2.8.1.1.6");
        Add(233, "sect233k1", "1.3.132.0.26", "sect233r1", "1.3.132.0.27");
        Add(239, "prime239v1", "1.2.840.10045.3.1.4", "prime239v2", "1.2.840.10045.3.1.5", "prime239v3", "1.2.840.10045.3.1.6",
            "sect239k1", "1.3.132.0.3");
        Add(256, "secp256k1", "1.3.132.0.10", "secp256r1", "prime256v1", "nistP256", "P-256", "ECDSA_P256", "ECDH_P256", "1.2.840.10045.3.1.7",
            "brainpoolP256r1", "1.3.36.3.3.2.8.1.1.7", "brainpoolP256t1", "1.3.36.3.3.2.8.1.1.8");
        Add(283, "sect283k1", "1.3.132.0.16", "sect283r1", "1.3.132.0.17");
        Add(320, "brainpoolP320r1", "1.3.36.3.3.2.8.1.1.9", "brainpoolP320t1", "1.3.36.3.3.2.8.1.1.10");
        Add(384, "secp384r1", "nistP384", "P-384", "ECDSA_P384", "ECDH_P384", "1.3.132.0.34",
            "brainpoolP384r1", "1.3.36.3.3.2.8.1.1.11", "brainpoolP384t1", "1.3.36.3.3.2.8.1.1.12");
        Add(409, "sect409k1", "1.3.132.0.36", "sect409r1", "1.3.132.0.37");
        Add(512, "brainpoolP512r1", "1.3.36.3.3.2.8.1.1.13", "brainpoolP512t1", "1.3.36.3.3.2.8.1.1.14");
        Add(521, "secp521r1", "nistP521", "P-521", "ECDSA_P521", "ECDH_P521", "1.3.132.0.35");
        Add(571, "sect571k1", "1.3.132.0.38", "sect571r1", "1.3.132.0.39");
        return map;
    }
}
