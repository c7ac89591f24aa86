using System.Net;
using System.Net.Http;
using System.Net.Mail;
using System.Security.Authentication;

namespace Clinic.Crypto;

/// <summary>Sends lab orders to the external laboratory and mails results to patients.</summary>
public sealed class LabGateway
{
    private const string LabEndpoint = "http://lab.example-partner.org/orders";

    public HttpClient CreateClient()
    {
        var handler = new HttpClientHandler
        {
            // RR1005: TLS 1.0 and 1.1 can be downgraded and read on the path to the lab.
            SslProtocols = SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12,
            // RR1006: any certificate is accepted, so anyone in the middle can read lab orders.
            ServerCertificateCustomValidationCallback = (_, _, _, _) => true,
        };

        return new HttpClient(handler)
        {
            // RR1007: lab orders travel in plain HTTP.
            BaseAddress = new Uri("http://lab.example-partner.org/"),
        };
    }

    // RR1007: the constant endpoint is plain HTTP too.
    public Task<HttpResponseMessage> SendOrderAsync(HttpClient client, string orderJson)
        => client.PostAsync(LabEndpoint, new StringContent(orderJson));

    // Quiet: the health probe stays on this machine.
    public Task<string> HealthAsync(HttpClient client) => client.GetStringAsync("http://localhost:5080/health");

    public void MailResult(string patientEmail, string body)
    {
        // RR1007: results and the SMTP password cross the network in the clear.
        using var smtp = new SmtpClient("mail.example-clinic.org") { EnableSsl = false };
        smtp.Send("results@example-clinic.org", patientEmail, "Your lab results", body);
    }
}
