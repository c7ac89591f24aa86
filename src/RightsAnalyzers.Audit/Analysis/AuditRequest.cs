using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Analysis;

/// <summary>What to audit and how.</summary>
/// <param name="Path">A .sln, .slnx or .csproj file, or a folder.</param>
/// <param name="ConfigPath">An extra .editorconfig laid over the target's (see <see cref="Loading.ConfigOverlay"/>).</param>
/// <param name="Restore">Run <c>dotnet restore</c> for projects that were never restored.</param>
/// <param name="Loose">Audit a folder's .cs files even when it holds a solution or project.</param>
public sealed record AuditRequest(
    string Path,
    FindingSeverity MinSeverity = FindingSeverity.Info,
    string? ConfigPath = null,
    bool Restore = true,
    bool Loose = false);
