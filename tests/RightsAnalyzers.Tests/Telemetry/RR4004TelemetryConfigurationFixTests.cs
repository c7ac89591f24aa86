using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.WebCodeFixVerifier<
    RightsAnalyzers.Families.Telemetry.TelemetryConfigurationAnalyzer,
    RightsAnalyzers.CodeFixes.Telemetry.TelemetryConfigurationCodeFixProvider>;

namespace RightsAnalyzers.Tests.Telemetry;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR4004TelemetryConfigurationFixTests
{
    private const string Usings = RR4004TelemetryConfigurationTests.Usings;

    [Fact]
    public Task Switches_are_turned_off()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                SentryOptions Options() => new SentryOptions { [|SendDefaultPii = true|] };

                void M(WebApplicationBuilder builder, IServiceCollection services)
                {
                    SentrySdk.Init(o => [|o.SendDefaultPii = true|]);
                    builder.WebHost.UseSentry(o =>
                    {
                        [|o.SendDefaultPii = true|];
                        [|o.MaxRequestBodySize = RequestSize.Always|];
                    });
                    services.AddApplicationInsightsTelemetry(o => [|o.EnableAuthenticationTrackingJavaScript = true|]);
                }
            }
            """,
            Usings + """
            class C
            {
                SentryOptions Options() => new SentryOptions { SendDefaultPii = false };

                void M(WebApplicationBuilder builder, IServiceCollection services)
                {
                    SentrySdk.Init(o => o.SendDefaultPii = false);
                    builder.WebHost.UseSentry(o =>
                    {
                        o.SendDefaultPii = false;
                        o.MaxRequestBodySize = RequestSize.None;
                    });
                    services.AddApplicationInsightsTelemetry(o => o.EnableAuthenticationTrackingJavaScript = false);
                }
            }
            """);

    [Fact]
    public Task Identifying_enrichers_are_removed_from_the_chain()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(WebApplicationBuilder builder)
                {
                    Log.Logger = new LoggerConfiguration()
                        .Enrich.[|WithClientIp()|]
                        .Enrich.WithCorrelationId()
                        .Enrich.[|WithRequestHeader("Authorization")|]
                        .CreateLogger();
                    builder.Host.UseSerilog((context, configuration) => configuration.Enrich.[|WithClientIp()|]);
                    builder.Host.UseSerilog((context, configuration) => configuration.ReadFrom.Configuration(context.Configuration).Enrich.[|WithClientIp()|]);
                }
            }
            """,
            Usings + """
            class C
            {
                void M(WebApplicationBuilder builder)
                {
                    Log.Logger = new LoggerConfiguration()
                        .Enrich.WithCorrelationId()
                        .CreateLogger();
                    builder.Host.UseSerilog((context, configuration) => { });
                    builder.Host.UseSerilog((context, configuration) => configuration.ReadFrom.Configuration(context.Configuration));
                }
            }
            """);

    [Fact]
    public Task Client_ip_initializers_and_redaction_switches_are_removed()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(IServiceCollection services, TelemetryConfiguration configuration, IHttpContextAccessor accessor)
                {
                    services.[|AddSingleton<ITelemetryInitializer, ClientIpHeaderTelemetryInitializer>()|];
                    configuration.TelemetryInitializers.Add([|new ClientIpHeaderTelemetryInitializer(accessor)|]);
                    [|Environment.SetEnvironmentVariable("OTEL_DOTNET_EXPERIMENTAL_HTTPCLIENT_DISABLE_URL_QUERY_REDACTION", "true")|];
                    services.AddApplicationInsightsTelemetry();
                }
            }
            """,
            Usings + """
            class C
            {
                void M(IServiceCollection services, TelemetryConfiguration configuration, IHttpContextAccessor accessor)
                {
                    services.AddApplicationInsightsTelemetry();
                }
            }
            """);
}
