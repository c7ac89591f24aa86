using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.KeyEscrow.KeyMaterialLeakAnalyzer>;

namespace RightsAnalyzers.Tests.KeyEscrow;

/// <summary>
/// TryExport* write the private key into the caller's buffer (array or span) and return only a flag: the buffer, and
/// its slices and copies, are the key. Encrypted and public TryExports stay quiet.
/// </summary>
public sealed class RR2001TryExportTests
{
    [Theory]
    [InlineData("rsa.TryExportRSAPrivateKey(buffer, out var written)", "local")]
    [InlineData("rsa.TryExportRSAPrivateKey(buffer, out var written)", "helper")]
    [InlineData("rsa.TryExportPkcs8PrivateKey(buffer, out var written)", "local")]
    [InlineData("rsa.TryExportPkcs8PrivateKey(buffer, out var written)", "helper")]
    [InlineData("ecdsa.TryExportECPrivateKey(buffer, out var written)", "local")]
    [InlineData("ecdsa.TryExportECPrivateKey(buffer, out var written)", "helper")]
    [InlineData("ecdh.TryExportPkcs8PrivateKey(buffer.AsSpan(), out var written)", "local")]
    [InlineData("ecdh.TryExportPkcs8PrivateKey(buffer.AsSpan(), out var written)", "helper")]
    public Task Byte_array_filled_by_a_private_key_try_export_is_the_key(string export, string shape)
        => Verify.VerifyWithPackagesAsync(
            Program(shape, "byte[]", "var buffer = new byte[4096];", export, "buffer[..written]", "File.WriteAllBytes(\"key.der\", $V);"),
            Expected(export, "a file", shape == "local" ? "File.WriteAllBytes" : "File.WriteAllBytes (via Save)"));

    [Theory]
    [InlineData("rsa.TryExportRSAPrivateKey(buffer, out var written)", "local")]
    [InlineData("rsa.TryExportRSAPrivateKey(buffer, out var written)", "helper")]
    [InlineData("ecdsa.TryExportPkcs8PrivateKey(buffer, out var written)", "local")]
    [InlineData("ecdsa.TryExportPkcs8PrivateKey(buffer, out var written)", "helper")]
    public Task Span_filled_by_a_private_key_try_export_is_the_key(string export, string shape)
        => Verify.VerifyWithPackagesAsync(
            Program(shape, "byte[]", "Span<byte> buffer = stackalloc byte[4096];", export, "buffer[..written].ToArray()", "socket.Send($V);"),
            Expected(export, "the network", shape == "local" ? "Socket.Send" : "Socket.Send (via Save)"));

    [Theory]
    [InlineData("rsa.TryExportRSAPrivateKeyPem(buffer, out var written)", "local")]
    [InlineData("rsa.TryExportRSAPrivateKeyPem(buffer, out var written)", "helper")]
    [InlineData("rsa.TryExportPkcs8PrivateKeyPem(buffer, out var written)", "local")]
    [InlineData("rsa.TryExportPkcs8PrivateKeyPem(buffer, out var written)", "helper")]
    [InlineData("ecdsa.TryExportECPrivateKeyPem(buffer, out var written)", "local")]
    [InlineData("ecdsa.TryExportECPrivateKeyPem(buffer, out var written)", "helper")]
    public Task Characters_filled_by_a_pem_try_export_are_the_key(string export, string shape)
        => Verify.VerifyWithPackagesAsync(
            Program(shape, "string", "var buffer = new char[8192];", export, "new string(buffer, 0, written)", "logger.LogInformation(\"{Pem}\", $V);"),
            Expected(export, "a log", shape == "local" ? "LogInformation" : "LogInformation (via Save)"));

    [Theory]
    [InlineData("rsa.TryExportEncryptedPkcs8PrivateKey(password, pbe, buffer, out var written)", "local")]
    [InlineData("rsa.TryExportEncryptedPkcs8PrivateKey(password, pbe, buffer, out var written)", "helper")]
    [InlineData("ecdsa.TryExportEncryptedPkcs8PrivateKey(password.AsSpan(), pbe, buffer, out var written)", "local")]
    [InlineData("ecdsa.TryExportEncryptedPkcs8PrivateKey(password.AsSpan(), pbe, buffer, out var written)", "helper")]
    [InlineData("rsa.TryExportSubjectPublicKeyInfo(buffer, out var written)", "local")]
    [InlineData("rsa.TryExportSubjectPublicKeyInfo(buffer, out var written)", "helper")]
    [InlineData("rsa.TryExportRSAPublicKey(buffer, out var written)", "local")]
    [InlineData("rsa.TryExportRSAPublicKey(buffer, out var written)", "helper")]
    public Task Encrypted_and_public_try_exports_stay_quiet(string export, string shape)
        => Verify.VerifyWithPackagesAsync(
            Program(shape, "byte[]", "var buffer = new byte[4096];", export.Replace("{|#1:", string.Empty), "buffer.AsSpan(0, written).ToArray()", "File.WriteAllBytes(\"key.der\", $V);", marked: false));

    [Fact]
    public Task Half_typed_exports_streams_and_grpc_calls_do_not_crash()
        => Verify.VerifyWithPackagesAsync(
            KeyFlowShapes.Usings + KeyFlowShapes.GrpcTypes + "class C\n{\n" + KeyFlowShapes.Fields + """
                async Task M()
                {
                    rsa.TryExportRSAPrivateKey({|CS0103:missing|}, out var written);
                    var s = {|CS0103:Unknown|}.GetStream();
                    s.Write(rsa.ExportPkcs8PrivateKey());
                    // A writer whose stream does not bind is judged by its type, as before: a file.
                    using var w = new StreamWriter({|CS0103:target|});
                    w.Write([|rsa.ExportPkcs8PrivateKeyPem()|]);
                    await vault.{|CS1061:Missing|}(rsa.ExportPkcs8PrivateKeyPem());
                    headers.Add({|CS1503:rsa|});
                }
            }
            """);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(string export, string place, string sink)
        => Verify.Diagnostic(Rules.PrivateKeyLeaves).WithLocation(0).WithLocation(1)
            .WithArguments(KeyFlowShapes.Quote(export), "a private key export", "API evidence", place, sink);

    /// <summary>
    /// Local: M fills the buffer and sends the slice. Helper: M fills the buffer and hands the slice to Save, whose body
    /// holds the sink; the finding is at Save's argument.
    /// </summary>
    private static string Program(string shape, string type, string declaration, string export, string slice, string sink, bool marked = true)
    {
        var exportCode = marked ? "{|#1:" + export + "|}" : export;
        var open = marked ? "{|#0:" : string.Empty;
        var close = marked ? "|}" : string.Empty;
        var send = shape == KeyFlowShapes.Local
            ? sink.Replace("$V", open + slice + close)
            : "Save(" + open + slice + close + ");";
        var members = "    void M()\n    {\n        " + declaration + "\n        if (" + exportCode + ")\n        {\n            " + send + "\n        }\n    }\n";
        if (shape == KeyFlowShapes.Helper)
        {
            members += "\n    void Save(" + type + " payload) => " + sink.Replace("$V", "payload") + "\n";
        }

        return KeyFlowShapes.Usings + KeyFlowShapes.GrpcTypes + "class C\n{\n" + KeyFlowShapes.Fields + members + "}\n";
    }
}
