using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.KeyEscrow.EmbeddedRecipientAnalyzer>;

namespace RightsAnalyzers.Tests.KeyEscrow;

/// <summary>
/// The recipient operations of RR2003 other than RSA.Encrypt (key-exchange formatters, ECDH agreement, CMS recipients,
/// OpenPGP AddMethod with BouncyCastle), each with the embedded key built in a local and in a helper method.
/// </summary>
public sealed class RR2003RecipientTheoryTests
{
    private const string Usings = RR2003EmbeddedKeyTheoryTests.Usings + """
        using Org.BouncyCastle.Bcpg;
        using Org.BouncyCastle.Bcpg.OpenPgp;

        """;

    private const string PgpMembers = """
            const string EscrowArmored = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQENBGVzZXNjcm93AQgAxA7SEU+e0yQH5rm9kbCDN9o3aPIo7HbP\n-----END PGP PUBLIC KEY BLOCK-----";
            const string EscrowPgpBase64 = "mQENBGVzZXNjcm93AQgAxA7SEU+e0yQH5rm9kbCDN9o3aPIo7HbP";

        """;

    [Theory]
    [InlineData("local")]
    [InlineData("helper")]
    public Task Key_exchange_formatter_to_an_embedded_key_is_reported(string shape)
        => Verify.VerifyWithPackagesAsync(
            Program(
                "var escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(EscrowPem)|};", "RSA", "escrow", shape,
                "byte[] M(byte[] sessionKey)", key => "return {|#0:new RSAOAEPKeyExchangeFormatter(" + key + ").CreateKeyExchange(sessionKey)|};"),
            Verify.Diagnostic(Rules.EmbeddedRecipient).WithLocation(0).WithLocation(1)
                .WithArguments("RSAOAEPKeyExchangeFormatter.CreateKeyExchange", "key material 'sessionKey'", "an embedded RSA public key", "'escrow.ImportFromPem(EscrowPem)'"));

    [Theory]
    [InlineData("local")]
    [InlineData("helper")]
    public Task Key_agreement_with_an_embedded_peer_is_reported(string shape)
        => Verify.VerifyWithPackagesAsync(
            Program(
                "var escrow = ECDiffieHellman.Create();\n{|#1:escrow.ImportSubjectPublicKeyInfo(EscrowSpki, out _)|};", "ECDiffieHellman", "escrow", shape,
                "byte[] M(ECDiffieHellman me)", key => "return {|#0:me.DeriveKeyFromHash(" + key + ".PublicKey, HashAlgorithmName.SHA256)|};"),
            Verify.Diagnostic(Rules.EmbeddedRecipient).WithLocation(0).WithLocation(1)
                .WithArguments("ECDiffieHellman.DeriveKeyFromHash", "the agreed key", "an embedded EC public key", "'escrow.ImportSubjectPublicKeyInfo(EscrowSpki, out _)'"));

    [Theory]
    [InlineData("local")]
    [InlineData("helper")]
    public Task Extra_cms_recipient_with_an_embedded_certificate_is_reported(string shape)
        => Verify.VerifyWithPackagesAsync(
            Program(
                "var escrow = {|#1:X509CertificateLoader.LoadCertificate(Convert.FromBase64String(EscrowCertificate))|};", "X509Certificate2", "escrow", shape,
                "void M(ContentInfo content, X509Certificate2 patient)",
                key => "var envelope = new EnvelopedCms(content);\nvar recipients = new CmsRecipientCollection(new CmsRecipient(patient));\nrecipients.Add({|#0:new CmsRecipient(" + key + ")|});\nenvelope.Encrypt(recipients);"),
            Verify.Diagnostic(Rules.EmbeddedRecipient).WithLocation(0).WithLocation(1)
                .WithArguments("CmsRecipient", "the enveloped content", "an embedded certificate", KeyFlowShapes.Quote("X509CertificateLoader.LoadCertificate(Convert.FromBase64String(EscrowCertificate))")));

    /// <summary>
    /// OpenPGP keys from an armored constant, constant bytes, an armored stream over constants, and an embedded resource.
    /// With a run-time recipient added to the same generator, the embedded one is the "additional decryption key".
    /// </summary>
    [Theory]
    [InlineData("var rings = {|#1:new PgpPublicKeyRingBundle(PgpUtilities.GetDecoderStream(new MemoryStream(Encoding.ASCII.GetBytes(EscrowArmored))))|};\nPgpPublicKey escrow = null!;\nforeach (PgpPublicKeyRing ring in rings.GetKeyRings())\n{\n    escrow = ring.GetPublicKey();\n}",
        "new PgpPublicKeyRingBundle(PgpUtilities.GetDecoderStream(new MemoryStream(Encoding.ASCII.GetBytes(EscrowArmored))))", true, "local")]
    [InlineData("var rings = {|#1:new PgpPublicKeyRingBundle(PgpUtilities.GetDecoderStream(new MemoryStream(Encoding.ASCII.GetBytes(EscrowArmored))))|};\nPgpPublicKey escrow = null!;\nforeach (PgpPublicKeyRing ring in rings.GetKeyRings())\n{\n    escrow = ring.GetPublicKey();\n}",
        "new PgpPublicKeyRingBundle(PgpUtilities.GetDecoderStream(new MemoryStream(Encoding.ASCII.GetBytes(EscrowArmored))))", true, "helper")]
    [InlineData("var ring = {|#1:new PgpPublicKeyRing(Convert.FromBase64String(EscrowPgpBase64))|};\nvar escrow = ring.GetPublicKey();",
        "new PgpPublicKeyRing(Convert.FromBase64String(EscrowPgpBase64))", false, "local")]
    [InlineData("var ring = {|#1:new PgpPublicKeyRing(Convert.FromBase64String(EscrowPgpBase64))|};\nvar escrow = ring.GetPublicKey();",
        "new PgpPublicKeyRing(Convert.FromBase64String(EscrowPgpBase64))", false, "helper")]
    [InlineData("var ring = {|#1:new PgpPublicKeyRing(new ArmoredInputStream(new MemoryStream(Encoding.ASCII.GetBytes(EscrowArmored))))|};\nvar escrow = ring.GetPublicKey();",
        "new PgpPublicKeyRing(new ArmoredInputStream(new MemoryStream(Encoding.ASCII.GetBytes(EscrowArmored))))", true, "local")]
    [InlineData("var ring = {|#1:new PgpPublicKeyRing(new ArmoredInputStream(new MemoryStream(Encoding.ASCII.GetBytes(EscrowArmored))))|};\nvar escrow = ring.GetPublicKey();",
        "new PgpPublicKeyRing(new ArmoredInputStream(new MemoryStream(Encoding.ASCII.GetBytes(EscrowArmored))))", true, "helper")]
    [InlineData("var factory = {|#1:new PgpObjectFactory(PgpUtilities.GetDecoderStream(typeof(C).Assembly.GetManifestResourceStream(\"escrow.asc\")!))|};\nvar escrow = ((PgpPublicKeyRing)factory.NextPgpObject()).GetPublicKey();",
        "new PgpObjectFactory(PgpUtilities.GetDecoderStream(typeof(C).Assembly.GetManifestResourceStream(\"escrow.asc\")!))", true, "local")]
    [InlineData("var factory = {|#1:new PgpObjectFactory(PgpUtilities.GetDecoderStream(typeof(C).Assembly.GetManifestResourceStream(\"escrow.asc\")!))|};\nvar escrow = ((PgpPublicKeyRing)factory.NextPgpObject()).GetPublicKey();",
        "new PgpObjectFactory(PgpUtilities.GetDecoderStream(typeof(C).Assembly.GetManifestResourceStream(\"escrow.asc\")!))", true, "helper")]
    public Task Pgp_recipient_from_embedded_data_is_reported(string statements, string keyCode, bool besideRealRecipient, string shape)
        => Verify.VerifyWithPackagesAsync(
            PgpProgram(statements, shape, besideRealRecipient, marked: true),
            Verify.Diagnostic(Rules.EmbeddedRecipient).WithLocation(0).WithLocation(1)
                .WithArguments("PgpEncryptedDataGenerator.AddMethod", besideRealRecipient ? "the message, next to its real recipient," : "the message",
                    "an embedded OpenPGP public key", KeyFlowShapes.Quote(keyCode)));

    [Theory]
    [InlineData("var rings = new PgpPublicKeyRingBundle(PgpUtilities.GetDecoderStream(File.OpenRead(path)));\nPgpPublicKey escrow = null!;\nforeach (PgpPublicKeyRing ring in rings.GetKeyRings())\n{\n    escrow = ring.GetPublicKey();\n}", "local")]
    [InlineData("var rings = new PgpPublicKeyRingBundle(PgpUtilities.GetDecoderStream(File.OpenRead(path)));\nPgpPublicKey escrow = null!;\nforeach (PgpPublicKeyRing ring in rings.GetKeyRings())\n{\n    escrow = ring.GetPublicKey();\n}", "helper")]
    [InlineData("var escrow = new PgpPublicKeyRing(PgpUtilities.GetDecoderStream(upload)).GetPublicKey();", "local")]
    [InlineData("var escrow = new PgpPublicKeyRing(PgpUtilities.GetDecoderStream(upload)).GetPublicKey();", "helper")]
    [InlineData("var escrow = new PgpPublicKeyRing(Convert.FromBase64String(configuration[\"Contacts:Alice\"]!)).GetPublicKey();", "local")]
    [InlineData("var escrow = new PgpPublicKeyRing(Convert.FromBase64String(configuration[\"Contacts:Alice\"]!)).GetPublicKey();", "helper")]
    public Task Pgp_recipient_read_at_run_time_is_quiet(string statements, string shape)
        => Verify.VerifyWithPackagesAsync(PgpProgram(statements, shape, besideRealRecipient: true, marked: false));

    [Fact]
    public Task Pgp_passphrase_recipient_is_not_a_public_key()
        => Verify.VerifyWithPackagesAsync(
            Usings + "class C\n{\n" + RR2003EmbeddedKeyTheoryTests.Members + """
                void M(PgpEncryptedDataGenerator generator, PgpPublicKey recipientKey)
                {
                    generator.AddMethod(recipientKey);
                    generator.AddMethod("correct horse battery staple".ToCharArray(), HashAlgorithmTag.Sha256);
                }
            }
            """);

    [Fact]
    public Task Half_typed_pgp_code_does_not_crash()
        => Verify.VerifyWithPackagesAsync(
            Usings + "class C\n{\n" + RR2003EmbeddedKeyTheoryTests.Members + """
                void M(PgpEncryptedDataGenerator generator)
                {
                    var ring = new PgpPublicKeyRing({|CS0103:Absent|});
                    generator.AddMethod(ring.{|CS1061:GetKey|}());
                    generator.AddMethod({|CS1503:"text"|});
                    var resource = typeof(C).Assembly.GetManifestResourceStream({|CS0103:name|});
                    resource!.CopyTo({|CS0103:target|});
                }
            }
            """);

    /// <summary>Local: M builds <paramref name="keyLocal"/> and uses it. Helper: EscrowKey builds and returns it; M uses EscrowKey().</summary>
    private static string Program(string statements, string keyType, string keyLocal, string shape, string signature, System.Func<string, string> use)
    {
        var indented = "        " + statements.Replace("\n", "\n        ");
        var members = shape == KeyFlowShapes.Local
            ? "    " + signature + "\n    {\n" + indented + "\n        " + use(keyLocal).Replace("\n", "\n        ") + "\n    }\n"
            : "    " + signature + "\n    {\n        " + use("EscrowKey()").Replace("\n", "\n        ") + "\n    }\n\n    " + keyType + " EscrowKey()\n    {\n" + indented + "\n        return " + keyLocal + ";\n    }\n";
        return Usings + "class C\n{\n" + RR2003EmbeddedKeyTheoryTests.Members + members + "}\n";
    }

    private static string PgpProgram(string statements, string shape, bool besideRealRecipient, bool marked)
    {
        var real = besideRealRecipient ? "generator.AddMethod(recipientKey);\n" : string.Empty;
        return Program(
            statements.Replace("{|#1:", marked ? "{|#1:" : string.Empty).Replace("|}", marked ? "|}" : string.Empty),
            "PgpPublicKey", "escrow", shape, "void M(PgpEncryptedDataGenerator generator, PgpPublicKey recipientKey)",
            key => real + (marked ? "{|#0:" : string.Empty) + "generator.AddMethod(" + key + ")" + (marked ? "|}" : string.Empty) + ";")
            .Replace("class C\n{\n", "class C\n{\n" + PgpMembers);
    }
}
