using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Crypto.CertificateValidationAnalyzer,
    RightsAnalyzers.CodeFixes.Crypto.CertificateValidationCodeFixProvider>;

namespace RightsAnalyzers.Tests.Crypto;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR1006CertificateValidationFixTests
{
    private const string Usings = "using System.IO; using System.Net; using System.Net.Http; using System.Net.Security;\n";

    [Fact]
    public Task Assignments_and_initializer_members_are_removed()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                HttpClient M()
                {
                    ServicePointManager.ServerCertificateValidationCallback += [|(s, c, ch, e) => true|];
                    var handler = new HttpClientHandler
                    {
                        UseCookies = false,
                        ServerCertificateCustomValidationCallback = [|HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|],
                    };
                    handler.ServerCertificateCustomValidationCallback = [|(_, _, _, _) => true|];
                    return new HttpClient(handler);
                }
            }
            """,
            Usings + """
            class C
            {
                HttpClient M()
                {
                    var handler = new HttpClientHandler
                    {
                        UseCookies = false,
                    };
                    return new HttpClient(handler);
                }
            }
            """);

    [Fact]
    public Task No_fix_for_arguments_or_embedded_statements()
    {
        const string source = Usings + """
            class C
            {
                void M(Stream inner, HttpClientHandler handler, bool debug)
                {
                    using var ssl = new SslStream(inner, false, [|(s, c, ch, e) => true|]);
                    if (debug) handler.ServerCertificateCustomValidationCallback = [|(_, _, _, _) => true|];
                }
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}
