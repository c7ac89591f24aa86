using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Clinic.KeyEscrow;

/// <summary>
/// "Compliance archive": every referral is also encrypted to a certificate compiled into the app, and handed to an
/// intercept gateway. Patients and doctors never see the extra reader.
/// </summary>
public sealed class ComplianceCopy(ILawfulInterceptGateway gateway)
{
    private const string ComplianceCertificate = "MIIBszCCAVmgAwIBAgIUJ0AvN3n3Y1Qh0Kq8m5d2bW9yZ3MwCgYIKoZIzj0EAwIw";

    private const string EscrowPem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----";

    public byte[] SealReferral(byte[] referral, X509Certificate2 specialist)
    {
        var envelope = new EnvelopedCms(new ContentInfo(referral));
        var recipients = new CmsRecipientCollection(new CmsRecipient(specialist));
        var compliance = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(ComplianceCertificate));
        recipients.Add(new CmsRecipient(compliance)); // RR2003: an additional decryption key
        envelope.Encrypt(recipients);
        gateway.Mirror(Convert.ToBase64String(referral)); // RR2004
        return envelope.Encode();
    }

    public byte[] EscrowSessionKey(byte[] sessionKey)
    {
        using var escrow = RSA.Create();
        escrow.ImportFromPem(EscrowPem);
        return escrow.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256); // RR2003
    }

    /// <summary>The same escrow, less visible: the vendor's key ships as an embedded resource instead of a literal.</summary>
    public byte[] EscrowAttachmentKey(byte[] attachmentKey)
    {
        using var escrow = RSA.Create();
        escrow.ImportFromPem(LoadVendorKey());
        return escrow.Encrypt(attachmentKey, RSAEncryptionPadding.OaepSHA256); // RR2003: the resource is compiled into the app
    }

    private static string LoadVendorKey()
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("Clinic.KeyEscrow.vendor-recovery.pem")!;
        using var reader = new StreamReader(resource);
        return reader.ReadToEnd();
    }
}

/// <summary>The vendor's "lawful intercept" component: receives a copy of clinical content.</summary>
public interface ILawfulInterceptGateway
{
    void Mirror(string content);
}
