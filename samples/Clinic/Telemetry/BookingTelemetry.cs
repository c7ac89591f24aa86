using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Clinic.Telemetry;

/// <summary>Traces for the booking flow, written the way many services write them: too much about who booked.</summary>
public sealed class BookingTelemetry
{
    private static readonly ActivitySource Source = new("Clinic.Booking");
    private static readonly Meter Meter = new("Clinic.Booking");
    private static readonly Counter<int> Bookings = Meter.CreateCounter<int>("clinic.bookings");

    public void Booked(HttpContext context, string patientEmail, string clinicRegion)
    {
        using var activity = Source.StartActivity("booking.confirmed");

        // RR4001: the server's machine name on every span (on a desktop build, the user's laptop name).
        activity?.SetTag("host.name", Environment.MachineName);

        // RR4002: the caller's IP address goes to the tracing vendor with every booking.
        activity?.SetTag("client.address", context.Connection.RemoteIpAddress?.ToString());

        // RR4003: the patient's email in baggage is copied into every downstream request.
        activity?.SetBaggage("patient.email", patientEmail);

        // Fine: a count by coarse region.
        Bookings.Add(1, new KeyValuePair<string, object?>("clinic.region", clinicRegion));
    }
}
