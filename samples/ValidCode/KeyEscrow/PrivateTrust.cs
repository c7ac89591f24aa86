using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ValidCode.KeyEscrow;

/// <summary>Trusting a private CA for one client's connections, and reading (not changing) the machine's roots.</summary>
public static class PrivateTrust
{
    public static HttpClient ClientTrusting(byte[] privateCaCertificate)
    {
        var privateCa = X509CertificateLoader.LoadCertificate(privateCaCertificate);
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                CertificateChainPolicy = new X509ChainPolicy
                {
                    TrustMode = X509ChainTrustMode.CustomRootTrust,
                    CustomTrustStore = { privateCa },
                },
            },
        };
        return new HttpClient(handler);
    }

    public static bool IsTrustedRoot(string thumbprint)
    {
        using var root = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        root.Open(OpenFlags.ReadOnly);
        return root.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false).Count > 0;
    }

    /// <summary>A client certificate with its key goes to the personal store; it makes nothing trusted.</summary>
    public static void StoreClientCertificate(X509Certificate2 certificate)
    {
        using var personal = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        personal.Open(OpenFlags.ReadWrite);
        personal.Add(certificate);
    }
}
