using System.Security.Cryptography;
using System.Text;

namespace Clinic.Crypto;

/// <summary>Hashes patient-portal passwords.</summary>
public sealed class PatientPasswords
{
    // RR1009: the same salt for every patient lets one table crack them all.
    private static readonly byte[] PortalSalt = Encoding.UTF8.GetBytes("clinic-portal");

    // RR1009: 10,000 rounds of HMAC-SHA256 are far below OWASP's 600,000.
    public byte[] Hash(string password) => Rfc2898DeriveBytes.Pbkdf2(password, PortalSalt, 10_000, HashAlgorithmName.SHA256, 32);

    // RR1009: the constructor's defaults are 1000 rounds of HMAC-SHA1.
    public byte[] LegacyHash(string password, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, salt);
        return kdf.GetBytes(20);
    }
}
