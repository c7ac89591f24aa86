using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ValidCode.Logging;

/// <summary>Request logging that records traffic, not people; verbose logging only on a developer's machine.</summary>
public static class RequestLogging
{
    public static WebApplicationBuilder AddRequestLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.RequestHeaders.Add("Accept-Language");
        });

        builder.Services.AddW3CLogging(options =>
            options.LoggingFields = W3CLoggingFields.Date | W3CLoggingFields.Time | W3CLoggingFields.Method |
                                    W3CLoggingFields.UriStem | W3CLoggingFields.ProtocolStatus | W3CLoggingFields.TimeTaken);

        if (builder.Environment.IsDevelopment())
        {
            builder.Services.Configure<HttpLoggingOptions>(options => options.LoggingFields = HttpLoggingFields.All);
        }

        return builder;
    }

    /// <summary>Sensitive-data logging follows the environment instead of being switched on everywhere.</summary>
    public static void ConfigureDatabase(DbContextOptionsBuilder options, IHostEnvironment environment)
        => options.EnableDetailedErrors().EnableSensitiveDataLogging(environment.IsDevelopment());
}
