using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Sentry;
using Sentry.Extensibility;
using Serilog;

namespace ValidCode.Telemetry;

/// <summary>Error reporting that lets a team debug without learning who the users are.</summary>
public static class ErrorReporting
{
    public static WebApplicationBuilder AddErrorReporting(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseSentry(options =>
        {
            options.Dsn = builder.Configuration["Sentry:Dsn"];
            options.SendDefaultPii = false;
            options.MaxRequestBodySize = RequestSize.None;
            // Sentry sets User.Id to an installation id anyway: send no user at all.
            options.SetBeforeSend(static e =>
            {
                e.User = new SentryUser();
                return e;
            });
        });

        // In a web app the machine name is the server's, not a person's.
        Log.Logger = new LoggerConfiguration()
            .Enrich.WithCorrelationId()
            .Enrich.WithEnvironmentName()
            .Enrich.WithMachineName()
            .Enrich.WithRequestHeader("Accept-Language")
            .CreateLogger();
        return builder;
    }
}
