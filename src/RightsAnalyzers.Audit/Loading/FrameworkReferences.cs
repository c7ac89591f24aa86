using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Audit.Loading;

/// <summary>
/// Reference assemblies for loose files: the SDK's targeting packs beside the runtime that runs the tool
/// (<c>packs/Microsoft.NETCore.App.Ref</c> and <c>Microsoft.AspNetCore.App.Ref</c>), or, on a runtime-only install,
/// the shared framework's own assemblies.
/// </summary>
internal sealed record FrameworkReferences(ImmutableArray<MetadataReference> References, bool HasAspNetCore, string Description)
{
    private const string CorePack = "Microsoft.NETCore.App.Ref";
    private const string AspNetPack = "Microsoft.AspNetCore.App.Ref";

    public static FrameworkReferences Load()
    {
        // …/dotnet/shared/Microsoft.NETCore.App/10.0.12/System.Private.CoreLib.dll → …/dotnet
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Directory.GetParent(runtimeDirectory)?.Parent?.Parent?.FullName;
        var major = Environment.Version.Major;

        var core = root is null ? null : PackDirectory(root, CorePack, major);
        if (core is not null)
        {
            var asp = PackDirectory(root!, AspNetPack, major);
            var files = Dlls(core).Concat(asp is null ? Enumerable.Empty<string>() : Dlls(asp));
            return new FrameworkReferences(ToReferences(files), asp is not null, "reference assemblies from " + core + (asp is null ? string.Empty : " and " + asp));
        }

        // No targeting pack: compile against the implementation assemblies of the running shared framework.
        var aspRuntime = root is null ? null : Path.Combine(root, "shared", "Microsoft.AspNetCore.App", Path.GetFileName(runtimeDirectory));
        var hasAsp = aspRuntime is not null && Directory.Exists(aspRuntime);
        var runtimeFiles = Dlls(runtimeDirectory).Concat(hasAsp ? Dlls(aspRuntime!) : Enumerable.Empty<string>());
        return new FrameworkReferences(ToReferences(runtimeFiles), hasAsp, "runtime assemblies from " + runtimeDirectory);
    }

    /// <summary>The newest pack of the running major version (else the newest), e.g. packs/…Ref/10.0.12/ref/net10.0.</summary>
    private static string? PackDirectory(string root, string pack, int major)
    {
        var packRoot = Path.Combine(root, "packs", pack);
        if (!Directory.Exists(packRoot))
        {
            return null;
        }

        var versions = Directory.GetDirectories(packRoot)
            .Select(d => (Directory: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(v => v.Version is not null)
            .OrderByDescending(v => v.Version!.Major == major)
            .ThenByDescending(v => v.Version)
            .ToList();
        foreach (var (directory, _) in versions)
        {
            var refs = Path.Combine(directory, "ref");
            var framework = Directory.Exists(refs) ? Directory.GetDirectories(refs).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault() : null;
            if (framework is not null)
            {
                return framework;
            }
        }

        return null;
    }

    private static string[] Dlls(string directory) => Directory.GetFiles(directory, "*.dll");

    private static ImmutableArray<MetadataReference> ToReferences(System.Collections.Generic.IEnumerable<string> files)
        => files.Where(IsAssembly).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();

    /// <summary>Shared-framework folders hold native DLLs too; only managed assemblies can be references.</summary>
    private static bool IsAssembly(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
