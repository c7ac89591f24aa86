using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RightsAnalyzers.Families.Telemetry;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Tests.Verifiers;
using Verify = RightsAnalyzers.Tests.Verifiers.WebAnalyzerVerifier<RightsAnalyzers.Families.Telemetry.TelemetryConfigurationAnalyzer>;

namespace RightsAnalyzers.Tests.Telemetry;

public sealed class RR4004TelemetryConfigurationTests
{
    internal const string Usings = """
        using System;
        using Microsoft.ApplicationInsights.AspNetCore.TelemetryInitializers;
        using Microsoft.ApplicationInsights.Extensibility;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using OpenTelemetry.Resources;
        using Sentry;
        using Sentry.Extensibility;
        using Serilog;

        """;

    [Fact]
    public Task Sentry_SendDefaultPii_is_reported_in_every_shape()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                SentryOptions Options() => new SentryOptions { Dsn = "https://key@o0.ingest.sentry.io/0", [|SendDefaultPii = true|] };

                void M(WebApplicationBuilder builder)
                {
                    SentrySdk.Init(o =>
                    {
                        o.Dsn = "https://key@o0.ingest.sentry.io/0";
                        [|o.SendDefaultPii = true|];
                    });
                    builder.WebHost.UseSentry(o => [|o.SendDefaultPii = true|]);
                    builder.WebHost.UseSentry((context, o) => [|o.MaxRequestBodySize = RequestSize.Always|]);
                    builder.WebHost.UseSentry(o => [|o.MaxRequestBodySize = RequestSize.Small|]);
                }
            }
            """);

    [Fact]
    public Task Message_names_the_setting_the_sdk_and_what_it_collects()
        => Verify.VerifyAsync(
            Usings + "class C { void M() => SentrySdk.Init(o => {|#0:o.SendDefaultPii = true|}); }",
            new DiagnosticResult(Rules.IdentifyingTelemetryConfiguration).WithLocation(0)
                .WithArguments("SendDefaultPii = true", "Sentry", "user names, client IP addresses, cookies and the signed-in user's claims"));

    [Fact]
    public Task Identifying_Serilog_enrichers_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(WebApplicationBuilder builder)
                {
                    Log.Logger = new LoggerConfiguration()
                        .Enrich.[|WithClientIp()|]
                        .Enrich.[|WithRequestHeader("Cookie")|]
                        .Enrich.[|WithRequestHeader("X-Forwarded-For")|]
                        .Enrich.WithRequestHeader("Accept-Language")
                        .Enrich.WithCorrelationId()
                        .Enrich.WithEnvironmentName()
                        .CreateLogger();
                    builder.Host.UseSerilog((context, configuration) => configuration.Enrich.[|WithClientIp("CF-Connecting-IP")|]);
                }
            }
            """);

    [Fact]
    public Task Machine_and_account_enrichers_are_reported_outside_web_apps()
        => Verify.VerifyWithoutAspNetCoreAsync("""
            using Serilog;

            class DesktopLogging
            {
                ILogger Create() => new LoggerConfiguration()
                    .Enrich.[|WithMachineName()|]
                    .Enrich.[|WithEnvironmentUserName()|]
                    .Enrich.WithEnvironmentName()
                    .CreateLogger();
            }
            """);

    [Fact]
    public Task Machine_and_account_enrichers_are_quiet_in_web_apps_where_they_name_the_server()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                ILogger Create() => new LoggerConfiguration().Enrich.WithMachineName().Enrich.WithEnvironmentUserName().CreateLogger();
            }
            """);

    [Fact]
    public Task Application_Insights_client_ip_and_user_tracking_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(IServiceCollection services, TelemetryConfiguration configuration, IHttpContextAccessor accessor)
                {
                    services.AddApplicationInsightsTelemetry(o => [|o.EnableAuthenticationTrackingJavaScript = true|]);
                    services.[|AddSingleton<ITelemetryInitializer, ClientIpHeaderTelemetryInitializer>()|];
                    configuration.TelemetryInitializers.Add([|new ClientIpHeaderTelemetryInitializer(accessor)|]);
                }
            }
            """);

    [Fact]
    public Task OpenTelemetry_redaction_switches_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M()
                {
                    [|Environment.SetEnvironmentVariable("OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION", "true")|];
                    [|Environment.SetEnvironmentVariable("OTEL_DOTNET_EXPERIMENTAL_HOST_RESOURCE_ENABLE_NETWORK_ADDRESSES", "True")|];
                    Environment.SetEnvironmentVariable("OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION", "false");
                    Environment.SetEnvironmentVariable("OTEL_SERVICE_NAME", "clinic");
                }
            }
            """);

    [Fact]
    public Task Safe_settings_and_development_only_configuration_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(WebApplicationBuilder builder, IServiceCollection services, bool fromConfig)
                {
                    SentrySdk.Init(o => o.SendDefaultPii = false);
                    builder.WebHost.UseSentry(o =>
                    {
                        o.SendDefaultPii = builder.Environment.IsDevelopment();   // the app's own per-environment choice
                        o.SendDefaultPii = fromConfig;
                        o.MaxRequestBodySize = RequestSize.None;
                    });
                    if (builder.Environment.IsDevelopment())
                    {
                        SentrySdk.Init(o => o.SendDefaultPii = true);
                        Log.Logger = new LoggerConfiguration().Enrich.WithClientIp().CreateLogger();
                    }

                    services.AddApplicationInsightsTelemetry();
                    services.AddApplicationInsightsTelemetry(o => o.EnableAuthenticationTrackingJavaScript = false);
                    var resource = ResourceBuilder.CreateDefault().AddService("clinic").AddTelemetrySdk().AddEnvironmentVariableDetector();
                }
            }
            """);

    [Theory]
    [InlineData("class C { void M() => Sentry.SentrySdk.Init(o => o.SendDefaultPii = ); }")]
    [InlineData("class C { object M() => new Serilog.LoggerConfiguration().Enrich.WithClientIp(; }")]
    [InlineData("class C { void M() => Sentry.SentrySdk.Init(o => o.SendDefaultPi = true); }")]
    [InlineData("class C { object M() => new Serilog.LoggerConfiguration().Enrich.WithRequestHeader(Unknown.Name); }")]
    public async Task Half_typed_code_is_crash_free(string source)
    {
        var result = await InProcessAnalysis.RunAsync(new[] { ("/Test.cs", source) }, analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new TelemetryConfigurationAnalyzer()));
        Assert.NotEmpty(result.CompilerErrors);
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.Diagnostics.Where(d => d.Id.StartsWith("AD", System.StringComparison.Ordinal)));
        // Only the intact enricher call (the parser closes "WithClientIp(" itself) may still be reported.
        Assert.All(result.Diagnostics, d => Assert.Equal("client-ip", d.Properties[DiagnosticPropertyNames.Category]));
    }

    [Fact]
    public async Task Diagnostics_carry_evidence_category_and_recommendations()
    {
        var source = Usings + "class C { void M() => SentrySdk.Init(o => o.SendDefaultPii = true); }";
        var result = await InProcessAnalysis.RunAsync(new[] { ("/Test.cs", source) }, analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new TelemetryConfigurationAnalyzer()));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("configuration", diagnostic.Properties[DiagnosticPropertyNames.Evidence]);
        Assert.Equal("send-default-pii", diagnostic.Properties[DiagnosticPropertyNames.Category]);
        Assert.Equal("8,2", diagnostic.Properties[DiagnosticPropertyNames.Recommendations]);
    }
}
