using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.Crypto;

/// <summary>
/// RR1006: removes the assignment that installs the accept-everything callback — the statement
/// (<c>handler.ServerCertificateCustomValidationCallback = …;</c>, <c>ServicePointManager.ServerCertificateValidationCallback += …;</c>)
/// or the object-initializer member — so the platform's default validation applies. No fix where the callback is
/// passed as an argument or the statement cannot be removed on its own (an embedded <c>if</c> body).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CertificateValidationCodeFixProvider))]
[Shared]
public sealed class CertificateValidationCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.CertificateValidationDisabled.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
            {
                node = node.Parent;
            }

            if (node.Parent is not AssignmentExpressionSyntax assignment || assignment.Right != node ||
                !(assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.IsKind(SyntaxKind.AddAssignmentExpression)))
            {
                continue;
            }

            SyntaxNode? removed = assignment.Parent switch
            {
                ExpressionStatementSyntax statement when CryptoFixes.CanRemove(statement) => statement,
                InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ObjectInitializerExpression) => assignment,
                _ => null,
            };

            if (removed is null)
            {
                continue;
            }

            var plan = CryptoFixes.Remove(removed);
            context.RegisterCodeFix(
                CodeAction.Create("Remove the callback and validate certificates", _ => CryptoFixes.Apply(context.Document, root, plan), equivalenceKey: nameof(CertificateValidationCodeFixProvider)),
                diagnostic);
        }
    }
}
