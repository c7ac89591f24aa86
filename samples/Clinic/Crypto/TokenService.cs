using System.Security.Cryptography;
using System.Text;

namespace Clinic.Crypto;

/// <summary>Issues password-reset codes for patients and encrypts their notes at rest.</summary>
public sealed class TokenService
{
    private static readonly Random random = new();
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    // RR1011: the key for every clinic's patient notes ships in the binary.
    private static readonly byte[] NotesKey = Encoding.UTF8.GetBytes("clinic-notes-key-0123456789abcde");

    private readonly IConfiguration configuration;

    public TokenService(IConfiguration configuration) => this.configuration = configuration;

    // RR1008 (reported at the callers that use it for a secret): System.Random behind a general-purpose helper.
    public static string RandomString(int length)
        => new string(Enumerable.Repeat(Alphabet, length).Select(s => s[random.Next(s.Length)]).ToArray());

    public string IssueResetCode(string patientEmail)
    {
        // RR1008: whoever requests a code for their own account can predict the next patient's.
        var resetCode = RandomString(8);
        return resetCode;
    }

    // Quiet: a temporary file name needs no unpredictability.
    public string TempFileName() => RandomString(10) + ".tmp";

    public byte[] EncryptNotes(string notes)
    {
        using var aes = Aes.Create();
        aes.Key = NotesKey;

        // RR1010: every note is encrypted with the same all-zero IV.
        aes.IV = new byte[16];
        using var encryptor = aes.CreateEncryptor();
        var plain = Encoding.UTF8.GetBytes(notes);
        return encryptor.TransformFinalBlock(plain, 0, plain.Length);
    }

    public byte[] SignExport(byte[] export)
    {
        // RR1011: a hard-coded fallback is used wherever the setting is missing.
        var key = Encoding.UTF8.GetBytes(configuration["Export:SigningKey"] ?? "export-signing-fallback-key");
        return HMACSHA256.HashData(key, export);
    }

    // Quiet: retry jitter is not a secret.
    public TimeSpan RetryDelay(int attempt) => TimeSpan.FromMilliseconds(200 * attempt + Random.Shared.Next(100));
}
