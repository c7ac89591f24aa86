using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.CipherModeAnalyzer>;

namespace RightsAnalyzers.Tests.Crypto;

public sealed class RR1003CipherModeTests
{
    private const string Usings = "using System; using System.Security.Cryptography;\n";

    [Fact]
    public Task Ecb_assigned_initialised_or_passed_is_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                const CipherMode Legacy = CipherMode.ECB;

                void M(Aes aes, bool legacy)
                {
                    aes.Mode = [|CipherMode.ECB|];
                    using var other = new AesManaged { Mode = [|CipherMode.ECB|], Padding = PaddingMode.PKCS7 };
                    Configure(aes, [|CipherMode.ECB|]);
                    aes.Mode = legacy ? [|CipherMode.ECB|] : CipherMode.CBC;
                    var mode = [|CipherMode.ECB|];
                }

                CipherMode Default => [|CipherMode.ECB|];

                static void Configure(SymmetricAlgorithm algorithm, CipherMode mode) => algorithm.Mode = mode;
            }
            """.Replace("const CipherMode Legacy = CipherMode.ECB;", "const CipherMode Legacy = [|CipherMode.ECB|];"));

    [Fact]
    public Task Ecb_one_shot_calls_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(Aes aes, byte[] data, byte[] buffer)
                {
                    var a = [|aes.EncryptEcb(data, PaddingMode.PKCS7)|];
                    var b = [|aes.DecryptEcb(data, PaddingMode.PKCS7)|];
                    var c = [|aes.TryEncryptEcb(data, buffer, PaddingMode.PKCS7, out _)|];
                }
            }
            """);

    [Fact]
    public Task Rsa_pkcs1_encryption_padding_is_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(RSA rsa, RSACryptoServiceProvider csp, byte[] data, byte[] buffer)
                {
                    var a = rsa.Encrypt(data, [|RSAEncryptionPadding.Pkcs1|]);
                    var b = rsa.TryEncrypt(data, buffer, [|RSAEncryptionPadding.Pkcs1|], out _);
                    var c = csp.Encrypt(data, [|false|]);
                    var d = csp.Encrypt(data, fOAEP: [|false|]);
                    var padding = RSAEncryptionPadding.Pkcs1;
                    var e = rsa.Encrypt(data, [|padding|]);
                    var f = [|new RSAPKCS1KeyExchangeFormatter(rsa)|];
                }
            }
            """);

    [Fact]
    public Task Message_names_the_construct_the_weakness_and_the_remedy()
        => Verify.VerifyAsync(
            Usings + "class C { byte[] M(RSA rsa, byte[] d) => rsa.Encrypt(d, {|#0:RSAEncryptionPadding.Pkcs1|}); }",
            Verify.Diagnostic(RightsAnalyzers.Infrastructure.Rules.InsecureCipherMode).WithLocation(0).WithArguments(
                "Encrypt(…, RSAEncryptionPadding.Pkcs1)", "PKCS#1 v1.5 encryption padding, which is open to padding-oracle attacks", "use RSAEncryptionPadding.OaepSHA256"));

    [Fact]
    public Task Look_alikes_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(Aes aes, RSA rsa, RSACryptoServiceProvider csp, byte[] data, CipherMode configured)
                {
                    if (aes.Mode == CipherMode.ECB) throw new InvalidOperationException("ECB is not allowed");
                    var isEcb = configured is CipherMode.ECB;
                    switch (configured) { case CipherMode.ECB: break; }
                    aes.Mode = CipherMode.CBC;
                    aes.Mode = configured;
                    var cbc = aes.EncryptCbc(data, new byte[16]);
                    var a = rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);
                    var b = csp.Encrypt(data, true);
                    // Signing padding is not encryption padding.
                    var s = rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                    // Decrypting data someone else encrypted with PKCS#1 is interoperability, not a choice made here.
                    var d = rsa.Decrypt(data, RSAEncryptionPadding.Pkcs1);
                    var e = csp.Decrypt(data, false);
                }
            }
            """);

    [Fact]
    public Task Ecb_as_a_block_primitive_for_another_mode_is_quiet()
        => Verify.VerifyAsync(Usings + """
            sealed class AesCtrTransform
            {
                private readonly Aes aes = Aes.Create();
                public AesCtrTransform() => aes.Mode = CipherMode.ECB;
                public byte[] NextKeystreamBlock(byte[] counter) => aes.EncryptEcb(counter, PaddingMode.None);
            }

            static class Rfc3394
            {
                public static byte[] KeyWrap(Aes kek, byte[] block) => kek.EncryptEcb(block, PaddingMode.None);
            }
            """);

    [Fact]
    public Task Code_without_cryptography_is_quiet()
        => Verify.VerifyAsync("class C { bool M(bool fOAEP) => !fOAEP; }");

    [Fact]
    public Task Half_typed_code_does_not_throw_and_intact_code_is_still_reported()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + """
                class C
                {
                    void M(Aes aes, RSA rsa, byte[] d)
                    {
                        aes.Mode = CipherMode.
                        rsa.Encrypt(d, Unknown.Pkcs1);
                        aes.Mode = [|CipherMode.ECB|];
                        rsa.Encrypt(d, [|RSAEncryptionPadding.Pkcs1|]
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }
}
