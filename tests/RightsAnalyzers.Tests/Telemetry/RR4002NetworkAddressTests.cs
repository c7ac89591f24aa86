using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Telemetry.DeanonymizingTelemetryAnalyzer>;

namespace RightsAnalyzers.Tests.Telemetry;

public sealed class RR4002NetworkAddressTests
{
    [Fact]
    public Task Client_ip_as_a_span_tag_is_reported_with_the_connection_as_source()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            class C
            {
                void M(Activity activity, HttpContext context)
                {
                    var {|#1:ip|} = context.Connection.RemoteIpAddress;
                    activity.SetTag("client", {|#0:ip?.ToString()|});
                }
            }
            """,
            Verify.Diagnostic(Rules.NetworkAddressInTelemetry).WithLocation(0).WithLocation(1)
                .WithArguments("'ip'", "an IP address (IPAddress)", "type evidence", "telemetry", "Activity.SetTag"));

    [Fact]
    public Task Forwarding_headers_ip_values_and_coordinates_are_reported()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            using System.Net;
            using Microsoft.ApplicationInsights.Channel;
            using Microsoft.ApplicationInsights.Extensibility;
            public sealed class Visit
            {
                public double Latitude { get; set; }
                public double Longitude { get; set; }
            }

            class C
            {
                void M(Activity activity, HttpRequest request, IPAddress address, Visit visit)
                {
                    activity.SetTag("forwarded", {|RR4002:request.Headers["X-Forwarded-For"].ToString()|});
                    activity.SetTag("real", {|RR4002:request.Headers["X-Real-IP"].ToString()|});
                    activity.SetTag("peer", {|RR4002:address|});
                    activity.SetTag("lat", {|RR4002:visit.Latitude|});
                    activity.SetTag("where", {|RR4002:$"{visit.Latitude},{visit.Longitude}"|});
                    Sentry.SentrySdk.ConfigureScope(scope => scope.User = new Sentry.SentryUser { IpAddress = {|RR4002:address.ToString()|} });
                }
            }

            sealed class IpInitializer : ITelemetryInitializer
            {
                private readonly IHttpContextAccessor accessor;
                public IpInitializer(IHttpContextAccessor accessor) => this.accessor = accessor;
                public void Initialize(ITelemetry telemetry)
                    => telemetry.Context.Location.Ip = {|RR4002:accessor.HttpContext?.Connection.RemoteIpAddress?.ToString()|};
            }
            """);

    [Fact]
    public Task Identifying_attribute_keys_with_variable_values_are_reported()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            class C
            {
                void M(Activity activity, string peer, double lat, string country)
                {
                    activity.SetTag({|#1:"client.address"|}, {|#0:peer|});
                    activity.SetTag("geo.location.lat", {|RR4002:lat|});
                    activity.SetTag("geo.country.iso_code", country);
                    activity.SetTag("client.address", "10.0.0.1");
                }
            }
            """,
            Verify.Diagnostic(Rules.NetworkAddressInTelemetry).WithLocation(0).WithLocation(1)
                .WithArguments("the attribute key 'client.address'", "the client's network address", "API evidence", "telemetry", "Activity.SetTag"));
}
