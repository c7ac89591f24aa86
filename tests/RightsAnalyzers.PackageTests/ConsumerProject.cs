using System;
using System.IO;

namespace RightsAnalyzers.PackageTests;

/// <summary>A fresh project in a temporary folder that has never seen this repository, installing the package from the feed.</summary>
public sealed class ConsumerProject
{
    private readonly PackedFeed feed;

    public ConsumerProject(PackedFeed feed, string name, string source, string extraProperties = "")
    {
        this.feed = feed;
        Directory = Path.Combine(feed.Root, name);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        // Isolate from the repository's Directory.Build.props and from any outer global.json.
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="RightsAnalyzers" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Code.cs"), source);
    }

    public string Directory { get; }

    public string SarifPath => Path.Combine(Directory, "rights.sarif");

    /// <summary>Builds with a private package cache, so a re-packed 0.x version is never served stale from ~/.nuget.</summary>
    public (int ExitCode, string Output) Build(params string[] extra)
    {
        var arguments = new System.Collections.Generic.List<string>
        {
            "build", "-nologo", "-p:RestorePackagesPath=" + Path.Combine(feed.Root, "packages"),
            "-p:ErrorLog=" + SarifPath + "%2Cversion=2.1", "-p:UseSharedCompilation=false",
        };
        arguments.AddRange(extra);
        return PackedFeed.Run(Directory, "dotnet", arguments.ToArray());
    }
}
