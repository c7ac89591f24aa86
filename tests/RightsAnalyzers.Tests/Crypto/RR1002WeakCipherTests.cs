using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.WeakCipherAnalyzer>;

namespace RightsAnalyzers.Tests.Crypto;

public sealed class RR1002WeakCipherTests
{
    private const string Usings = "using System; using System.Security.Cryptography;\n";

    [Theory]
    [InlineData("[|DES.Create()|]")]
    [InlineData("[|TripleDES.Create()|]")]
    [InlineData("[|RC2.Create()|]")]
    [InlineData("[|new DESCryptoServiceProvider()|]")]
    [InlineData("[|new TripleDESCryptoServiceProvider()|]")]
    [InlineData("[|new TripleDESCng()|]")]
    [InlineData("[|new TripleDESCng(\"key\")|]")]
    [InlineData("[|new RC2CryptoServiceProvider()|]")]
    [InlineData("[|SymmetricAlgorithm.Create(\"DES\")|]")]
    [InlineData("[|SymmetricAlgorithm.Create(\"TripleDES\")|]")]
    [InlineData("[|SymmetricAlgorithm.Create(\"System.Security.Cryptography.RC2CryptoServiceProvider\")|]")]
    [InlineData("[|CryptoConfig.CreateFromName(\"3DES\")|]")]
    [InlineData("[|CryptoConfig.CreateFromName(\"rc2\")|]")]
    [InlineData("[|CryptoConfig.CreateFromName(\"System.Security.Cryptography.DES\")|]")]
    [InlineData("[|CryptoConfig.CreateFromName(\"http://www.w3.org/2001/04/xmlenc#tripledes-cbc\")|]")]
    [InlineData("[|TripleDES.Create(\"TripleDES\")|]")]
    public Task Creation_is_reported(string expression)
        => Verify.VerifyAsync(Usings + "class C { object M() => " + expression + "; }");

    [Fact]
    public Task Names_through_constants_and_locals_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                const string Cipher = "DES";

                object M()
                {
                    var name = "3DES";
                    var a = [|CryptoConfig.CreateFromName(name)|];
                    return [|SymmetricAlgorithm.Create(Cipher)|];
                }
            }
            """);

    [Fact]
    public Task Message_names_the_construct_and_the_cipher()
        => Verify.VerifyAsync(
            Usings + "class C { object M() => {|#0:CryptoConfig.CreateFromName(\"3DES\")|}; }",
            Verify.Diagnostic(RightsAnalyzers.Infrastructure.Rules.WeakCipher).WithLocation(0).WithArguments("CryptoConfig.CreateFromName(\"3DES\")", "Triple DES"));

    [Fact]
    public Task Aes_and_unknown_or_reassigned_names_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(string configured)
                {
                    using var aes = Aes.Create();
                    using var gcm = new AesGcm(new byte[32], 16);
                    var a = SymmetricAlgorithm.Create("AES");
                    var b = CryptoConfig.CreateFromName(configured);
                    var name = "DES";
                    name = configured;
                    var c = CryptoConfig.CreateFromName(name);
                    var d = CryptoConfig.CreateFromName("SHA256");
                    string label = "TripleDES";   // a string that is never used to create a cipher
                    Console.WriteLine(label);
                }
            }
            """);

    [Fact]
    public Task Using_an_existing_des_instance_is_not_reported_again()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                byte[] M(DES des, byte[] data) => des.EncryptCbc(data, new byte[8]);
                void N(TripleDES legacy) => legacy.Dispose();
            }
            """);

    [Fact]
    public Task Code_without_cryptography_is_quiet()
        => Verify.VerifyAsync("class C { string M() => \"DES\"; }");

    [Fact]
    public Task Half_typed_code_does_not_throw_and_intact_code_is_still_reported()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + """
                class C
                {
                    object M() => DES.
                    object N() => [|TripleDES.Create()|];
                    object O() => CryptoConfig.CreateFromName(Unknown.Name);
                    object P() => [|new DESCryptoServiceProvider(|]
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }
}
