using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Telemetry;

/// <summary>The types RR4004 needs, resolved once per compilation.</summary>
internal sealed class TelemetryConfigurationTypes
{
    private TelemetryConfigurationTypes(WellKnownTypes types)
    {
        SentryOptions = types.Get("Sentry.SentryOptions");
        SentryAspNetCoreOptions = types.Get("Sentry.AspNetCore.SentryAspNetCoreOptions");
        EnrichmentConfiguration = types.Get("Serilog.Configuration.LoggerEnrichmentConfiguration");
        ResourceBuilder = types.Get("OpenTelemetry.Resources.ResourceBuilder");
        ClientIpInitializer = types.Get("Microsoft.ApplicationInsights.AspNetCore.TelemetryInitializers.ClientIpHeaderTelemetryInitializer");
        InsightsServiceOptions = types.Get("Microsoft.ApplicationInsights.AspNetCore.Extensions.ApplicationInsightsServiceOptions");
        Environment = types.Get("System.Environment");

        // In an ASP.NET Core app the machine and the OS account are the server's, not a person's.
        IsWebApp = types.Get("Microsoft.AspNetCore.Http.HttpContext") is not null;
    }

    public INamedTypeSymbol? SentryOptions { get; }

    public INamedTypeSymbol? SentryAspNetCoreOptions { get; }

    public INamedTypeSymbol? EnrichmentConfiguration { get; }

    public INamedTypeSymbol? ResourceBuilder { get; }

    public INamedTypeSymbol? ClientIpInitializer { get; }

    public INamedTypeSymbol? InsightsServiceOptions { get; }

    public INamedTypeSymbol? Environment { get; }

    public bool IsWebApp { get; }

    /// <summary>Null when no telemetry SDK the rule knows is referenced: the analyzer then registers nothing.</summary>
    public static TelemetryConfigurationTypes? Create(WellKnownTypes types)
    {
        var result = new TelemetryConfigurationTypes(types);
        return result.SentryOptions is null && result.EnrichmentConfiguration is null && result.ResourceBuilder is null &&
               result.ClientIpInitializer is null && result.InsightsServiceOptions is null
            ? null
            : result;
    }

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type an extension method extends, whether called in reduced form or not.</summary>
    public static ITypeSymbol? ExtendedType(IMethodSymbol method)
    {
        var definition = method.ReducedFrom ?? method;
        return definition.IsExtensionMethod && definition.Parameters.Length > 0 ? definition.Parameters[0].Type : null;
    }
}
