using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RightsAnalyzers.Families.Crypto;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.Crypto;

/// <summary>
/// RR1004: a key-size literal becomes the configured minimum (the analyzer passes it in the <c>target</c> property),
/// and <c>new RSACryptoServiceProvider()</c> gets that size as its argument. A size held in a const or a local is
/// left alone (changing it may change other uses); DSA and small curves have no mechanical replacement.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyStrengthCodeFixProvider))]
[Shared]
public sealed class KeyStrengthCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.WeakKeySize.Id);

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
            if (!diagnostic.Properties.TryGetValue(CryptoValues.FixTargetProperty, out var text) ||
                !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var target))
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            var replacement = node switch
            {
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) => (SyntaxNode)CryptoFixes.IntLiteral(target, literal),
                ObjectCreationExpressionSyntax creation when creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0
                    => creation.WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.Argument(CryptoFixes.IntLiteral(target, SyntaxFactory.IdentifierName("x")))))
                        .WithTrailingTrivia(creation.ArgumentList?.GetTrailingTrivia() ?? creation.Type.GetTrailingTrivia()))
                        .WithType(creation.Type.WithoutTrailingTrivia()),
                _ => null,
            };

            if (replacement is null)
            {
                continue;
            }

            var replacements = CryptoFixes.Replace(node, replacement);
            context.RegisterCodeFix(
                CodeAction.Create("Use a " + text + "-bit key", _ => CryptoFixes.Apply(context.Document, root, replacements), equivalenceKey: nameof(KeyStrengthCodeFixProvider)),
                diagnostic);
        }
    }
}
