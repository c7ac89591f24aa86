using System.Security.Cryptography;

namespace Clinic.Crypto;

/// <summary>Creates the keys that sign prescriptions and referral letters.</summary>
public sealed class SigningKeys
{
    private const int PrescriptionKeyBits = 1024;

    // RR1004: a 1024-bit key lets a forger sign prescriptions in the clinic's name.
    public RSA CreatePrescriptionKey() => RSA.Create(PrescriptionKeyBits);

    // RR1004: DSA is no longer approved for signatures (FIPS 186-5).
    public DSA CreateReferralKey() => DSA.Create();

    // Quiet: the key size comes from the imported partner key.
    public RSA LoadPartnerKey(string pem)
    {
        var rsa = RSA.Create(1024);
        rsa.ImportFromPem(pem);
        return rsa;
    }
}
