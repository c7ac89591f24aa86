using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Crypto.WeakCipherAnalyzer,
    RightsAnalyzers.CodeFixes.Crypto.WeakCipherCodeFixProvider>;

namespace RightsAnalyzers.Tests.Crypto;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR1002WeakCipherFixTests
{
    private const string Usings = "using System.Security.Cryptography;\n";

    [Fact]
    public Task Factories_and_constructors_become_Aes_Create()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                SymmetricAlgorithm M()
                {
                    using var a = [|DES.Create()|];
                    TripleDES b = [|TripleDES.Create()|];
                    using SymmetricAlgorithm c = [|new RC2CryptoServiceProvider()|];
                    return [|new TripleDESCng()|];
                }
            }
            """,
            Usings + """
            class C
            {
                SymmetricAlgorithm M()
                {
                    using var a = Aes.Create();
                    Aes b = Aes.Create();
                    using SymmetricAlgorithm c = Aes.Create();
                    return Aes.Create();
                }
            }
            """);

    [Fact]
    public Task Name_strings_become_AES()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M()
                {
                    var a = [|SymmetricAlgorithm.Create("DES")|];
                    var b = [|CryptoConfig.CreateFromName("3DES")|];
                }
            }
            """,
            Usings + """
            class C
            {
                void M()
                {
                    var a = SymmetricAlgorithm.Create("AES");
                    var b = CryptoConfig.CreateFromName("AES");
                }
            }
            """);

    [Fact]
    public Task No_fix_where_the_type_must_stay_or_arguments_carry_meaning()
    {
        const string source = Usings + """
            class C
            {
                TripleDES field = [|TripleDES.Create()|];
                void Use(DES des) { }
                void M()
                {
                    Use([|DES.Create()|]);
                    var named = [|new TripleDESCng("persisted-key")|];
                }
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}
