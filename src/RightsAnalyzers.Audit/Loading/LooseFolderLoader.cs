using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RightsAnalyzers.Audit.Loading;

/// <summary>
/// A folder of .cs files with no project: one compilation against the framework's reference assemblies, with the
/// SDK's implicit global usings (what a new project would give the same files) and the .editorconfig and
/// .globalconfig files that would apply to them.
/// </summary>
internal static class LooseFolderLoader
{
    private static readonly string[] SkippedDirectories = { "bin", "obj", ".git", ".vs", "node_modules" };

    private static readonly string[] ImplicitUsings =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    private static readonly string[] WebImplicitUsings =
    {
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    };

    public static async Task<(Project Project, string Description)> LoadAsync(AuditTarget target, CancellationToken cancellationToken)
    {
        var files = SourceFiles(target.Path);
        if (files.IsEmpty)
        {
            throw new AuditException($"folder '{target.Path}' holds no .cs files, solution or project to audit");
        }

        var references = FrameworkReferences.Load();
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var name = Path.GetFileName(target.Path);
        var documents = files.Select(f => Document(projectId, f, File.ReadAllText(f))).ToList();
        var usings = ImplicitUsings.Concat(references.HasAspNetCore ? WebImplicitUsings : Array.Empty<string>())
            .Select(u => "global using global::" + u + ";");
        // A ".g.cs" name marks it generated, so no analyzer reports in it.
        documents.Add(Document(projectId, Path.Combine(target.Path, "obj", "rights-audit", name + ".GlobalUsings.g.cs"), string.Join("\n", usings)));

        var info = ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                name,
                name,
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                documents: documents,
                metadataReferences: references.References)
            .WithAnalyzerConfigDocuments(ConfigFiles(target.Path).Select(f => Document(projectId, f, File.ReadAllText(f))));

        var project = workspace.AddProject(info);

        // Top-level statements only compile in an executable; otherwise every statement would be an error.
        foreach (var document in project.Documents)
        {
            var root = (CompilationUnitSyntax?)await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not null && root.Members.OfType<GlobalStatementSyntax>().Any())
            {
                project = project.WithCompilationOptions(project.CompilationOptions!.WithOutputKind(OutputKind.ConsoleApplication));
                break;
            }
        }

        return (project, references.Description);
    }

    public static ImmutableArray<string> SourceFiles(string folder)
        => Directory.EnumerateFiles(folder, "*.cs", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
                .Any(segment => SkippedDirectories.Contains(segment, StringComparer.OrdinalIgnoreCase)))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>.editorconfig files inside the folder and above it up to a <c>root = true</c> one; .globalconfig files above it.</summary>
    private static IEnumerable<string> ConfigFiles(string folder)
    {
        // Dot-files count as hidden on Unix, and hidden files are skipped unless AttributesToSkip says otherwise.
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        var inside = Directory.EnumerateFiles(folder, ".editorconfig", options)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(s => SkippedDirectories.Contains(s, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        var rootFound = inside.Any(f => Path.GetDirectoryName(f) == folder && IsRoot(f));
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var global = Path.Combine(directory.FullName, ".globalconfig");
            if (File.Exists(global))
            {
                yield return global;
            }

            var editorConfig = Path.Combine(directory.FullName, ".editorconfig");
            if (directory.FullName != folder && !rootFound && File.Exists(editorConfig))
            {
                inside.Add(editorConfig);
                rootFound = IsRoot(editorConfig);
            }
        }

        foreach (var file in inside)
        {
            yield return file;
        }
    }

    private static bool IsRoot(string editorConfig)
        => File.ReadLines(editorConfig).TakeWhile(l => !l.TrimStart().StartsWith('[')).Any(l =>
            l.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("root=true", StringComparison.OrdinalIgnoreCase));

    private static DocumentInfo Document(ProjectId projectId, string path, string text)
        => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, path),
            Path.GetFileName(path),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text, System.Text.Encoding.UTF8), VersionStamp.Default, path)),
            filePath: path);
}
