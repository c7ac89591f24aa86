using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Crypto.PasswordKdfAnalyzer,
    RightsAnalyzers.CodeFixes.Crypto.PasswordKdfCodeFixProvider>;

namespace RightsAnalyzers.Tests.Crypto;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR1009PasswordKdfFixTests
{
    private const string Usings = "using System.Security.Cryptography;\n";

    [Fact]
    public Task Counts_rise_to_the_minimum_for_their_prf_and_defaults_get_sha256()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(string pw, byte[] salt)
                {
                    var a = Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|10_000|], HashAlgorithmName.SHA256, 32);
                    var b = Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|10000|], HashAlgorithmName.SHA512, 64);
                    var c = new Rfc2898DeriveBytes(pw, salt, [|1000|]);
                    var d = [|new Rfc2898DeriveBytes(pw, salt)|];
                    c.IterationCount = [|5|];
                }
            }
            """,
            Usings + """
            class C
            {
                void M(string pw, byte[] salt)
                {
                    var a = Rfc2898DeriveBytes.Pbkdf2(pw, salt, 600_000, HashAlgorithmName.SHA256, 32);
                    var b = Rfc2898DeriveBytes.Pbkdf2(pw, salt, 210_000, HashAlgorithmName.SHA512, 64);
                    var c = new Rfc2898DeriveBytes(pw, salt, 1_300_000);
                    var d = new Rfc2898DeriveBytes(pw, salt, 600_000, HashAlgorithmName.SHA256);
                    c.IterationCount = 1_300_000;
                }
            }
            """);

    [Fact]
    public Task No_fix_for_pbkdf1_salts_md5_unknown_prfs_or_constants()
    {
        const string source = Usings + """
            class C
            {
                const int Rounds = 1000;
                void M(string pw, byte[] salt, HashAlgorithmName configured)
                {
                    var a = [|new PasswordDeriveBytes(pw, salt)|];
                    var b = Rfc2898DeriveBytes.Pbkdf2(pw, [|new byte[8]|], 600_000, HashAlgorithmName.SHA256, 32);
                    var c = Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|1000|], HashAlgorithmName.MD5, 16);
                    var d = Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|1000|], configured, 32);
                    var e = Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|Rounds|], HashAlgorithmName.SHA256, 32);
                }
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}
