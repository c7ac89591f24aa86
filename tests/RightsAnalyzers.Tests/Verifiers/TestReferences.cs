using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace RightsAnalyzers.Tests.Verifiers;

/// <summary>
/// Reference sets for test compilations. Tests compile against the real Serilog, Microsoft.Extensions.Logging,
/// OpenTelemetry, Application Insights, Sentry, NLog, log4net, compliance, BouncyCastle and gRPC packages (referenced by this test
/// project, taken from its output folder), never against look-alike stubs.
/// </summary>
public static class TestReferences
{
    /// <summary>Assembly-name prefixes of the packages the test project references for test compilations.</summary>
    private static readonly string[] PackagePrefixes =
    {
        "Serilog", "OpenTelemetry", "Microsoft.ApplicationInsights", "Sentry", "NLog", "log4net",
        "Microsoft.Extensions.Compliance", "Microsoft.Extensions.Telemetry", "Microsoft.Extensions.Diagnostics.ExceptionSummarization",
        "Microsoft.EntityFrameworkCore", "System.Security.Cryptography.Pkcs", "System.Security.Cryptography.ProtectedData", "Microsoft.IdentityModel", "System.Management",
        "BouncyCastle.Cryptography", "Grpc.Core.Api", "Grpc.Net.Client", "Grpc.Net.Common",
    };

    /// <summary>.NET 8 reference assemblies only: enough for the System.Security.Cryptography rules.</summary>
    public static ReferenceAssemblies Net80 { get; } = ReferenceAssemblies.Net.Net80;

    /// <summary>.NET 10 reference assemblies, matching the packages' net10.0 builds in this project's output.</summary>
    public static ReferenceAssemblies Net100 { get; } = new("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

    /// <summary>The ASP.NET Core 10 shared-framework reference pack (also brings Microsoft.Extensions.Logging.Abstractions).</summary>
    public static ReferenceAssemblies AspNetCore100 { get; } = new("net10.0", new PackageIdentity("Microsoft.AspNetCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Extras = new(ResolveExtrasAsync);

    /// <summary>ASP.NET Core plus the packages: add these to a test on <see cref="Net100"/>.</summary>
    public static Task<ImmutableArray<MetadataReference>> WebAndPackagesAsync() => Extras.Value;

    private static async Task<ImmutableArray<MetadataReference>> ResolveExtrasAsync()
    {
        var framework = await Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
        var aspNetCore = await AspNetCore100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
        var known = new HashSet<string>(
            framework.Concat(aspNetCore).Select(r => Path.GetFileNameWithoutExtension(r.Display ?? string.Empty)),
            StringComparer.OrdinalIgnoreCase);

        // Packages whose assemblies also ship in the shared frameworks would be ambiguous (CS0433): keep the framework's.
        // refs/ holds package assemblies the build keeps out of the output because the runtime has its own copy.
        var refs = Path.Combine(AppContext.BaseDirectory, "refs");
        var packages = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Concat(Directory.Exists(refs) ? Directory.GetFiles(refs, "*.dll") : Array.Empty<string>())
            .Where(f => PackagePrefixes.Any(p => Path.GetFileName(f).StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .Where(f => !known.Contains(Path.GetFileNameWithoutExtension(f)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));
        return aspNetCore.AddRange(packages);
    }
}
