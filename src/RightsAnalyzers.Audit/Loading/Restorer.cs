using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Loading;

/// <summary>
/// Runs <c>dotnet restore</c> when a project has never been restored: a design-time build without
/// <c>project.assets.json</c> has no references, and every finding that needs a type would be lost.
/// </summary>
internal static class Restorer
{
    public static async Task<ImmutableArray<string>> ProjectFilesAsync(AuditTarget target, CancellationToken cancellationToken)
    {
        if (target.Kind == TargetKind.Project)
        {
            return ImmutableArray.Create(target.Path);
        }

        var serializer = SolutionSerializers.GetSerializerByMoniker(target.Path)
            ?? throw new AuditException($"'{target.Path}' is not a solution file this tool can read");
        try
        {
            var model = await serializer.OpenAsync(target.Path, cancellationToken).ConfigureAwait(false);
            var directory = Path.GetDirectoryName(target.Path)!;
            return model.SolutionProjects
                .Select(p => Path.GetFullPath(Path.Combine(directory, p.FilePath.Replace('\\', Path.DirectorySeparatorChar))))
                .ToImmutableArray();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new AuditException($"could not read solution '{target.Path}': {e.Message}", e);
        }
    }

    /// <summary>Projects with no <c>obj/project.assets.json</c>; a custom intermediate path only costs a no-op restore.</summary>
    public static ImmutableArray<string> Unrestored(IEnumerable<string> projects)
        => projects.Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) &&
                               !File.Exists(Path.Combine(Path.GetDirectoryName(p)!, "obj", "project.assets.json")))
                   .ToImmutableArray();

    public static async Task RestoreAsync(string path, string? sdkDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetExecutable(sdkDirectory))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "restore", path, "-nologo", "-v:q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new AuditException($"could not start '{start.FileName}' to restore '{path}'");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var lines = ((await output.ConfigureAwait(false)) + "\n" + (await error.ConfigureAwait(false)))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
                .Distinct().Take(5);
            throw new AuditException($"restore of '{path}' failed (dotnet restore exited with {process.ExitCode}):\n  " + string.Join("\n  ", lines) +
                "\nRestore it yourself, or audit the .cs files alone with --loose.");
        }
    }

    /// <summary>The <c>dotnet</c> beside the located SDK (…/dotnet/sdk/10.0.401/ → …/dotnet/dotnet), else the one on PATH.</summary>
    private static string DotnetExecutable(string? sdkDirectory)
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        if (sdkDirectory is not null)
        {
            var root = Directory.GetParent(sdkDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))?.Parent;
            if (root is not null && File.Exists(Path.Combine(root.FullName, name)))
            {
                return Path.Combine(root.FullName, name);
            }
        }

        return name;
    }
}
