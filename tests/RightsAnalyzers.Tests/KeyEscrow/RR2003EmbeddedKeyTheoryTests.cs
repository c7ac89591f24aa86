using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.KeyEscrow.EmbeddedRecipientAnalyzer>;

namespace RightsAnalyzers.Tests.KeyEscrow;

/// <summary>
/// Every way RR2003 knows a recipient key is built into the app (constants, base64, XML, parameters, certificates, and
/// embedded resources read through StreamReader, CopyTo or a helper), each through a local and through a helper method
/// that returns the key; and keys that arrive at run time, which stay quiet.
/// </summary>
public sealed class RR2003EmbeddedKeyTheoryTests
{
    internal const string Usings = KeyFlowShapes.Usings + """
        using System.Reflection;
        using Microsoft.Extensions.Configuration;

        """;

    /// <summary>The class's constants, run-time inputs, and a helper that reads an embedded resource.</summary>
    internal const string Members = """
            const string EscrowPem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----";
            const string EscrowCertificate = "MIIBszCCAVmgAwIBAgIUJ0A=";
            const string EscrowRsaBase64 = "MIIBCgKCAQEAxA7SEU+e0yQH5rm9kbCDN9o3aPIo7HbP7tX6WOocLZAt";
            static readonly byte[] EscrowSpki = Convert.FromBase64String("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");

            private readonly IConfiguration configuration = null!;
            private readonly HttpClient http = new();
            private readonly Stream upload = null!;
            private readonly string path = Environment.GetEnvironmentVariable("ESCROW_KEY_PATH")!;

            static string LoadEmbeddedKey() => new StreamReader(typeof(C).Assembly.GetManifestResourceStream("k.pem")!).ReadToEnd();

            // What the .resx designer generates: a property over ResourceManager.GetString.
            static string ResxEscrowPem => new System.Resources.ResourceManager("App.Keys", typeof(C).Assembly).GetString("EscrowPem")!;

        """;

    [Theory]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(EscrowPem)|};", "escrow.ImportFromPem(EscrowPem)", "an embedded RSA public key", "local")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(EscrowPem)|};", "escrow.ImportFromPem(EscrowPem)", "an embedded RSA public key", "helper")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportSubjectPublicKeyInfo(EscrowSpki, out _)|};", "escrow.ImportSubjectPublicKeyInfo(EscrowSpki, out _)", "an embedded RSA public key", "local")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportSubjectPublicKeyInfo(EscrowSpki, out _)|};", "escrow.ImportSubjectPublicKeyInfo(EscrowSpki, out _)", "an embedded RSA public key", "helper")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportRSAPublicKey(Convert.FromBase64String(EscrowRsaBase64), out _)|};", "escrow.ImportRSAPublicKey(Convert.FromBase64String(EscrowRsaBase64), out _)", "an embedded RSA public key", "local")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportRSAPublicKey(Convert.FromBase64String(EscrowRsaBase64), out _)|};", "escrow.ImportRSAPublicKey(Convert.FromBase64String(EscrowRsaBase64), out _)", "an embedded RSA public key", "helper")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.FromXmlString(\"<RSAKeyValue><Modulus>xA7SEU+e0yQH</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>\")|};", "escrow.FromXmlString(\"<RSAKeyValue><Modulus>xA7SEU+e0yQH</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>\")", "an embedded RSA public key", "local")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.FromXmlString(\"<RSAKeyValue><Modulus>xA7SEU+e0yQH</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>\")|};", "escrow.FromXmlString(\"<RSAKeyValue><Modulus>xA7SEU+e0yQH</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>\")", "an embedded RSA public key", "helper")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportParameters(new RSAParameters { Modulus = Convert.FromBase64String(EscrowRsaBase64), Exponent = new byte[] { 1, 0, 1 } })|};", "escrow.ImportParameters(new RSAParameters { Modulus = Convert.FromBase64String(EscrowRsaBase64), Exponent = new byte[] { 1, 0, 1 } })", "an embedded RSA public key", "local")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportParameters(new RSAParameters { Modulus = Convert.FromBase64String(EscrowRsaBase64), Exponent = new byte[] { 1, 0, 1 } })|};", "escrow.ImportParameters(new RSAParameters { Modulus = Convert.FromBase64String(EscrowRsaBase64), Exponent = new byte[] { 1, 0, 1 } })", "an embedded RSA public key", "helper")]
    [InlineData("var escrow = {|#1:new X509Certificate2(Convert.FromBase64String(EscrowCertificate))|}.GetRSAPublicKey()!;", "new X509Certificate2(Convert.FromBase64String(EscrowCertificate))", "an embedded certificate", "local")]
    [InlineData("var escrow = {|#1:new X509Certificate2(Convert.FromBase64String(EscrowCertificate))|}.GetRSAPublicKey()!;", "new X509Certificate2(Convert.FromBase64String(EscrowCertificate))", "an embedded certificate", "helper")]
    [InlineData("var escrow = {|#1:X509CertificateLoader.LoadCertificate(Convert.FromBase64String(EscrowCertificate))|}.GetRSAPublicKey()!;", "X509CertificateLoader.LoadCertificate(Convert.FromBase64String(EscrowCertificate))", "an embedded certificate", "local")]
    [InlineData("var escrow = {|#1:X509CertificateLoader.LoadCertificate(Convert.FromBase64String(EscrowCertificate))|}.GetRSAPublicKey()!;", "X509CertificateLoader.LoadCertificate(Convert.FromBase64String(EscrowCertificate))", "an embedded certificate", "helper")]
    [InlineData("var pem = new StreamReader(typeof(C).Assembly.GetManifestResourceStream(\"escrow.pem\")!).ReadToEnd();\nvar escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(pem)|};", "escrow.ImportFromPem(pem)", "an embedded RSA public key", "local")]
    [InlineData("var pem = new StreamReader(typeof(C).Assembly.GetManifestResourceStream(\"escrow.pem\")!).ReadToEnd();\nvar escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(pem)|};", "escrow.ImportFromPem(pem)", "an embedded RSA public key", "helper")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(LoadEmbeddedKey())|};", "escrow.ImportFromPem(LoadEmbeddedKey())", "an embedded RSA public key", "local")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(LoadEmbeddedKey())|};", "escrow.ImportFromPem(LoadEmbeddedKey())", "an embedded RSA public key", "helper")]
    [InlineData("using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(\"escrow.cer\")!;\nusing var memory = new MemoryStream();\nresource.CopyTo(memory);\nvar escrow = {|#1:X509CertificateLoader.LoadCertificate(memory.ToArray())|}.GetRSAPublicKey()!;", "X509CertificateLoader.LoadCertificate(memory.ToArray())", "an embedded certificate", "local")]
    [InlineData("using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(\"escrow.cer\")!;\nusing var memory = new MemoryStream();\nresource.CopyTo(memory);\nvar escrow = {|#1:X509CertificateLoader.LoadCertificate(memory.ToArray())|}.GetRSAPublicKey()!;", "X509CertificateLoader.LoadCertificate(memory.ToArray())", "an embedded certificate", "helper")]
    [InlineData("using var resource = typeof(C).Assembly.GetManifestResourceStream(\"escrow.spki\")!;\nusing var memory = new MemoryStream();\nresource.CopyTo(memory);\nvar escrow = RSA.Create();\n{|#1:escrow.ImportSubjectPublicKeyInfo(memory.ToArray(), out _)|};", "escrow.ImportSubjectPublicKeyInfo(memory.ToArray(), out _)", "an embedded RSA public key", "local")]
    [InlineData("using var resource = typeof(C).Assembly.GetManifestResourceStream(\"escrow.spki\")!;\nusing var memory = new MemoryStream();\nresource.CopyTo(memory);\nvar escrow = RSA.Create();\n{|#1:escrow.ImportSubjectPublicKeyInfo(memory.ToArray(), out _)|};", "escrow.ImportSubjectPublicKeyInfo(memory.ToArray(), out _)", "an embedded RSA public key", "helper")]
    [InlineData("var text = new StreamReader(typeof(C).Assembly.GetManifestResourceStream(\"escrow.crt\")!).ReadToEnd();\nvar escrow = {|#1:X509Certificate2.CreateFromPem(text)|}.GetRSAPublicKey()!;", "X509Certificate2.CreateFromPem(text)", "an embedded certificate", "local")]
    [InlineData("var text = new StreamReader(typeof(C).Assembly.GetManifestResourceStream(\"escrow.crt\")!).ReadToEnd();\nvar escrow = {|#1:X509Certificate2.CreateFromPem(text)|}.GetRSAPublicKey()!;", "X509Certificate2.CreateFromPem(text)", "an embedded certificate", "helper")]
    [InlineData("var pem = new System.Resources.ResourceManager(\"App.Keys\", typeof(C).Assembly).GetString(\"EscrowPem\")!;\nvar escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(pem)|};", "escrow.ImportFromPem(pem)", "an embedded RSA public key", "local")]
    [InlineData("var pem = new System.Resources.ResourceManager(\"App.Keys\", typeof(C).Assembly).GetString(\"EscrowPem\")!;\nvar escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(pem)|};", "escrow.ImportFromPem(pem)", "an embedded RSA public key", "helper")]
    [InlineData("var der = (byte[])new System.Resources.ResourceManager(\"App.Keys\", typeof(C).Assembly).GetObject(\"EscrowCertificate\")!;\nvar escrow = {|#1:X509CertificateLoader.LoadCertificate(der)|}.GetRSAPublicKey()!;", "X509CertificateLoader.LoadCertificate(der)", "an embedded certificate", "local")]
    [InlineData("var der = (byte[])new System.Resources.ResourceManager(\"App.Keys\", typeof(C).Assembly).GetObject(\"EscrowCertificate\")!;\nvar escrow = {|#1:X509CertificateLoader.LoadCertificate(der)|}.GetRSAPublicKey()!;", "X509CertificateLoader.LoadCertificate(der)", "an embedded certificate", "helper")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(ResxEscrowPem)|};", "escrow.ImportFromPem(ResxEscrowPem)", "an embedded RSA public key", "local")]
    [InlineData("var escrow = RSA.Create();\n{|#1:escrow.ImportFromPem(ResxEscrowPem)|};", "escrow.ImportFromPem(ResxEscrowPem)", "an embedded RSA public key", "helper")]
    public Task Session_key_encrypted_to_an_embedded_key_is_reported(string statements, string importCode, string keyDisplay, string shape)
        => Verify.VerifyWithPackagesAsync(
            Program(statements, shape, marked: true),
            Verify.Diagnostic(Rules.EmbeddedRecipient).WithLocation(0).WithLocation(1)
                .WithArguments("RSA.Encrypt", "key material 'sessionKey'", keyDisplay, KeyFlowShapes.Quote(importCode)));

    [Theory]
    [InlineData("var escrow = RSA.Create();\nescrow.ImportFromPem(File.ReadAllText(path));", "local")]
    [InlineData("var escrow = RSA.Create();\nescrow.ImportFromPem(File.ReadAllText(path));", "helper")]
    [InlineData("var escrow = RSA.Create();\nescrow.ImportFromPem(File.ReadAllText(\"escrow.pem\"));", "local")]
    [InlineData("var escrow = RSA.Create();\nescrow.ImportFromPem(File.ReadAllText(\"escrow.pem\"));", "helper")]
    [InlineData("var escrow = RSA.Create();\nescrow.ImportFromPem(configuration[\"Escrow:PublicKey\"]);", "local")]
    [InlineData("var escrow = RSA.Create();\nescrow.ImportFromPem(configuration[\"Escrow:PublicKey\"]);", "helper")]
    [InlineData("var escrow = RSA.Create();\nescrow.ImportFromPem(new StreamReader(upload).ReadToEnd());", "local")]
    [InlineData("var escrow = RSA.Create();\nescrow.ImportFromPem(new StreamReader(upload).ReadToEnd());", "helper")]
    [InlineData("var escrow = RSA.Create();\nescrow.ImportFromPem(new StreamReader(File.OpenRead(\"escrow.pem\")).ReadToEnd());", "local")]
    [InlineData("var escrow = RSA.Create();\nescrow.ImportFromPem(new StreamReader(File.OpenRead(\"escrow.pem\")).ReadToEnd());", "helper")]
    [InlineData("var escrow = X509CertificateLoader.LoadCertificate(http.GetByteArrayAsync(\"https://directory.example/alice.cer\").Result).GetRSAPublicKey()!;", "local")]
    [InlineData("var escrow = X509CertificateLoader.LoadCertificate(http.GetByteArrayAsync(\"https://directory.example/alice.cer\").Result).GetRSAPublicKey()!;", "helper")]
    [InlineData("var escrow = X509CertificateLoader.LoadCertificateFromFile(path).GetRSAPublicKey()!;", "local")]
    [InlineData("var escrow = X509CertificateLoader.LoadCertificateFromFile(path).GetRSAPublicKey()!;", "helper")]
    [InlineData("using var memory = new MemoryStream();\nupload.CopyTo(memory);\nvar escrow = X509CertificateLoader.LoadCertificate(memory.ToArray()).GetRSAPublicKey()!;", "local")]
    [InlineData("using var memory = new MemoryStream();\nupload.CopyTo(memory);\nvar escrow = X509CertificateLoader.LoadCertificate(memory.ToArray()).GetRSAPublicKey()!;", "helper")]
    public Task Session_key_encrypted_to_a_key_read_at_run_time_is_quiet(string statements, string shape)
        => Verify.VerifyWithPackagesAsync(Program(statements, shape, marked: false));

    /// <summary>Local: M builds the key and encrypts. Helper: EscrowKey builds and returns it; M encrypts to it.</summary>
    private static string Program(string statements, string shape, bool marked)
    {
        var open = marked ? "{|#0:" : string.Empty;
        var close = marked ? "|}" : string.Empty;
        var indented = "        " + statements.Replace("\n", "\n        ");
        var members = shape == KeyFlowShapes.Local
            ? "    byte[] M(byte[] sessionKey)\n    {\n" + indented + "\n        return " + open + "escrow.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256)" + close + ";\n    }\n"
            : "    byte[] M(byte[] sessionKey) => " + open + "EscrowKey().Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256)" + close + ";\n\n" +
              "    RSA EscrowKey()\n    {\n" + indented + "\n        return escrow;\n    }\n";
        return Usings + "class C\n{\n" + Members + members + "}\n";
    }
}
