using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Audit.Loading;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Analysis;

/// <summary>Load → analyse → model. Writers turn the <see cref="AuditReport"/> into text; <c>Program</c> only wires it up.</summary>
public sealed class AuditRunner
{
    private static readonly Lazy<AnalyzerCatalog> SharedCatalog = new(AnalyzerCatalog.Load);

    private readonly Action<string> progress;

    /// <param name="progress">Receives one line per step (projects loaded, files analysed); the CLI prints them on stderr.</param>
    public AuditRunner(Action<string>? progress = null) => this.progress = progress ?? (_ => { });

    public static AnalyzerCatalog Catalog => SharedCatalog.Value;

    public async Task<AuditReport> RunAsync(AuditRequest request, CancellationToken cancellationToken = default)
    {
        var target = AuditTarget.Resolve(request.Path, request.Loose);
        var overlay = request.ConfigPath is null ? null : ConfigOverlay.Load(System.IO.Path.GetFullPath(request.ConfigPath), target.RootDirectory);
        var catalog = Catalog;
        var notes = new List<string>();
        if (target.Note is not null)
        {
            progress(target.Note);
            notes.Add(target.Note);
        }

        var results = new List<ProjectResult>();
        MSBuildLoader? loader = null;
        try
        {
            ImmutableArray<Project> projects;
            if (target.Kind == TargetKind.Folder)
            {
                progress($"Reading .cs files under {target.Path}…");
                var (project, description) = await LooseFolderLoader.LoadAsync(target, cancellationToken).ConfigureAwait(false);
                notes.Add($"Loose files were compiled as one project against the {description}, with the SDK's implicit global usings.");
                projects = ImmutableArray.Create(project);
            }
            else
            {
                progress($"Loading {target.Path} with MSBuild…");
                loader = new MSBuildLoader();
                projects = await loader.LoadAsync(target, request.Restore, progress, cancellationToken).ConfigureAwait(false);
                notes.AddRange(loader.Failures.Distinct().Select(f => "MSBuild: " + f));
            }

            progress($"Analysing {projects.Length} project(s) with {catalog.Analyzers.Length} analyzers ({catalog.Rules.Length} rules)…");
            var auditor = new ProjectAuditor(catalog, overlay, target.RootDirectory);
            for (var i = 0; i < projects.Length; i++)
            {
                var project = projects[i];
                var step = $"[{i + 1}/{projects.Length}] {project.Name}";
                progress($"{step}: analysing {ProjectAuditor.SourceFileCount(project)} source files…");
                var result = await auditor.AuditAsync(project, cancellationToken).ConfigureAwait(false);
                progress($"{step}: {result.Findings.Count(f => !f.IsSuppressed)} findings");
                results.Add(result);
                if (result.Project.CompilerErrors > 0)
                {
                    notes.Add($"{project.Name}: {result.Project.CompilerErrors} compiler error(s), e.g. {result.Project.FirstCompilerError} — findings in code that does not bind may be missing.");
                }

                notes.AddRange(result.AnalyzerFailures.Select(f => $"{project.Name}: analyzer failure: {f}"));
            }
        }
        finally
        {
            loader?.Dispose();
        }

        return Build(request, target, catalog, results, notes);
    }

    private static AuditReport Build(AuditRequest request, AuditTarget target, AnalyzerCatalog catalog, List<ProjectResult> results, List<string> notes)
    {
        // A multi-targeted project or a linked file yields the same diagnostic once per compilation.
        var all = results.SelectMany(r => r.Findings)
            .GroupBy(f => (f.RuleId, f.Location?.FilePath, f.Location?.Line, f.Location?.Column, f.Location?.EndLine, f.Location?.EndColumn, f.Message, f.IsSuppressed))
            .Select(g => g.First())
            .OrderBy(f => f.Location is null ? 0 : 1)
            .ThenBy(f => f.Location?.DisplayPath, StringComparer.Ordinal)
            .ThenBy(f => f.Location?.Line)
            .ThenBy(f => f.Location?.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();

        var shown = all.Where(f => f.Severity >= request.MinSeverity).ToList();
        return new AuditReport(
            target.Path,
            target.Kind,
            target.RootDirectory,
            AnalyzerCatalog.VersionOf(typeof(AuditRunner).Assembly),
            catalog.Version,
            DateTimeOffset.UtcNow,
            request.MinSeverity,
            catalog.Rules,
            shown.Where(f => !f.IsSuppressed).ToImmutableArray(),
            shown.Where(f => f.IsSuppressed).ToImmutableArray(),
            all.Count(f => !f.IsSuppressed) - shown.Count(f => !f.IsSuppressed),
            results.Select(r => r.Project).ToImmutableArray(),
            notes.ToImmutableArray());
    }
}
