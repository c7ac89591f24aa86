using System.Security.Cryptography;
using System.Text;

namespace ValidCode.Crypto;

/// <summary>Digests that need no collision resistance, and HMAC-SHA1 where protocols require it.</summary>
public static class Hashing
{
    public static string ComputeETag(byte[] body) => Convert.ToHexString(MD5.HashData(body));

    public static string CacheKeyFor(string url)
    {
        var cacheKey = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(url)));
        return cacheKey;
    }

    /// <summary>RFC 6455: the accept key is SHA-1 by specification.</summary>
    public static string WebSocketAccept(string clientKey)
    {
        const string Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
        return Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(clientKey + Guid)));
    }

    /// <summary>RFC 6238 TOTP is defined over HMAC-SHA1, which NIST still accepts.</summary>
    public static byte[] Totp(byte[] secret, long counter)
    {
        using var hmac = new HMACSHA1(secret);
        return hmac.ComputeHash(BitConverter.GetBytes(counter));
    }

    public static byte[] Sign(RSA key, byte[] document) => key.SignData(document, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
}
