using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RightsAnalyzers.Corpus;

namespace RightsAnalyzers.Harness;

/// <summary>
/// The harness's working folder: a local feed with the freshly packed package, a private package folder, and one
/// project folder per corpus and configuration. Empty Directory.Build.props/targets at its root keep the corpus
/// builds free of the repository's own settings, as a user's project would be.
/// </summary>
internal sealed class Workspace
{
    /// <summary>The packages every corpus references, at the versions the test suite compiles against.</summary>
    private const string CommonPackages = """
          <ItemGroup>
            <PackageReference Include="Serilog" Version="4.3.0" />
            <PackageReference Include="Serilog.AspNetCore" Version="10.0.0" />
            <PackageReference Include="OpenTelemetry" Version="1.15.3" />
            <PackageReference Include="OpenTelemetry.Extensions.Hosting" Version="1.15.3" />
            <PackageReference Include="Microsoft.ApplicationInsights" Version="2.22.0" />
            <PackageReference Include="Sentry" Version="6.12.1" />
          </ItemGroup>
        """;

    public Workspace(string root)
    {
        Root = Path.GetFullPath(root);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Logs = Path.Combine(Root, "logs");
    }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>Private RestorePackagesPath: a re-packed 0.x version is never served stale from ~/.nuget/packages.</summary>
    public string Packages { get; }

    public string Logs { get; }

    public void Prepare()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Logs);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), $"""
            <Project>
              <!-- Isolates the corpus builds from the repository's settings; the private package folder is set here. -->
              <PropertyGroup>
                <RestorePackagesPath>{Packages}</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="rights-local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>Packs the repository into a clean feed and drops any extracted copy of the package.</summary>
    public string Pack(string repositoryRoot)
    {
        if (Directory.Exists(Feed))
        {
            Directory.Delete(Feed, recursive: true);
        }

        Directory.CreateDirectory(Feed);
        var stale = Path.Combine(Packages, "rightsanalyzers");
        if (Directory.Exists(stale))
        {
            Directory.Delete(stale, recursive: true);
        }

        Console.WriteLine($"[harness] dotnet pack -c Release -o {Feed}");
        var pack = ProcessRunner.Run(repositoryRoot, "dotnet", TimeSpan.FromMinutes(20), "pack", "-c", "Release", "-o", Feed, "-nologo");
        File.WriteAllText(Path.Combine(Logs, "pack.log"), pack.Output);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed; see " + Path.Combine(Logs, "pack.log"));
        }

        var package = Directory.GetFiles(Feed, "RightsAnalyzers.*.nupkg")
            .Select(Path.GetFileNameWithoutExtension)
            .Single(n => n!.Length > 16 && char.IsDigit(n[16]));
        return package!.Substring("RightsAnalyzers.".Length);
    }

    /// <summary>Writes the sources once and one project per configuration that compiles them.</summary>
    public IReadOnlyList<string> WriteCorpus(string name, IReadOnlyList<CorpusFile> files, IReadOnlyList<BenchConfiguration> configurations)
    {
        var corpus = Path.Combine(Root, "corpus", name);
        if (Directory.Exists(corpus))
        {
            Directory.Delete(corpus, recursive: true);
        }

        foreach (var file in files)
        {
            file.WriteUnder(Path.Combine(corpus, "src"));
        }

        var projects = new List<string>();
        foreach (var configuration in configurations)
        {
            var folder = Path.Combine(corpus, configuration.Id);
            Directory.CreateDirectory(folder);
            var project = Path.Combine(folder, "Corpus." + configuration.Id + ".csproj");
            File.WriteAllText(project, ProjectFile(configuration));
            projects.Add(project);
        }

        return projects;
    }

    private static string ProjectFile(BenchConfiguration configuration) => $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <!-- Generated by bench/RightsAnalyzers.Harness: configuration "{configuration.Id}". -->
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <AssemblyName>Corpus</AssemblyName>
            <RootNamespace>Acme</RootNamespace>
            <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
            <IsPackable>false</IsPackable>
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
            <GenerateDocumentationFile>false</GenerateDocumentationFile>
          </PropertyGroup>
          <ItemGroup>
            <Compile Include="../src/**/*.cs" />
          </ItemGroup>
        {CommonPackages}
        {configuration.ProjectXml}</Project>

        """;
}
