namespace RightsAnalyzers.Tests.KeyEscrow;

/// <summary>
/// Building blocks of the key-flow theories: one class with a field for every sink's receiver, and the two shapes every
/// case is run in (through a local; through a helper method of the same class).
/// </summary>
internal static class KeyFlowShapes
{
    public const string Local = "local";
    public const string Helper = "helper";

    public static readonly object[] BothShapes = { Local, Helper };

    public const string Usings = RR2001PrivateKeyLeavesTests.Usings + """
        using System.Diagnostics;
        using System.Net;
        using System.Net.Security;
        using System.Security.Cryptography.Pkcs;
        using Grpc.Core;
        using Microsoft.AspNetCore.DataProtection;
        using Microsoft.AspNetCore.SignalR;

        """;

    /// <summary>A hand-written gRPC client, as protoc would generate it: a subclass of ClientBase calling its CallInvoker.</summary>
    public const string GrpcTypes = """
        public sealed class KeyRequest
        {
            public byte[] Blob { get; set; } = [];
            public string Text { get; set; } = "";
        }

        public sealed class VaultClient : ClientBase<VaultClient>
        {
            private static readonly Marshaller<KeyRequest> Requests = Marshallers.Create(r => r.Blob, b => new KeyRequest { Blob = b });
            private static readonly Method<KeyRequest, KeyRequest> StoreMethod = new(MethodType.Unary, "vault.Vault", "Store", Requests, Requests);

            public VaultClient(CallInvoker callInvoker) : base(callInvoker) { }

            private VaultClient(ClientBaseConfiguration configuration) : base(configuration) { }

            public AsyncUnaryCall<KeyRequest> StoreAsync(KeyRequest request, CallOptions options = default)
                => CallInvoker.AsyncUnaryCall(StoreMethod, null, options, request);

            protected override VaultClient NewInstance(ClientBaseConfiguration configuration) => new(configuration);
        }

        """;

    /// <summary>Fields for every receiver the cases use, so a local and a helper see the same names.</summary>
    public const string Fields = """
            private readonly HttpClient http = new();
            private readonly System.Net.WebClient web = new();
            private readonly Socket socket = new(SocketType.Stream, ProtocolType.Tcp);
            private readonly EndPoint endPoint = new IPEndPoint(IPAddress.Loopback, 9000);
            private readonly TcpClient tcp = new();
            private readonly NetworkStream network = null!;
            private readonly HttpContext context = null!;
            private readonly HttpResponse response = null!;
            private readonly IClientProxy clients = null!;
            private readonly VaultClient vault = null!;
            private readonly IClientStreamWriter<KeyRequest> requests = null!;
            private readonly IServerStreamWriter<KeyRequest> replies = null!;
            private readonly Metadata headers = new();
            private readonly ILogger logger = null!;
            private readonly Serilog.ILogger serilog = null!;
            private readonly NLog.Logger nlog = NLog.LogManager.GetCurrentClassLogger();
            private readonly log4net.ILog log4 = null!;
            private readonly TraceSource traceSource = new("keys");
            private readonly Activity activity = new("keys");
            private readonly OpenTelemetry.Trace.TelemetrySpan span = null!;
            private readonly Microsoft.ApplicationInsights.TelemetryClient telemetry = null!;
            private readonly Stream stream = null!;
            private readonly RSA rsa = RSA.Create();
            private readonly RSA recipient = RSA.Create();
            private readonly DSA dsa = DSA.Create();
            private readonly ECDsa ecdsa = ECDsa.Create();
            private readonly ECDiffieHellman ecdh = ECDiffieHellman.Create();
            private readonly ECDiffieHellmanPublicKey peer = null!;
            private readonly X509Certificate2 certificate = null!;
            private readonly CngKey cng = null!;
            private readonly Aes aes = Aes.Create();
            private readonly HMACSHA256 hmac = new();
            private readonly Rfc2898DeriveBytes kdf = null!;
            private readonly IDataProtector protector = null!;
            private readonly RSAParameters rsaParameters = default;
            private readonly DSAParameters dsaParameters = default;
            private readonly ECParameters ecParameters = default;
            private readonly PbeParameters pbe = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 600_000);
            private readonly string password = Environment.GetEnvironmentVariable("KEY_PASSWORD")!;
            private readonly byte[] salt = RandomNumberGenerator.GetBytes(16);
            private readonly byte[] ikm = RandomNumberGenerator.GetBytes(32);
            private readonly byte[] prk = RandomNumberGenerator.GetBytes(32);
            private readonly byte[] hmacKey = RandomNumberGenerator.GetBytes(32);

        """;

    /// <summary>How the engine quotes a source or embedded key in a message: in quotes, cut at 60 characters.</summary>
    public static string Quote(string code)
        => "'" + (code.Length > 60 ? code.Substring(0, 57) + "…" : code) + "'";

    /// <summary>
    /// A sink statement with <c>$V</c> for the value and <c>[[…]]</c> around the argument that reaches the sink: marked in
    /// the local shape, unmarked inside the helper (where the finding is reported at the helper's call).
    /// </summary>
    public static string Sink(string template, string value, bool marked)
        => template.Replace("$V", value).Replace("[[", marked ? "{|#0:" : string.Empty).Replace("]]", marked ? "|}" : string.Empty);
}
