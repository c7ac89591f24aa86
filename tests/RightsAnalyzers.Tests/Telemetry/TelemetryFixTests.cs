using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RightsAnalyzers.CodeFixes.Telemetry;
using RightsAnalyzers.Families.Telemetry;
using Fix = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Telemetry.DeanonymizingTelemetryAnalyzer,
    RightsAnalyzers.CodeFixes.Telemetry.TelemetryValueCodeFixProvider>;

namespace RightsAnalyzers.Tests.Telemetry;

public sealed class TelemetryFixTests
{
    [Fact]
    public Task Removes_tag_statements_chained_calls_and_initializer_entries()
        => Fix.VerifyAsync(
            """
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            class C
            {
                void M(Activity activity, Activity? maybe, string customerEmail)
                {
                    activity.SetTag("route", "/book");
                    activity.SetTag("host", [|Environment.MachineName|]);
                    maybe?.SetBaggage("user", {|RR4001:Environment.UserName|});
                    activity.SetTag("who", {|RR4003:customerEmail|}).SetTag("kind", "booking");
                    var tags = new TagList { { "route", "/book" }, { "email", {|RR4003:customerEmail|} } };
                    activity.AddEvent(new ActivityEvent("booked", tags: {|RR4003:new ActivityTagsCollection(tags)|}));
                }
            }
            """,
            """
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            class C
            {
                void M(Activity activity, Activity? maybe, string customerEmail)
                {
                    activity.SetTag("route", "/book");
                    activity.SetTag("kind", "booking");
                    var tags = new TagList { { "route", "/book" } };
                    activity.AddEvent(new ActivityEvent("booked", tags: new ActivityTagsCollection(tags)));
                }
            }
            """);

    [Fact]
    public Task Truncates_ip_addresses_with_one_shared_helper()
    {
        var test = new Fix.Test
        {
            TestCode = """
                using System.Diagnostics;
                using System.Net;
                class C
                {
                    void M(Activity activity, IPAddress address, IPAddress peer)
                    {
                        activity.SetTag("client", {|RR4002:address|});
                        activity.SetTag("peer", {|RR4002:peer|});
                    }
                }
                """,
            FixedCode = """
                using System.Diagnostics;
                using System.Net;
                class C
                {
                    void M(Activity activity, IPAddress address, IPAddress peer)
                    {
                        activity.SetTag("client", NetworkPrefix(address));
                        activity.SetTag("peer", NetworkPrefix(peer));

                        // Keeps the network, not the person: the /24 of an IPv4 address, the /48 of an IPv6 address.
                        static string NetworkPrefix(object address)
                        {
                            if (address is null || !System.Net.IPAddress.TryParse(address.ToString(), out var ip))
                            {
                                return null;
                            }

                            if (ip.IsIPv4MappedToIPv6)
                            {
                                ip = ip.MapToIPv4();
                            }

                            var bytes = ip.GetAddressBytes();
                            var prefix = new byte[bytes.Length];
                            var keep = bytes.Length == 4 ? 3 : 6;
                            for (var i = 0; i < keep; i++)
                            {
                                prefix[i] = bytes[i];
                            }

                            return new System.Net.IPAddress(prefix) + (bytes.Length == 4 ? "/24" : "/48");
                        }
                    }
                }
                """,
            CodeActionEquivalenceKey = TelemetryValueCodeFixProvider.TruncateKey,
            CodeActionIndex = 1,
        };
        return test.RunAsync();
    }
}
