using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Telemetry.DeanonymizingTelemetryAnalyzer>;

namespace RightsAnalyzers.Tests.Telemetry;

public sealed class RR4005DeviceFingerprintTests
{
    [Fact]
    public Task Anonymous_token_helper_is_reported_where_built_and_where_sent_not_as_RR4001()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            using System.Net.Http;
            using System.Text;
            static class HashUtil
            {
                public static string AnonymousToken()
                {
                    var raw = {|#2:{|#3:Environment.MachineName|} + "|" + Environment.UserName + "|" + Environment.ProcessorCount|};
                    return Crc32(Encoding.UTF8.GetBytes(raw)).ToString("x8");
                }

                private static uint Crc32(byte[] data)
                {
                    uint crc = 0xFFFFFFFF;
                    foreach (var b in data)
                    {
                        crc ^= b;
                        for (var k = 0; k < 8; k++)
                        {
                            crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                        }
                    }

                    return ~crc;
                }
            }

            class C
            {
                void M(Activity activity, HttpClient http)
                {
                    activity.SetTag("user.id", {|#0:HashUtil.AnonymousToken()|});
                    http.DefaultRequestHeaders.Add("X-Client", {|#1:HashUtil.AnonymousToken()|});
                }
            }
            """,
            Verify.Diagnostic(Rules.DeviceFingerprint).WithLocation(0).WithLocation(3)
                .WithArguments("'HashUtil.AnonymousToken()'", "the machine name, the operating-system user name and the processor count", "telemetry", "Activity.SetTag"),
            Verify.Diagnostic(Rules.DeviceFingerprint).WithLocation(1).WithLocation(3)
                .WithArguments("'HashUtil.AnonymousToken()'", "the machine name, the operating-system user name and the processor count", "the network", "HttpHeaders.Add"),
            Verify.Diagnostic(Rules.DeviceFingerprintBuilt).WithLocation(2).WithLocation(3)
                .WithArguments("'Environment.MachineName + \"|\" + Environment.UserName + \"|…'", "the machine name, the operating-system user name and the processor count"))
        ;

    [Fact]
    public Task Hashed_composite_in_a_local_is_reported_once_where_built()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            using System.Linq;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            class C
            {
                void M(Activity activity)
                {
                    var mac = NetworkInterface.GetAllNetworkInterfaces().First().GetPhysicalAddress().ToString();
                    var composite = {|RR4005:$"{Environment.MachineName}:{mac}"|};
                    var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(composite)));
                    var copy = id;
                    activity.SetTag("install", {|RR4005:copy|});
                }
            }
            """);

    [Fact]
    public Task Weak_attributes_alone_are_no_fingerprint()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            using System.Runtime.InteropServices;
            class C
            {
                void M(Activity activity)
                {
                    var platform = $"{RuntimeInformation.OSDescription}/{Environment.ProcessorCount}";
                    activity.SetTag("platform", platform);
                    var user = $"{Environment.UserDomainName}\\{Environment.UserName}";
                    activity.SetTag("account", [|user|]);
                }
            }
            """);
}
