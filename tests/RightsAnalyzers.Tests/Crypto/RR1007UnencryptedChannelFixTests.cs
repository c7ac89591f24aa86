using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Crypto.UnencryptedChannelAnalyzer,
    RightsAnalyzers.CodeFixes.Crypto.UnencryptedChannelCodeFixProvider>;

namespace RightsAnalyzers.Tests.Crypto;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR1007UnencryptedChannelFixTests
{
    private const string Usings = "using System; using System.Net.Http; using System.Threading.Tasks;\n";

    [Fact]
    public Task Http_literals_and_interpolations_become_https()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                async Task M(HttpClient client, int id)
                {
                    client.BaseAddress = new Uri([|"http://records.example.org/"|]);
                    await client.GetAsync([|$"http://records.example.org/patients/{id}"|]);
                }
            }
            """,
            Usings + """
            class C
            {
                async Task M(HttpClient client, int id)
                {
                    client.BaseAddress = new Uri("https://records.example.org/");
                    await client.GetAsync($"https://records.example.org/patients/{id}");
                }
            }
            """);

    [Fact]
    public Task No_fix_for_ftp_explicit_ports_or_constants_declared_elsewhere()
    {
        const string source = "using System.Net; using System.Net.Http;\n" + """
            class C
            {
                const string Endpoint = "http://records.example.org/";
                void M(HttpClient client)
                {
                    client.GetAsync([|"http://records.example.org:8080/"|]);
                    client.GetAsync([|Endpoint|]);
                    WebRequest.Create([|"ftp://files.example.org/x"|]);
                }
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}
