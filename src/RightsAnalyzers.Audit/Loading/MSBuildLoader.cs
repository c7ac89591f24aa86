using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Loading;

/// <summary>
/// Loads a solution or project the way the IDE does: MSBuild design-time builds (in Roslyn's BuildHost process) with
/// the target's own SDK, references, defines, analyzer config files and source generators.
/// </summary>
internal sealed class MSBuildLoader : IDisposable
{
    private static readonly object RegistrationLock = new();
    private static string? sdkDirectory;

    private readonly MSBuildWorkspace workspace;
    private readonly List<string> failures = new();

    public MSBuildLoader()
    {
        EnsureRegistered();
        workspace = MSBuildWorkspace.Create();
        workspace.RegisterWorkspaceFailedHandler(e =>
        {
            lock (failures)
            {
                failures.Add((e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure ? "" : "warning: ") + e.Diagnostic.Message);
            }
        });
    }

    /// <summary>Workspace diagnostics: what MSBuild could not evaluate or resolve.</summary>
    public IReadOnlyList<string> Failures => failures;

    /// <summary>MSBuildLocator must run before any MSBuild type is touched, once per process.</summary>
    public static string EnsureRegistered()
    {
        lock (RegistrationLock)
        {
            if (sdkDirectory is not null)
            {
                return sdkDirectory;
            }

            if (MSBuildLocator.IsRegistered)
            {
                sdkDirectory = MSBuildLocator.QueryVisualStudioInstances().FirstOrDefault()?.MSBuildPath ?? string.Empty;
                return sdkDirectory;
            }

            var instance = MSBuildLocator.QueryVisualStudioInstances().OrderByDescending(i => i.Version).FirstOrDefault()
                ?? throw new AuditException("no .NET SDK was found to load projects with; install the .NET SDK, or audit the .cs files alone with --loose");
            MSBuildLocator.RegisterInstance(instance);
            sdkDirectory = instance.MSBuildPath;
            return sdkDirectory;
        }
    }

    public async Task<ImmutableArray<Project>> LoadAsync(AuditTarget target, bool restore, Action<string> progress, CancellationToken cancellationToken)
    {
        if (restore)
        {
            var projects = await Restorer.ProjectFilesAsync(target, cancellationToken).ConfigureAwait(false);
            if (!Restorer.Unrestored(projects).IsEmpty)
            {
                progress($"Restoring {Path.GetFileName(target.Path)} (not restored yet)…");
                await Restorer.RestoreAsync(target.Path, sdkDirectory, cancellationToken).ConfigureAwait(false);

                // A solution restore skips projects that have no build configuration in the solution file.
                foreach (var project in Restorer.Unrestored(projects).Where(File.Exists))
                {
                    progress($"Restoring {Path.GetFileName(project)} (not part of the solution's restore)…");
                    await Restorer.RestoreAsync(project, sdkDirectory, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var loaded = 0;
        var loadProgress = new SyncProgress<ProjectLoadProgress>(p =>
        {
            if (p.Operation == ProjectLoadOperation.Resolve)
            {
                loaded++;
                var framework = p.TargetFramework is null ? string.Empty : " (" + p.TargetFramework + ")";
                progress($"Loaded project {loaded}: {Path.GetFileNameWithoutExtension(p.FilePath)}{framework}");
            }
        });

        try
        {
            if (target.Kind == TargetKind.Solution)
            {
                var solution = await workspace.OpenSolutionAsync(target.Path, loadProgress, cancellationToken).ConfigureAwait(false);
                var csharp = solution.Projects.Where(p => p.Language == LanguageNames.CSharp).ToImmutableArray();
                if (csharp.IsEmpty)
                {
                    throw new AuditException($"solution '{target.Path}' has no C# project that loaded" + FailureSuffix());
                }

                return csharp;
            }

            var project = await workspace.OpenProjectAsync(target.Path, loadProgress, cancellationToken).ConfigureAwait(false);

            // A multi-targeted project loads once per framework; the referenced projects are not the audit's target.
            var variants = project.Solution.Projects
                .Where(p => string.Equals(p.FilePath, project.FilePath, StringComparison.OrdinalIgnoreCase))
                .ToImmutableArray();
            if (variants.All(p => !p.Documents.Any()) && failures.Count > 0)
            {
                throw new AuditException($"project '{target.Path}' failed to load" + FailureSuffix());
            }

            return variants;
        }
        catch (Exception e) when (e is not (OperationCanceledException or AuditException))
        {
            throw new AuditException($"could not load '{target.Path}': {e.Message}" + FailureSuffix(), e);
        }
    }

    public void Dispose() => workspace.Dispose();

    private string FailureSuffix()
        => failures.Count == 0 ? string.Empty : ":\n  " + string.Join("\n  ", failures.Distinct().Take(5));
}
