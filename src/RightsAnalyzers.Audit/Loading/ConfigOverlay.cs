using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RightsAnalyzers.Audit.Loading;

/// <summary>
/// The auditor's <c>--config</c> file, laid over the target's own configuration. It is read as if it sat in the
/// audited root (so <c>[*.cs]</c> covers every file) but in a set of its own, and it wins over the target's files:
/// an auditor must be able to raise a rule the project turned down. A file with <c>is_global = true</c> works too.
/// </summary>
public sealed class ConfigOverlay
{
    private readonly AnalyzerConfigSet set;

    private ConfigOverlay(AnalyzerConfigSet set) => this.set = set;

    public static ConfigOverlay Load(string path, string rootDirectory)
    {
        if (!File.Exists(path))
        {
            throw new AuditException($"config file '{path}' for --config does not exist");
        }

        var text = SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8);
        var config = AnalyzerConfig.Parse(text, Path.Combine(rootDirectory, ".editorconfig"));
        var set = AnalyzerConfigSet.Create(new[] { config }, out var diagnostics);
        var error = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null)
        {
            throw new AuditException($"config file '{path}' for --config is invalid: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return new ConfigOverlay(set);
    }

    public Compilation Apply(Compilation compilation)
        => compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new TreeOptions(compilation.Options.SyntaxTreeOptionsProvider, this)));

    public AnalyzerOptions Apply(AnalyzerOptions options)
        => new(options.AdditionalFiles, new OptionsProvider(options.AnalyzerConfigOptionsProvider, this));

    private AnalyzerConfigOptionsResult For(string? path)
        => string.IsNullOrEmpty(path) ? set.GlobalConfigOptions : set.GetOptionsForSourcePath(path);

    /// <summary>Severity settings (<c>dotnet_diagnostic.ID.severity</c>): the overlay first, then the target's.</summary>
    private sealed class TreeOptions : SyntaxTreeOptionsProvider
    {
        private readonly SyntaxTreeOptionsProvider? inner;
        private readonly ConfigOverlay overlay;

        public TreeOptions(SyntaxTreeOptionsProvider? inner, ConfigOverlay overlay)
        {
            this.inner = inner;
            this.overlay = overlay;
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
            => inner?.IsGenerated(tree, cancellationToken) ?? GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            if (overlay.For(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity) ||
                overlay.set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity))
            {
                return true;
            }

            severity = default;
            return inner is not null && inner.TryGetDiagnosticValue(tree, diagnosticId, cancellationToken, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            if (overlay.set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity))
            {
                return true;
            }

            severity = default;
            return inner is not null && inner.TryGetGlobalDiagnosticValue(diagnosticId, cancellationToken, out severity);
        }
    }

    /// <summary>Rule options and bulk (category) severities, which the analyzer driver reads from here.</summary>
    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptionsProvider inner;
        private readonly ConfigOverlay overlay;

        public OptionsProvider(AnalyzerConfigOptionsProvider inner, ConfigOverlay overlay)
        {
            this.inner = inner;
            this.overlay = overlay;
            GlobalOptions = new Layered(overlay.set.GlobalConfigOptions.AnalyzerOptions, inner.GlobalOptions);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
            => new Layered(Merge(tree.FilePath), inner.GetOptions(tree));

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => new Layered(Merge(textFile.Path), inner.GetOptions(textFile));

        private ImmutableDictionary<string, string> Merge(string? path)
            => overlay.set.GlobalConfigOptions.AnalyzerOptions.SetItems(overlay.For(path).AnalyzerOptions);
    }

    private sealed class Layered : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> top;
        private readonly AnalyzerConfigOptions bottom;

        public Layered(ImmutableDictionary<string, string> top, AnalyzerConfigOptions bottom)
        {
            this.top = top;
            this.bottom = bottom;
        }

        public override IEnumerable<string> Keys => top.Keys.Union(bottom.Keys, KeyComparer);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            if (top.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            return bottom.TryGetValue(key, out value);
        }
    }
}
