using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;

namespace ValidCode.KeyEscrow;

/// <summary>
/// Key handling that keeps private and session keys on the device: public keys and key ids leave, private keys only
/// encrypted under the user's passphrase, and content is encrypted to recipients looked up at run time.
/// </summary>
public sealed class KeyHandling(HttpClient http, ILogger<KeyHandling> logger)
{
    public async Task PublishPublicKeyAsync(RSA deviceKey)
    {
        await http.PostAsync("https://directory.example/keys", new StringContent(deviceKey.ExportSubjectPublicKeyInfoPem()));
        var keyId = Convert.ToHexString(SHA256.HashData(deviceKey.ExportSubjectPublicKeyInfo()));
        logger.LogInformation("Published key {KeyId}", keyId);
    }

    /// <summary>A user-controlled backup: encrypted under a passphrase the service never sees.</summary>
    public async Task BackupAsync(RSA deviceKey, string userPassphrase)
    {
        var pbe = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 600_000);
        var backup = deviceKey.ExportEncryptedPkcs8PrivateKeyPem(userPassphrase, pbe);
        await http.PostAsync("https://backup.example/", new StringContent(backup));
    }

    /// <summary>Recipients come from the store or the directory at run time, never from the binary.</summary>
    public async Task<byte[]> SealAsync(byte[] content, string thumbprint, Uri directoryEntry)
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        var colleague = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: true)[0];
        var specialist = X509CertificateLoader.LoadCertificate(await http.GetByteArrayAsync(directoryEntry));

        var envelope = new EnvelopedCms(new ContentInfo(content));
        var recipients = new CmsRecipientCollection(new CmsRecipient(colleague));
        recipients.Add(new CmsRecipient(specialist));
        envelope.Encrypt(recipients);
        return envelope.Encode();
    }

    /// <summary>The data key stays here; only ciphertext and a truncated key id leave.</summary>
    public async Task UploadEncryptedAsync(byte[] document, IDataProtector protector)
    {
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var ciphertext = new byte[document.Length];
        var tag = new byte[16];
        using (var gcm = new AesGcm(dataKey, 16))
        {
            gcm.Encrypt(nonce, document, ciphertext, tag);
        }

        logger.LogDebug("Encrypted with key {KeyId}", Convert.ToHexString(SHA256.HashData(dataKey))[..16]);
        await http.PostAsync("https://storage.example/", new ByteArrayContent([.. nonce, .. tag, .. ciphertext]));
        await File.WriteAllBytesAsync("data.key", protector.Protect(dataKey));
    }
}

/// <summary>Account recovery is the user getting back in, not a third party getting access.</summary>
public sealed class AccountRecovery(ILogger<AccountRecovery> logger)
{
    public void RecoverPassword(string email) => logger.LogInformation("Password reset requested");

    public void Start(string email) => RecoverPassword(email);
}
