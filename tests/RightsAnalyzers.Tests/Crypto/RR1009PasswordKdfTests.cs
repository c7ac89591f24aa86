using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.PasswordKdfAnalyzer>;

namespace RightsAnalyzers.Tests.Crypto;

public sealed class RR1009PasswordKdfTests
{
    private const string Usings = "using System; using System.Security.Cryptography; using System.Text;\n";

    [Fact]
    public Task Pbkdf1_is_reported()
        => Verify.VerifyAsync(Usings + "class C { object M(string pw, byte[] salt) => [|new PasswordDeriveBytes(pw, salt)|]; }");

    [Theory]
    [InlineData("[|new Rfc2898DeriveBytes(pw, salt)|]")]
    [InlineData("[|new Rfc2898DeriveBytes(pw, 16)|]")]
    [InlineData("new Rfc2898DeriveBytes(pw, salt, [|10_000|])")]
    [InlineData("new Rfc2898DeriveBytes(pw, salt, [|1_000_000|])")]
    [InlineData("new Rfc2898DeriveBytes(pw, salt, [|100_000|], HashAlgorithmName.SHA256)")]
    [InlineData("new Rfc2898DeriveBytes(pw, salt, [|200_000|], HashAlgorithmName.SHA512)")]
    [InlineData("new Rfc2898DeriveBytes(pw, salt, [|200_000|], HashAlgorithmName.SHA384)")]
    [InlineData("new Rfc2898DeriveBytes(pw, salt, [|1_000_000|], HashAlgorithmName.MD5)")]
    [InlineData("new Rfc2898DeriveBytes(pw, salt, [|500_000|], new HashAlgorithmName(\"SHA256\"))")]
    [InlineData("new Rfc2898DeriveBytes(pw, salt, [|100_000|], configured)")]
    [InlineData("Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|100_000|], HashAlgorithmName.SHA256, 32)")]
    [InlineData("Rfc2898DeriveBytes.Pbkdf2(pw.AsSpan(), salt, [|10_000|], HashAlgorithmName.SHA1, 32)")]
    [InlineData("Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pw), salt, [|150_000|], HashAlgorithmName.SHA512, 64)")]
    public Task Too_few_iterations_are_reported(string expression)
        => Verify.VerifyAsync(Usings + "class C { object M(string pw, byte[] salt, HashAlgorithmName configured) => " + expression + "; }");

    [Fact]
    public Task Iteration_count_setters_constants_and_locals_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                const int Iterations = 10_000;

                void M(string pw, byte[] salt, Rfc2898DeriveBytes existing)
                {
                    var a = new Rfc2898DeriveBytes(pw, salt, 600_000, HashAlgorithmName.SHA256);
                    a.IterationCount = [|100_000|];
                    var b = new Rfc2898DeriveBytes(pw, salt) { IterationCount = [|5_000|] };
                    existing.IterationCount = [|50_000|];
                    var c = Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|Iterations|], HashAlgorithmName.SHA256, 32);
                    var rounds = 1000;
                    var d = Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|rounds|], HashAlgorithmName.SHA512, 64);
                }
            }
            """);

    [Fact]
    public Task Short_and_constant_salts_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                static readonly byte[] Pepper = Encoding.UTF8.GetBytes("clinic-pepper");
                static readonly byte[] FixedSalt = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

                void M(string pw)
                {
                    var a = Rfc2898DeriveBytes.Pbkdf2(pw, [|new byte[8]|], 600_000, HashAlgorithmName.SHA256, 32);
                    var b = Rfc2898DeriveBytes.Pbkdf2(pw, [|RandomNumberGenerator.GetBytes(8)|], 600_000, HashAlgorithmName.SHA256, 32);
                    var c = Rfc2898DeriveBytes.Pbkdf2(pw, [|Encoding.UTF8.GetBytes("static-salt")|], 600_000, HashAlgorithmName.SHA256, 32);
                    var d = Rfc2898DeriveBytes.Pbkdf2(pw, [|new byte[] { 1, 2, 3, 4 }|], 600_000, HashAlgorithmName.SHA256, 32);
                    var e = Rfc2898DeriveBytes.Pbkdf2(pw, [|Pepper|], 600_000, HashAlgorithmName.SHA256, 32);
                    var f = Rfc2898DeriveBytes.Pbkdf2(pw, [|FixedSalt|], 600_000, HashAlgorithmName.SHA256, 32);
                    var g = Rfc2898DeriveBytes.Pbkdf2(pw.AsSpan(), [|"salt"u8|], 600_000, HashAlgorithmName.SHA256, 32);
                    var h = Rfc2898DeriveBytes.Pbkdf2(pw, [|Convert.FromBase64String("c2FsdHNhbHQ=")|], 600_000, HashAlgorithmName.SHA256, 32);
                    var salt = RandomNumberGenerator.GetBytes(4);
                    var i = Rfc2898DeriveBytes.Pbkdf2(pw, [|salt|], 600_000, HashAlgorithmName.SHA256, 32);
                    var j = new Rfc2898DeriveBytes(pw, [|8|], 1_300_000);
                }
            }
            """);

    [Fact]
    public Task Message_names_the_count_the_prf_and_the_minimum()
        => Verify.VerifyAsync(
            Usings + "class C { byte[] M(string pw, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(pw, salt, {|#0:100_000|}, HashAlgorithmName.SHA256, 32); }",
            Verify.Diagnostic(RightsAnalyzers.Infrastructure.Rules.WeakPasswordKdf).WithLocation(0).WithArguments(
                "Rfc2898DeriveBytes.Pbkdf2(…)", "runs 100000 iterations of HMAC-SHA256", "use at least 600000 iterations"));

    [Fact]
    public Task Strong_settings_and_unknown_values_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(string pw, byte[] storedSalt, int configuredIterations, HashAlgorithmName configured)
                {
                    var salt = RandomNumberGenerator.GetBytes(16);
                    var a = Rfc2898DeriveBytes.Pbkdf2(pw, salt, 600_000, HashAlgorithmName.SHA256, 32);
                    var b = Rfc2898DeriveBytes.Pbkdf2(pw, salt, 210_000, HashAlgorithmName.SHA512, 64);
                    var c = Rfc2898DeriveBytes.Pbkdf2(pw, salt, 1_300_000, HashAlgorithmName.SHA1, 20);
                    var d = Rfc2898DeriveBytes.Pbkdf2(pw, storedSalt, configuredIterations, HashAlgorithmName.SHA256, 32);
                    var e = Rfc2898DeriveBytes.Pbkdf2(pw, storedSalt, 250_000, configured, 32);   // above every minimum but SHA-1's: unknown PRF
                    var buffer = new byte[32];
                    RandomNumberGenerator.Fill(buffer);
                    var f = Rfc2898DeriveBytes.Pbkdf2(pw, buffer, 600_000, HashAlgorithmName.SHA256, 32);
                    var g = new Rfc2898DeriveBytes(pw, 32, 600_000, HashAlgorithmName.SHA256);
                    var h = new Rfc2898DeriveBytes(pw, storedSalt) { IterationCount = 1_300_000 };
                    var i = new Rfc2898DeriveBytes(pw, storedSalt);
                    i.IterationCount = 1_300_000;
                    // Not a password KDF: HKDF over a high-entropy key needs no iterations.
                    var k = HKDF.DeriveKey(HashAlgorithmName.SHA256, buffer, 32, salt, null);
                }
            }
            """);

    [Fact]
    public Task Minimums_are_configurable_and_invalid_values_keep_the_defaults()
        => Task.WhenAll(
            Verify.VerifyAsync(
                Usings + """
                class C
                {
                    void M(string pw)
                    {
                        var salt = RandomNumberGenerator.GetBytes(32);
                        var a = Rfc2898DeriveBytes.Pbkdf2(pw, salt, 100_000, HashAlgorithmName.SHA256, 32);
                        var b = Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|99_999|], HashAlgorithmName.SHA256, 32);
                        var c = Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|200_000|], HashAlgorithmName.SHA1, 20);
                        var d = Rfc2898DeriveBytes.Pbkdf2(pw, salt, [|300_000|], HashAlgorithmName.SHA512, 64);
                        var e = Rfc2898DeriveBytes.Pbkdf2(pw, [|RandomNumberGenerator.GetBytes(16)|], 400_000, HashAlgorithmName.SHA512, 64);
                    }
                }
                """,
                "RR1009.min_iterations_sha256 = 100000\nRR1009.min_iterations_sha1 = 300_000\nRR1009.min_iterations_sha512 = 400000\nRR1009.min_salt_bytes = 32"),
            Verify.VerifyAsync(
                Usings + "class C { byte[] M(string pw, byte[] s) => Rfc2898DeriveBytes.Pbkdf2(pw, s, [|500_000|], HashAlgorithmName.SHA256, 32); }",
                "RR1009.min_iterations_sha256 = many\nRR1009.min_salt_bytes = -1"));

    [Fact]
    public Task Aspnetcore_key_derivation_and_identity_options_are_reported()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Microsoft.AspNetCore.Cryptography.KeyDerivation;
                using Microsoft.AspNetCore.Identity;

                class C
                {
                    byte[] Hash(string pw, byte[] salt) => KeyDerivation.Pbkdf2(pw, salt, KeyDerivationPrf.HMACSHA256, [|10_000|], 32);
                    byte[] Strong(string pw, byte[] salt) => KeyDerivation.Pbkdf2(pw, salt, KeyDerivationPrf.HMACSHA512, 210_000, 64);

                    void Configure(PasswordHasherOptions options)
                    {
                        options.IterationCount = [|10_000|];
                        options.CompatibilityMode = [|PasswordHasherCompatibilityMode.IdentityV2|];
                        options.IterationCount = 310_000;
                    }
                }
                """,
        };
        test.ReferenceAssemblies = Verifiers.TestReferences.Net80.AddPackages(ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.0")));
        return test.RunAsync();
    }

    [Fact]
    public Task Code_without_key_derivation_is_quiet()
        => Verify.VerifyAsync("class C { int IterationCount { get; set; } void M() { IterationCount = 1; } }");

    [Fact]
    public Task Half_typed_code_does_not_throw_and_intact_code_is_still_reported()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + """
                class C
                {
                    void M(string pw, Unknown salt)
                    {
                        var a = Rfc2898DeriveBytes.Pbkdf2(pw, salt, 1, Missing, 32);
                        var b = new Rfc2898DeriveBytes(pw, new byte[16], [|1000|]);
                        var c = Rfc2898DeriveBytes.Pbkdf2(
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }
}
