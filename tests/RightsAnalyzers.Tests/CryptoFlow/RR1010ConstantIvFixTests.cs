using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Crypto.HardCodedCryptoValueAnalyzer,
    RightsAnalyzers.CodeFixes.Crypto.ConstantIvCodeFixProvider>;

namespace RightsAnalyzers.Tests.CryptoFlow;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR1010ConstantIvFixTests
{
    [Fact]
    public Task Iv_setter_becomes_GenerateIV_and_inline_arrays_become_random_bytes()
        => Verify.VerifyAsync(
            """
            using System.Text;
            using System.Security.Cryptography;

            class C
            {
                const int NonceSize = 12;

                byte[] M(Aes aes, AesGcm gcm, byte[] key, byte[] data, byte[] c, byte[] tag)
                {
                    aes.IV = {|#0:new byte[16]|};
                    aes.IV = {|#1:Encoding.ASCII.GetBytes("1234567890123456")|};
                    using var e = aes.CreateEncryptor(key, {|#2:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|});
                    gcm.Encrypt({|#3:new byte[NonceSize]|}, data, c, tag);
                    return aes.EncryptCbc(data, {|#4:new byte[16]|});
                }
            }
            """,
            """
            using System.Text;
            using System.Security.Cryptography;

            class C
            {
                const int NonceSize = 12;

                byte[] M(Aes aes, AesGcm gcm, byte[] key, byte[] data, byte[] c, byte[] tag)
                {
                    aes.GenerateIV();
                    aes.GenerateIV();
                    using var e = aes.CreateEncryptor(key, RandomNumberGenerator.GetBytes(16));
                    gcm.Encrypt(RandomNumberGenerator.GetBytes(NonceSize), data, c, tag);
                    return aes.EncryptCbc(data, RandomNumberGenerator.GetBytes(16));
                }
            }
            """,
            new DiagnosticResult(Rules.ConstantIv).WithLocation(0).WithArguments("IV", "Aes.IV", "constant ('new byte[16]')"),
            new DiagnosticResult(Rules.ConstantIv).WithLocation(1).WithArguments("IV", "Aes.IV", "constant ('Encoding.ASCII.GetBytes(\"1234567890123456\")')"),
            new DiagnosticResult(Rules.ConstantIv).WithLocation(2).WithArguments("IV", "Aes.CreateEncryptor", "constant ('new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,…')"),
            new DiagnosticResult(Rules.ConstantIv).WithLocation(3).WithArguments("nonce", "AesGcm.Encrypt", "constant ('new byte[NonceSize]')"),
            new DiagnosticResult(Rules.ConstantIv).WithLocation(4).WithArguments("IV", "Aes.EncryptCbc", "constant ('new byte[16]')"));

    [Fact]
    public Task Ivs_held_in_locals_are_not_rewritten()
        => Verify.VerifyAsync(
            """
            using System.IO;
            using System.Security.Cryptography;

            class C
            {
                byte[] M(Aes aes, byte[] data, Stream output)
                {
                    var iv = {|#1:new byte[16]|};
                    output.Write(iv);
                    return aes.EncryptCbc(data, {|#0:iv|});
                }
            }
            """,
            """
            using System.IO;
            using System.Security.Cryptography;

            class C
            {
                byte[] M(Aes aes, byte[] data, Stream output)
                {
                    var iv = {|#1:new byte[16]|};
                    output.Write(iv);
                    return aes.EncryptCbc(data, {|#0:iv|});
                }
            }
            """,
            new DiagnosticResult(Rules.ConstantIv).WithLocation(0).WithLocation(1).WithArguments("IV", "Aes.EncryptCbc", "constant ('new byte[16]')"));
}
