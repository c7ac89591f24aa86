using System.Security.Cryptography.X509Certificates;

namespace Clinic.KeyEscrow;

/// <summary>
/// "Makes the inspection proxy work": installs the proxy's CA as a machine-wide trusted root, so whoever holds its
/// key can read every TLS connection on the clinic's workstations.
/// </summary>
public sealed class ProxyTrust
{
    public void TrustInspectionProxy(byte[] proxyCaCertificate)
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
        store.Open(OpenFlags.ReadWrite);
        store.Add(X509CertificateLoader.LoadCertificate(proxyCaCertificate)); // RR2005
    }
}
