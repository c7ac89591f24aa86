using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using RightsAnalyzers.CodeFixes.Shared;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.Telemetry;

/// <summary>
/// RR4004: <c>SendDefaultPii</c> and <c>EnableAuthenticationTrackingJavaScript</c> set to false,
/// <c>MaxRequestBodySize</c> to <c>RequestSize.None</c>; an identifying Serilog enricher or
/// <c>AddHostDetector()</c> removed from its fluent chain; a client-IP initializer registration or an
/// OpenTelemetry redaction switch removed when it is a statement of its own.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TelemetryConfigurationCodeFixProvider))]
[Shared]
public sealed class TelemetryConfigurationCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.IdentifyingTelemetryConfiguration.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var (title, fixedDocument) = Plan(context.Document, root, node, model, context.CancellationToken);
            if (fixedDocument is not null)
            {
                context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(fixedDocument), equivalenceKey: nameof(TelemetryConfigurationCodeFixProvider)), diagnostic);
            }
        }
    }

    private static (string Title, Document? Document) Plan(Document document, SyntaxNode root, SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        var (title, newRoot) = PlanTreeEdit(root, node, model, cancellationToken);
        if (newRoot is not null)
        {
            return (title, document.WithSyntaxRoot(newRoot));
        }

        // Chained calls are reported from their name on: the invocation is an ancestor.
        for (var current = node; current is not null and not StatementSyntax; current = current.Parent)
        {
            if (current is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call)
            {
                continue;
            }

            switch (access.Name.Identifier.ValueText)
            {
                // lc.Enrich.WithClientIp() → lc: the enricher call and its ".Enrich" go together.
                case "WithClientIp" or "WithRequestHeader" or "WithUserClaims" or "WithMachineName" or "WithEnvironmentUserName"
                    when access.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Enrich" } enrich:
                    return ("Remove the identifying enricher", FluentChain.RemoveCall(document, root, call, enrich.Expression, model, cancellationToken));

                case "AddHostDetector":
                    return ("Remove AddHostDetector()", FluentChain.RemoveCall(document, root, call, access.Expression, model, cancellationToken));

                case { } when access.Name is GenericNameSyntax:
                    // services.AddSingleton<ITelemetryInitializer, ClientIpHeaderTelemetryInitializer>();
                    var removed = FluentChain.RemoveExpression(root, call, model, cancellationToken);
                    return ("Remove the client-IP initializer", removed is null ? null : document.WithSyntaxRoot(removed));
            }

            break;
        }

        return (string.Empty, null);
    }

    private static (string Title, SyntaxNode? Root) PlanTreeEdit(SyntaxNode root, SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case AssignmentExpressionSyntax { Left: var left, Right: var right } assignment:
                var property = left is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : (left as IdentifierNameSyntax)?.Identifier.ValueText;
                if (property == "MaxRequestBodySize")
                {
                    var none = SyntaxFactory.ParseExpression("global::Sentry.Extensibility.RequestSize.None").WithAdditionalAnnotations(Simplifier.Annotation);
                    return ("Capture no request bodies", root.ReplaceNode(assignment.Right, none.WithTriviaFrom(right)));
                }

                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(right);
                return ("Set " + property + " to false", root.ReplaceNode(assignment.Right, literal));

            // new ClientIpHeaderTelemetryInitializer(…) as the only argument of a registration statement.
            case ObjectCreationExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax registration } } }:
                return ("Remove the client-IP initializer", FluentChain.RemoveExpression(root, registration, model, cancellationToken));

            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "SetEnvironmentVariable" } } setVariable:
                return ("Keep OpenTelemetry's redaction on", FluentChain.RemoveExpression(root, setVariable, model, cancellationToken));
        }

        return (string.Empty, null);
    }
}
