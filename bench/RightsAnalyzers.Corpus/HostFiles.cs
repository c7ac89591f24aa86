using System.Collections.Generic;
using System.Text;

namespace RightsAnalyzers.Corpus;

/// <summary>The application's entry point and service registration, written once per corpus.</summary>
internal static class HostFiles
{
    public static string Common() => """
        namespace Acme.Common;

        /// <summary>Who is calling, as the controllers pass it to the services.</summary>
        public sealed record ClaimsSnapshot(string? Name, string? Email, string? IpAddress);

        """;

    public static string Registration(CorpusFlavour flavour, IReadOnlyList<Entity> entities)
    {
        var lines = new StringBuilder();
        foreach (var e in entities)
        {
            if (flavour == CorpusFlavour.Dense)
            {
                lines.Append("        services.AddSingleton<").Append(e.Namespace).Append(".I").Append(e.Name).Append("Repository, ")
                    .Append(e.Namespace).Append('.').Append(e.Name).Append("Repository>();\n");
                lines.Append("        services.AddScoped<").Append(e.Namespace).Append('.').Append(e.Name).Append("Service>();\n");
            }
            else
            {
                lines.Append("        services.AddSingleton<").Append(e.Namespace).Append('.').Append(e.Name).Append("Store>();\n");
                lines.Append("        services.AddScoped<").Append(e.Namespace).Append(".Create").Append(e.Name).Append("Handler>();\n");
            }
        }

        return $$"""
            using Microsoft.Extensions.DependencyInjection;

            namespace Acme;

            public static class CorpusServices
            {
                public static IServiceCollection AddCorpus(this IServiceCollection services)
                {
            {{lines}}        return services;
                }
            }

            """;
    }

    public static string Program(CorpusFlavour flavour) => flavour == CorpusFlavour.Dense
        ? """
            using System;
            using Acme;
            using Microsoft.ApplicationInsights;
            using Microsoft.ApplicationInsights.Extensibility;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using OpenTelemetry.Trace;
            using Sentry;
            using Serilog;

            Log.Logger = new LoggerConfiguration()
                .Enrich.WithProperty("host", Environment.MachineName)
                .WriteTo.Console()
                .CreateLogger();

            SentrySdk.Init(options =>
            {
                options.Dsn = Environment.GetEnvironmentVariable("SENTRY_DSN") ?? string.Empty;
                options.SendDefaultPii = true;
            });

            var builder = WebApplication.CreateBuilder(args);
            builder.Host.UseSerilog();
            builder.Services.AddControllers();
            builder.Services.AddHttpClient();
            builder.Services.AddSingleton(_ => new TelemetryClient(TelemetryConfiguration.CreateDefault()));
            builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource("Acme.*"));
            builder.Services.AddCorpus();

            var app = builder.Build();
            app.MapControllers();
            app.Run();

            """
        : """
            using Acme;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddCorpus();

            var app = builder.Build();
            app.MapGet("/health", () => Results.Ok("ok"));
            app.Run();

            """;
}
