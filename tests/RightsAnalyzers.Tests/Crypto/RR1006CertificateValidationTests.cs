using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.CertificateValidationAnalyzer>;

namespace RightsAnalyzers.Tests.Crypto;

public sealed class RR1006CertificateValidationTests
{
    private const string Usings = "using System; using System.IO; using System.Net; using System.Net.Http; using System.Net.Security; using System.Security.Cryptography.X509Certificates;\n";

    [Fact]
    public Task Always_true_callbacks_on_every_api_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(Stream inner, HttpWebRequest request)
                {
                    var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = [|(_, _, _, _) => true|] };
                    handler.ServerCertificateCustomValidationCallback = [|(message, cert, chain, errors) => { return true; }|];
                    ServicePointManager.ServerCertificateValidationCallback += [|(sender, cert, chain, errors) => true|];
                    ServicePointManager.ServerCertificateValidationCallback = [|delegate { return true; }|];
                    request.ServerCertificateValidationCallback = [|static (s, c, ch, e) => true|];
                    var sockets = new SocketsHttpHandler();
                    sockets.SslOptions.RemoteCertificateValidationCallback = [|(s, c, ch, e) => true|];
                    var options = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = [|(s, c, ch, e) => true|] };
                    using var ssl = new SslStream(inner, false, [|(s, c, ch, e) => true|]);
                    using var ssl2 = new SslStream(inner, false, [|new RemoteCertificateValidationCallback(AcceptAll)|]);
                }
            }
            """.Replace("class C\n{", "class C\n{\n    static bool AcceptAll(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e) => true;"));

    [Fact]
    public Task Method_groups_local_functions_and_logging_callbacks_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                private static bool Accept(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
                {
                    Console.WriteLine($"certificate problem ignored: {errors}");
                    return true;
                }

                void M(HttpClientHandler handler)
                {
                    ServicePointManager.ServerCertificateValidationCallback = [|Accept|];
                    ServicePointManager.ServerCertificateValidationCallback = [|Local|];
                    handler.ServerCertificateCustomValidationCallback = [|Other.AcceptAny|];

                    bool Local(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e)
                    {
                        if (e != SslPolicyErrors.None) Console.WriteLine(e);
                        return true;
                    }
                }
            }
            """ + "\n" + """
            static class Other
            {
                public static bool AcceptAny(HttpRequestMessage m, X509Certificate2 c, X509Chain ch, SslPolicyErrors e) => true;
            }
            """);

    [Fact]
    public Task Dangerous_accept_any_validator_is_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                HttpClient M()
                {
                    var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = [|HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|] };
                    handler.ServerCertificateCustomValidationCallback = [|HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|];
                    return new HttpClient(handler);
                }
            }
            """);

    [Fact]
    public Task Handler_factories_are_reported()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + """
                using Microsoft.Extensions.DependencyInjection;

                class Startup
                {
                    void Configure(IServiceCollection services)
                    {
                        services.AddHttpClient("records")
                            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { ServerCertificateCustomValidationCallback = [|(_, _, _, _) => true|] });
                    }
                }

                class LegacyClientFactory
                {
                    protected virtual HttpMessageHandler CreateHandler()
                        => new HttpClientHandler { ServerCertificateCustomValidationCallback = [|(m, c, ch, e) => true|] };
                }
                """,
        };
        // ASP.NET Core's shared framework carries Microsoft.Extensions.Http (IHttpClientBuilder).
        test.ReferenceAssemblies = Verifiers.TestReferences.Net80.AddPackages(System.Collections.Immutable.ImmutableArray.Create(
            new Microsoft.CodeAnalysis.Testing.PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.0")));
        return test.RunAsync();
    }

    [Fact]
    public Task Message_says_where_the_callback_goes()
        => Verify.VerifyAsync(
            Usings + "class C { void M(HttpClientHandler h) { h.ServerCertificateCustomValidationCallback = {|#0:(_, _, _, _) => true|}; } }",
            Verify.Diagnostic(RightsAnalyzers.Infrastructure.Rules.CertificateValidationDisabled).WithLocation(0).WithArguments("The callback for HttpClientHandler.ServerCertificateCustomValidationCallback"));

    [Fact]
    public Task Callbacks_that_validate_pin_or_are_opt_in_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class Options { public bool AllowInsecureCertificates { get; set; } public bool IgnoreCertificateErrors { get; set; } }

            class C
            {
                private const string PinnedThumbprint = "A1B2C3";

                void M(HttpClientHandler handler, Options options, Stream inner)
                {
                    handler.ServerCertificateCustomValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None;
                    handler.ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == PinnedThumbprint;
                    handler.ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>
                    {
                        if (options.AllowInsecureCertificates) return true;
                        return errors == SslPolicyErrors.None;
                    };
                    handler.ServerCertificateCustomValidationCallback = (_, _, _, errors) =>
                    {
                        if (errors != SslPolicyErrors.None) throw new InvalidOperationException(errors.ToString());
                        return true;
                    };
                    if (options.IgnoreCertificateErrors)
                    {
                        handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
                        ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => true;
                    }

                    if (handler.ServerCertificateCustomValidationCallback == HttpClientHandler.DangerousAcceptAnyServerCertificateValidator)
                    {
                        Console.WriteLine("insecure");
                    }

                    // Delegates of other shapes are not certificate callbacks.
                    Func<string, bool> accept = _ => true;
                    using var ssl = new SslStream(inner, false, Validate);
                }

                bool Validate(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e) => e == SslPolicyErrors.None;
            }
            """);

    [Fact]
    public Task Code_without_tls_is_quiet()
        => Verify.VerifyAsync("using System; class C { Func<int, bool> F = _ => true; }");

    [Fact]
    public Task Half_typed_code_does_not_throw_and_intact_code_is_still_reported()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + """
                class C
                {
                    void M(HttpClientHandler handler, Unknown u)
                    {
                        u.Callback = (a, b, c, d) => true;
                        handler.ServerCertificateCustomValidationCallback = Missing;
                        handler.ServerCertificateCustomValidationCallback = [|(a, b, c, d) => true|];
                        handler.ServerCertificateCustomValidationCallback = (a, b, c, d) =>
                """,
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }
}
