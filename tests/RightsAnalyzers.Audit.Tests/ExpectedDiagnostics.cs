using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>
/// The oracle: the analyzers run directly over the same .cs files with <see cref="CompilationWithAnalyzers"/>,
/// without any of the tool's loading, filtering or reporting code.
/// </summary>
internal static class ExpectedDiagnostics
{
    private const string WebGlobalUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Net.Http.Json;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        global using global::Microsoft.AspNetCore.Builder;
        global using global::Microsoft.AspNetCore.Hosting;
        global using global::Microsoft.AspNetCore.Http;
        global using global::Microsoft.AspNetCore.Routing;
        global using global::Microsoft.Extensions.Configuration;
        global using global::Microsoft.Extensions.DependencyInjection;
        global using global::Microsoft.Extensions.Hosting;
        global using global::Microsoft.Extensions.Logging;
        """;

    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() => typeof(Recommendations).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>Unsuppressed, visible (Info and up) diagnostics for every .cs file under <paramref name="folder"/>.</summary>
    public static Task<ImmutableArray<Diagnostic>> ForFolderAsync(string folder) => AnalyzeAsync(folder, References());

    /// <summary>
    /// As <see cref="ForFolderAsync"/> for a restored project: the framework packs plus the compile-time assets of its
    /// packages, read from obj/project.assets.json (independently of the tool's MSBuild loading).
    /// </summary>
    public static Task<ImmutableArray<Diagnostic>> ForProjectAsync(string folder)
        => AnalyzeAsync(folder, References().AddRange(PackageReferences(Path.Combine(folder, "obj", "project.assets.json"))));

    private static ImmutableArray<MetadataReference> PackageReferences(string assetsFile)
    {
        using var assets = System.Text.Json.JsonDocument.Parse(File.ReadAllText(assetsFile));
        var root = assets.RootElement;
        var packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        var libraries = root.GetProperty("libraries");
        var framework = References().Select(r => Path.GetFileName(r.Display)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var package in root.GetProperty("targets").EnumerateObject().First().Value.EnumerateObject())
        {
            if (!package.Value.TryGetProperty("compile", out var compile) || !libraries.GetProperty(package.Name).TryGetProperty("path", out var path))
            {
                continue;
            }

            foreach (var file in compile.EnumerateObject().Select(f => f.Name).Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                // The shared framework wins over a package copy of the same assembly, as in a real build.
                if (!framework.Contains(Path.GetFileName(file)))
                {
                    references.Add(MetadataReference.CreateFromFile(Path.Combine(packageFolder, path.GetString()!, file)));
                }
            }
        }

        return references.ToImmutable();
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string folder, ImmutableArray<MetadataReference> references)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f))
            .Append(CSharpSyntaxTree.ParseText(WebGlobalUsings, parse, Path.Combine(folder, "obj", "GlobalUsings.g.cs")));
        var compilation = CSharpCompilation.Create(
            "Expected",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers()).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Info && !d.IsSuppressed).ToImmutableArray();
    }

    /// <summary>The targeting packs of the SDK that runs the tests (…/dotnet/packs/*.App.Ref/&lt;version&gt;/ref/&lt;tfm&gt;).</summary>
    private static ImmutableArray<MetadataReference> References()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Directory.GetParent(runtime)!.Parent!.Parent!.FullName;
        var version = Path.GetFileName(runtime);
        return new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
            .Select(pack => Path.Combine(root, "packs", pack))
            .Select(pack => Directory.Exists(Path.Combine(pack, version)) ? Path.Combine(pack, version) : Directory.GetDirectories(pack).Max()!)
            .Select(dir => Directory.GetDirectories(Path.Combine(dir, "ref")).Single())
            .SelectMany(dir => Directory.GetFiles(dir, "*.dll"))
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToImmutableArray();
    }
}
