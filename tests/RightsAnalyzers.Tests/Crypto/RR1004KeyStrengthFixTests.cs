using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Crypto.KeyStrengthAnalyzer,
    RightsAnalyzers.CodeFixes.Crypto.KeyStrengthCodeFixProvider>;

namespace RightsAnalyzers.Tests.Crypto;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR1004KeyStrengthFixTests
{
    private const string Usings = "using System.Security.Cryptography;\n";

    [Fact]
    public Task Size_literals_become_the_minimum()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(RSA rsa, ECDsa ecdsa)
                {
                    using var a = RSA.Create([|1024|]);
                    using var b = new RSACng { KeySize = [|512|] };
                    rsa.KeySize = [|1024|];
                    ecdsa.KeySize = [|192|];
                    using var c = [|new RSACryptoServiceProvider()|];
                    c.Encrypt(new byte[1], true);
                }
            }
            """,
            Usings + """
            class C
            {
                void M(RSA rsa, ECDsa ecdsa)
                {
                    using var a = RSA.Create(2048);
                    using var b = new RSACng { KeySize = 2048 };
                    rsa.KeySize = 2048;
                    ecdsa.KeySize = 256;
                    using var c = new RSACryptoServiceProvider(2048);
                    c.Encrypt(new byte[1], true);
                }
            }
            """);

    [Fact]
    public Task The_fix_uses_the_configured_minimum()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + "class C { void M() { using var a = RSA.Create([|1024|]); } }",
            FixedCode = Usings + "class C { void M() { using var a = RSA.Create(3072); } }",
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nRR1004.min_rsa_key_size = 3072\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task No_fix_for_constants_dsa_or_curves()
    {
        const string source = Usings + """
            class C
            {
                const int Bits = 1024;
                void M()
                {
                    using var a = RSA.Create([|Bits|]);
                    using var b = [|DSA.Create()|];
                    using var c = ECDsa.Create([|ECCurve.NamedCurves.brainpoolP160r1|]);
                }
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}
