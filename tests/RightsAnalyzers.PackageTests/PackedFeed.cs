using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace RightsAnalyzers.PackageTests;

/// <summary>
/// Packs the repository once per test run (as <c>dotnet pack -c Release -o dir</c> at the root, the documented
/// command) into a temporary local feed, shared by the tests of the collection.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), "rights-package-tests-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        var pack = Run(RepositoryRoot, "dotnet", "pack", "-c", "Release", "-o", Feed, "-p:CI=false");
        PackOutput = pack.Output;
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }

        AnalyzerPackage = Directory.GetFiles(Feed, "RightsAnalyzers.*.nupkg")
            .Single(p => Path.GetFileName(p).StartsWith("RightsAnalyzers.0", StringComparison.Ordinal) ||
                         System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(p), @"^RightsAnalyzers\.\d"));
        Version = Path.GetFileNameWithoutExtension(AnalyzerPackage).Substring("RightsAnalyzers.".Length);
    }

    public string RepositoryRoot { get; }

    public string Root { get; }

    public string Feed { get; }

    public string PackOutput { get; }

    public string AnalyzerPackage { get; }

    public string Version { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS eventually.
        }
    }

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RightsAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RightsAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }

    public static (int ExitCode, string Output) Run(string workingDirectory, string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Keep the child builds independent of this test host's own MSBuild environment.
        info.Environment.Remove("MSBuildSDKsPath");
        info.Environment.Remove("MSBUILD_EXE_PATH");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MSBuildEnableWorkloadResolver"] = "false";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(10).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(fileName + " " + string.Join(" ", arguments) + " did not finish in 10 minutes");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}

[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}
