using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.KeyEscrow.KeyMaterialLeakAnalyzer>;

namespace RightsAnalyzers.Tests.KeyEscrow;

/// <summary>
/// Every sink RR2001 and RR2002 report, each reached by a private key export and by a symmetric key, through a local and
/// through a helper method; and the streams that must stay quiet.
/// </summary>
public sealed class KeyLeaveSinkTheoryTests
{
    /// <summary>(name, value type, statement template, place, sink as the message names it).</summary>
    private static readonly (string Name, string Type, string Template, string Place, string Display)[] SinkCases =
    {
        ("http-post", "byte[]", """await http.PostAsync("https://kms.example/", [[new ByteArrayContent($V)]]);""", "the network", "HttpClient.PostAsync"),
        ("http-put", "string", """await http.PutAsync("https://kms.example/", [[new StringContent($V)]]);""", "the network", "HttpClient.PutAsync"),
        ("http-send", "string", """await http.SendAsync([[new HttpRequestMessage(HttpMethod.Post, "https://kms.example/") { Content = new StringContent($V) }]]);""", "the network", "HttpClient.SendAsync"),
        ("http-json-helper", "string", """await http.PostAsJsonAsync("https://kms.example/", [[new { key = $V }]]);""", "the network", "PostAsJsonAsync"),
        ("http-json-content", "byte[]", """await http.PostAsync("https://kms.example/", [[JsonContent.Create($V)]]);""", "the network", "HttpClient.PostAsync"),
        ("webclient", "byte[]", """web.UploadData("https://kms.example/", [[$V]]);""", "the network", "WebClient.UploadData"),
        ("socket-send", "byte[]", """socket.Send([[$V]]);""", "the network", "Socket.Send"),
        ("socket-send-async", "byte[]", """await socket.SendAsync([[$V.AsMemory()]]);""", "the network", "Socket.SendAsync"),
        ("socket-send-to", "byte[]", """socket.SendTo([[$V]], endPoint);""", "the network", "Socket.SendTo"),
        ("network-stream-field", "byte[]", """network.Write([[$V]]);""", "the network", "NetworkStream.Write"),
        ("tcp-stream-local", "byte[]", """var s = tcp.GetStream(); s.Write([[$V]]);""", "the network", "NetworkStream.Write"),
        ("tcp-stream-as-stream", "byte[]", """Stream s = tcp.GetStream(); await s.WriteAsync([[$V]]);""", "the network", "Stream.WriteAsync"),
        ("writer-over-tcp", "string", """using var w = new StreamWriter(tcp.GetStream()); w.Write([[$V]]);""", "the network", "StreamWriter.Write"),
        ("ssl-over-tcp", "byte[]", """using var tls = new SslStream(tcp.GetStream()); tls.Write([[$V]]);""", "the network", "SslStream.Write"),
        ("writer-over-ssl", "string", """using var tls = new SslStream(new NetworkStream(socket)); using var w = new StreamWriter(tls); await w.WriteLineAsync([[$V]]);""", "the network", "StreamWriter.WriteLineAsync"),
        ("response-body", "byte[]", """await context.Response.Body.WriteAsync([[$V]]);""", "an HTTP response", "Body.WriteAsync"),
        ("response-body-local", "byte[]", """var body = context.Response.Body; await body.WriteAsync([[$V]]);""", "an HTTP response", "Stream.WriteAsync"),
        ("writer-over-response", "string", """using var w = new StreamWriter(response.Body); await w.WriteAsync([[$V]]);""", "an HTTP response", "StreamWriter.WriteAsync"),
        ("response-write", "string", """await response.WriteAsync([[$V]]);""", "an HTTP response", "WriteAsync"),
        ("response-json", "string", """await response.WriteAsJsonAsync([[new { key = $V }]]);""", "an HTTP response", "WriteAsJsonAsync"),
        ("signalr", "string", """await clients.SendAsync("key", [[$V]]);""", "the network", "SendAsync"),
        ("grpc-call", "string", """await vault.StoreAsync([[new KeyRequest { Text = $V }]]);""", "the network", "VaultClient.StoreAsync"),
        ("grpc-client-stream", "byte[]", """await requests.WriteAsync([[new KeyRequest { Blob = $V }]]);""", "the network", "IAsyncStreamWriter.WriteAsync"),
        ("grpc-server-stream", "string", """await replies.WriteAsync([[new KeyRequest { Text = $V }]]);""", "the network", "IAsyncStreamWriter.WriteAsync"),
        ("grpc-header", "string", """headers.Add("x-key", [[$V]]);""", "the network", "Metadata.Add"),
        ("grpc-binary-header", "byte[]", """headers.Add("x-key-bin", [[$V]]);""", "the network", "Metadata.Add"),
        ("grpc-header-entry", "string", """headers.Add(new Metadata.Entry("x-key", [[$V]]));""", "the network", "Entry"),
        ("grpc-header-initializer", "string", """var h = new Metadata { { "x-key", [[$V]] } };""", "the network", "Metadata.Add"),
        ("mel", "string", """logger.LogInformation("{Key}", [[$V]]);""", "a log", "LogInformation"),
        ("mel-scope", "string", """using var scope = logger.BeginScope("{Key}", [[$V]]);""", "a log", "BeginScope"),
        ("mel-define", "string", """var log = LoggerMessage.Define<string>(LogLevel.Information, new EventId(1, "Key"), "{Key}"); log(logger, [[$V]], null);""", "a log", "LoggerMessage delegate"),
        ("serilog-context", "string", """using var pushed = Serilog.Context.LogContext.PushProperty("Key", [[$V]]);""", "a log", "LogContext.PushProperty"),
        ("serilog", "string", """serilog.Information("{Key}", [[$V]]);""", "a log", "ILogger.Information"),
        ("nlog", "string", """nlog.Info([[$V]]);""", "a log", "Logger.Info"),
        ("log4net", "string", """log4.Info([[$V]]);""", "a log", "ILog.Info"),
        ("debug", "string", """Debug.WriteLine([[$V]]);""", "a log", "Debug.WriteLine"),
        ("trace", "string", """Trace.TraceInformation([[$V]]);""", "a log", "Trace.TraceInformation"),
        ("trace-source", "string", """traceSource.TraceInformation([[$V]]);""", "a log", "TraceSource.TraceInformation"),
        ("console", "string", """Console.WriteLine([[$V]]);""", "the console", "Console.WriteLine"),
        ("activity-tag", "string", """activity.SetTag("key", [[$V]]);""", "telemetry", "Activity.SetTag"),
        ("activity-baggage", "string", """activity.SetBaggage("key", [[$V]]);""", "telemetry", "Activity.SetBaggage"),
        ("otel-baggage", "string", """OpenTelemetry.Baggage.SetBaggage("key", [[$V]]);""", "telemetry", "Baggage.SetBaggage"),
        ("otel-span", "string", """span.SetAttribute("key", [[$V]]);""", "telemetry", "TelemetrySpan.SetAttribute"),
        ("app-insights", "string", """telemetry.TrackTrace([[$V]]);""", "telemetry", "TelemetryClient.TrackTrace"),
        ("sentry", "string", """Sentry.SentrySdk.CaptureMessage([[$V]]);""", "telemetry", "SentrySdk.CaptureMessage"),
        ("file-bytes", "byte[]", """File.WriteAllBytes("key.der", [[$V]]);""", "a file", "File.WriteAllBytes"),
        ("file-text", "string", """await File.WriteAllTextAsync("key.pem", [[$V]]);""", "a file", "File.WriteAllTextAsync"),
        ("file-append", "string", """File.AppendAllText("keys.log", [[$V]]);""", "a file", "File.AppendAllText"),
        ("file-stream", "byte[]", """using var fs = new FileStream("key.der", FileMode.Create); fs.Write([[$V]]);""", "a file", "FileStream.Write"),
        ("file-create", "byte[]", """using var fs = File.Create("key.der"); fs.Write([[$V]]);""", "a file", "FileStream.Write"),
        ("stream-writer-path", "string", """using var w = new StreamWriter("key.pem"); w.Write([[$V]]);""", "a file", "StreamWriter.Write"),
        ("binary-writer-file", "byte[]", """using var bw = new BinaryWriter(File.OpenWrite("key.der")); bw.Write([[$V]]);""", "a file", "BinaryWriter.Write"),
    };

    /// <summary>Streams that do not leave the process, or whose destination is unknown: quiet.</summary>
    private static readonly (string Name, string Type, string Template)[] QuietCases =
    {
        ("memory-stream", "byte[]", """using var ms = new MemoryStream(); ms.Write([[$V]]);"""),
        ("writer-over-memory", "string", """using var w = new StreamWriter(new MemoryStream()); w.Write([[$V]]);"""),
        ("unknown-stream", "byte[]", """stream.Write([[$V]]);"""),
        ("crypto-stream", "byte[]", """using var crypto = new CryptoStream(tcp.GetStream(), aes.CreateEncryptor(), CryptoStreamMode.Write); crypto.Write([[$V]]);"""),
    };

    public static IEnumerable<object[]> Sinks()
    {
        foreach (var sink in SinkCases)
        {
            foreach (var secret in new[] { false, true })
            {
                foreach (var shape in KeyFlowShapes.BothShapes)
                {
                    yield return new object[] { sink.Name, secret, shape };
                }
            }
        }
    }

    public static IEnumerable<object[]> Quiet()
    {
        foreach (var sink in QuietCases)
        {
            foreach (var shape in KeyFlowShapes.BothShapes)
            {
                yield return new object[] { sink.Name, shape };
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sinks))]
    public Task Key_material_reaching_the_sink_is_reported_with_source_sink_and_recommendations(string sinkName, bool secret, string shape)
    {
        var sink = System.Array.Find(SinkCases, c => c.Name == sinkName);
        var (source, description, display) = Source(sink.Type, secret);
        var descriptor = secret ? Rules.SecretKeyLeaves : Rules.PrivateKeyLeaves;
        var expected = Verify.Diagnostic(descriptor).WithLocation(0).WithLocation(1)
            .WithArguments(description, display, "API evidence", sink.Place, shape == KeyFlowShapes.Local ? sink.Display : sink.Display + " (via Send)");
        return Verify.VerifyWithPackagesAsync(Program(sink.Type, sink.Template, "{|#1:" + source + "|}", shape, secret), expected);
    }

    [Theory]
    [MemberData(nameof(Quiet))]
    public Task Key_material_written_to_a_stream_that_stays_in_the_process_is_quiet(string sinkName, string shape)
    {
        var sink = System.Array.Find(QuietCases, c => c.Name == sinkName);
        var (source, _, _) = Source(sink.Type, secret: false);
        return Verify.VerifyWithPackagesAsync(Program(sink.Type, sink.Template, source, shape, secret: false));
    }

    /// <summary>The key expression for a value type, with how the message quotes and names it.</summary>
    private static (string Code, string Description, string Display) Source(string type, bool secret)
        => (type, secret) switch
        {
            ("byte[]", false) => ("rsa.ExportPkcs8PrivateKey()", "'rsa.ExportPkcs8PrivateKey()'", "a private key export"),
            ("string", false) => ("rsa.ExportPkcs8PrivateKeyPem()", "'rsa.ExportPkcs8PrivateKeyPem()'", "a private key export"),
            _ => ("aes.Key", "'aes.Key'", "a symmetric key"),
        };

    /// <summary>The local shape sends the value from M; the helper shape hands it to Send, which contains the sink.</summary>
    private static string Program(string type, string template, string source, string shape, bool secret)
    {
        // A symmetric key is bytes; where the sink takes text it is sent as base64, as real code does.
        var value = secret && type == "string" ? "Convert.ToBase64String(" + source + ")" : source;
        var body = shape == KeyFlowShapes.Local
            ? "        var material = " + value + ";\n        " + KeyFlowShapes.Sink(template, "material", marked: true) + "\n"
            : "        var material = " + value + ";\n        await Send({|#0:material|});\n";
        var helper = shape == KeyFlowShapes.Local
            ? string.Empty
            : "\n    async Task Send(" + type + " payload)\n    {\n        " + KeyFlowShapes.Sink(template, "payload", marked: false) + "\n    }\n";
        return KeyFlowShapes.Usings + KeyFlowShapes.GrpcTypes + "class C\n{\n" + KeyFlowShapes.Fields +
               "    async Task M()\n    {\n" + body + "    }\n" + helper + "}\n";
    }
}
