using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.UnencryptedChannelAnalyzer>;

namespace RightsAnalyzers.Tests.Crypto;

public sealed class RR1007UnencryptedChannelTests
{
    private const string Usings = "using System; using System.IO; using System.Net; using System.Net.Http; using System.Net.Http.Json; using System.Net.Mail; using System.Net.Security; using System.Threading.Tasks;\n";

    [Fact]
    public Task Plain_http_and_ftp_request_addresses_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                const string Registry = "http://registry.example.org/api/";

                async Task M(HttpClient client, WebClient web, int id)
                {
                    client.BaseAddress = new Uri([|"http://records.example.org/"|]);
                    var c2 = new HttpClient { BaseAddress = new Uri([|"http://10.0.0.5/api/"|]) };
                    await client.GetAsync([|"http://records.example.org/patients"|]);
                    await client.GetStringAsync(new Uri([|"HTTP://records.example.org/x"|]));
                    await client.PostAsync([|"http://records.example.org/upload"|], new StringContent("x"));
                    await client.GetFromJsonAsync<string>([|$"http://records.example.org/patients/{id}"|]);
                    await client.GetAsync([|"http://records.example.org/items?id=" + id|]);
                    await client.GetAsync([|Registry|]);
                    var message = new HttpRequestMessage(HttpMethod.Get, [|"http://records.example.org/a"|]);
                    message.RequestUri = new Uri([|"http://records.example.org/b"|]);
                    var request = WebRequest.Create([|"http://legacy.example.org/soap"|]);
                    var ftp = WebRequest.Create([|"ftp://files.example.org/export.csv"|]);
                    web.DownloadString([|"http://legacy.example.org/feed"|]);
                    web.UploadFile([|"ftp://files.example.org/in/"|], "export.csv");
                    var endpoint = new Uri([|"http://user:pw@records.example.org:8080/"|]);
                    await client.GetAsync(endpoint);
                }
            }
            """);

    [Fact]
    public Task Null_encryption_and_smtp_without_tls_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(Stream inner)
                {
                    using var ssl = new SslStream(inner, false, null, null, [|EncryptionPolicy.NoEncryption|]);
                    var options = new SslClientAuthenticationOptions { EncryptionPolicy = [|EncryptionPolicy.AllowNoEncryption|] };
                    var smtp = new SmtpClient("mail.example.org") { EnableSsl = [|false|] };
                    smtp.EnableSsl = [|false|];
                }
            }
            """);

    [Fact]
    public Task Message_names_the_address_and_the_remedy()
        => Verify.VerifyAsync(
            Usings + "class C { Task M(HttpClient c, int id) => c.GetAsync({|#0:$\"http://records.example.org/{id}\"|}); }",
            Verify.Diagnostic(RightsAnalyzers.Infrastructure.Rules.UnencryptedChannel).WithLocation(0).WithArguments(
                "http://records.example.org/…", "sends the request over plain HTTP, readable and changeable by anyone on the network path", "use https://"));

    [Fact]
    public Task Loopback_https_unknown_hosts_and_non_request_strings_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                const string SoapNamespace = "http://schemas.xmlsoap.org/soap/envelope/";
                const string SchemaId = "http://json-schema.org/draft-07/schema#";

                async Task M(HttpClient client, WebClient web, string host, HttpRequestMessage message)
                {
                    await client.GetAsync("https://records.example.org/patients");
                    await client.GetAsync("http://localhost:5000/health");
                    await client.GetAsync("http://127.0.0.1/health");
                    await client.GetAsync("http://[::1]:8080/");
                    await client.GetAsync("http://api.localhost/");
                    await client.GetAsync($"http://{host}/status");
                    await client.GetAsync("/relative/path");
                    client.BaseAddress = new Uri("http://localhost/");
                    var ns = new System.Xml.XmlDocument().CreateElement("soap", "Envelope", SoapNamespace);
                    var link = new Uri("http://example.org/terms");            // built, never requested
                    Console.WriteLine("See http://example.org/help");
                    web.Headers.Add("Referer", "http://example.org/");
                    var request = (FtpWebRequest)WebRequest.Create("ftp://files.example.org/secure.csv");
                    request.EnableSsl = true;
                    var smtp = new SmtpClient("mail.example.org") { EnableSsl = true };
                    using var ssl = new SslStream(new MemoryStream(), false, null, null, EncryptionPolicy.RequireEncryption);
                    if (message.RequestUri?.Scheme == "http") throw new InvalidOperationException();
                }
            }
            """);

    [Fact]
    public Task Code_without_networking_is_quiet()
        => Verify.VerifyAsync("class C { string Url = \"http://example.org\"; }");

    [Fact]
    public Task Half_typed_code_does_not_throw_and_intact_code_is_still_reported()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + """
                class C
                {
                    void M(HttpClient client, Unknown u)
                    {
                        u.GetAsync("http://example.org/");
                        client.GetAsync(Missing);
                        client.GetAsync([|"http://example.org/"|]);
                        client.GetAsync("http://
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }
}
