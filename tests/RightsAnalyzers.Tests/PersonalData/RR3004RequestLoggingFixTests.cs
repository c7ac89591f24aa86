using System.Threading.Tasks;
using Verify = RightsAnalyzers.Tests.Verifiers.WebCodeFixVerifier<
    RightsAnalyzers.Families.PersonalData.RequestLoggingConfigurationAnalyzer,
    RightsAnalyzers.CodeFixes.PersonalData.RequestLoggingCodeFixProvider>;

namespace RightsAnalyzers.Tests.PersonalData;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR3004RequestLoggingFixTests
{
    private const string Usings = RR3004RequestLoggingTests.Usings;

    [Fact]
    public Task Identifying_fields_are_dropped_and_composites_narrowed()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(IServiceCollection services)
                {
                    services.AddHttpLogging(o => [|o.LoggingFields = HttpLoggingFields.All|]);
                    services.AddHttpLogging(o => [|o.LoggingFields = HttpLoggingFields.RequestPath | HttpLoggingFields.RequestBody | HttpLoggingFields.ResponseStatusCode|]);
                    services.AddHttpLogging(o => [|o.LoggingFields = HttpLoggingFields.RequestQuery|]);
                    var options = new HttpLoggingOptions { [|LoggingFields = HttpLoggingFields.Duration | HttpLoggingFields.Request|] };
                    services.AddW3CLogging(o => [|o.LoggingFields = W3CLoggingFields.All|]);
                    services.AddW3CLogging(o => [|o.LoggingFields = W3CLoggingFields.Date | W3CLoggingFields.ClientIpAddress|]);
                }
            }
            """,
            Usings + """
            class C
            {
                void M(IServiceCollection services)
                {
                    services.AddHttpLogging(o => o.LoggingFields = HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration);
                    services.AddHttpLogging(o => o.LoggingFields = HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode);
                    services.AddHttpLogging(o => o.LoggingFields = HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration);
                    var options = new HttpLoggingOptions { LoggingFields = HttpLoggingFields.Duration | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode };
                    services.AddW3CLogging(o => o.LoggingFields = W3CLoggingFields.Date | W3CLoggingFields.Time | W3CLoggingFields.Method | W3CLoggingFields.UriStem | W3CLoggingFields.ProtocolStatus | W3CLoggingFields.TimeTaken);
                    services.AddW3CLogging(o => o.LoggingFields = W3CLoggingFields.Date);
                }
            }
            """);

    [Fact]
    public Task Compound_assignment_adding_only_identifying_fields_is_removed()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(IServiceCollection services)
                {
                    services.AddHttpLogging(o =>
                    {
                        o.LoggingFields = HttpLoggingFields.RequestPath;
                        [|o.LoggingFields |= HttpLoggingFields.RequestBody|];
                    });
                    services.AddHttpLogging(o => [|o.LoggingFields |= HttpLoggingFields.ResponseBody|]);
                }
            }
            """,
            Usings + """
            class C
            {
                void M(IServiceCollection services)
                {
                    services.AddHttpLogging(o =>
                    {
                        o.LoggingFields = HttpLoggingFields.RequestPath;
                    });
                    services.AddHttpLogging(o => { });
                }
            }
            """);

    [Fact]
    public Task Identifying_headers_are_no_longer_logged()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(IServiceCollection services)
                {
                    services.AddHttpLogging(o =>
                    {
                        o.RequestHeaders.Add("Accept-Language");
                        [|o.RequestHeaders.Add("Cookie")|];
                        [|o.ResponseHeaders.Add("Set-Cookie")|];
                    });
                }
            }
            """,
            Usings + """
            class C
            {
                void M(IServiceCollection services)
                {
                    services.AddHttpLogging(o =>
                    {
                        o.RequestHeaders.Add("Accept-Language");
                    });
                }
            }
            """);

    [Fact]
    public Task EnableSensitiveDataLogging_is_removed_from_its_chain()
        => Verify.VerifyAsync(
            Usings + """
            class ClinicContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    optionsBuilder.[|EnableSensitiveDataLogging()|];
                    optionsBuilder
                        .[|EnableSensitiveDataLogging(true)|]
                        .EnableDetailedErrors();
                    optionsBuilder.EnableDetailedErrors().[|EnableSensitiveDataLogging()|];
                }
            }

            class Startup
            {
                void M(IServiceCollection services)
                {
                    services.AddDbContext<ClinicContext>(o => o.[|EnableSensitiveDataLogging()|]);
                    services.AddDbContext<ClinicContext>(o => o.EnableDetailedErrors().[|EnableSensitiveDataLogging()|]);
                }
            }
            """,
            Usings + """
            class ClinicContext : DbContext
            {
                protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
                {
                    optionsBuilder
                        .EnableDetailedErrors();
                    optionsBuilder.EnableDetailedErrors();
                }
            }

            class Startup
            {
                void M(IServiceCollection services)
                {
                    services.AddDbContext<ClinicContext>(o => { });
                    services.AddDbContext<ClinicContext>(o => o.EnableDetailedErrors());
                }
            }
            """);
}
