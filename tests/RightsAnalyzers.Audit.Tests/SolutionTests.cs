using System.IO;
using System.Linq;
using System.Threading.Tasks;
using RightsAnalyzers.Audit.Analysis;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>Classic and XML solutions load every C# project; a multi-targeted project's findings appear once.</summary>
public sealed class SolutionTests
{
    private const string Sln = """
        Microsoft Visual Studio Solution File, Format Version 12.00
        # Visual Studio Version 17
        Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Lib", "Lib\Lib.csproj", "{6F1C5F43-3E53-4F3B-9C59-2B1F2D3C4A11}"
        EndProject
        Global
        EndGlobal
        """;

    private const string Slnx = """
        <Solution>
          <Project Path="Lib/Lib.csproj" />
        </Solution>
        """;

    [Theory]
    [InlineData("All.sln", Sln)]
    [InlineData("All.slnx", Slnx)]
    public async Task Solution_projects_load_and_multi_targeting_is_deduplicated(string name, string content)
    {
        using var folder = new ScratchDirectory();
        var solution = folder.Write(name, content);
        // netstandard2.0 needs no targeting pack download: the analyzer projects restore NETStandard.Library anyway.
        folder.Write("Lib/Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
            </Project>
            """);
        folder.Write("Lib/Weak.cs", "public static class Weak { public static object Create() => System.Security.Cryptography.MD5.Create(); }\n");

        var report = await new AuditRunner().RunAsync(new AuditRequest(folder.Path));

        Assert.Equal(TargetKind.Solution, report.TargetKind);
        Assert.Equal(solution, report.Target);
        Assert.Equal(2, report.Projects.Length);
        Assert.All(report.Projects, p => Assert.Equal(0, p.CompilerErrors));
        var finding = Assert.Single(report.Findings);
        Assert.Equal("Lib/Weak.cs", finding.Location!.DisplayPath);
        // The project's TreatWarningsAsErrors does not change the rule's severity.
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains(report.Notes, n => n.Contains(name, System.StringComparison.Ordinal));
    }
}
