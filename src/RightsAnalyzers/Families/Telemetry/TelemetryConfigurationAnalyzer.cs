using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Telemetry;

/// <summary>
/// RR4004: switches in telemetry and logging SDKs that make every event identify a person or their device —
/// Sentry's <c>SendDefaultPii = true</c> and request-body capture, identifying Serilog enrichers, Application
/// Insights' client-IP initializer and authenticated-user tracking, OpenTelemetry's host detector and the
/// environment switches that turn off its redaction. Development-only configuration is left alone.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="TelemetryAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of TelemetryAnalyzer, which carries the attribute.")]
public sealed class TelemetryConfigurationAnalyzer : DiagnosticAnalyzer
{
    private const string Sentry = "Sentry";
    private const string Serilog = "Serilog";
    private const string OpenTelemetry = "OpenTelemetry";
    private const string ApplicationInsights = "Application Insights";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.IdentifyingTelemetryConfiguration);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            var types = TelemetryConfigurationTypes.Create(WellKnownTypes.For(start.Compilation));
            if (types is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeAssignment(c, types), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, types), OperationKind.Invocation);
            if (types.ClientIpInitializer is not null)
            {
                start.RegisterOperationAction(c => AnalyzeCreation(c, types), OperationKind.ObjectCreation);
            }
        });
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, TelemetryConfigurationTypes types)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: var property } || assignment.Value.ConstantValue is not { HasValue: true } constant)
        {
            return;
        }

        var owner = property.ContainingType;
        switch (property.Name)
        {
            // A computed value (builder.Environment.IsDevelopment()) is the app's own per-environment choice.
            case "SendDefaultPii" when constant.Value is true && TelemetryConfigurationTypes.DerivesFrom(owner, types.SentryOptions):
                Report(context, assignment, assignment.Syntax.GetLocation(), "send-default-pii", "SendDefaultPii = true", Sentry,
                    "user names, client IP addresses, cookies and the signed-in user's claims");
                break;

            // RequestSize.None (0) is the default; Small, Medium and Always all send form posts and JSON bodies.
            case "MaxRequestBodySize" when constant.Value is int size && size != 0 && TelemetryConfigurationTypes.DerivesFrom(owner, types.SentryAspNetCoreOptions):
                Report(context, assignment, assignment.Syntax.GetLocation(), "request-body", "MaxRequestBodySize = " + NameOf(assignment.Value), Sentry,
                    "request bodies (whatever people submit)");
                break;

            case "EnableAuthenticationTrackingJavaScript" when constant.Value is true && TelemetryConfigurationTypes.DerivesFrom(owner, types.InsightsServiceOptions):
                Report(context, assignment, assignment.Syntax.GetLocation(), "authenticated-user", "EnableAuthenticationTrackingJavaScript = true", ApplicationInsights,
                    "the signed-in user's id with every page view");
                break;
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, TelemetryConfigurationTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var name = method.Name;
        switch (name)
        {
            case "WithClientIp" or "WithRequestHeader" or "WithUserClaims" or "WithMachineName" or "WithEnvironmentUserName":
                AnalyzeEnricher(context, invocation, types);
                break;

            // OpenTelemetry.Resources.Host is matched by name: the rule must not need that package to load.
            case "AddHostDetector" when types.ResourceBuilder is not null &&
                                        SymbolEqualityComparer.Default.Equals(TelemetryConfigurationTypes.ExtendedType(method), types.ResourceBuilder):
                Report(context, invocation, CallLocation.Of(invocation), "host-id", "AddHostDetector()", OpenTelemetry,
                    "the machine id (host.id) and host name of every device it runs on");
                break;

            case "SetEnvironmentVariable" when SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Environment):
                AnalyzeOpenTelemetrySwitch(context, invocation);
                break;

            default:
                // services.AddSingleton<ITelemetryInitializer, ClientIpHeaderTelemetryInitializer>() and the like.
                if (method.IsGenericMethod && types.ClientIpInitializer is not null)
                {
                    foreach (var argument in method.TypeArguments)
                    {
                        if (SymbolEqualityComparer.Default.Equals(argument, types.ClientIpInitializer))
                        {
                            ReportClientIpInitializer(context, invocation, CallLocation.Of(invocation));
                            return;
                        }
                    }
                }

                break;
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, TelemetryConfigurationTypes types)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (TelemetryConfigurationTypes.DerivesFrom(creation.Type, types.ClientIpInitializer))
        {
            ReportClientIpInitializer(context, creation, creation.Syntax.GetLocation());
        }
    }

    /// <summary>
    /// Serilog.Enrichers.ClientInfo's client IP, identifying request headers and user claims; Serilog.Enrichers.Environment's
    /// machine and OS user names, except in ASP.NET Core apps where they name the server and its service account.
    /// <c>WithEnvironmentName()</c> (Production/Staging) identifies no one and is not matched.
    /// </summary>
    private static void AnalyzeEnricher(OperationAnalysisContext context, IInvocationOperation invocation, TelemetryConfigurationTypes types)
    {
        var method = invocation.TargetMethod;
        if (types.EnrichmentConfiguration is null ||
            !SymbolEqualityComparer.Default.Equals(TelemetryConfigurationTypes.ExtendedType(method), types.EnrichmentConfiguration))
        {
            return;
        }

        string category, collected;
        switch (method.Name)
        {
            case "WithClientIp":
                (category, collected) = ("client-ip", "client IP addresses");
                break;
            case "WithUserClaims":
                (category, collected) = ("user-claims", "the signed-in user's claims");
                break;
            case "WithRequestHeader":
                if (HeaderArgument(invocation) is not { } header || !IdentifyingHeaders.TryGet(header, out category, out var description))
                {
                    return;
                }

                collected = "the " + header + " header (" + description + ")";
                break;
            case "WithMachineName" when !types.IsWebApp:
                (category, collected) = ("machine-name", "the name of the user's computer");
                break;
            case "WithEnvironmentUserName" when !types.IsWebApp:
                (category, collected) = ("os-user-name", "the user's operating-system account name");
                break;
            default:
                return;
        }

        Report(context, invocation, CallLocation.Of(invocation), category, "Enrich." + method.Name + "()", Serilog, collected);
    }

    private static string? HeaderArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Ordinal: 1 })
            {
                return IdentifyingHeaders.NameOf(argument.Value);
            }
        }

        return null;
    }

    /// <summary>Environment variables that switch off OpenTelemetry .NET's URL-query redaction or turn on host IP/MAC.</summary>
    private static void AnalyzeOpenTelemetrySwitch(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length < 2 ||
            invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string variable } ||
            invocation.Arguments[1].Value.ConstantValue is not { HasValue: true, Value: string value } ||
            !string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase) ||
            !variable.StartsWith("OTEL_DOTNET_EXPERIMENTAL_", System.StringComparison.Ordinal))
        {
            return;
        }

        var (category, collected) = variable switch
        {
            "OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION" or "OTEL_DOTNET_EXPERIMENTAL_HTTPCLIENT_DISABLE_URL_QUERY_REDACTION"
                => ("url-query", "unredacted query strings (search terms, e-mail addresses, tokens)"),
            "OTEL_DOTNET_EXPERIMENTAL_HOST_RESOURCE_ENABLE_NETWORK_ADDRESSES" => ("host-network-address", "the host's IP and MAC addresses"),
            _ => (string.Empty, string.Empty),
        };

        if (category.Length > 0)
        {
            Report(context, invocation, invocation.Syntax.GetLocation(), category, variable + "=true", OpenTelemetry, collected);
        }
    }

    private static void ReportClientIpInitializer(OperationAnalysisContext context, IOperation operation, Location location)
        => Report(context, operation, location, "client-ip", "ClientIpHeaderTelemetryInitializer", ApplicationInsights, "client IP addresses (from X-Forwarded-For or the connection)");

    private static string NameOf(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IFieldReferenceOperation field ? field.Field.ContainingType.Name + "." + field.Field.Name : value.Syntax.ToString();
    }

    private static void Report(OperationAnalysisContext context, IOperation operation, Location location, string category, string setting, string sdk, string collected)
    {
        if (DevelopmentOnly.IsGuarded(operation))
        {
            return;
        }

        context.ReportDiagnostic(RightsDiagnostic.Create(
            Rules.IdentifyingTelemetryConfiguration, location, source: null, EvidenceKinds.Configuration, category, setting, sdk, collected));
    }
}
