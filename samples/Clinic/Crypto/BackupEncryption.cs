using System.Security.Cryptography;

namespace Clinic.Crypto;

/// <summary>Encrypts nightly backups of the appointment database and wraps their keys for the offsite store.</summary>
public sealed class BackupEncryption
{
    // RR1002: Triple DES protects every patient's appointment history in the backup.
    public byte[] EncryptBackup(byte[] backup, byte[] key)
    {
        using var cipher = TripleDES.Create();
        cipher.Key = key;
        // RR1003: ECB reveals which records in the backup are identical.
        cipher.Mode = CipherMode.ECB;
        using var encryptor = cipher.CreateEncryptor();
        return encryptor.TransformFinalBlock(backup, 0, backup.Length);
    }

    // RR1003: PKCS#1 v1.5 key wrapping is open to padding-oracle attacks.
    public byte[] WrapKey(RSA offsiteKey, byte[] backupKey) => offsiteKey.Encrypt(backupKey, RSAEncryptionPadding.Pkcs1);

    // Quiet: unwrapping old backups must use the padding they were written with.
    public byte[] UnwrapLegacyKey(RSA offsiteKey, byte[] wrapped) => offsiteKey.Decrypt(wrapped, RSAEncryptionPadding.Pkcs1);
}
