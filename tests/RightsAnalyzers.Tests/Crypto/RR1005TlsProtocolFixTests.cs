using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Crypto.TlsProtocolAnalyzer,
    RightsAnalyzers.CodeFixes.Crypto.TlsProtocolCodeFixProvider>;

namespace RightsAnalyzers.Tests.Crypto;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR1005TlsProtocolFixTests
{
    private const string Usings = "using System; using System.Net; using System.Net.Http; using System.Net.Security; using System.Security.Authentication;\n";

    [Fact]
    public Task Deprecated_members_are_removed_and_the_os_default_used_when_nothing_is_left()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(SslStream stream, HttpClientHandler handler)
                {
                    ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12|];
                    ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls|];
                    handler.SslProtocols = [|SslProtocols.Tls11 | SslProtocols.Tls12 | SslProtocols.Tls13|];
                    stream.AuthenticateAsClient("example.org", null, [|SslProtocols.Tls|], false);
                    ServicePointManager.SecurityProtocol |= [|SecurityProtocolType.Tls11|];
                    ServicePointManager.SecurityProtocol |= [|SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12|];
                    [|AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", true)|];
                }
            }
            """,
            Usings + """
            class C
            {
                void M(SslStream stream, HttpClientHandler handler)
                {
                    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;
                    ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;
                    handler.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                    stream.AuthenticateAsClient("example.org", null, SslProtocols.None, false);
                    ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;
                    AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", false);
                }
            }
            """);

    [Fact]
    public Task Numbers_are_left_to_a_human()
    {
        const string source = Usings + """
            class C
            {
                void M() => ServicePointManager.SecurityProtocol = [|(SecurityProtocolType)768 | SecurityProtocolType.Tls12|];
            }
            """;
        return Verify.VerifyAsync(source, source);
    }
}
