using Microsoft.AspNetCore.HttpLogging;

namespace Clinic.Logging;

/// <summary>Request logging "for troubleshooting", as it often ships: everything, for everyone.</summary>
public static class HttpLoggingSetup
{
    public static IServiceCollection AddClinicRequestLogging(this IServiceCollection services)
        => services.AddHttpLogging(options =>
        {
            // RR3004: booking forms carry symptoms and insurance numbers; they all land in the log.
            options.LoggingFields = HttpLoggingFields.All;
            // RR3004: bearer tokens in the log let anyone who reads it act as the patient.
            options.RequestHeaders.Add("Authorization");
        });
}
