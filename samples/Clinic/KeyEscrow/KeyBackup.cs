using System.Net.Sockets;
using System.Security.Cryptography;

namespace Clinic.KeyEscrow;

/// <summary>
/// "Never lose a key": uploads each clinician's device key and each record key to the vendor's recovery service, so
/// the vendor (and anyone who breaches or compels it) can read every record encrypted on every device.
/// </summary>
public sealed class KeyBackup(HttpClient http, ILogger<KeyBackup> logger)
{
    public async Task BackupDeviceKeyAsync(RSA deviceKey)
    {
        var pem = deviceKey.ExportPkcs8PrivateKeyPem();
        await http.PostAsync("https://recovery.vendor.example/device-keys", new StringContent(pem)); // RR2001
    }

    public async Task<byte[]> EncryptRecordAsync(byte[] record)
    {
        var recordKey = RandomNumberGenerator.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var ciphertext = new byte[record.Length];
        var tag = new byte[16];
        using (var gcm = new AesGcm(recordKey, 16))
        {
            gcm.Encrypt(nonce, record, ciphertext, tag);
        }

        logger.LogDebug("Record key {Key}", Convert.ToBase64String(recordKey)); // RR2002
        await http.PostAsync("https://recovery.vendor.example/record-keys", new ByteArrayContent(recordKey)); // RR2002
        return [.. nonce, .. tag, .. ciphertext];
    }

    /// <summary>"Pairing" a new tablet: the device key is copied to it over a raw TCP connection, in the clear.</summary>
    public async Task PairTabletAsync(RSA deviceKey, string tabletHost)
    {
        var buffer = new byte[4096];
        if (!deviceKey.TryExportPkcs8PrivateKey(buffer, out var written))
        {
            return;
        }

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(tabletHost, 7443);
        var stream = tcp.GetStream();
        await stream.WriteAsync(buffer.AsMemory(0, written)); // RR2001
    }
}
