using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.TlsProtocolAnalyzer>;

namespace RightsAnalyzers.Tests.Crypto;

public sealed class RR1005TlsProtocolTests
{
    private const string Usings = "using System; using System.IO; using System.Net; using System.Net.Http; using System.Net.Security; using System.Security.Authentication;\n";

    [Fact]
    public Task Deprecated_protocols_assigned_passed_and_initialised_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                const SslProtocols Legacy = [|SslProtocols.Tls11|];

                void M(SslStream stream, bool legacy)
                {
                    ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls|];
                    ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls11|] ;
                    ServicePointManager.SecurityProtocol |= [|SecurityProtocolType.Tls11|];
                    ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls12 | SecurityProtocolType.Tls11|];
                    var handler = new HttpClientHandler { SslProtocols = [|SslProtocols.Tls | SslProtocols.Tls12|] };
                    handler.SslProtocols = [|SslProtocols.Default|];
                    stream.AuthenticateAsClient("example.org", null, [|SslProtocols.Tls|], false);
                    var options = new SslClientAuthenticationOptions { EnabledSslProtocols = [|SslProtocols.Ssl2|] };
                    options.EnabledSslProtocols = legacy ? [|SslProtocols.Tls11|] : SslProtocols.Tls12;
                    var protocols = [|(SslProtocols)192|];
                    ServicePointManager.SecurityProtocol = [|(SecurityProtocolType)(768 | 3072)|];
                }

                SslProtocols Protocols => [|SslProtocols.Tls11 | SslProtocols.Tls12|];
            }
            """);

    [Fact]
    public Task Strong_crypto_switches_turned_off_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                const string Switch = "Switch.System.Net.DontEnableSystemDefaultTlsVersions";

                void M()
                {
                    [|AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", true)|];
                    [|AppContext.SetSwitch(Switch, true)|];
                    [|AppContext.SetSwitch("Switch.System.ServiceModel.DisableUsingServicePointManagerSecurityProtocols", true)|];
                }
            }
            """);

    [Fact]
    public Task Message_lists_every_deprecated_protocol_once()
        => Verify.VerifyAsync(
            Usings + "class C { void M() { ServicePointManager.SecurityProtocol = {|#0:SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12|}; } }",
            Verify.Diagnostic(RightsAnalyzers.Infrastructure.Rules.DeprecatedTls).WithLocation(0).WithArguments(
                "SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | Sec…",
                "enables TLS 1.0 and TLS 1.1, deprecated and open to downgrade attacks",
                "let the operating system choose (SecurityProtocolType.SystemDefault) or allow only TLS 1.2 and 1.3"));

    [Fact]
    public Task Removing_testing_and_strong_protocols_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(SslStream stream, SslProtocols negotiated, HttpClientHandler handler)
                {
                    ServicePointManager.SecurityProtocol &= ~SecurityProtocolType.Tls;
                    ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Tls | SecurityProtocolType.Tls11);
                    handler.SslProtocols = handler.SslProtocols & ~SslProtocols.Tls11;
                    if (stream.SslProtocol == SslProtocols.Tls) throw new AuthenticationException("TLS 1.0 negotiated");
                    if ((negotiated & SslProtocols.Tls11) != 0) Console.WriteLine("legacy");
                    var legacy = negotiated.HasFlag(SslProtocols.Tls);
                    var old = negotiated is SslProtocols.Tls or SslProtocols.Tls11;
                    switch (negotiated) { case SslProtocols.Tls: break; }
                    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
                    ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;
                    handler.SslProtocols = SslProtocols.None;
                    handler.SslProtocols = (SslProtocols)12288;
                    AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", false);
                    AppContext.SetSwitch("System.Net.Http.SocketsHttpHandler.Http2UnencryptedSupport", true);
                }
            }
            """);

    [Fact]
    public Task Code_without_tls_is_quiet()
        => Verify.VerifyAsync("enum Protocols { Tls, Tls11 } class C { Protocols P = Protocols.Tls; }");

    [Fact]
    public Task Half_typed_code_does_not_throw_and_intact_code_is_still_reported()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + """
                class C
                {
                    void M(Unknown u)
                    {
                        u.Protocols = SslProtocols.
                        u.Protocols = Unknown.Tls | SslProtocols.Tls12;
                        ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls|];
                        AppContext.SetSwitch(
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }
}
