using Serilog;

namespace Clinic.Telemetry;

/// <summary>Error reporting and structured logging, configured to say who every event is about.</summary>
public static class SentrySetup
{
    public static WebApplicationBuilder AddClinicErrorReporting(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseSentry(options =>
        {
            options.Dsn = builder.Configuration["Sentry:Dsn"];
            // RR4004: user names, IP addresses, cookies and claims of every patient who hits an error.
            options.SendDefaultPii = true;
        });

        // RR4004: each log line carries the caller's IP address.
        builder.Host.UseSerilog((context, configuration) => configuration
            .ReadFrom.Configuration(context.Configuration)
            .Enrich.WithClientIp());
        return builder;
    }
}
