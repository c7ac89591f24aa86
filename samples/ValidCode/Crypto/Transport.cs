using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Xml;

namespace ValidCode.Crypto;

public sealed class TransportOptions
{
    public bool AllowUntrustedCertificates { get; set; }

    public string? PinnedCertificateSha256 { get; set; }
}

/// <summary>TLS left to the OS, pinned or opt-in certificate policies, loopback and non-request URLs.</summary>
public static class Transport
{
    private const string SoapNamespace = "http://schemas.xmlsoap.org/soap/envelope/";

    public static HttpClient Create(TransportOptions options)
    {
        var handler = new HttpClientHandler { SslProtocols = SslProtocols.None };
#pragma warning disable SYSLIB0039 // Naming the obsolete protocols is how they are removed.
        handler.SslProtocols &= ~(SslProtocols.Tls | SslProtocols.Tls11);
#pragma warning restore SYSLIB0039
        handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
        {
            if (options.AllowUntrustedCertificates)
            {
                return true;
            }

            return errors == SslPolicyErrors.None ||
                   certificate?.GetCertHashString(HashAlgorithmName.SHA256) == options.PinnedCertificateSha256;
        };

        if (options.AllowUntrustedCertificates)
        {
            handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
        }

        return new HttpClient(handler) { BaseAddress = new Uri("https://records.example.org/") };
    }

    public static Task<string> HealthAsync(HttpClient client) => client.GetStringAsync("http://localhost:5080/health");

    public static Task<string> SidecarAsync(HttpClient client, string host) => client.GetStringAsync($"http://{host}/status");

    public static XmlElement Envelope(XmlDocument document) => document.CreateElement("soap", "Envelope", SoapNamespace);

    public static Uri TermsLink() => new("http://example.org/terms");

    public static bool NegotiatedLegacy(SslStream stream) => stream.SslProtocol is SslProtocols.Tls12;
}
