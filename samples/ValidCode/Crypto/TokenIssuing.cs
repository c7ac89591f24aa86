using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ValidCode.Crypto;

/// <summary>Secrets from a CSPRNG, keys from configuration, fresh IVs and nonces stored with the ciphertext.</summary>
public sealed class TokenIssuing
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly Random Jitter = new();

    private readonly byte[] key;
    private readonly byte[] counterNonce = new byte[12];
    private long counter;

    public TokenIssuing(IReadOnlyDictionary<string, string> settings)
        => key = Convert.FromBase64String(settings.TryGetValue("Notes:Key", out var value) ? value : throw new InvalidOperationException("Notes:Key is not configured"));

    public static string SecureRandomString(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    public string IssueResetCode() => SecureRandomString(8);

    public int IssueOtp() => RandomNumberGenerator.GetInt32(100000, 1000000);

    public byte[] CreateSalt() => RandomNumberGenerator.GetBytes(16);

    public byte[] EncryptNotes(string notes)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.GenerateIV();
        var ciphertext = aes.EncryptCbc(Encoding.UTF8.GetBytes(notes), aes.IV);
        return aes.IV.Concat(ciphertext).ToArray();
    }

    public byte[] DecryptLegacy(byte[] ciphertext)
    {
        // Reading data written before the fix, with the IV it was written with, is not a new weakness.
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.DecryptCbc(ciphertext, new byte[16]);
    }

    public byte[] Seal(byte[] plaintext, byte[] tag)
    {
        using var gcm = new AesGcm(key, 16);
        BinaryPrimitives.WriteInt64LittleEndian(counterNonce.AsSpan(4), ++counter);
        var ciphertext = new byte[plaintext.Length];
        gcm.Encrypt(counterNonce, plaintext, ciphertext, tag);
        return ciphertext;
    }

    public TimeSpan RetryDelay(int attempt) => TimeSpan.FromMilliseconds(200 * attempt + Jitter.Next(100));

    public List<string> ShuffleQuestions(List<string> questions) => questions.OrderBy(_ => Jitter.Next()).ToList();

    public bool ShouldSample(double sampleRate) => Random.Shared.NextDouble() < sampleRate;
}
