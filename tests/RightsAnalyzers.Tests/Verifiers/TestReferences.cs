using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Testing;

namespace RightsAnalyzers.Tests.Verifiers;

/// <summary>
/// Reference sets for test compilations. The real packages are resolved from NuGet by the testing library (and
/// cached), so tests see the real Serilog, Microsoft.Extensions.Logging, OpenTelemetry, Application Insights and
/// Sentry APIs rather than look-alike stubs.
/// </summary>
public static class TestReferences
{
    /// <summary>.NET 8 reference assemblies only: enough for the System.Security.Cryptography rules.</summary>
    public static ReferenceAssemblies Net80 { get; } = ReferenceAssemblies.Net.Net80;

    /// <summary>.NET 8 plus ASP.NET Core and the logging and telemetry packages the privacy rules model.</summary>
    public static ReferenceAssemblies WithPackages { get; } = ReferenceAssemblies.Net.Net80.AddPackages(ImmutableArray.Create(
        new PackageIdentity("Microsoft.AspNetCore.App.Ref", "8.0.0"),
        new PackageIdentity("Microsoft.Extensions.Logging.Abstractions", "8.0.2"),
        new PackageIdentity("Microsoft.Extensions.Compliance.Abstractions", "8.10.0"),
        new PackageIdentity("Microsoft.Extensions.Telemetry.Abstractions", "8.10.0"),
        new PackageIdentity("Serilog", "4.2.0"),
        new PackageIdentity("OpenTelemetry", "1.15.3"),
        new PackageIdentity("Microsoft.ApplicationInsights", "2.22.0"),
        new PackageIdentity("Sentry", "6.12.1")));
}
