using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Audit.Analysis;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>The content and format tests share one <see cref="ClinicAuditFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ClinicCollection : ICollectionFixture<ClinicAuditFixture>
{
    public const string Name = "Clinic audit";
}

/// <summary>
/// One MSBuild audit and one loose-folder audit of a Clinic copy, shared by the content tests: loading a project
/// costs seconds, formatting it costs nothing.
/// </summary>
public sealed class ClinicAuditFixture : IAsyncLifetime, IDisposable
{
    private readonly ScratchDirectory projectCopy = TestFiles.CopyClinic(project: true);
    private readonly ScratchDirectory looseCopy = TestFiles.CopyClinic(project: false);

    public AuditReport ProjectReport { get; private set; } = null!;

    public AuditReport LooseReport { get; private set; } = null!;

    /// <summary>The analyzers' own diagnostics for the loose files, compiled against the framework only (see <see cref="ExpectedDiagnostics"/>).</summary>
    public ImmutableArray<Diagnostic> Expected { get; private set; }

    /// <summary>The analyzers' own diagnostics for the restored project copy, with its packages.</summary>
    public ImmutableArray<Diagnostic> ExpectedProject { get; private set; }

    public string ProjectFolder => projectCopy.Path;

    public string LooseFolder => looseCopy.Path;

    public async Task InitializeAsync()
    {
        var runner = new AuditRunner();
        ProjectReport = await runner.RunAsync(new AuditRequest(System.IO.Path.Combine(projectCopy.Path, "Clinic.csproj")));
        LooseReport = await runner.RunAsync(new AuditRequest(looseCopy.Path));
        Expected = await ExpectedDiagnostics.ForFolderAsync(looseCopy.Path);
        ExpectedProject = await ExpectedDiagnostics.ForProjectAsync(projectCopy.Path);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        projectCopy.Dispose();
        looseCopy.Dispose();
    }
}
