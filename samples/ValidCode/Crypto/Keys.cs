using System.Security.Cryptography;

namespace ValidCode.Crypto;

/// <summary>Strong keys, and keys whose size comes from what is imported.</summary>
public static class Keys
{
    public static RSA CreateSigningKey() => RSA.Create(3072);

    public static ECDsa CreateDeviceKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static RSA LoadFromXml(string xml)
    {
        var rsa = new RSACryptoServiceProvider();
        rsa.FromXmlString(xml);
        return rsa;
    }

    public static RSA LoadConfigured(int configuredBits) => RSA.Create(configuredBits);

    public static bool IsWeak(RSA key) => key.KeySize < 2048;

    public static bool IsLegacyCurve(ECCurve curve) => curve.Oid.FriendlyName == ECCurve.NamedCurves.brainpoolP160r1.Oid.FriendlyName;
}
