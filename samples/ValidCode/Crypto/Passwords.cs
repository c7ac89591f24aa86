using System.Security.Cryptography;

namespace ValidCode.Crypto;

/// <summary>PBKDF2 at OWASP strength with a random salt per password; HKDF for high-entropy keys.</summary>
public static class Passwords
{
    private const int Iterations = 600_000;

    public static (byte[] Hash, byte[] Salt) Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return (Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32), salt);
    }

    public static byte[] HashSha512(string password, byte[] storedSalt) => Rfc2898DeriveBytes.Pbkdf2(password, storedSalt, 210_000, HashAlgorithmName.SHA512, 64);

    public static byte[] Rehash(string password, byte[] storedSalt, int storedIterations) => Rfc2898DeriveBytes.Pbkdf2(password, storedSalt, storedIterations, HashAlgorithmName.SHA256, 32);

    public static byte[] SubKey(byte[] masterKey, byte[] context) => HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, salt: null, info: context);
}
