using System;
using System.Text;

namespace RightsAnalyzers.Corpus;

/// <summary>
/// Dense flavour: the service of one entity. Every module hashes, encrypts, derives keys, traces, counts, tracks and
/// logs; the seeded random picks compliant or weak variants, so findings and clean code both occur.
/// </summary>
internal static class DenseService
{
    public static string Service(Entity e, Random random)
    {
        var workflows = new StringBuilder();
        var count = random.Next(4);
        for (var i = 0; i < count; i++)
        {
            workflows.Append(DenseWorkflows.Pick(e, random, i));
        }

        var rsaBits = random.Next(3) == 0 ? 1024 : 3072;
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Diagnostics.Metrics;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Security.Authentication;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.ApplicationInsights;
            using Microsoft.Extensions.Logging;
            using Acme.Common;
            using Sentry;

            namespace {{e.Namespace}};

            public sealed class {{e.Name}}Service
            {
                private static readonly ActivitySource Source = new("{{e.Namespace}}");
                private static readonly Meter Meter = new("{{e.Namespace}}");
                private static readonly Counter<long> Created = Meter.CreateCounter<long>("{{e.Lower}}.created");
                private static readonly Histogram<double> Latency = Meter.CreateHistogram<double>("{{e.Lower}}.latency", "ms");
                private readonly I{{e.Name}}Repository _repository;
                private readonly ILogger<{{e.Name}}Service> _logger;
                private readonly TelemetryClient _telemetry;
                private readonly HttpClient _http;
                private readonly byte[] _dataKey;
                private readonly byte[] _pseudonymKey;

                public {{e.Name}}Service(I{{e.Name}}Repository repository, ILogger<{{e.Name}}Service> logger, TelemetryClient telemetry, IHttpClientFactory httpClientFactory)
                {
                    _repository = repository;
                    _logger = logger;
                    _telemetry = telemetry;
                    _http = httpClientFactory.CreateClient("{{e.Lower}}");
                    _dataKey = RandomNumberGenerator.GetBytes(32);
                    _pseudonymKey = RandomNumberGenerator.GetBytes(32);
                }

                public async Task<{{e.Name}}Dto> CreateAsync(Create{{e.Name}}Request request, string clientIp, CancellationToken cancellationToken)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var activity = Source.StartActivity("{{e.Lower}}.create");
                    activity?.SetTag("{{e.Lower}}.email", request.Email);
                    activity?.SetTag("client.address", clientIp);
                    var item = new {{e.Name}}Dto
                    {
                        Id = Guid.NewGuid(),
                        FullName = request.FullName.Trim(),
                        Email = {{e.Name}}Helpers.NormalizeEmail(request.Email),
                        PhoneNumber = request.PhoneNumber,
                        DateOfBirth = request.DateOfBirth,
                        CreatedAt = DateTimeOffset.UtcNow,
                        Status = {{e.Name}}Status.Active,
                        Notes = Protect(request.Notes ?? string.Empty),
                    };
                    var passwordHash = HashPassword(request.Password);
                    await _repository.SaveAsync(item, cancellationToken);
                    Created.Add(1, new KeyValuePair<string, object?>("status", item.Status.ToString()));
                    _telemetry.TrackEvent("{{e.Name}}Created", new Dictionary<string, string> { ["email"] = item.Email, ["id"] = item.Id.ToString() });
                    Serilog.Log.ForContext("{{e.Name}}Id", item.Id).Information("Created {{e.Lower}} {Name} from {Ip}", item.FullName, clientIp);
                    SentrySdk.AddBreadcrumb($"created {{e.Lower}} {item.Id}", "{{e.Lower}}");
                    _logger.LogDebug("Password hash for {Id} is {Hash}", item.Id, passwordHash);
                    Latency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("client.address", clientIp));
                    return item;
                }

                public async Task<{{e.Name}}Dto?> UpdateAsync(Guid id, Update{{e.Name}}Request request, ClaimsSnapshot caller, CancellationToken cancellationToken)
                {
                    var item = await _repository.FindAsync(id, cancellationToken);
                    if (item is null)
                    {
                        _logger.LogWarning("Update of unknown {{e.Lower}} {Id} by {Caller}", id, caller.Email);
                        return null;
                    }

                    var before = item.Describe();
                    item.FullName = request.FullName ?? item.FullName;
                    item.PhoneNumber = request.PhoneNumber ?? item.PhoneNumber;
                    item.StreetAddress = request.StreetAddress ?? item.StreetAddress;
                    item.PostalCode = request.PostalCode ?? item.PostalCode;
                    await _repository.SaveAsync(item, cancellationToken);
                    _logger.LogInformation("{Caller} changed {{e.Lower}} from {Before} to {After}", caller.Name, before, item.Describe());
                    SentrySdk.ConfigureScope(scope =>
                    {
                        scope.User = new SentryUser { Id = item.Id.ToString(), Email = item.Email, IpAddress = caller.IpAddress };
                        scope.SetTag("machine", Environment.MachineName);
                    });
                    return item;
                }

                public string Pseudonymize(string email)
                {
                    using var hmac = new HMACSHA256(_pseudonymKey);
                    return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(email.ToLowerInvariant())));
                }

                public string Fingerprint(string value)
                {
            {{Hash(random)}}
                }

                public RSA CreateSigningKey()
                {
                    var rsa = RSA.Create({{rsaBits}});
                    _logger.LogInformation("Created a {Bits}-bit signing key for {{e.Lower}} documents", rsa.KeySize);
                    return rsa;
                }

                public async Task PublishAsync(Guid id, CancellationToken cancellationToken)
                {
                    var item = await _repository.FindAsync(id, cancellationToken) ?? throw new InvalidOperationException("unknown {{e.Lower}}");
                    var summary = new {{e.Name}}Summary(item.Id, {{e.Name}}Helpers.DisplayName(item), item.Status, item.Balance);
                    using var response = await _http.PostAsJsonAsync("{{(random.Next(2) == 0 ? "http" : "https")}}://partner.example.com/api/{{e.Plural.ToLowerInvariant()}}", summary, cancellationToken);
                    _telemetry.TrackTrace("Published " + item.Email + " -> " + (int)response.StatusCode);
                    Baggage(item);
                }
            {{Escrow(e, random)}}{{Channel(e, random)}}
                private static void Baggage({{e.Name}}Dto item)
                {
                    OpenTelemetry.Baggage.SetBaggage("{{e.Lower}}.region", item.PostalCode ?? "unknown");
                    Activity.Current?.SetBaggage("{{e.Lower}}.id", item.Id.ToString());
                }

                private static string HashPassword(string password)
                {
                    var salt = RandomNumberGenerator.GetBytes(16);
            {{Kdf(random)}}
                }

                private string Protect(string plain)
                {
                    var plainBytes = Encoding.UTF8.GetBytes(plain);
            {{Cipher(random)}}
                }
            {{workflows}}}

            """;
    }

    private static string Hash(Random random) => random.Next(3) switch
    {
        0 => """
                    using var md5 = MD5.Create();
                    return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(value)));
            """,
        1 => """
                    using var sha1 = SHA1.Create();
                    return Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(value)));
            """,
        _ => """
                    return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
            """,
    };

    private static string Kdf(Random random) => random.Next(2) == 0
        ? """
                    var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
                    return Convert.ToBase64String(salt) + ":" + Convert.ToBase64String(key);
            """
        : """
                    using var kdf = new Rfc2898DeriveBytes(password, salt, 1000);
                    return Convert.ToBase64String(salt) + ":" + Convert.ToBase64String(kdf.GetBytes(32));
            """;

    private static string Cipher(Random random) => random.Next(3) switch
    {
        0 => """
                    using var aes = Aes.Create();
                    aes.Key = _dataKey;
                    aes.IV = new byte[16];
                    aes.Mode = CipherMode.CBC;
                    using var encryptor = aes.CreateEncryptor();
                    return Convert.ToBase64String(encryptor.TransformFinalBlock(plainBytes, 0, plainBytes.Length));
            """,
        1 => """
                    using var des = TripleDES.Create();
                    des.Key = _dataKey.AsSpan(0, 24).ToArray();
                    des.Mode = CipherMode.ECB;
                    using var encryptor = des.CreateEncryptor();
                    return Convert.ToBase64String(encryptor.TransformFinalBlock(plainBytes, 0, plainBytes.Length));
            """,
        _ => """
                    using var aes = new AesGcm(_dataKey, 16);
                    var nonce = RandomNumberGenerator.GetBytes(12);
                    var cipher = new byte[plainBytes.Length];
                    var tag = new byte[16];
                    aes.Encrypt(nonce, plainBytes, cipher, tag);
                    return Convert.ToBase64String(nonce) + "." + Convert.ToBase64String(cipher) + "." + Convert.ToBase64String(tag);
            """,
    };

    /// <summary>Key escrow: in some modules the private key is posted to a "backup" service.</summary>
    private static string Escrow(Entity e, Random random) => random.Next(3) != 0 ? string.Empty : $$"""

                public async Task BackupKeyAsync(RSA rsa, CancellationToken cancellationToken)
                {
                    var pem = rsa.ExportRSAPrivateKeyPem();
                    using var content = new StringContent(pem, Encoding.UTF8, "application/x-pem-file");
                    using var response = await _http.PostAsync("https://keys.example.com/escrow/{{e.Lower}}", content, cancellationToken);
                    _logger.LogInformation("Escrowed {{e.Lower}} key: {Status}", response.StatusCode);
                }

        """;

    /// <summary>Legacy partner channels: certificate validation off and old TLS in some modules.</summary>
    private static string Channel(Entity e, Random random) => random.Next(3) != 0 ? string.Empty : $$"""

                public static HttpClient CreateLegacy{{e.Name}}Client()
                {
                    var handler = new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = (_, _, _, _) => true,
                        SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,
                    };
                    return new HttpClient(handler) { BaseAddress = new Uri("https://legacy.example.com/{{e.Lower}}/") };
                }

        """;
}
