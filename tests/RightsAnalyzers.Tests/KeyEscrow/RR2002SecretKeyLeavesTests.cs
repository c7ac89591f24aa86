using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.KeyEscrow.KeyMaterialLeakAnalyzer>;

namespace RightsAnalyzers.Tests.KeyEscrow;

public sealed class RR2002SecretKeyLeavesTests
{
    private const string Usings = RR2001PrivateKeyLeavesTests.Usings;

    [Fact]
    public Task Symmetric_key_sent_to_a_server_names_source_sink_and_recommendations()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                async Task M(HttpClient http, Aes aes)
                {
                    aes.GenerateKey();
                    var escrowed = Convert.ToBase64String({|#1:aes.Key|});
                    await http.PostAsync("https://recovery.example/", {|#0:new StringContent(escrowed)|});
                }
            }
            """,
            Verify.Diagnostic(Rules.SecretKeyLeaves).WithLocation(0).WithLocation(1)
                .WithArguments("'aes.Key'", "a symmetric key", "API evidence", "the network", "HttpClient.PostAsync"));

    [Fact]
    public Task Random_bytes_used_as_a_key_are_a_key_through_a_local()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(ILogger logger, byte[] plaintext, byte[] nonce, byte[] ciphertext, byte[] tag)
                {
                    var bytes = RandomNumberGenerator.GetBytes(32);
                    using var gcm = {|#1:new AesGcm(bytes, 16)|};
                    gcm.Encrypt(nonce, plaintext, ciphertext, tag);
                    logger.LogDebug("dek {Dek}", {|#0:Convert.ToHexString(bytes)|});
                }
            }
            """,
            Verify.Diagnostic(Rules.SecretKeyLeaves).WithLocation(0).WithLocation(1)
                .WithArguments("'bytes'", "a key (it keys 'new AesGcm(bytes, 16)')", "API evidence", "a log", "LogDebug"));

    [Fact]
    public Task Key_material_through_helpers_is_reported_at_the_call()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                private readonly Socket socket = new(SocketType.Stream, ProtocolType.Tcp);

                void M(string password, byte[] salt)
                {
                    var derived = Derive(password, salt);
                    Send({|#0:derived|});
                }

                static byte[] Derive(string password, byte[] salt) => {|#1:Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32)|};

                void Send(byte[] payload) => socket.Send(payload);
            }
            """,
            Verify.Diagnostic(Rules.SecretKeyLeaves).WithLocation(0).WithLocation(1)
                .WithArguments("'Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAl…'", "a derived key", "API evidence", "the network", "Socket.Send (via Send)"));

    [Fact]
    public Task Every_secret_key_source_is_reported()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                async Task M(HttpClient http, ILogger logger, HMACSHA256 hmac, Rfc2898DeriveBytes kdf, ECDiffieHellman me, ECDiffieHellmanPublicKey peer, byte[] ikm, byte[] data, System.Diagnostics.Activity activity)
                {
                    logger.LogInformation("mac key {K}", {|RR2002:hmac.Key|});
                    await http.PostAsync("https://x.example/", {|RR2002:new ByteArrayContent(kdf.GetBytes(32))|});
                    File.WriteAllBytes("prk", {|RR2002:HKDF.Extract(HashAlgorithmName.SHA256, ikm)|});
                    File.WriteAllBytes("okm", {|RR2002:HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, 32)|});
                    var shared = me.DeriveKeyFromHash(peer, HashAlgorithmName.SHA256);
                    activity.SetTag("shared", {|RR2002:Convert.ToBase64String(shared)|});
                    Console.WriteLine({|RR2002:Convert.ToHexString(me.DeriveRawSecretAgreement(peer))|});

                    var fresh = RandomNumberGenerator.GetBytes(32);
                    using var aes = Aes.Create();
                    aes.Key = fresh;
                    Console.WriteLine({|RR2002:Convert.ToBase64String(fresh)|});

                    var macKey = new byte[32];
                    RandomNumberGenerator.Fill(macKey);
                    File.WriteAllBytes("mac.key", {|RR2002:macKey|});

                    var sessionKey = RandomNumberGenerator.GetBytes(32);
                    using var chacha = new ChaCha20Poly1305(sessionKey);
                    await http.PostAsJsonAsync("https://x.example/", {|RR2002:sessionKey|});

                    var wrapKey = RandomNumberGenerator.GetBytes(32);
                    var mac = HMACSHA256.HashData(wrapKey, data);
                    logger.LogInformation("{K}", {|RR2002:wrapKey|});
                }
            }
            """);

    [Fact]
    public Task A_buffer_named_only_key_is_weak_evidence_reported_as_info()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(ILogger logger, byte[] key) => logger.LogInformation("{K}", {|#0:Convert.ToBase64String({|#1:key|})|});
            }
            """,
            Verify.Diagnostic(Rules.SecretKeyLeavesInfo).WithLocation(0).WithLocation(1)
                .WithArguments("'key'", "key material ('key')", "name evidence, low confidence", "a log", "LogInformation"));

    [Fact]
    public Task Nonces_salts_key_ids_wrapped_and_protected_keys_stay_quiet()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                async Task M(HttpClient http, ILogger logger, Aes aes, RSA recipient, byte[] keyId, byte[] publicKey, byte[] encryptedKey)
                {
                    var nonce = RandomNumberGenerator.GetBytes(12);
                    var salt = RandomNumberGenerator.GetBytes(16);
                    await http.PostAsync("https://x.example/", new ByteArrayContent(nonce));
                    logger.LogInformation("salt {S} iv {Iv}", Convert.ToBase64String(salt), Convert.ToBase64String(aes.IV));
                    logger.LogInformation("key id {Id}", Convert.ToHexString(SHA256.HashData(aes.Key)));
                    logger.LogInformation("{Id} {Pub} {Enc}", keyId, publicKey, encryptedKey);
                    await http.PostAsync("https://x.example/", new ByteArrayContent(recipient.Encrypt(aes.Key, RSAEncryptionPadding.OaepSHA256)));
                    File.WriteAllBytes("dek.bin", ProtectedData.Protect(aes.Key, null, DataProtectionScope.CurrentUser));
                    logger.LogInformation("key size {Size}", aes.KeySize);
                    logger.LogInformation("key length {Length}", aes.Key.Length);
                }
            }
            """);
}
