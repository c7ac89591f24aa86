using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Tests.Meta;
using RightsAnalyzers.Tests.Verifiers;
using Xunit;

namespace RightsAnalyzers.Tests.Infrastructure;

/// <summary>
/// A composite registers one operation action per operation kind and calls its parts' actions from it
/// (<see cref="BatchingStartContext"/>): the findings must be exactly those of the parts run as analyzers of their own.
/// </summary>
public sealed class CompositeDispatchTests
{
    public static TheoryData<string> Composites()
    {
        var data = new TheoryData<string>();
        foreach (var composite in Catalog.Analyzers.OfType<CompositeAnalyzer>())
        {
            data.Add(composite.GetType().Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Composites))]
    public async Task A_composite_finds_what_its_parts_find_on_their_own(string name)
    {
        var composite = Catalog.Analyzers.OfType<CompositeAnalyzer>().Single(c => c.GetType().Name == name);
        var sources = InProcessAnalysis.Folder("samples/Clinic").Append(("/GlobalUsings.cs", InProcessAnalysis.WebGlobalUsings)).ToArray();

        var together = await InProcessAnalysis.RunAsync(sources, analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(composite), outputKind: OutputKind.ConsoleApplication);
        var parts = composite.Parts.Select(p => (DiagnosticAnalyzer)Activator.CreateInstance(p.GetType())!).ToImmutableArray();
        var apart = await InProcessAnalysis.RunAsync(sources, analyzers: parts, outputKind: OutputKind.ConsoleApplication);

        Assert.Empty(together.Exceptions);
        Assert.Empty(apart.Exceptions);
        Assert.NotEmpty(apart.Diagnostics); // the sample app has an example of every rule
        Assert.Equal(Describe(apart.Diagnostics), Describe(together.Diagnostics));
    }

    [Fact]
    public void Operation_actions_of_several_parts_become_one_registration_per_kind()
    {
        var calls = new System.Collections.Generic.List<string>();
        var recorder = new RecordingStartContext();
        var batch = new BatchingStartContext(recorder);
        batch.RegisterOperationAction(_ => calls.Add("first"), OperationKind.Invocation, OperationKind.ObjectCreation);
        batch.RegisterOperationAction(_ => calls.Add("second"), OperationKind.Invocation);
        batch.RegisterSyntaxTreeAction(_ => { });
        Assert.Empty(recorder.Operations);

        batch.Commit();

        Assert.Equal(new[] { OperationKind.Invocation, OperationKind.ObjectCreation }, recorder.Operations.Select(o => o.Kind));
        Assert.Equal(1, recorder.SyntaxTreeActions);
        recorder.Operations[0].Action(default);
        Assert.Equal(new[] { "first", "second" }, calls);
        calls.Clear();
        recorder.Operations[1].Action(default);
        Assert.Equal(new[] { "first" }, calls);
    }

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

    private sealed class RecordingStartContext : CompilationStartAnalysisContext
    {
        public RecordingStartContext()
            : base(null!, null!, default)
        {
        }

        public System.Collections.Generic.List<(OperationKind Kind, Action<OperationAnalysisContext> Action)> Operations { get; } = new();

        public int SyntaxTreeActions { get; private set; }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            foreach (var kind in operationKinds)
            {
                Operations.Add((kind, action));
            }
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => SyntaxTreeActions++;

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw new NotSupportedException();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw new NotSupportedException();
    }
}
