using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Telemetry.DeanonymizingTelemetryAnalyzer>;

namespace RightsAnalyzers.Tests.Telemetry;

public sealed class RR4001DeviceIdentifierTests
{
    internal const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Diagnostics.Metrics;
        using Microsoft.AspNetCore.Http;

        """;

    [Fact]
    public Task Wmi_hardware_serials_reach_telemetry_through_the_query_result()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using System.Management;
            class C
            {
                void M(Activity activity)
                {
                    using var searcher = new ManagementObjectSearcher("SELECT SerialNumber FROM Win32_BIOS");
                    foreach (var bios in searcher.Get())
                    {
                        activity.SetTag("bios", [|bios["SerialNumber"]?.ToString()|]);
                    }

                    activity.SetTag("board", [|BoardSerial()|]);
                    using var os = new ManagementObjectSearcher("SELECT Caption FROM Win32_OperatingSystem");
                    foreach (var item in os.Get())
                    {
                        activity.SetTag("os", item["Caption"]?.ToString());
                    }
                }

                static string? BoardSerial()
                {
                    using var searcher = new ManagementObjectSearcher("root\\CIMV2", "SELECT SerialNumber FROM Win32_BaseBoard");
                    foreach (var board in searcher.Get())
                    {
                        return board["SerialNumber"]?.ToString();
                    }

                    return null;
                }
            }
            """);

    [Fact]
    public Task Machine_name_as_a_span_tag_is_reported_with_evidence_and_source()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(Activity activity) => activity.SetTag("host", {|#0:Environment.MachineName|});
            }
            """,
            Verify.Diagnostic(Rules.DeviceIdentifierInTelemetry).WithLocation(0)
                .WithArguments("'Environment.MachineName'", "the machine name", "API evidence", "telemetry", "Activity.SetTag"));

    [Fact]
    public Task Every_device_source_is_reported()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using System.Linq;
            using System.Net;
            using System.Net.NetworkInformation;
            using System.Security.Principal;
            using Microsoft.Win32;
            class C
            {
                void M(Activity activity)
                {
                    activity.SetTag("user", [|Environment.UserName|]);
                    activity.SetTag("domain", [|Environment.UserDomainName|]);
                    activity.SetTag("host", [|Dns.GetHostName()|]);
                    activity.SetTag("account", [|WindowsIdentity.GetCurrent().Name|]);
                    activity.SetTag("sid", [|WindowsIdentity.GetCurrent().User?.Value|]);
                    var mac = NetworkInterface.GetAllNetworkInterfaces().First().GetPhysicalAddress();
                    activity.SetTag("mac", [|mac.ToString()|]);
                    var guid = Registry.GetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Cryptography", "MachineGuid", null);
                    activity.SetTag("guid", [|guid|]);
                    activity.SetTag("machine-id", [|System.IO.File.ReadAllText("/etc/machine-id").Trim()|]);
                    activity.SetTag("dbus-id", [|System.IO.File.ReadAllText("/var/lib/dbus/machine-id")|]);
                }
            }
            """);

    [Fact]
    public Task Flow_through_a_local_and_a_helper_reaches_sinks_of_every_family()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using Microsoft.ApplicationInsights;
            class C
            {
                private static readonly Meter Meter = new("clinic");
                private static readonly Counter<int> Logins = Meter.CreateCounter<int>("logins");

                void M(Activity activity, TelemetryClient telemetry)
                {
                    var machine = {|#1:Environment.MachineName|};
                    Tag(activity, {|#0:machine|});
                    Logins.Add(1, [|new KeyValuePair<string, object?>("machine", machine)|]);
                    telemetry.TrackEvent("started", [|new Dictionary<string, string> { ["machine"] = machine }|]);
                    telemetry.Context.Device.Id = [|machine|];
                    Sentry.SentrySdk.ConfigureScope(scope => scope.SetTag("machine", [|machine|]));
                    activity.SetBaggage("machine", [|machine|]);
                }

                static void Tag(Activity activity, string value) => activity.SetTag("machine", value);
            }
            """,
            Verify.Diagnostic(Rules.DeviceIdentifierInTelemetry).WithLocation(0).WithLocation(1)
                .WithArguments("'Environment.MachineName'", "the machine name", "API evidence", "telemetry", "Activity.SetTag (via Tag)"));

    [Fact]
    public Task Hashed_identifier_is_info_and_network_sinks_are_info()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using System.Net.Http;
            using System.Security.Cryptography;
            using System.Text;
            class C
            {
                async System.Threading.Tasks.Task M(Activity activity, HttpClient http)
                {
                    var hashed = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes({|#2:Environment.MachineName|})));
                    activity.SetTag("machine", {|#0:hashed|});
                    await http.PostAsync("https://stats.example.com/ping", {|#1:new StringContent({|#3:Environment.MachineName|})|});
                }
            }
            """,
            Verify.Diagnostic(Rules.DeviceIdentifierInTelemetryInfo).WithLocation(0).WithLocation(2)
                .WithArguments("'Environment.MachineName'", "the machine name", "hashed, which is pseudonymisation, not anonymisation", "telemetry", "Activity.SetTag"),
            Verify.Diagnostic(Rules.DeviceIdentifierInTelemetryInfo).WithLocation(1).WithLocation(3)
                .WithArguments("'Environment.MachineName'", "the machine name", "API evidence", "the network", "HttpClient.PostAsync"));

    [Fact]
    public Task Configured_telemetry_sink_makes_a_usage_reporter_a_sink()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            namespace App
            {
                public sealed class UsageReporter
                {
                    public void Report(string name, object payload) { }
                }

                class C
                {
                    void M(UsageReporter reporter) => reporter.Report("start", [|new { Machine = Environment.MachineName }|]);
                }
            }
            """,
            "rights_analyzers.telemetry_sinks = M:App.UsageReporter.Report(System.String,System.Object)");

    [Fact]
    public Task Look_alikes_stay_quiet()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using System.Runtime.InteropServices;
            class C
            {
                void M(Activity activity, HttpContext context, Guid orderId, List<int> items)
                {
                    activity.SetTag("os", RuntimeInformation.OSDescription);
                    activity.SetTag("cpus", Environment.ProcessorCount);
                    activity.SetTag("http.route", "/orders/{id}");
                    activity.SetTag("order.id", orderId);
                    activity.SetTag("items", items.Count);
                    activity.SetTag("is.admin", context.User.IsInRole("admin"));
                    activity.SetTag("machine.known", Environment.MachineName.Length > 0);
                    activity.SetTag("geo.country.iso_code", "DE");
                    activity.SetTag("user.id", "anonymous");
                }
            }
            """);

    [Fact]
    public Task Half_typed_code_does_not_throw()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(Activity activity) => activity.SetTag("host", [|Environment.MachineName|]{|CS1026:|}{|CS1002:|}
            }
            """);
}
