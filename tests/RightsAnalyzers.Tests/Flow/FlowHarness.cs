using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Flow;

/// <summary>
/// Runs the engine directly: every argument of a call to <c>Probe(…)</c> in the source is evaluated in its enclosing
/// body, and its labels are returned in source order. Compiled against .NET 10, ASP.NET Core and the real packages.
/// </summary>
internal static class FlowHarness
{
    public const string Prelude = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using System.Security.Cryptography;
        using Microsoft.Extensions.Logging;
        using Microsoft.AspNetCore.Http;

        """;

    private const string ProbeClass = "\nstatic class P { public static void Probe(object? value) { } }\n";

    public static Task<IReadOnlyList<LabelSet>> ProbeAsync(string source, string? editorConfig = null, CancellationToken cancellationToken = default)
        => ProbeAsync(source, editorConfig, shareBodies: false, cancellationToken);

    /// <summary>As <see cref="ProbeAsync(string, string?, CancellationToken)"/>, with one analysis per body, asked in source order (as a rule's sinks are).</summary>
    public static Task<IReadOnlyList<LabelSet>> ProbeSharingBodiesAsync(string source)
        => ProbeAsync(source, null, shareBodies: true, CancellationToken.None);

    private static async Task<IReadOnlyList<LabelSet>> ProbeAsync(string source, string? editorConfig, bool shareBodies, CancellationToken cancellationToken)
    {
        var tree = CSharpSyntaxTree.ParseText(Prelude + MoveUsingsFirst(source) + ProbeClass, new CSharpParseOptions(LanguageVersion.Latest), "/Test.cs");
        var compilation = CSharpCompilation.Create(
            "Flow",
            new[] { tree },
            await InProcessAnalysis.ReferencesAsync(TestReferences.Net100),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "test source does not compile: " + string.Join("\n", errors));

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new InProcessAnalysis.TestConfigProvider(ImmutableArray.Create(tree), editorConfig));
        var engine = FlowEngine.Create(compilation, options);
        var model = compilation.GetSemanticModel(tree);
        var results = new List<LabelSet>();
        var analyses = new Dictionary<IOperation, BodyAnalysis>();
        foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not IdentifierNameSyntax { Identifier.ValueText: "Probe" } &&
                call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Probe" })
            {
                continue;
            }

            var body = call.Ancestors().First(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or GlobalStatementSyntax);
            var root = model.GetOperation(body, cancellationToken)!;
            var invocation = (IInvocationOperation)model.GetOperation(call, cancellationToken)!;
            if (!shareBodies || !analyses.TryGetValue(root, out var analysis))
            {
                analysis = engine.Analyze(root, cancellationToken);
                analyses[root] = analysis;
            }

            results.Add(analysis.Eval(invocation.Arguments[0].Value));
        }

        return results;
    }

    /// <summary>
    /// Asks a fresh engine's <see cref="SinkReachability"/> about the methods named, in the order given (methods of
    /// class <c>T</c>), and returns the answers in that order.
    /// </summary>
    public static async Task<IReadOnlyList<bool>> MayReachSinkAsync(string source, params string[] methodsInOrder)
    {
        var tree = CSharpSyntaxTree.ParseText(Prelude + source + ProbeClass, new CSharpParseOptions(LanguageVersion.Latest), "/Test.cs");
        var compilation = CSharpCompilation.Create(
            "Reach",
            new[] { tree },
            await InProcessAnalysis.ReferencesAsync(TestReferences.Net100),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "test source does not compile: " + string.Join("\n", errors));

        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new InProcessAnalysis.TestConfigProvider(ImmutableArray.Create(tree), null));
        var engine = FlowEngine.Create(compilation, options);
        var type = compilation.GetTypeByMetadataName("T")!;
        var model = compilation.GetSemanticModel(tree);
        return methodsInOrder
            .Select(name =>
            {
                // "body:M" asks as the driver does, with M's whole body in hand; "M" asks about M as a callee.
                var asBody = name.StartsWith("body:", System.StringComparison.Ordinal);
                var method = type.GetMembers(asBody ? name.Substring(5) : name).OfType<IMethodSymbol>().Single();
                if (!asBody)
                {
                    return engine.Sinks.Reachability.MayReach(method, CancellationToken.None);
                }

                var root = model.GetOperation(method.DeclaringSyntaxReferences.Single().GetSyntax())!;
                return engine.Sinks.Reachability.MayReach(root, method, CancellationToken.None);
            })
            .ToList();
    }

    /// <summary>Test sources may start with their own usings; they must precede the probe class.</summary>
    private static string MoveUsingsFirst(string source) => source;

    public static async Task<LabelSet> ProbeOneAsync(string source, string? editorConfig = null)
        => Assert.Single(await ProbeAsync(source, editorConfig));

    public static string Kinds(LabelSet labels)
        => string.Join(",", labels.Labels.Select(l => l.Kind + ":" + l.Category + (l.Pseudonymized ? "#" : string.Empty)).OrderBy(x => x));
}
