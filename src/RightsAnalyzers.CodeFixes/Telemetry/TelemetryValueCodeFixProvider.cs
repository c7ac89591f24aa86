using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.Telemetry;

/// <summary>
/// RR4001, RR4002, RR4003, RR4005: remove the tag, property or initializer entry that sends the value; for client IP
/// addresses (RR4002) alternatively keep only the network prefix through a local function the fix adds. FixAll runs
/// one pass per document, so several fixes in one method share one helper and removals in one initializer merge.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TelemetryValueCodeFixProvider))]
[Shared]
public sealed class TelemetryValueCodeFixProvider : CodeFixProvider
{
    internal const string RemoveKey = "RemoveTelemetryValue";
    internal const string TruncateKey = "TruncateIpAddress";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Rules.DeviceIdentifierInTelemetry.Id, Rules.NetworkAddressInTelemetry.Id, Rules.PersonalDataInTelemetry.Id, Rules.DeviceFingerprint.Id);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static (context, document, diagnostics) => ApplyAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (TelemetryFixPlans.Removal(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Do not send this value to telemetry", ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), RemoveKey, ct)!, RemoveKey),
                    diagnostic);
            }

            if (TelemetryFixPlans.Truncation(root, model, diagnostic, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Send only the network prefix (/24, /48)", ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), TruncateKey, ct)!, TruncateKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? key, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var root = editor.OriginalRoot;
        var model = editor.SemanticModel;
        var removed = new HashSet<SyntaxNode>();
        var blocksNeedingHelper = new HashSet<BlockSyntax>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (key == RemoveKey && TelemetryFixPlans.Removal(root, diagnostic) is { } plan && removed.Add(plan.Node))
            {
                // A statement or entry inside one already removed goes with it.
                if (removed.Any(r => r != plan.Node && r.Span.Contains(plan.Node.Span)))
                {
                    continue;
                }

                if (plan.Replacement is { } receiver)
                {
                    editor.ReplaceNode(plan.Node, receiver.WithTriviaFrom(plan.Node));
                }
                else
                {
                    // A statement goes with its line; an initializer entry leaves the spacing before the closing brace.
                    editor.RemoveNode(plan.Node, plan.Node is Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax ? SyntaxRemoveOptions.KeepNoTrivia : SyntaxRemoveOptions.KeepTrailingTrivia);
                }
            }
            else if (key == TruncateKey && TelemetryFixPlans.Truncation(root, model, diagnostic, cancellationToken) is { } truncation)
            {
                editor.ReplaceNode(truncation.Value, (node, _) => TelemetryFixPlans.WrapInHelper((ExpressionSyntax)node));
                if (!TelemetryFixPlans.DeclaresHelper(truncation.Block))
                {
                    blocksNeedingHelper.Add(truncation.Block);
                }
            }
        }

        foreach (var block in blocksNeedingHelper)
        {
            var annotations = model.GetNullableContext(block.SpanStart).AnnotationsEnabled();
            editor.InsertAfter(block.Statements.Last(), TelemetryFixPlans.Helper(annotations));
        }

        return editor.GetChangedDocument();
    }
}
