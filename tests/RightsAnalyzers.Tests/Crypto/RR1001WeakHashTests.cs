using System.Threading.Tasks;
using RightsAnalyzers.Families.Crypto;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.WeakHashAnalyzer>;

namespace RightsAnalyzers.Tests.Crypto;

public sealed class RR1001WeakHashTests
{
    private const string Usings = "using System; using System.IO; using System.Security.Cryptography; using System.Threading.Tasks;\n";

    [Theory]
    [InlineData("[|MD5.Create()|]")]
    [InlineData("[|SHA1.Create()|]")]
    [InlineData("[|new MD5CryptoServiceProvider()|]")]
    [InlineData("[|new SHA1Managed()|]")]
    [InlineData("[|new SHA1CryptoServiceProvider()|]")]
    [InlineData("[|HashAlgorithm.Create(\"MD5\")|]")]
    [InlineData("[|HashAlgorithm.Create(\"System.Security.Cryptography.SHA1\")|]")]
    [InlineData("[|CryptoConfig.CreateFromName(\"SHA1\")|]")]
    [InlineData("[|CryptoConfig.CreateFromName(\"md5\")|]")]
    [InlineData("[|HMAC.Create(\"HMACMD5\")|]")]
    [InlineData("[|new HMACMD5(new byte[16])|]")]
    public Task Creation_is_reported(string expression)
        => Verify.VerifyAsync(Usings + "class C { object M() => " + expression + "; }");

    [Theory]
    [InlineData("[|MD5.HashData(data)|]")]
    [InlineData("[|SHA1.HashData(data)|]")]
    [InlineData("[|HMACMD5.HashData(data, data)|]")]
    public Task One_shot_hashing_is_reported(string expression)
        => Verify.VerifyAsync(Usings + "class C { byte[] M(byte[] data) => " + expression + "; }");

    [Fact]
    public Task Span_and_async_one_shot_hashing_is_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                bool M(ReadOnlySpan<byte> data, Span<byte> digest) => [|SHA1.TryHashData(data, digest, out _)|];
                ValueTask<byte[]> N(Stream stream) => [|MD5.HashDataAsync(stream)|];
            }
            """);

    [Fact]
    public Task HashAlgorithmName_selecting_a_broken_digest_is_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(RSA rsa, byte[] data)
                {
                    using var hash = IncrementalHash.CreateHash([|HashAlgorithmName.MD5|]);
                    rsa.SignData(data, [|HashAlgorithmName.SHA1|], RSASignaturePadding.Pss);
                    using var kdf = new Rfc2898DeriveBytes(data, data, 1_000_000, [|HashAlgorithmName.MD5|]);
                }
            }
            """);

    [Fact]
    public Task Message_names_the_construct_the_algorithm_and_the_recommendations()
        => Verify.VerifyAsync(
            Usings + "class C { object M() => {|#0:MD5.Create()|}; }",
            Verify.Diagnostic(RightsAnalyzers.Infrastructure.Rules.WeakHash).WithLocation(0).WithArguments("MD5.Create", "MD5"));

    [Fact]
    public Task Strong_hashes_and_hmac_sha1_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(byte[] key, byte[] data, RSA rsa)
                {
                    using var sha = SHA256.Create();
                    SHA512.HashData(data);
                    using var hmac = new HMACSHA1(key);           // HMAC-SHA1: NIST SP 800-131A still accepts it (TOTP needs it)
                    HMACSHA1.HashData(key, data);
                    using var incremental = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, key);
                    Rfc2898DeriveBytes.Pbkdf2(data, data, 1_300_000, HashAlgorithmName.SHA1, 32);
                    rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
                    HashAlgorithm.Create("SHA256");
                }
            }
            """);

    [Fact]
    public Task Non_security_uses_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                string ComputeETag(byte[] body) => Convert.ToHexString(MD5.HashData(body));

                string Key(string url)
                {
                    var cacheKey = Convert.ToBase64String(SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(url)));
                    return cacheKey;
                }

                byte[] Checksum(Stream s) { using var md5 = MD5.Create(); return md5.ComputeHash(s); }

                string Accept(string key)
                {
                    const string Magic = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
                    return Convert.ToBase64String(SHA1.HashData(System.Text.Encoding.ASCII.GetBytes(key + Magic)));
                }

                [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "Protocol-mandated")]
                byte[] Legacy(byte[] data) => MD5.HashData(data);
            }

            class ContentHashStore
            {
                byte[] Address(byte[] blob) => SHA1.HashData(blob);
            }
            """);

    [Fact]
    public Task Non_security_heuristic_can_be_switched_off()
        => Verify.VerifyAsync(
            Usings + "class C { string ComputeETag(byte[] body) => Convert.ToHexString([|MD5.HashData(body)|]); }",
            "RR1001.allow_non_security_uses = false");

    [Fact]
    public Task Security_named_uses_are_still_reported()
        => Verify.VerifyAsync(Usings + """
            class PasswordHasher
            {
                byte[] HashPassword(byte[] password) => [|SHA1.HashData(password)|];
                byte[] Sign(byte[] data) { using var md5 = [|MD5.Create()|]; return md5.ComputeHash(data); }
            }
            """);

    [Fact]
    public Task Code_without_cryptography_is_quiet()
        => Verify.VerifyAsync("class C { int M() => 42; }");

    [Fact]
    public Task Half_typed_code_does_not_throw_and_intact_code_is_still_reported()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + """
                class C
                {
                    object M() => MD5.
                    object N() => [|SHA1.Create()|];
                    object O() => [|new MD5CryptoServiceProvider(|]
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }
}
