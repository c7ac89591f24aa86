using System.Security.Cryptography;
using System.Text;

namespace Clinic.Crypto;

/// <summary>Signs and fingerprints medical records.</summary>
public sealed class RecordIntegrity
{
    // RR1001: a forgeable digest guards the integrity of a medical record.
    public string Digest(string record) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(record)));

    // RR1001: SHA-1 signatures can be forged with a chosen-prefix collision.
    public byte[] Sign(RSA key, byte[] record) => key.SignData(record, HashAlgorithmName.SHA1, RSASignaturePadding.Pss);

    // Quiet: an ETag for the HTTP cache is not a security use.
    public string ComputeETag(byte[] body) => Convert.ToHexString(MD5.HashData(body));
}
