using System.Text;

namespace Clinic.Telemetry;

/// <summary>
/// A home-grown usage reporter (real-world pattern 8/9): an "anonymous" token made from the machine, the user and the
/// processor count, CRC32-hashed and sent as a header. The hash is as stable as the machine.
/// </summary>
public sealed class UsageReporter
{
    private readonly HttpClient http;

    public UsageReporter(HttpClient http) => this.http = http;

    public Task PingAsync()
    {
        // RR4005 (Warning): a device fingerprint reaches the network.
        http.DefaultRequestHeaders.Remove("X-Clinic-Client");
        http.DefaultRequestHeaders.Add("X-Clinic-Client", AnonymousToken());
        return http.GetAsync("https://usage.clinic.example/ping");
    }

    private static string AnonymousToken()
    {
        // RR4005 (Info): the fingerprint is built here.
        var raw = Environment.MachineName + "|" + Environment.UserName + "|" + Environment.ProcessorCount;
        return Crc32(Encoding.UTF8.GetBytes(raw)).ToString("x8");
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
