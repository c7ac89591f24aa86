using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.KeyEscrow.EmbeddedRecipientAnalyzer>;

namespace RightsAnalyzers.Tests.KeyEscrow;

public sealed class RR2003EmbeddedRecipientTests
{
    private const string Usings = RR2001PrivateKeyLeavesTests.Usings + """
        using System.Security.Cryptography.Pkcs;

        """;

    private const string Pem = """
        const string RecoveryPem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----";
        const string RecoveryCertificate = "MIIBszCCAVmgAwIBAgIUJ0A=";
        """;

    [Fact]
    public Task Session_key_encrypted_to_an_embedded_pem_names_operation_payload_and_key()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
            """ + Pem + """

                byte[] Wrap(Aes aes)
                {
                    using var recovery = RSA.Create();
                    {|#1:recovery.ImportFromPem(RecoveryPem)|};
                    return {|#0:recovery.Encrypt(aes.Key, RSAEncryptionPadding.OaepSHA256)|};
                }
            }
            """,
            Verify.Diagnostic(Rules.EmbeddedRecipient).WithLocation(0).WithLocation(1)
                .WithArguments("RSA.Encrypt", "key material 'aes.Key'", "an embedded RSA public key", "'recovery.ImportFromPem(RecoveryPem)'"));

    [Fact]
    public Task Embedded_key_loaded_in_a_helper_is_followed()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
            """ + Pem + """

                static RSA EscrowKey()
                {
                    var rsa = RSA.Create();
                    {|#1:rsa.ImportFromPem(RecoveryPem)|};
                    return rsa;
                }

                byte[] Seal(string note) => {|#0:EscrowKey().Encrypt(Encoding.UTF8.GetBytes(note), RSAEncryptionPadding.OaepSHA256)|};
            }
            """,
            Verify.Diagnostic(Rules.EmbeddedRecipient).WithLocation(0).WithLocation(1)
                .WithArguments("RSA.Encrypt", "'Encoding.UTF8.GetBytes(note)'", "an embedded RSA public key", "'rsa.ImportFromPem(RecoveryPem)'"));

    [Fact]
    public Task Every_embedded_key_shape_is_reported()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
            """ + Pem + """
                static readonly byte[] EscrowSpki = Convert.FromBase64String("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");

                void M(byte[] sessionKey, ECDiffieHellman me, ContentInfo content, X509Certificate2 patient)
                {
                    var fromSpki = RSA.Create();
                    fromSpki.ImportSubjectPublicKeyInfo(EscrowSpki, out _);
                    [|fromSpki.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256)|];

                    var fromXml = RSA.Create();
                    fromXml.FromXmlString("<RSAKeyValue><Modulus>xA7SEU+e0yQH5rm9kbCDN9o3aPIo7HbP7tX6WOocLZAtNfyxSZDU16ksL6WjubafOqNEpcwR3RdFsT7bCqnXPBe5ELh5u4VEy19MzxkXRgrMvavzyBpVRgBUwUlV5foK5hhmbktQhyNdy/6LpQRhDUDsTvK+g9Ucj47es9AQJ3U=</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>");
                    [|fromXml.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256)|];

                    var fromParameters = RSA.Create();
                    fromParameters.ImportParameters(new RSAParameters { Modulus = Convert.FromBase64String("xA7SEU+e0yQH"), Exponent = new byte[] { 1, 0, 1 } });
                    var formatter = new RSAOAEPKeyExchangeFormatter(fromParameters);
                    [|formatter.CreateKeyExchange(sessionKey)|];

                    var legacy = new RSAPKCS1KeyExchangeFormatter();
                    legacy.SetKey(fromParameters);
                    [|legacy.CreateKeyExchange(sessionKey)|];

                    var certificate = new X509Certificate2(Convert.FromBase64String(RecoveryCertificate));
                    [|certificate.GetRSAPublicKey()!.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256)|];

                    var loaded = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(RecoveryCertificate));
                    var envelope = new EnvelopedCms(content);
                    var recipients = new CmsRecipientCollection(new CmsRecipient(patient));
                    recipients.Add([|new CmsRecipient(loaded)|]);
                    envelope.Encrypt(recipients);

                    var peer = ECDiffieHellman.Create();
                    peer.ImportSubjectPublicKeyInfo(EscrowSpki, out _);
                    [|me.DeriveKeyFromHash(peer.PublicKey, HashAlgorithmName.SHA256)|];
                }
            }
            """);

    [Fact]
    public Task Recipient_keys_that_arrive_at_run_time_stay_quiet()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                async Task M(HttpClient http, byte[] sessionKey, ContentInfo content, string thumbprint, ECDiffieHellman me, byte[] peerSpki, string recipientPem)
                {
                    using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
                    store.Open(OpenFlags.ReadOnly);
                    var recipient = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: true)[0];
                    var envelope = new EnvelopedCms(content);
                    envelope.Encrypt(new CmsRecipient(recipient));
                    recipient.GetRSAPublicKey()!.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256);

                    var downloaded = X509CertificateLoader.LoadCertificate(await http.GetByteArrayAsync("https://directory.example/alice.cer"));
                    downloaded.GetRSAPublicKey()!.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256);

                    using var contact = RSA.Create();
                    contact.ImportFromPem(recipientPem);
                    contact.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256);

                    var peer = ECDiffieHellman.Create();
                    peer.ImportSubjectPublicKeyInfo(peerSpki, out _);
                    me.DeriveKeyFromHash(peer.PublicKey, HashAlgorithmName.SHA256);

                    using var mine = RSA.Create(3072);
                    mine.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256);
                }
            }
            """);

    [Fact]
    public Task Half_typed_code_does_not_crash()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(byte[] key)
                {
                    var rsa = RSA.Create();
                    rsa.ImportFromPem({|CS0103:Missing|});
                    rsa.Encrypt(key, {|CS1503:1|});
                }
            }
            """);
}
