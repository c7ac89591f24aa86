using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RightsAnalyzers.Benchmarks;

/// <summary>One analysis run over a fixed compilation, as every benchmark does it.</summary>
internal static class Analysis
{
    /// <summary>
    /// A new <see cref="CompilationWithAnalyzers"/> clones the compilation, so nothing bound or analyzed by one
    /// invocation is reused by the next. Single-threaded: steadier numbers than the build's concurrent run.
    /// </summary>
    public static async Task<int> Run(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, string family)
    {
        var options = new CompilationWithAnalyzersOptions(
            CompilerLikeOptions.For(compilation), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);

        // An analyzer that throws reports AD0001 and stops early: that is a bug to surface, not a fast result.
        var crash = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
        if (crash is not null)
        {
            throw new InvalidOperationException("analyzer failure in family " + family + ": " + crash.GetMessage(CultureInfo.InvariantCulture));
        }

        return diagnostics.Length;
    }
}
