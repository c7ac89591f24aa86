using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Tests.Meta;

/// <summary>Everything the package ships, found by reflection, and the repository's files about it.</summary>
internal static class Catalog
{
    public static readonly Assembly AnalyzerAssembly = typeof(RuleDescriptors).Assembly;

    public static readonly Assembly CodeFixAssembly = typeof(RightsAnalyzers.CodeFixes.Crypto.WeakHashCodeFixProvider).Assembly;

    /// <summary>What the compiler loads: the analyzers carrying <see cref="DiagnosticAnalyzerAttribute"/>.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = AnalyzerAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The rule analyzers the compiler runs only as parts of a <see cref="CompositeAnalyzer"/>: no attribute of their own.</summary>
    public static ImmutableArray<Type> PartTypes { get; } = AnalyzerAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> Fixers { get; } = CodeFixAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>All supported descriptors, every variant included.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = Analyzers
        .SelectMany(a => a.SupportedDiagnostics)
        .Distinct()
        .ToImmutableArray();

    /// <summary>One descriptor per ID: the main (non-Info-variant) one where an ID has several.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Rules { get; } = Descriptors
        .GroupBy(d => d.Id)
        .Select(g => g.OrderByDescending(d => d.DefaultSeverity).First())
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot, relativePath));

    public static bool Exists(string relativePath) => File.Exists(Path.Combine(RepositoryRoot, relativePath));

    /// <summary>Rule IDs listed in the release-tracking files, with the file each comes from.</summary>
    public static IReadOnlyList<(string Id, string File)> ReleaseEntries()
    {
        var entries = new List<(string, string)>();
        foreach (var file in new[] { "src/RightsAnalyzers/AnalyzerReleases.Shipped.md", "src/RightsAnalyzers/AnalyzerReleases.Unshipped.md" })
        {
            foreach (var line in Read(file).Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("RR", StringComparison.Ordinal) && trimmed.Contains('|'))
                {
                    entries.Add((trimmed.Split('|')[0].Trim(), file));
                }
            }
        }

        return entries;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RightsAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RightsAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
