using System;
using System.Collections.Generic;
using System.Linq;

namespace RightsAnalyzers.Harness;

/// <summary>
/// One way of building a corpus. Every configuration builds the same sources with the same common packages; each
/// adds one analyzer package (or setting) and names the analyzer assemblies whose reported time is its own.
/// </summary>
/// <param name="Id">Short name used on the command line, in folder names and in the tables.</param>
/// <param name="Title">What the tables show.</param>
/// <param name="ProjectXml">Extra MSBuild content for this configuration's project file.</param>
/// <param name="AssemblyPrefixes">Analyzer assemblies (by simple-name prefix) whose time is this configuration's own.</param>
/// <param name="Reference">The peers' figure from DESIGN.md §7 (31k-line dense corpus), quoted beside ours; null if none.</param>
internal sealed record BenchConfiguration(string Id, string Title, string ProjectXml, IReadOnlyList<string> AssemblyPrefixes, string? Reference)
{
    public const string BaselineId = "baseline";
    public const string RightsId = "rights";

    private static readonly string[] NetAnalyzerAssemblies = { "Microsoft.CodeAnalysis.NetAnalyzers", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers" };

    public bool Owns(string assembly) => AssemblyPrefixes.Any(p => assembly.StartsWith(p, StringComparison.Ordinal));

    /// <summary>All configurations; <paramref name="rightsVersion"/> is the version of the freshly packed package.</summary>
    public static IReadOnlyList<BenchConfiguration> All(string rightsVersion) => new BenchConfiguration[]
    {
        // The SDK's own defaults stay on in every configuration (NetAnalyzers at the default AnalysisLevel): that is
        // what a project without extra analyzers runs. Their time is reported, and attributed here.
        new(BaselineId, "No extra analyzers (SDK defaults)", string.Empty, NetAnalyzerAssemblies, null),
        new(RightsId, "RightsAnalyzers " + rightsVersion + " (default settings)",
            Package("RightsAnalyzers", rightsVersion), new[] { "RightsAnalyzers" }, null),
        new("sonar", "SonarAnalyzer.CSharp 9.32.0.97167",
            Package("SonarAnalyzer.CSharp", "9.32.0.97167"), new[] { "SonarAnalyzer" }, "+143%"),
        new("scs", "SecurityCodeScan.VS2019 5.6.7",
            Package("SecurityCodeScan.VS2019", "5.6.7"), new[] { "SecurityCodeScan" }, "+150%"),
        new("netanalyzers", "NetAnalyzers, AnalysisMode=All (SDK-bundled)",
            "  <PropertyGroup>\n    <AnalysisMode>All</AnalysisMode>\n  </PropertyGroup>\n", NetAnalyzerAssemblies, "+103%"),
    };

    private static string Package(string id, string version)
        => "  <ItemGroup>\n    <PackageReference Include=\"" + id + "\" Version=\"" + version + "\" PrivateAssets=\"all\" />\n  </ItemGroup>\n";
}
