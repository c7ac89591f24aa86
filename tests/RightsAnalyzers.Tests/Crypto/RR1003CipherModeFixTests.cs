using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Crypto.CipherModeAnalyzer,
    RightsAnalyzers.CodeFixes.Crypto.CipherModeCodeFixProvider>;

namespace RightsAnalyzers.Tests.Crypto;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR1003CipherModeFixTests
{
    private const string Usings = "using System.Security.Cryptography;\n";

    [Fact]
    public Task Pkcs1_becomes_oaep_and_fOAEP_false_becomes_true()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(RSA rsa, RSACryptoServiceProvider csp, byte[] data)
                {
                    var a = rsa.Encrypt(data, [|RSAEncryptionPadding.Pkcs1|]);
                    var b = csp.Encrypt(data, [|RSAEncryptionPadding.Pkcs1|]);
                    var c = csp.Encrypt(data, fOAEP: [|false|]);
                }
            }
            """,
            Usings + """
            class C
            {
                void M(RSA rsa, RSACryptoServiceProvider csp, byte[] data)
                {
                    var a = rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);
                    var b = csp.Encrypt(data, RSAEncryptionPadding.OaepSHA1);
                    var c = csp.Encrypt(data, fOAEP: true);
                }
            }
            """);

    [Fact]
    public Task Ecb_has_no_fix_because_other_modes_need_an_iv()
    {
        const string source = Usings + """
            class C
            {
                byte[] M(Aes aes, byte[] data)
                {
                    aes.Mode = [|CipherMode.ECB|];
                    return [|aes.EncryptEcb(data, PaddingMode.PKCS7)|];
                }
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}
