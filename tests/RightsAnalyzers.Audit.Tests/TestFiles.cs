using System;
using System.IO;
using System.Linq;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>Where the repository is, and scratch folders that clean up after themselves.</summary>
internal static class TestFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ClinicSample => Path.Combine(RepoRoot, "samples", "Clinic");

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RightsAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RightsAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// A copy of samples/Clinic's .cs files in a new folder, without its project file: the copy references nothing
    /// from RightsAnalyzers, like a codebase an auditor is handed. With <paramref name="project"/> it gets a Web SDK
    /// project of its own with the sample's package references.
    /// </summary>
    public static ScratchDirectory CopyClinic(bool project)
    {
        var scratch = new ScratchDirectory();
        foreach (var file in Directory.EnumerateFiles(ClinicSample, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !Path.GetRelativePath(ClinicSample, f).Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj")))
        {
            var target = Path.Combine(scratch.Path, Path.GetRelativePath(ClinicSample, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        if (project)
        {
            // The sample's own package references (logging, telemetry, EF Core…), but nothing of RightsAnalyzers.
            var packages = string.Concat(System.Xml.Linq.XDocument.Load(Path.Combine(ClinicSample, "Clinic.csproj"))
                .Descendants("PackageReference")
                .Select(p => $"\n    <PackageReference Include=\"{p.Attribute("Include")!.Value}\" Version=\"{p.Attribute("Version")!.Value}\" />"));
            scratch.Write("Clinic.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                    <NoWarn>$(NoWarn);NU1603;SYSLIB0021;SYSLIB0022;SYSLIB0023;SYSLIB0041;SYSLIB0045;SYSLIB0060;SYSLIB0014;SYSLIB0039;CS0618</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>{packages}
                  </ItemGroup>
                </Project>
                """);
        }

        return scratch;
    }
}

/// <summary>
/// A fresh folder under the system temp directory, fenced off from any Directory.Build.* above it so that
/// MSBuild sees only what the test wrote.
/// </summary>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rights-audit-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A BuildHost may still hold a file for a moment; the temp folder is cleaned by the system anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
