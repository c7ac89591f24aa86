using System.Collections.Generic;
using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.KeyEscrow.KeyMaterialLeakAnalyzer>;

namespace RightsAnalyzers.Tests.KeyEscrow;

/// <summary>
/// Every RR2001 and RR2002 source, sanitizer and look-alike, each through a local and through a helper method that
/// returns it. The sink is the same log call throughout; the sinks have their own theory (KeyLeaveSinkTheoryTests).
/// </summary>
public sealed class KeyLeaveSourceTheoryTests
{
    private static readonly (string Code, string Display, bool Secret)[] SourceCases =
    {
        ("rsa.ExportParameters(true)", "private key parameters", false),
        ("dsa.ExportParameters(true)", "private key parameters", false),
        ("ecdsa.ExportParameters(true)", "private key parameters", false),
        ("ecdsa.ExportExplicitParameters(true)", "private key parameters", false),
        ("ecdh.ExportParameters(true)", "private key parameters", false),
        ("rsaParameters.D", "a private RSA parameter", false),
        ("rsaParameters.P", "a private RSA parameter", false),
        ("rsaParameters.Q", "a private RSA parameter", false),
        ("rsaParameters.DP", "a private RSA parameter", false),
        ("rsaParameters.DQ", "a private RSA parameter", false),
        ("rsaParameters.InverseQ", "a private RSA parameter", false),
        ("dsaParameters.X", "the private DSA parameter", false),
        ("ecParameters.D", "the private EC parameter", false),
        ("rsa.ExportRSAPrivateKey()", "a private key export", false),
        ("rsa.ExportRSAPrivateKeyPem()", "a private key export", false),
        ("rsa.ExportPkcs8PrivateKey()", "a private key export", false),
        ("rsa.ExportPkcs8PrivateKeyPem()", "a private key export", false),
        ("ecdsa.ExportPkcs8PrivateKey()", "a private key export", false),
        ("ecdsa.ExportECPrivateKey()", "a private key export", false),
        ("ecdsa.ExportECPrivateKeyPem()", "a private key export", false),
        ("ecdh.ExportECPrivateKey()", "a private key export", false),
        ("ecdh.ExportECPrivateKeyPem()", "a private key export", false),
        ("rsa.ToXmlString(true)", "a private key (ToXmlString(true))", false),
        ("dsa.ToXmlString(includePrivateParameters: true)", "a private key (ToXmlString(true))", false),
        ("certificate.Export(X509ContentType.Pfx)", "a PFX/PKCS#12 export of the private key without a password", false),
        ("certificate.Export(X509ContentType.Pkcs12, \"changeit\")", "a PFX/PKCS#12 export of the private key with no password or a hard-coded one", false),
        ("certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, \"\")", "a PFX/PKCS#12 export of the private key with no password or a hard-coded one", false),
        ("cng.Export(CngKeyBlobFormat.Pkcs8PrivateBlob)", "a private CNG key blob", false),
        ("cng.Export(CngKeyBlobFormat.EccPrivateBlob)", "a private CNG key blob", false),
        ("cng.Export(CngKeyBlobFormat.GenericPrivateBlob)", "a private CNG key blob", false),
        ("aes.Key", "a symmetric key", true),
        ("hmac.Key", "an HMAC key", true),
        ("kdf.GetBytes(32)", "a derived key", true),
        ("Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32)", "a derived key", true),
        ("HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, 32)", "a derived key", true),
        ("HKDF.Extract(HashAlgorithmName.SHA256, ikm)", "a derived key", true),
        ("HKDF.Expand(HashAlgorithmName.SHA256, prk, 32)", "a derived key", true),
        ("ecdh.DeriveKeyMaterial(peer)", "a Diffie-Hellman shared secret", true),
        ("ecdh.DeriveKeyFromHash(peer, HashAlgorithmName.SHA256)", "a Diffie-Hellman shared secret", true),
        ("ecdh.DeriveKeyFromHmac(peer, HashAlgorithmName.SHA256, hmacKey)", "a Diffie-Hellman shared secret", true),
        ("ecdh.DeriveKeyTls(peer, ikm, prk)", "a Diffie-Hellman shared secret", true),
        ("ecdh.DeriveRawSecretAgreement(peer)", "a Diffie-Hellman shared secret", true),
    };

    /// <summary>Remedies (encrypted exports, DataProtection, DPAPI, wrapping to a run-time key, key ids) and public material.</summary>
    private static readonly string[] QuietCases =
    {
        "rsa.ExportEncryptedPkcs8PrivateKey(password, pbe)",
        "rsa.ExportEncryptedPkcs8PrivateKeyPem(password, pbe)",
        "ecdsa.ExportEncryptedPkcs8PrivateKey(password, pbe)",
        "protector.Protect(rsa.ExportPkcs8PrivateKeyPem())",
        "protector.Protect(rsa.ExportPkcs8PrivateKey())",
        "ProtectedData.Protect(rsa.ExportPkcs8PrivateKey(), null, DataProtectionScope.CurrentUser)",
        "ProtectedData.Protect(aes.Key, null, DataProtectionScope.CurrentUser)",
        "recipient.Encrypt(aes.Key, RSAEncryptionPadding.OaepSHA256)",
        "certificate.Export(X509ContentType.Pfx, password)",
        "certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password)",
        "Convert.ToHexString(SHA256.HashData(rsa.ExportPkcs8PrivateKey()))",
        "SHA256.HashData(aes.Key)",
        "rsa.ExportSubjectPublicKeyInfo()",
        "rsa.ExportSubjectPublicKeyInfoPem()",
        "rsa.ExportRSAPublicKey()",
        "rsa.ExportRSAPublicKeyPem()",
        "rsa.ExportParameters(false)",
        "rsa.ToXmlString(false)",
        "ecdsa.ExportParameters(false)",
        "ecdsa.ExportSubjectPublicKeyInfo()",
        "rsaParameters.Modulus",
        "ecParameters.Q.X",
        "certificate.Export(X509ContentType.Cert)",
        "certificate.RawData",
        "cng.Export(CngKeyBlobFormat.EccPublicBlob)",
        "aes.IV",
        "aes.KeySize",
        "aes.Key.Length",
    };

    public static IEnumerable<object[]> Sources()
    {
        foreach (var source in SourceCases)
        {
            foreach (var shape in KeyFlowShapes.BothShapes)
            {
                yield return new object[] { source.Code, shape };
            }
        }
    }

    public static IEnumerable<object[]> Quiet()
    {
        foreach (var code in QuietCases)
        {
            foreach (var shape in KeyFlowShapes.BothShapes)
            {
                yield return new object[] { code, shape };
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public Task Key_material_source_is_reported_with_the_source_as_additional_location(string code, string shape)
    {
        var source = System.Array.Find(SourceCases, c => c.Code == code);
        var expected = Verify.Diagnostic(source.Secret ? Rules.SecretKeyLeaves : Rules.PrivateKeyLeaves).WithLocation(0).WithLocation(1)
            .WithArguments(KeyFlowShapes.Quote(code), source.Display, "API evidence", "a log", "LogInformation");
        return Verify.VerifyWithPackagesAsync(Program("{|#1:" + code + "|}", shape, marked: true), expected);
    }

    [Theory]
    [MemberData(nameof(Quiet))]
    public Task Protected_public_and_derived_values_stay_quiet(string code, string shape)
        => Verify.VerifyWithPackagesAsync(Program(code, shape, marked: false));

    /// <summary>A buffer handed to a crypto API as its key is a key, whatever produced it (RandomNumberGenerator here).</summary>
    [Theory]
    [InlineData("using var gcm = {|#1:new AesGcm(bytes, 16)|};", "new AesGcm(bytes, 16)", "local")]
    [InlineData("using var gcm = {|#1:new AesGcm(bytes, 16)|};", "new AesGcm(bytes, 16)", "helper")]
    [InlineData("{|#1:aes.Key = bytes|};", "aes.Key = bytes", "local")]
    [InlineData("{|#1:aes.Key = bytes|};", "aes.Key = bytes", "helper")]
    [InlineData("var mac = {|#1:HMACSHA256.HashData(bytes, ikm)|};", "HMACSHA256.HashData(bytes, ikm)", "local")]
    [InlineData("var mac = {|#1:HMACSHA256.HashData(bytes, ikm)|};", "HMACSHA256.HashData(bytes, ikm)", "helper")]
    [InlineData("using var hmacsha = {|#1:new HMACSHA256(bytes)|};", "new HMACSHA256(bytes)", "local")]
    [InlineData("using var hmacsha = {|#1:new HMACSHA256(bytes)|};", "new HMACSHA256(bytes)", "helper")]
    public Task Random_bytes_used_as_a_key_are_key_material(string use, string useCode, string shape)
    {
        var program = shape == KeyFlowShapes.Local
            ? "    void M()\n    {\n        var bytes = RandomNumberGenerator.GetBytes(32);\n        " + use + "\n        logger.LogInformation(\"{Key}\", {|#0:bytes|});\n    }\n"
            : "    void M() => logger.LogInformation(\"{Key}\", {|#0:NewKey()|});\n\n    byte[] NewKey()\n    {\n        var bytes = RandomNumberGenerator.GetBytes(32);\n        " + use + "\n        return bytes;\n    }\n";
        var expected = Verify.Diagnostic(Rules.SecretKeyLeaves).WithLocation(0).WithLocation(1)
            .WithArguments("'bytes'", "a key (it keys " + KeyFlowShapes.Quote(useCode) + ")", "API evidence", "a log", "LogInformation");
        return Verify.VerifyWithPackagesAsync(KeyFlowShapes.Usings + KeyFlowShapes.GrpcTypes + "class C\n{\n" + KeyFlowShapes.Fields + program + "}\n", expected);
    }

    /// <summary>The app's own wrapper configured as a network sink, called directly and from a helper.</summary>
    [Theory]
    [InlineData("local")]
    [InlineData("helper")]
    public Task Configured_network_sink_receives_key_material(string shape)
    {
        var body = shape == KeyFlowShapes.Local
            ? "        void M(RSA rsa, Vendor vendor)\n        {\n            var pem = {|#1:rsa.ExportRSAPrivateKeyPem()|};\n            vendor.Submit({|#0:pem|});\n        }\n"
            : "        void M(RSA rsa, Vendor vendor)\n        {\n            var pem = {|#1:rsa.ExportRSAPrivateKeyPem()|};\n            Forward(vendor, {|#0:pem|});\n        }\n\n        static void Forward(Vendor vendor, string payload) => vendor.Submit(payload);\n";
        var expected = Verify.Diagnostic(Rules.PrivateKeyLeaves).WithLocation(0).WithLocation(1)
            .WithArguments("'rsa.ExportRSAPrivateKeyPem()'", "a private key export", "API evidence", "the network",
                shape == KeyFlowShapes.Local ? "Vendor.Submit" : "Vendor.Submit (via Forward)");
        return Verify.VerifyWithPackagesAsync(
            RR2001PrivateKeyLeavesTests.Usings + "namespace App\n{\n    class Vendor { public void Submit(string payload) { } }\n    class C\n    {\n" + body + "    }\n}\n",
            "rights_analyzers.network_sinks = M:App.Vendor.Submit(System.String)",
            expected);
    }

    /// <summary>The local shape logs the value from M; the helper shape returns it from Export and logs the call.</summary>
    private static string Program(string source, string shape, bool marked)
    {
        var open = marked ? "{|#0:" : string.Empty;
        var close = marked ? "|}" : string.Empty;
        var members = shape == KeyFlowShapes.Local
            ? "    void M()\n    {\n        var material = " + source + ";\n        logger.LogInformation(\"{Key}\", " + open + "material" + close + ");\n    }\n"
            : "    void M() => logger.LogInformation(\"{Key}\", " + open + "Export()" + close + ");\n\n    object Export() => " + source + ";\n";
        return KeyFlowShapes.Usings + KeyFlowShapes.GrpcTypes + "class C\n{\n" + KeyFlowShapes.Fields + members + "}\n";
    }
}
