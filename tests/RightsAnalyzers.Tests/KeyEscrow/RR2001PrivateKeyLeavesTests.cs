using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.KeyEscrow.KeyMaterialLeakAnalyzer>;

namespace RightsAnalyzers.Tests.KeyEscrow;

public sealed class RR2001PrivateKeyLeavesTests
{
    internal const string Usings = """
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Net.Sockets;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Logging;

        """;

    [Fact]
    public Task Private_key_export_to_a_file_names_source_sink_and_recommendations()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(RSA rsa) => File.WriteAllBytes("key.der", {|#0:rsa.ExportRSAPrivateKey()|});
            }
            """,
            Verify.Diagnostic(Rules.PrivateKeyLeaves).WithLocation(0)
                .WithArguments("'rsa.ExportRSAPrivateKey()'", "a private key export", "API evidence", "a file", "File.WriteAllBytes"));

    [Fact]
    public Task A_key_behind_a_computed_property_reaches_a_body_that_touches_no_crypto_api()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                private readonly RSA rsa = RSA.Create();

                private string DevicePem => {|#1:rsa.ExportPkcs8PrivateKeyPem()|};

                void Backup(int attempt) => File.WriteAllText("backup-" + attempt + ".pem", {|#0:DevicePem|});
            }
            """,
            Verify.Diagnostic(Rules.PrivateKeyLeaves).WithLocation(0).WithLocation(1)
                .WithArguments("'rsa.ExportPkcs8PrivateKeyPem()'", "a private key export", "API evidence", "a file", "File.WriteAllText"));

    [Fact]
    public Task A_key_from_an_async_helper_reaches_a_body_that_touches_no_crypto_api()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                private readonly RSA rsa = RSA.Create();

                private Task<string> ExportAsync() => Task.FromResult({|#1:rsa.ExportPkcs8PrivateKeyPem()|});

                async Task Backup(int attempt) => File.WriteAllText("backup-" + attempt + ".pem", {|#0:await ExportAsync()|});
            }
            """,
            Verify.Diagnostic(Rules.PrivateKeyLeaves).WithLocation(0).WithLocation(1)
                .WithArguments("'rsa.ExportPkcs8PrivateKeyPem()'", "a private key export", "API evidence", "a file", "File.WriteAllText"));

    [Fact]
    public Task Helpers_that_hand_nothing_back_do_not_make_a_body_carry_a_key()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                private readonly RSA rsa = RSA.Create();

                private void Rotate() => rsa.ImportPkcs8PrivateKey(rsa.ExportPkcs8PrivateKey(), out _);

                private bool IsReady() => rsa.KeySize >= 2048;

                void Report(ILogger logger, string tenant)
                {
                    Rotate();
                    logger.LogInformation("Rotated for {Tenant}: {Ready}", tenant, IsReady());
                }
            }
            """);

    [Fact]
    public Task Flow_through_a_local_reports_at_the_sink_with_the_export_as_additional_location()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                async Task M(HttpClient http, RSA rsa)
                {
                    var pem = {|#1:rsa.ExportPkcs8PrivateKeyPem()|};
                    var body = new StringContent("{\"key\":\"" + pem + "\"}");
                    await http.PostAsync("https://vendor.example/keys", {|#0:body|});
                }
            }
            """,
            Verify.Diagnostic(Rules.PrivateKeyLeaves).WithLocation(0).WithLocation(1)
                .WithArguments("'rsa.ExportPkcs8PrivateKeyPem()'", "a private key export", "API evidence", "the network", "HttpClient.PostAsync"));

    [Fact]
    public Task Flow_through_helper_methods_is_reported_at_the_call()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                private readonly HttpClient http = new();

                async Task Backup(ECDsa signingKey)
                {
                    var material = Export(signingKey);
                    await Upload({|#0:material|});
                }

                static string Export(ECDsa key) => Convert.ToBase64String({|#1:key.ExportECPrivateKey()|});

                Task Upload(string payload) => http.PostAsync("https://backup.example/", new StringContent(payload));
            }
            """,
            Verify.Diagnostic(Rules.PrivateKeyLeaves).WithLocation(0).WithLocation(1)
                .WithArguments("'key.ExportECPrivateKey()'", "a private key export", "API evidence", "the network", "HttpClient.PostAsync (via Upload)"));

    [Fact]
    public Task Every_private_export_api_is_a_source()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                async Task M(HttpClient http, ILogger logger, RSA rsa, DSA dsa, ECDiffieHellman ecdh, Socket socket, NetworkStream stream, CngKey cng, HttpContext context)
                {
                    await http.PostAsJsonAsync("https://kms.example/", [|rsa.ExportParameters(true)|]);
                    logger.LogInformation("d={D}", [|Convert.ToBase64String(rsa.ExportParameters(true).D!)|]);
                    var dsaParameters = dsa.ExportParameters(includePrivateParameters: true);
                    Console.WriteLine([|dsaParameters.X|]);
                    var ec = ecdh.ExportParameters(true);
                    socket.Send([|ec.D|]);
                    stream.Write([|ecdh.ExportECPrivateKey()|]);
                    logger.LogDebug([|ecdh.ExportECPrivateKeyPem()|]);
                    logger.LogDebug([|rsa.ExportRSAPrivateKeyPem()|]);
                    await http.PostAsync("https://kms.example/", [|new ByteArrayContent(rsa.ExportPkcs8PrivateKey())|]);
                    using var web = new System.Net.WebClient();
                    web.UploadString("https://kms.example/", [|rsa.ToXmlString(true)|]);
                    await File.WriteAllBytesAsync("cng.key", [|cng.Export(CngKeyBlobFormat.Pkcs8PrivateBlob)|]);
                    await context.Response.Body.WriteAsync([|rsa.ExportPkcs8PrivateKey()|]);
                }
            }
            """);

    [Fact]
    public Task Pfx_exports_without_a_password_or_with_a_hard_coded_one_are_reported()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                const string BuiltIn = "changeit";

                void M(X509Certificate2 certificate, ILogger logger, string userPassword)
                {
                    File.WriteAllBytes("a.pfx", [|certificate.Export(X509ContentType.Pfx)|]);
                    File.WriteAllBytes("b.pfx", [|certificate.Export(X509ContentType.Pkcs12, BuiltIn)|]);
                    var bundle = certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, "");
                    logger.LogInformation("{Pfx}", [|Convert.ToBase64String(bundle)|]);

                    // Protected by a password the user supplies at run time: an encrypted export.
                    File.WriteAllBytes("c.pfx", certificate.Export(X509ContentType.Pfx, userPassword));
                    File.WriteAllBytes("d.pfx", certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, userPassword));
                }
            }
            """);

    [Fact]
    public Task Telemetry_serilog_signalr_and_responses_are_sinks()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using Microsoft.AspNetCore.SignalR;
            class C
            {
                async Task M(RSA rsa, System.Diagnostics.Activity activity, Serilog.ILogger log, IClientProxy client, HttpResponse response)
                {
                    var pem = rsa.ExportPkcs8PrivateKeyPem();
                    activity.SetTag("key", [|pem|]);
                    log.Information("{Key}", [|pem|]);
                    await client.SendAsync("key", [|pem|]);
                    await response.WriteAsync([|pem|]);
                    await response.WriteAsync([|pem|], Encoding.UTF8);
                    var telemetry = new Microsoft.ApplicationInsights.TelemetryClient(Microsoft.ApplicationInsights.Extensibility.TelemetryConfiguration.CreateDefault());
                    telemetry.TrackTrace([|pem|]);
                }
            }
            """);

    [Fact]
    public Task Configured_network_sink_is_a_sink()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            namespace App
            {
                class Vendor { public void Submit(string payload) { } }
                class C
                {
                    void M(RSA rsa, Vendor vendor) => vendor.Submit([|rsa.ExportRSAPrivateKeyPem()|]);
                }
            }
            """,
            "rights_analyzers.network_sinks = M:App.Vendor.Submit(System.String)");

    [Fact]
    public Task Public_keys_encrypted_exports_protection_and_key_ids_stay_quiet()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using Microsoft.AspNetCore.DataProtection;
            class C
            {
                async Task M(HttpClient http, ILogger logger, RSA rsa, X509Certificate2 certificate, IDataProtector protector, string password)
                {
                    await http.PostAsync("https://dir.example/", new StringContent(rsa.ExportSubjectPublicKeyInfoPem()));
                    await http.PostAsync("https://dir.example/", new ByteArrayContent(rsa.ExportRSAPublicKey()));
                    await http.PostAsJsonAsync("https://dir.example/", rsa.ExportParameters(false));
                    await http.PostAsync("https://dir.example/", new StringContent(rsa.ToXmlString(false)));
                    var publicParameters = rsa.ExportParameters(true);
                    logger.LogInformation("n={N}", Convert.ToBase64String(publicParameters.Modulus!));
                    File.WriteAllBytes("cert.cer", certificate.Export(X509ContentType.Cert));
                    File.WriteAllBytes("cert.der", certificate.RawData);

                    var encrypted = rsa.ExportEncryptedPkcs8PrivateKeyPem(password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 600_000));
                    await http.PostAsync("https://backup.example/", new StringContent(encrypted));
                    File.WriteAllBytes("key.p8", rsa.ExportEncryptedPkcs8PrivateKey(password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 600_000)));
                    File.WriteAllText("key.protected", protector.Protect(rsa.ExportPkcs8PrivateKeyPem()));
                    File.WriteAllBytes("key.dpapi", ProtectedData.Protect(rsa.ExportPkcs8PrivateKey(), null, DataProtectionScope.CurrentUser));

                    var keyId = Convert.ToHexString(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()));
                    logger.LogInformation("Using key {KeyId}", keyId);
                    logger.LogInformation("Private key fingerprint {Fp}", Convert.ToHexString(SHA256.HashData(rsa.ExportPkcs8PrivateKey())));
                }
            }
            """);

    [Fact]
    public Task Half_typed_code_does_not_crash()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(RSA rsa, HttpClient http)
                {
                    var pem = rsa.ExportPkcs8PrivateKeyPem();
                    http.PostAsync("https://x.example/", {|CS0103:Missing|}(pem));
                    File.WriteAllText("k", rsa.{|CS1061:ExportNothing|}());
                }
            }
            """);
}
