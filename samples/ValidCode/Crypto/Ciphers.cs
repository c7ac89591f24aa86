using System.Security.Cryptography;

namespace ValidCode.Crypto;

/// <summary>Authenticated encryption, ECB used only as a block primitive, and legacy decryption.</summary>
public static class Ciphers
{
    public static byte[] Seal(byte[] key, byte[] plaintext, out byte[] nonce, out byte[] tag)
    {
        using var gcm = new AesGcm(key, 16);
        nonce = RandomNumberGenerator.GetBytes(12);
        tag = new byte[16];
        var ciphertext = new byte[plaintext.Length];
        gcm.Encrypt(nonce, plaintext, ciphertext, tag);
        return ciphertext;
    }

    public static void RejectEcb(Aes aes)
    {
        if (aes.Mode == CipherMode.ECB)
        {
            throw new CryptographicException("ECB is not allowed");
        }
    }

    public static byte[] WrapKey(RSA recipient, byte[] key) => recipient.Encrypt(key, RSAEncryptionPadding.OaepSHA256);

    /// <summary>Reads keys a partner still wraps with PKCS#1 v1.5; their side is being migrated.</summary>
    public static byte[] UnwrapPartnerKey(RSA own, byte[] wrapped) => own.Decrypt(wrapped, RSAEncryptionPadding.Pkcs1);

    public static byte[] Sign(RSA key, byte[] data) => key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
}

/// <summary>AES-CTR built from single ECB block encryptions of a counter: ECB is the block primitive here.</summary>
public sealed class AesCtrKeystream : IDisposable
{
    private readonly Aes aes = Aes.Create();

    public AesCtrKeystream(byte[] key)
    {
        aes.Key = key;
        aes.Mode = CipherMode.ECB;
    }

    public byte[] NextBlock(byte[] counter) => aes.EncryptEcb(counter, PaddingMode.None);

    public void Dispose() => aes.Dispose();
}
