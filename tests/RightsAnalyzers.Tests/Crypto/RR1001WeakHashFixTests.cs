using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Crypto.WeakHashAnalyzer,
    RightsAnalyzers.CodeFixes.Crypto.WeakHashCodeFixProvider>;

namespace RightsAnalyzers.Tests.Crypto;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR1001WeakHashFixTests
{
    private const string Usings = "using System.IO; using System.Security.Cryptography;\n";

    [Fact]
    public Task Factories_and_one_shot_calls_move_to_sha256()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                byte[] M(byte[] data, Stream s)
                {
                    using var a = [|MD5.Create()|];
                    using HashAlgorithm b = [|SHA1.Create()|];
                    var c = [|System.Security.Cryptography.MD5.HashData(data)|];
                    return [|SHA1.HashData(s)|];
                }
            }
            """,
            Usings + """
            class C
            {
                byte[] M(byte[] data, Stream s)
                {
                    using var a = SHA256.Create();
                    using HashAlgorithm b = SHA256.Create();
                    var c = SHA256.HashData(data);
                    return SHA256.HashData(s);
                }
            }
            """);

    [Fact]
    public Task Constructors_become_the_factory_and_explicit_local_types_follow()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(byte[] key)
                {
                    MD5 md5 = [|MD5.Create()|];
                    SHA1CryptoServiceProvider sha = [|new SHA1CryptoServiceProvider()|];
                    var hmac = [|new HMACMD5(key)|];
                }
            }
            """,
            Usings + """
            class C
            {
                void M(byte[] key)
                {
                    SHA256 md5 = SHA256.Create();
                    SHA256 sha = SHA256.Create();
                    var hmac = new HMACSHA256(key);
                }
            }
            """);

    [Fact]
    public Task Names_and_HashAlgorithmName_are_rewritten()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(RSA rsa, byte[] data)
                {
                    var h = [|HashAlgorithm.Create("MD5")|];
                    var k = [|CryptoConfig.CreateFromName("SHA1")|];
                    rsa.SignData(data, [|HashAlgorithmName.SHA1|], RSASignaturePadding.Pss);
                }
            }
            """,
            Usings + """
            class C
            {
                void M(RSA rsa, byte[] data)
                {
                    var h = HashAlgorithm.Create("SHA256");
                    var k = CryptoConfig.CreateFromName("SHA256");
                    rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
                }
            }
            """);

    [Fact]
    public Task No_fix_where_the_digest_would_not_fit()
    {
        const string source = Usings + """
            class C
            {
                MD5 field = [|MD5.Create()|];
                bool M(byte[] data, byte[] digest) => [|MD5.TryHashData(data, digest, out _)|];
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}
