using System;
using System.IO;
using System.Linq;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Loading;

/// <summary>The resolved thing to audit.</summary>
/// <param name="Path">Absolute path of the solution, project or folder.</param>
/// <param name="RootDirectory">The directory report paths are relative to.</param>
/// <param name="Note">Set when a folder was resolved to the single solution or project inside it.</param>
public sealed record AuditTarget(string Path, TargetKind Kind, string RootDirectory, string? Note)
{
    /// <summary>
    /// A file must be a .sln, .slnx or .csproj. A folder holding exactly one solution (else exactly one project) is
    /// that solution or project, as with <c>dotnet build</c>; any other folder, or any folder with
    /// <paramref name="loose"/>, is audited as loose .cs files.
    /// </summary>
    public static AuditTarget Resolve(string path, bool loose)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var extension = System.IO.Path.GetExtension(full).ToLowerInvariant();
            return extension switch
            {
                ".sln" or ".slnx" => new AuditTarget(full, TargetKind.Solution, DirectoryOf(full), null),
                ".csproj" => new AuditTarget(full, TargetKind.Project, DirectoryOf(full), null),
                ".vbproj" or ".fsproj" => throw new AuditException($"'{path}' is not a C# project: RightsAnalyzers rules are written for C#"),
                _ => throw new AuditException($"'{path}' is not a .sln, .slnx or .csproj file or a folder"),
            };
        }

        if (!Directory.Exists(full))
        {
            throw new AuditException($"path '{path}' does not exist");
        }

        full = Trim(full);
        if (!loose)
        {
            var solutions = Directory.GetFiles(full, "*.sln").Concat(Directory.GetFiles(full, "*.slnx")).ToArray();
            var projects = Directory.GetFiles(full, "*.csproj");
            if (solutions.Length == 1)
            {
                return new AuditTarget(solutions[0], TargetKind.Solution, full, $"Found {System.IO.Path.GetFileName(solutions[0])} in the folder; auditing the solution (use --loose for the .cs files alone).");
            }

            if (solutions.Length == 0 && projects.Length == 1)
            {
                return new AuditTarget(projects[0], TargetKind.Project, full, $"Found {System.IO.Path.GetFileName(projects[0])} in the folder; auditing the project (use --loose for the .cs files alone).");
            }
        }

        return new AuditTarget(full, TargetKind.Folder, full, null);
    }

    private static string DirectoryOf(string file) => System.IO.Path.GetDirectoryName(file) ?? file;

    private static string Trim(string directory)
        => directory.Length > 1 ? directory.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar) : directory;
}
