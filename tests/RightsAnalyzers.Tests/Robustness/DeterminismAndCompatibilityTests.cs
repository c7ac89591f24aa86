using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Robustness;

public sealed class DeterminismAndCompatibilityTests
{
    [Fact]
    public async Task Repeated_concurrent_runs_give_the_same_diagnostics()
    {
        var sources = InProcessAnalysis.Folder("samples/Clinic").Append(("/GlobalUsings.cs", InProcessAnalysis.WebGlobalUsings)).ToArray();
        string? first = null;
        for (var run = 0; run < 4; run++)
        {
            var result = await InProcessAnalysis.RunAsync(sources, outputKind: Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);
            Assert.Empty(result.Exceptions);
            var rendered = string.Join("\n", result.Diagnostics
                .Select(d => $"{d.Location.SourceTree?.FilePath}:{d.Location.SourceSpan}:{d.Id}:{d.Severity}:{d.GetMessage()}:{string.Join(";", d.AdditionalLocations.Select(l => l.SourceSpan))}")
                .OrderBy(x => x, StringComparer.Ordinal));
            Assert.NotEmpty(rendered);
            first ??= rendered;
            Assert.Equal(first, rendered);
        }
    }

    [Fact]
    public void The_analyzer_assembly_is_built_against_Roslyn_4_8()
    {
        // Compiling against 4.8.0 is what guarantees no newer API is used (Directory.Build.props pins it);
        // this checks the shipped assembly really references that version.
        foreach (var assembly in new[] { typeof(RightsAnalyzers.Infrastructure.Recommendations).Assembly, typeof(RightsAnalyzers.CodeFixes.Crypto.WeakHashCodeFixProvider).Assembly })
        {
            var roslyn = assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(roslyn);
            Assert.All(roslyn, r => Assert.Equal(new Version(4, 8, 0, 0), r.Version));
        }
    }

    [Fact]
    public void The_analyzer_assembly_targets_netstandard2_0_and_references_no_workspaces()
    {
        var assembly = typeof(RightsAnalyzers.Infrastructure.Recommendations).Assembly;
        var framework = assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.Contains("Workspaces", StringComparison.Ordinal));
    }
}
