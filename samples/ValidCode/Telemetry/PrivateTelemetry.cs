using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.InteropServices;

namespace ValidCode.Telemetry;

/// <summary>Telemetry that counts what happened without saying who or where: aggregates, coarse buckets, no ids.</summary>
public sealed class PrivateTelemetry
{
    private static readonly ActivitySource Source = new("ValidCode");
    private static readonly Meter Meter = new("ValidCode");
    private static readonly Counter<int> Orders = Meter.CreateCounter<int>("orders");

    public void OrderPlaced(Guid orderId, int itemCount, string countryCode, bool returningCustomer, string customerEmail)
    {
        using var activity = Source.StartActivity("order.placed");
        activity?.SetTag("http.route", "/orders/{id}");
        activity?.SetTag("order.id", orderId);
        activity?.SetTag("order.items", itemCount);
        activity?.SetTag("order.size", itemCount switch { < 3 => "small", < 10 => "medium", _ => "large" });
        activity?.SetTag("customer.returning", returningCustomer);
        activity?.SetTag("customer.has_email", !string.IsNullOrEmpty(customerEmail));
        activity?.SetTag("geo.country.iso_code", countryCode);
        activity?.SetTag("os.description", RuntimeInformation.OSDescription);
        activity?.SetTag("cpu.count", Environment.ProcessorCount);
        activity?.SetTag("user.id", "anonymous");
        Orders.Add(1, new KeyValuePair<string, object?>("geo.country.iso_code", countryCode));
    }

    /// <summary>Weak attributes together are no fingerprint: nothing here is stable per machine.</summary>
    public string Platform() => RuntimeInformation.OSDescription + "/" + RuntimeInformation.OSArchitecture + "/" + Environment.ProcessorCount;
}
