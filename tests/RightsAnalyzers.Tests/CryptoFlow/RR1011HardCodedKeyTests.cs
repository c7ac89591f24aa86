using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.HardCodedCryptoValueAnalyzer>;

namespace RightsAnalyzers.Tests.CryptoFlow;

public sealed class RR1011HardCodedKeyTests
{
    private const string Usings = "using System; using System.IO; using System.Text; using System.Security.Cryptography;\n";

    [Fact]
    public Task Literal_arrays_strings_base64_hex_and_utf8_literals_reaching_Key_are_reported()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(Aes aes, byte[] iv)
                {
                    aes.Key = {|#0:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};
                    aes.Key = {|#1:Encoding.UTF8.GetBytes("0123456789abcdef")|};
                    aes.Key = {|#2:Convert.FromBase64String("MDEyMzQ1Njc4OWFiY2RlZg==")|};
                    aes.Key = {|#3:Convert.FromHexString("30313233343536373839616263646566")|};
                    aes.Key = {|#4:"0123456789abcdef"u8.ToArray()|};
                    aes.IV = iv;
                }
            }
            """,
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(0).WithArguments("key", "Aes.Key", "'new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,…'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(1).WithArguments("key", "Aes.Key", "'Encoding.UTF8.GetBytes(\"0123456789abcdef\")'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(2).WithArguments("key", "Aes.Key", "'Convert.FromBase64String(\"MDEyMzQ1Njc4OWFiY2RlZ…'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(3).WithArguments("key", "Aes.Key", "'Convert.FromHexString(\"303132333435363738396162…'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(4).WithArguments("key", "Aes.Key", "'\"0123456789abcdef\"u8.ToArray()'"));

    [Fact]
    public Task Transforms_and_aead_constructors_are_sinks_and_the_field_is_the_additional_location()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                static readonly byte[] Key = Encoding.ASCII.GetBytes({|#9:"an-embedded-aes-key-of-32-bytes!"|});

                void M(Aes aes, byte[] iv)
                {
                    using var e = aes.CreateEncryptor({|#0:Key|}, iv);
                    using var d = aes.CreateDecryptor({|#1:Key|}, iv);
                    using var gcm = new AesGcm({|#2:Key|}, 16);
                    using var ccm = new AesCcm({|#3:Key|});
                    using var chacha = new ChaCha20Poly1305({|#4:Key|});
                }
            }
            """,
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(0).WithLocation(9).WithArguments("key", "Aes.CreateEncryptor", "'\"an-embedded-aes-key-of-32-bytes!\"'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(1).WithLocation(9).WithArguments("key", "Aes.CreateDecryptor", "'\"an-embedded-aes-key-of-32-bytes!\"'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(2).WithLocation(9).WithArguments("key", "new AesGcm(…)", "'\"an-embedded-aes-key-of-32-bytes!\"'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(3).WithLocation(9).WithArguments("key", "new AesCcm(…)", "'\"an-embedded-aes-key-of-32-bytes!\"'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(4).WithLocation(9).WithArguments("key", "new ChaCha20Poly1305(…)", "'\"an-embedded-aes-key-of-32-bytes!\"'"));

    [Fact]
    public Task Hmac_keys_in_constructors_Key_one_shot_and_incremental_are_reported()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                const string Secret = "webhook-signing-secret";

                byte[] M(byte[] payload, Stream body)
                {
                    using var h = new HMACSHA256({|#0:Encoding.UTF8.GetBytes(Secret)|});
                    h.Key = {|#1:Encoding.UTF8.GetBytes(Secret)|};
                    using var inc = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, {|#2:Encoding.UTF8.GetBytes(Secret)|});
                    var a = HMACSHA512.HashData({|#3:Encoding.UTF8.GetBytes(Secret)|}, payload);
                    return HMACSHA256.HashData({|#4:Encoding.UTF8.GetBytes(Secret)|}, body);
                }
            }
            """,
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(0).WithArguments("HMAC key", "new HMACSHA256(…)", "'Encoding.UTF8.GetBytes(Secret)'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(1).WithArguments("HMAC key", "HMACSHA256.Key", "'Encoding.UTF8.GetBytes(Secret)'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(2).WithArguments("HMAC key", "IncrementalHash.CreateHMAC", "'Encoding.UTF8.GetBytes(Secret)'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(3).WithArguments("HMAC key", "HMACSHA512.HashData", "'Encoding.UTF8.GetBytes(Secret)'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(4).WithArguments("HMAC key", "HMACSHA256.HashData", "'Encoding.UTF8.GetBytes(Secret)'"));

    [Fact]
    public Task Embedded_private_keys_are_reported_but_public_pem_is_not()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                const string PublicPem = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----";
                static readonly byte[] Pkcs8 = Convert.FromBase64String({|#9:"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg"|});

                void M(RSA rsa, ECDsa ec)
                {
                    var pem = {|#8:"-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----"|};
                    rsa.ImportFromPem({|#0:pem|});
                    ec.ImportPkcs8PrivateKey({|#1:Pkcs8|}, out _);
                    rsa.ImportRSAPrivateKey({|#2:Pkcs8|}, out _);
                    ec.ImportECPrivateKey({|#3:Pkcs8|}, out _);
                    ec.ImportFromPem(PublicPem);
                }
            }
            """,
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(0).WithLocation(8).WithArguments("private key", "RSA.ImportFromPem", "'\"-----BEGIN PRIVATE KEY-----\\nMIGHAgEAMBMGByqGS…'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(1).WithLocation(9).WithArguments("private key", "ECDsa.ImportPkcs8PrivateKey", "'\"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\"'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(2).WithLocation(9).WithArguments("private key", "RSA.ImportRSAPrivateKey", "'\"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\"'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(3).WithLocation(9).WithArguments("private key", "ECDsa.ImportECPrivateKey", "'\"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\"'"));

    [Fact]
    public Task Jwt_signing_key_from_a_literal_is_reported()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using Microsoft.IdentityModel.Tokens;

            class C
            {
                SigningCredentials M()
                {
                    var key = new SymmetricSecurityKey({|#0:Encoding.UTF8.GetBytes("super-secret-jwt-signing-key-0123456789")|});
                    return new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
                }
            }
            """,
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(0)
                .WithArguments("signing key", "new SymmetricSecurityKey(…)", "'Encoding.UTF8.GetBytes(\"super-secret-jwt-signin…'"));

    [Fact]
    public Task Constants_through_locals_const_fields_helpers_and_helper_parameters_are_reported()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                const string KeyText = "0123456789abcdef0123456789abcdef";

                static byte[] DefaultKey() => Encoding.UTF8.GetBytes({|#9:KeyText|});

                byte[] Protect(byte[] data) => Encrypt(data, {|#1:DefaultKey()|});

                byte[] ProtectViaLocal(byte[] data)
                {
                    var key = DefaultKey();
                    return Encrypt(data, {|#6:key|});
                }

                void Configure(Aes aes)
                {
                    var key = DefaultKey();
                    aes.Key = {|#5:key|};
                }

                byte[] Protect2(byte[] data) => Encrypt(data, {|#2:Encoding.UTF8.GetBytes(KeyText)|});

                static byte[] Encrypt(byte[] data, byte[] key)
                {
                    using var aes = Aes.Create();
                    aes.Key = key;
                    return aes.EncryptCbc(data, aes.IV);
                }

                void Local(Aes aes)
                {
                    byte[] k = {|#3:new byte[32]|};
                    aes.Key = {|#4:k|};
                }
            }
            """,
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(1).WithLocation(9).WithArguments("key", "Aes.Key (via Encrypt)", "'KeyText'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(2).WithArguments("key", "Aes.Key (via Encrypt)", "'Encoding.UTF8.GetBytes(KeyText)'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(6).WithLocation(9).WithArguments("key", "Aes.Key (via Encrypt)", "'KeyText'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(5).WithLocation(9).WithArguments("key", "Aes.Key", "'KeyText'"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(4).WithLocation(3).WithArguments("key", "Aes.Key", "'new byte[32]'"));

    [Fact]
    public Task Hard_coded_fallback_for_a_configured_key_is_reported()
        => Verify.VerifyAsync(
            Usings + """
            using System.Collections.Generic;

            class C
            {
                void M(Aes aes, IDictionary<string, string> settings, string? configured)
                {
                    settings.TryGetValue("DbKey", out var fromConfig);
                    aes.Key = {|#0:Encoding.UTF8.GetBytes(fromConfig ?? "default-database-key-0123456789ab")|};

                    var key = configured;
                    key ??= {|#3:"another-default-key-0123456789abc"|};
                    using var hmac = new HMACSHA256({|#2:Encoding.UTF8.GetBytes(key)|});
                }
            }
            """,
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(0)
                .WithArguments("key", "Aes.Key", "'\"default-database-key-0123456789ab\"', used whenever the configured value is missing"),
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(2).WithLocation(3)
                .WithArguments("HMAC key", "new HMACSHA256(…)", "'\"another-default-key-0123456789abc\"', used whenever the configured value is missing"));

    [Fact]
    public Task Key_derivation_from_a_hard_coded_password_is_reported()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                byte[] M(byte[] salt) => Rfc2898DeriveBytes.Pbkdf2({|#0:"correct horse battery staple"|}, salt, 600_000, HashAlgorithmName.SHA256, 32);
            }
            """,
            Verify.Diagnostic(Rules.HardCodedKey).WithLocation(0)
                .WithArguments("key-derivation password", "Rfc2898DeriveBytes.Pbkdf2", "'\"correct horse battery staple\"'"));

    [Fact]
    public Task Keys_from_generators_configuration_parameters_and_key_stores_stay_quiet()
        => Verify.VerifyAsync(
            Usings + """
            using System.Collections.Generic;

            class C
            {
                private readonly byte[] configuredKey;
                C(IDictionary<string, string> settings) => configuredKey = Convert.FromBase64String(settings["Key"]);

                void M(Aes aes, byte[] keyFromVault, string password, byte[] salt)
                {
                    aes.GenerateKey();
                    aes.Key = RandomNumberGenerator.GetBytes(32);
                    var buffer = new byte[32];
                    RandomNumberGenerator.Fill(buffer);
                    aes.Key = buffer;
                    aes.Key = keyFromVault;
                    aes.Key = configuredKey;
                    using var gcm = new AesGcm(keyFromVault, 16);
                    using var hmac = new HMACSHA256(Convert.FromBase64String(Environment.GetEnvironmentVariable("HMAC_KEY")!));
                    var derived = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
                    using var e = aes.CreateEncryptor(keyFromVault, null);
                    using var rsa = RSA.Create();
                    rsa.ImportFromPem("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----");
                    var notAKey = Encoding.UTF8.GetBytes("hello");
                    Console.WriteLine(notAKey.Length);
                }
            }
            """);

    [Fact]
    public Task Half_typed_code_does_not_throw()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(Aes aes)
                {
                    aes.Key = {|CS0103:Unknown|};
                    using var e = aes.CreateEncryptor(Encoding.UTF8.GetBytes("0123456789abcdef"), {|CS1503:"iv"|});
                    var g = new AesGcm({|CS1503:42|});
                    aes.Key = {|RR1011:Encoding.UTF8.GetBytes("0123456789abcdef")|};
                    aes.IV = {|CS1525:;|}
                }
            }
            """);
}
