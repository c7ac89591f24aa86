using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Audit.Loading;
using RightsAnalyzers.Audit.Model;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Audit.Analysis;

/// <summary>Runs every RightsAnalyzers analyzer over one project's compilation and turns the diagnostics into findings.</summary>
internal sealed class ProjectAuditor
{
    private readonly AnalyzerCatalog catalog;
    private readonly ConfigOverlay? overlay;
    private readonly string rootDirectory;

    public ProjectAuditor(AnalyzerCatalog catalog, ConfigOverlay? overlay, string rootDirectory)
    {
        this.catalog = catalog;
        this.overlay = overlay;
        this.rootDirectory = rootDirectory;
    }

    public async Task<ProjectResult> AuditAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new AuditException($"project '{project.FilePath ?? project.Name}' produced no compilation");

        // The target's TreatWarningsAsErrors is a build policy, not a judgement of the finding: report rule severities.
        compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        var analyzerOptions = project.AnalyzerOptions;
        if (overlay is not null)
        {
            compilation = overlay.Apply(compilation);
            analyzerOptions = overlay.Apply(analyzerOptions);
        }

        var crashes = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            analyzerOptions,
            onAnalyzerException: (exception, analyzer, _) => crashes.Add($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var withAnalyzers = compilation.WithAnalyzers(catalog.Analyzers, options);

        // One pass yields the compiler's diagnostics too, so the report can say where code did not bind.
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var errors = 0;
        string? firstError = null;
        foreach (var diagnostic in diagnostics)
        {
            if (catalog.RulesById.TryGetValue(diagnostic.Id, out var rule))
            {
                if (ToFinding(diagnostic, rule, project.Name) is { } finding)
                {
                    findings.Add(finding);
                }
            }
            else if (diagnostic.Severity == DiagnosticSeverity.Error && !diagnostic.IsSuppressed)
            {
                errors++;
                firstError ??= diagnostic.Id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var audited = new AuditedProject(project.Name, project.FilePath, SourceFileCount(project), errors, firstError);
        return new ProjectResult(audited, findings.ToImmutable(), crashes.Distinct().ToImmutableArray());
    }

    /// <summary>The project's own source files, not obj/ output such as GlobalUsings.g.cs or AssemblyInfo.cs.</summary>
    public static int SourceFileCount(Project project)
        => project.Documents.Count(d => d.FilePath is { } path &&
            !path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Contains("obj", StringComparer.OrdinalIgnoreCase));

    private Finding? ToFinding(Diagnostic diagnostic, RuleInfo rule, string project)
    {
        if (FindingSeverities.From(diagnostic.Severity) is not { } severity)
        {
            return null;
        }

        diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Evidence, out var evidence);
        diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Category, out var category);
        diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Recommendations, out var recommendations);
        return new Finding(
            rule,
            severity,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            ToLocation(diagnostic.Location),
            diagnostic.AdditionalLocations.Select(ToLocation).Where(l => l is not null).Select(l => l!).ToImmutableArray(),
            string.IsNullOrEmpty(evidence) ? null : evidence,
            string.IsNullOrEmpty(category) ? null : category,
            ParseNumbers(recommendations) is { IsEmpty: false } numbers ? numbers : rule.Recommendations,
            project,
            diagnostic.IsSuppressed);
    }

    private FindingLocation? ToLocation(Location location)
    {
        if (!location.IsInSource)
        {
            return null;
        }

        var span = location.GetLineSpan();
        var path = span.Path;
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        return new FindingLocation(
            path,
            DisplayPath(rootDirectory, path),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1);
    }

    public static string DisplayPath(string root, string path)
    {
        if (!Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    private static ImmutableArray<int> ParseNumbers(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return ImmutableArray<int>.Empty;
        }

        var numbers = new List<int>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                numbers.Add(n);
            }
        }

        return numbers.ToImmutableArray();
    }
}

internal sealed record ProjectResult(AuditedProject Project, ImmutableArray<Finding> Findings, ImmutableArray<string> AnalyzerFailures);
