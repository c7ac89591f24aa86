using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.KeyStrengthAnalyzer>;

namespace RightsAnalyzers.Tests.Crypto;

public sealed class RR1004KeyStrengthTests
{
    private const string Usings = "using System; using System.Security.Cryptography;\n";

    [Theory]
    [InlineData("new RSACryptoServiceProvider([|1024|])")]
    [InlineData("new RSACryptoServiceProvider([|512|], new CspParameters())")]
    [InlineData("new RSACng([|1024|])")]
    [InlineData("new RSAOpenSsl([|1536|])")]
    [InlineData("RSA.Create([|1024|])")]
    [InlineData("RSA.Create(keySizeInBits: [|1024|])")]
    [InlineData("new RSACng { KeySize = [|1024|] }")]
    [InlineData("[|new RSACryptoServiceProvider()|].Encrypt(new byte[1], true)")]
    [InlineData("[|DSA.Create()|]")]
    [InlineData("[|DSA.Create(2048)|]")]
    [InlineData("[|new DSACryptoServiceProvider()|]")]
    [InlineData("[|new DSACng()|]")]
    [InlineData("[|AsymmetricAlgorithm.Create(\"DSA\")|]")]
    [InlineData("[|CryptoConfig.CreateFromName(\"System.Security.Cryptography.DSACryptoServiceProvider\")|]")]
    [InlineData("new ECDsaCng([|192|])")]
    [InlineData("new ECDiffieHellmanCng([|160|])")]
    [InlineData("ECDsa.Create([|ECCurve.NamedCurves.brainpoolP160r1|])")]
    [InlineData("ECDiffieHellman.Create([|ECCurve.NamedCurves.brainpoolP192t1|])")]
    [InlineData("ECDsa.Create([|ECCurve.CreateFromFriendlyName(\"secp160r1\")|])")]
    [InlineData("ECDsa.Create([|ECCurve.CreateFromValue(\"1.2.840.10045.3.1.1\")|])")]
    [InlineData("ECDsa.Create([|ECCurve.CreateFromOid(new Oid(\"1.3.132.0.9\"))|])")]
    [InlineData("ECDsa.Create([|ECCurve.CreateFromOid(Oid.FromFriendlyName(\"prime192v1\", OidGroup.PublicKeyAlgorithm))|])")]
    public Task Weak_keys_are_reported(string expression)
        => Verify.VerifyAsync(Usings + "class C { object M() => " + expression + "; }");

    [Fact]
    public Task Key_size_setters_consts_and_locals_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                const int LegacyBits = 1024;

                void M(RSA rsa, ECDsa ecdsa)
                {
                    rsa.KeySize = [|1024|];
                    rsa.KeySize = [|LegacyBits|];
                    ecdsa.KeySize = [|192|];
                    var bits = 1024;
                    using var a = RSA.Create([|bits|]);
                    using var b = new RSACng([|LegacyBits|]);
                    ecdsa.GenerateKey([|ECCurve.NamedCurves.brainpoolP160r1|]);
                }
            }
            """);

    [Fact]
    public Task Default_sized_csp_is_reported_unless_a_key_is_imported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                byte[] Fresh(byte[] data)
                {
                    using var rsa = [|new RSACryptoServiceProvider()|];
                    rsa.KeySize = 2048; // ignored by the CAPI provider: the key stays 1024 bits
                    return rsa.Encrypt(data, true);
                }

                byte[] FromXml(string xml, byte[] data)
                {
                    using var rsa = new RSACryptoServiceProvider();
                    rsa.FromXmlString(xml);
                    return rsa.Encrypt(data, true);
                }

                byte[] FromParameters(RSAParameters parameters, byte[] data)
                {
                    var rsa = new RSACryptoServiceProvider(1024);
                    rsa.ImportParameters(parameters);
                    return rsa.Encrypt(data, true);
                }

                byte[] FromPem(string pem, byte[] data)
                {
                    using var rsa = RSA.Create(512);
                    rsa.ImportFromPem(pem);
                    return rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);
                }

                // Where the object goes (a field, a caller) the key may be imported later: unknown, not reported.
                readonly RSACryptoServiceProvider provider = new RSACryptoServiceProvider();
                RSA Make() => new RSACryptoServiceProvider();
            }
            """);

    [Fact]
    public Task Strong_and_unknown_sizes_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(int configuredBits, RSA rsa, ECCurve curve)
                {
                    using var a = RSA.Create();
                    using var b = RSA.Create(2048);
                    using var c = new RSACng(4096);
                    using var d = new RSACryptoServiceProvider(3072);
                    using var e = RSA.Create(configuredBits);
                    rsa.KeySize = configuredBits;
                    var bits = 1024;
                    bits = configuredBits;
                    using var f = RSA.Create(bits);
                    using var g = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                    using var h = ECDsa.Create(ECCurve.CreateFromFriendlyName("secp384r1"));
                    using var i = ECDsa.Create(ECCurve.CreateFromFriendlyName("my-custom-curve"));
                    using var j = new ECDsaCng(256);
                    // Comparing against a weak curve is a check, not a use.
                    var weak = curve.Oid.FriendlyName == ECCurve.NamedCurves.brainpoolP160r1.Oid.FriendlyName;
                    if (rsa.KeySize < 2048) throw new CryptographicException("key too small");
                }
            }
            """);

    [Fact]
    public Task Message_names_the_construct_the_size_and_the_minimum()
        => Verify.VerifyAsync(
            Usings + "class C { object M() => RSA.Create({|#0:1024|}); }",
            Verify.Diagnostic(RightsAnalyzers.Infrastructure.Rules.WeakKeySize).WithLocation(0).WithArguments("RSA.Create(1024)", "creates a 1024-bit RSA key", "at least 2048 bits"));

    [Fact]
    public Task Minimum_sizes_are_configurable()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M()
                {
                    using var a = RSA.Create([|2048|]);
                    using var b = RSA.Create(3072);
                    using var c = ECDsa.Create([|ECCurve.NamedCurves.brainpoolP224r1|]);
                    using var d = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                }
            }
            """,
            "RR1004.min_rsa_key_size = 3072\nRR1004.min_ec_key_size = 256");

    [Fact]
    public Task An_invalid_option_value_keeps_the_default()
        => Verify.VerifyAsync(
            Usings + "class C { void M() { using var a = RSA.Create([|1024|]); using var b = RSA.Create(2048); } }",
            "RR1004.min_rsa_key_size = lots");

    [Fact]
    public Task Code_without_cryptography_is_quiet()
        => Verify.VerifyAsync("class C { int KeySize { get; set; } void M() { KeySize = 512; } }");

    [Fact]
    public Task Half_typed_code_does_not_throw_and_intact_code_is_still_reported()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + """
                class C
                {
                    void M(Unknown u)
                    {
                        u.KeySize = 512;
                        var x = new Unknown(512);
                        var y = RSA.Create(
                        var z = RSA.Create([|1024|]);
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }
}
