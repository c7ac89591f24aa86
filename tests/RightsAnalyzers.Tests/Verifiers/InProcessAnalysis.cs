using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RightsAnalyzers.Tests.Verifiers;

/// <summary>
/// Runs analyzers the way an IDE does (<see cref="CompilationWithAnalyzers"/>, concurrent, on code that may not
/// compile) and collects every analyzer exception instead of letting it become an AD0001 nobody reads.
/// </summary>
public static class InProcessAnalysis
{
    /// <summary>Implicit usings of Microsoft.NET.Sdk.Web; a superset of the console SDK's.</summary>
    public const string WebGlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    private static readonly ConcurrentDictionary<ReferenceAssemblies, Task<ImmutableArray<MetadataReference>>> Resolved = new();

    /// <summary>The resolved set plus ASP.NET Core and the logging/telemetry packages, which samples and privacy tests need.</summary>
    public static Task<ImmutableArray<MetadataReference>> ReferencesAsync(ReferenceAssemblies assemblies)
        => Resolved.GetOrAdd(assemblies, static async a =>
        {
            var references = await a.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
            return references.AddRange(await TestReferences.WebAndPackagesAsync().ConfigureAwait(false));
        });

    public static async Task<Result> RunAsync(
        IEnumerable<(string Path, string Text)> sources,
        ReferenceAssemblies? references = null, // defaults to .NET 10 + ASP.NET Core + packages
        ImmutableArray<DiagnosticAnalyzer>? analyzers = null,
        string? editorConfig = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
        CancellationToken cancellationToken = default,
        Action? beforeAnalysis = null) // called once the compilation is built, right before the analyzers start
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path, cancellationToken: cancellationToken)).ToImmutableArray();
        var compilation = CSharpCompilation.Create(
            "Analyzed",
            trees,
            await ReferencesAsync(references ?? TestReferences.Net100).ConfigureAwait(false),
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));

        var exceptions = new ConcurrentBag<Exception>();
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigProvider(trees, editorConfig));
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers ?? Meta.Catalog.Analyzers,
            new CompilationWithAnalyzersOptions(options, (e, _, _) => exceptions.Add(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        beforeAnalysis?.Invoke();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return new Result(compilation, diagnostics, exceptions.ToImmutableArray());
    }

    public static IEnumerable<(string Path, string Text)> Folder(string relativeFolder)
    {
        var root = Path.Combine(Meta.Catalog.RepositoryRoot, relativeFolder);
        return Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) &&
                        !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)));
    }

    public sealed record Result(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> Exceptions)
    {
        public ImmutableArray<Diagnostic> CompilerErrors => Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
    }

    /// <summary>Hands the same parsed .editorconfig-style key/values to every tree (tests need no section matching).</summary>
    internal sealed class TestConfigProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions options;

        public TestConfigProvider(ImmutableArray<SyntaxTree> trees, string? text = null)
        {
            var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in (text ?? string.Empty).Split('\n'))
            {
                var index = line.IndexOf('=');
                if (index > 0 && !line.TrimStart().StartsWith('#'))
                {
                    values[line.Substring(0, index).Trim()] = line.Substring(index + 1).Trim();
                }
            }

            options = new DictionaryOptions(values.ToImmutable());
        }

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
