using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Audit.Model;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Audit.Analysis;

/// <summary>
/// The analyzers and rules of the RightsAnalyzers assembly, discovered by reflection so that a rule another engineer
/// adds is audited without touching this tool. The code-fix assembly is only asked which IDs it can fix.
/// </summary>
public sealed class AnalyzerCatalog
{
    private const string CodeFixAssemblyName = "RightsAnalyzers.CodeFixes";

    private AnalyzerCatalog(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<RuleInfo> rules, string version)
    {
        Analyzers = analyzers;
        Rules = rules;
        RulesById = rules.ToImmutableDictionary(r => r.Id, StringComparer.Ordinal);
        Version = version;
    }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>One entry per rule ID, in ID order.</summary>
    public ImmutableArray<RuleInfo> Rules { get; }

    public ImmutableDictionary<string, RuleInfo> RulesById { get; }

    /// <summary>Informational version of the analyzer assembly.</summary>
    public string Version { get; }

    public static AnalyzerCatalog Load() => Load(typeof(Recommendations).Assembly, TryLoad(CodeFixAssemblyName));

    public static AnalyzerCatalog Load(Assembly analyzerAssembly, Assembly? codeFixAssembly)
    {
        var analyzers = LoadableTypes(analyzerAssembly)
            .Where(t => t.IsClass && !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        var fixable = FixableIds(codeFixAssembly);
        var rules = analyzers.SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            // An ID may have an Info variant (DESIGN §1); the main descriptor is the most severe one.
            .Select(g => g.OrderByDescending(d => d.DefaultSeverity).First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => ToRule(d, fixable.Contains(d.Id)))
            .ToImmutableArray();

        return new AnalyzerCatalog(analyzers, rules, VersionOf(analyzerAssembly));
    }

    public static string VersionOf(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }

    private static RuleInfo ToRule(DiagnosticDescriptor descriptor, bool hasCodeFix) => new(
        descriptor.Id,
        descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
        descriptor.Category,
        Families.Name(descriptor.Category),
        FindingSeverities.From(descriptor.DefaultSeverity) ?? FindingSeverity.Info,
        descriptor.IsEnabledByDefault,
        descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture),
        descriptor.HelpLinkUri,
        RecommendationTags(descriptor),
        descriptor.CustomTags.ToImmutableArray(),
        FixHints.For(descriptor),
        hasCodeFix);

    /// <summary>Descriptors name their recommendations as <c>RecN</c> custom tags (<see cref="Recommendation.Tag"/>).</summary>
    private static ImmutableArray<int> RecommendationTags(DiagnosticDescriptor descriptor)
        => Recommendations.All.Where(r => descriptor.CustomTags.Contains(r.Tag)).Select(r => r.Number).ToImmutableArray();

    private static HashSet<string> FixableIds(Assembly? assembly)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (assembly is null)
        {
            return ids;
        }

        foreach (var type in LoadableTypes(assembly))
        {
            if (type.IsClass && !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            {
                ids.UnionWith(((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds);
            }
        }

        return ids;
    }

    private static Assembly? TryLoad(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (System.IO.IOException)
        {
            // Without the code-fix DLL the report still works; it just cannot say which rules have a fix.
            return null;
        }
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.Where(t => t is not null)!;
        }
    }
}
