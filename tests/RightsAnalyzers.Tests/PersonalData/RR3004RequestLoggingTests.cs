using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Families.PersonalData;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Tests.Verifiers;
using Verify = RightsAnalyzers.Tests.Verifiers.WebAnalyzerVerifier<RightsAnalyzers.Families.PersonalData.RequestLoggingConfigurationAnalyzer>;

namespace RightsAnalyzers.Tests.PersonalData;

public sealed class RR3004RequestLoggingTests
{
    internal const string Usings = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.HttpLogging;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        """;

    [Theory]
    [InlineData("HttpLoggingFields.All")]
    [InlineData("HttpLoggingFields.RequestBody")]
    [InlineData("HttpLoggingFields.ResponseBody")]
    [InlineData("HttpLoggingFields.RequestQuery")]
    [InlineData("HttpLoggingFields.Request")]
    [InlineData("HttpLoggingFields.Response")]
    [InlineData("HttpLoggingFields.RequestPath | HttpLoggingFields.RequestBody")]
    [InlineData("HttpLoggingFields.RequestPropertiesAndHeaders | (HttpLoggingFields.RequestQuery | HttpLoggingFields.Duration)")]
    public Task Http_logging_fields_with_bodies_or_query_are_reported(string fields)
        => Verify.VerifyAsync(Usings + "class C { void M(IServiceCollection services) => services.AddHttpLogging(o => [|o.LoggingFields = " + fields + "|]); }");

    [Fact]
    public Task Message_names_the_setting_and_what_it_collects()
        => Verify.VerifyAsync(
            Usings + "class C { void M(IServiceCollection services) => services.AddHttpLogging(o => {|#0:o.LoggingFields = HttpLoggingFields.All|}); }",
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Rules.OverBroadRequestLogging).WithLocation(0)
                .WithArguments("HttpLoggingOptions.LoggingFields", "request bodies and response bodies"));

    [Fact]
    public Task Initialisers_compound_assignment_and_block_lambdas_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                HttpLoggingOptions Options() => new HttpLoggingOptions { [|LoggingFields = HttpLoggingFields.RequestBody|] };

                void M(IServiceCollection services)
                {
                    services.AddHttpLogging(o =>
                    {
                        o.LoggingFields = HttpLoggingFields.RequestPath;
                        [|o.LoggingFields |= HttpLoggingFields.ResponseBody|];
                    });
                    services.Configure<HttpLoggingOptions>(o => [|o.LoggingFields = HttpLoggingFields.Request|]);
                }
            }
            """);

    [Fact]
    public Task Identifying_headers_added_to_the_logged_lists_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                HttpLoggingOptions Options() => new HttpLoggingOptions { RequestHeaders = { [|"Cookie"|] } };

                void M(IServiceCollection services)
                {
                    services.AddHttpLogging(o =>
                    {
                        [|o.RequestHeaders.Add("Authorization")|];
                        [|o.RequestHeaders.Add(Microsoft.Net.Http.Headers.HeaderNames.Cookie)|];
                        [|o.ResponseHeaders.Add("set-cookie")|];
                        o.RequestHeaders.Add("Accept-Language");
                    });
                    services.AddW3CLogging(o =>
                    {
                        o.LoggingFields = W3CLoggingFields.Date | W3CLoggingFields.UriStem;
                        [|o.AdditionalRequestHeaders.Add("X-Real-IP")|];
                    });
                }
            }
            """);

    [Theory]
    [InlineData("W3CLoggingFields.All")]
    [InlineData("W3CLoggingFields.ClientIpAddress")]
    [InlineData("W3CLoggingFields.ConnectionInfoFields")]
    [InlineData("W3CLoggingFields.UserName | W3CLoggingFields.Cookie")]
    [InlineData("W3CLoggingFields.Request")]
    [InlineData("W3CLoggingFields.Date | W3CLoggingFields.UriQuery")]
    public Task W3C_fields_with_client_ip_user_name_cookies_or_query_are_reported(string fields)
        => Verify.VerifyAsync(Usings + "class C { void M(IServiceCollection services) => services.AddW3CLogging(o => [|o.LoggingFields = " + fields + "|]); }");

    [Fact]
    public Task W3C_logging_left_at_its_defaults_is_reported()
        => Verify.VerifyAsync(
            Usings + "class C { void M(IServiceCollection services) => services.{|#0:AddW3CLogging(o => { o.FileName = \"access\"; })|}; }",
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Rules.OverBroadRequestLogging).WithLocation(0)
                .WithArguments("AddW3CLogging without LoggingFields", "client IP addresses and query strings (the W3C default fields)"));

    [Fact]
    public Task EF_Core_sensitive_data_logging_is_reported_in_every_shape()
        => Verify.VerifyAsync(Usings + """
            class ClinicContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    optionsBuilder.[|EnableSensitiveDataLogging()|];
                    optionsBuilder.[|EnableSensitiveDataLogging(true)|].EnableDetailedErrors();
                }
            }

            class Startup
            {
                void M(IServiceCollection services, IHostEnvironment env)
                {
                    services.AddDbContext<ClinicContext>(o => o.EnableDetailedErrors().[|EnableSensitiveDataLogging()|]);
                    var typed = new DbContextOptionsBuilder<ClinicContext>().[|EnableSensitiveDataLogging()|];
                    // "Not production" may be staging with real patients' data: still reported.
                    if (env.IsProduction()) { } else { optionsBuilder().[|EnableSensitiveDataLogging()|]; }
                }

                DbContextOptionsBuilder optionsBuilder() => new();
            }
            """);

    [Fact]
    public Task Development_only_configuration_is_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(WebApplicationBuilder builder, IWebHostEnvironment env, IServiceCollection services, DbContextOptionsBuilder ef)
                {
                    if (builder.Environment.IsDevelopment())
                    {
                        services.AddHttpLogging(o => o.LoggingFields = HttpLoggingFields.All);
                        ef.EnableSensitiveDataLogging();
                    }

                    if (!env.IsDevelopment())
                    {
                        services.AddHttpLogging(o => o.LoggingFields = HttpLoggingFields.RequestPath);
                    }
                    else
                    {
                        services.AddHttpLogging(o => o.RequestHeaders.Add("Authorization"));
                    }

                    if (env.IsEnvironment("Development") && services.Count > 0) ef.EnableSensitiveDataLogging();
                    var options = new HttpLoggingOptions { LoggingFields = env.IsDevelopment() ? HttpLoggingFields.All : HttpLoggingFields.RequestPath };
                    _ = env.IsDevelopment() ? ef.EnableSensitiveDataLogging() : ef;
            #if DEBUG
                    ef.EnableSensitiveDataLogging();
            #endif
                }
            }
            """);

    [Fact]
    public Task Narrow_fields_and_look_alikes_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(IServiceCollection services, DbContextOptionsBuilder ef, IHostEnvironment env, HttpLoggingFields configured, bool flag)
                {
                    services.AddHttpLogging(o => o.LoggingFields = HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode);
                    services.AddHttpLogging(o => o.LoggingFields = HttpLoggingFields.RequestPropertiesAndHeaders | HttpLoggingFields.ResponsePropertiesAndHeaders);
                    services.AddHttpLogging(o => o.LoggingFields = configured);       // not a constant: no value flow here
                    services.AddHttpLogging(o => o.LoggingFields &= ~HttpLoggingFields.RequestBody);
                    services.AddW3CLogging(o => o.LoggingFields = W3CLoggingFields.Date | W3CLoggingFields.Time | W3CLoggingFields.UriStem | W3CLoggingFields.ProtocolStatus | W3CLoggingFields.Referer | W3CLoggingFields.UserAgent);
                    ef.EnableSensitiveDataLogging(false);
                    ef.EnableSensitiveDataLogging(env.IsDevelopment());
                    ef.EnableSensitiveDataLogging(flag);
                    var headers = new System.Collections.Generic.HashSet<string>();
                    headers.Add("Cookie");                                            // not a logging option
                }
            }
            """);

    [Theory]
    [InlineData("class C { void M(Microsoft.Extensions.DependencyInjection.IServiceCollection s) => s.AddHttpLogging(o => o.LoggingFields = Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.); }")]
    [InlineData("class C { void M(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder b) { b.EnableSensitiveDataLogging(tru; } }")]
    [InlineData("class C { void M(Microsoft.Extensions.DependencyInjection.IServiceCollection s) => s.AddW3CLogging(o => o.LoggingFields = ); }")]
    [InlineData("class C { void M(Microsoft.Extensions.DependencyInjection.IServiceCollection s) => s.AddHttpLogging(o => o.RequestHeaders.Add(Unknown.Header)); }")]
    public async Task Half_typed_code_is_crash_free_and_quiet(string source)
    {
        var result = await InProcessAnalysis.RunAsync(new[] { ("/Test.cs", source) }, analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new RequestLoggingConfigurationAnalyzer()));
        Assert.NotEmpty(result.CompilerErrors);
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.Diagnostics.Where(d => d.Id is "RR3004" || d.Id.StartsWith("AD", System.StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Diagnostics_carry_evidence_category_and_recommendations()
    {
        var source = Usings + "class C { void M(IServiceCollection s) => s.AddHttpLogging(o => o.LoggingFields = HttpLoggingFields.RequestQuery); }";
        var result = await InProcessAnalysis.RunAsync(new[] { ("/Test.cs", source) }, analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new RequestLoggingConfigurationAnalyzer()));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("configuration", diagnostic.Properties[DiagnosticPropertyNames.Evidence]);
        Assert.Equal("request-query", diagnostic.Properties[DiagnosticPropertyNames.Category]);
        Assert.Equal("2,6", diagnostic.Properties[DiagnosticPropertyNames.Recommendations]);
        Assert.EndsWith("Recommendations 2 (human rights respecting by design), 6 (incident responses that respect rights)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
