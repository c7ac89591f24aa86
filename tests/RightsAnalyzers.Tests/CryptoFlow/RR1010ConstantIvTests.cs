using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.HardCodedCryptoValueAnalyzer>;

namespace RightsAnalyzers.Tests.CryptoFlow;

public sealed class RR1010ConstantIvTests
{
    private const string Usings = "using System; using System.Buffers.Binary; using System.Text; using System.Security.Cryptography;\n";

    [Fact]
    public Task Constant_ivs_reaching_IV_CreateEncryptor_and_one_shot_cbc_cfb_are_reported()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                static readonly byte[] FixedIv = { {|#9:0|}, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };

                byte[] M(Aes aes, byte[] key, byte[] data)
                {
                    aes.IV = {|#0:new byte[16]|};
                    using var e = aes.CreateEncryptor(key, {|#1:Encoding.ASCII.GetBytes("1234567890123456")|});
                    var a = aes.EncryptCbc(data, {|#2:FixedIv|});
                    return aes.EncryptCfb(data, {|#3:"0000000000000000"u8|});
                }
            }
            """,
            Verify.Diagnostic(Rules.ConstantIv).WithLocation(0).WithArguments("IV", "Aes.IV", "constant ('new byte[16]')"),
            Verify.Diagnostic(Rules.ConstantIv).WithLocation(1).WithArguments("IV", "Aes.CreateEncryptor", "constant ('Encoding.ASCII.GetBytes(\"1234567890123456\")')"),
            Verify.Diagnostic(Rules.ConstantIv).WithLocation(2).WithLocation(9).WithArguments("IV", "Aes.EncryptCbc", "constant ('0')"),
            Verify.Diagnostic(Rules.ConstantIv).WithLocation(3).WithArguments("IV", "Aes.EncryptCfb", "constant ('\"0000000000000000\"u8')"));

    [Fact]
    public Task Constant_aead_nonces_are_reported_on_encrypt_only()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(AesGcm gcm, AesCcm ccm, ChaCha20Poly1305 chacha, byte[] p, byte[] c, byte[] tag)
                {
                    var nonce = {|#9:new byte[12]|};
                    gcm.Encrypt({|#0:nonce|}, p, c, tag);
                    ccm.Encrypt({|#1:new byte[12]|}, p, c, tag);
                    chacha.Encrypt({|#2:Convert.FromHexString("000000000000000000000001")|}, p, c, tag);
                    gcm.Decrypt(nonce, c, tag, p);
                    chacha.Decrypt(new byte[12], c, tag, p);
                }
            }
            """,
            Verify.Diagnostic(Rules.ConstantIv).WithLocation(0).WithLocation(9).WithArguments("nonce", "AesGcm.Encrypt", "constant ('new byte[12]')"),
            Verify.Diagnostic(Rules.ConstantIv).WithLocation(1).WithArguments("nonce", "AesCcm.Encrypt", "constant ('new byte[12]')"),
            Verify.Diagnostic(Rules.ConstantIv).WithLocation(2).WithArguments("nonce", "ChaCha20Poly1305.Encrypt", "constant ('Convert.FromHexString(\"000000000000000000000001\")')"));

    [Fact]
    public Task Iv_passed_through_a_helper_parameter_and_reused_readonly_fields_are_reported()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                private readonly byte[] {|#9:nonce|} = RandomNumberGenerator.GetBytes(12);
                private readonly AesGcm gcm = new AesGcm(RandomNumberGenerator.GetBytes(32), 16);

                byte[] Seal(byte[] plaintext)
                {
                    var c = new byte[plaintext.Length];
                    gcm.Encrypt({|#0:nonce|}, plaintext, c, new byte[16]);
                    return c;
                }

                byte[] Legacy(Aes aes, byte[] data) => Cbc(aes, data, {|#1:new byte[16]|});

                static byte[] Cbc(Aes aes, byte[] data, byte[] iv) => aes.EncryptCbc(data, iv);
            }
            """,
            Verify.Diagnostic(Rules.ConstantIv).WithLocation(0).WithLocation(9)
                .WithArguments("nonce", "AesGcm.Encrypt", "reused: it comes from the readonly field 'nonce', so every message gets the same one"),
            Verify.Diagnostic(Rules.ConstantIv).WithLocation(1).WithArguments("IV", "Aes.EncryptCbc (via Cbc)", "constant ('new byte[16]')"));

    [Fact]
    public Task Random_ivs_generated_ivs_counters_and_decryption_stay_quiet()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                private readonly byte[] counterNonce = new byte[12];
                private readonly AesGcm gcm = new AesGcm(RandomNumberGenerator.GetBytes(32), 16);
                private long counter;

                byte[] M(Aes aes, byte[] key, byte[] data, byte[] storedIv)
                {
                    aes.GenerateIV();
                    using var e = aes.CreateEncryptor(key, aes.IV);
                    var iv = new byte[16];
                    RandomNumberGenerator.Fill(iv);
                    var a = aes.EncryptCbc(data, iv);
                    var b = aes.EncryptCbc(data, RandomNumberGenerator.GetBytes(16));
                    using var d = aes.CreateDecryptor(key, new byte[16]);
                    var plain = aes.DecryptCbc(data, new byte[16]);
                    using var ecb = aes.CreateEncryptor(key, null);
                    return aes.DecryptCbc(a, storedIv);
                }

                void Counter(byte[] p, byte[] c, byte[] tag)
                {
                    var nonce = new byte[12];
                    BinaryPrimitives.WriteInt64LittleEndian(nonce.AsSpan(4), ++counter);
                    gcm.Encrypt(nonce, p, c, tag);

                    BinaryPrimitives.WriteInt64LittleEndian(counterNonce.AsSpan(4), counter++);
                    gcm.Encrypt(counterNonce, p, c, tag);

                    var local = new byte[12];
                    for (var i = 0; i < 3; i++)
                    {
                        local[11]++;
                        gcm.Encrypt(local, p, c, tag);
                    }
                }
            }
            """);
}
