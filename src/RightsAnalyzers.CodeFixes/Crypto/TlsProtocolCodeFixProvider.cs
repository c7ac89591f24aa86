using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.Crypto;

/// <summary>
/// RR1005: removes the deprecated members from the protocol expression (<c>Tls | Tls11 | Tls12</c> → <c>Tls12</c>).
/// When nothing is left the value becomes the operating system's default — <c>SslProtocols.None</c> or
/// <c>SecurityProtocolType.SystemDefault</c> — rather than a pinned <c>Tls12 | Tls13</c>: the OS then also picks up
/// future versions and its own deprecations. An <c>x |= Tls11;</c> statement with nothing left is removed. A switch
/// set to <c>true</c> becomes <c>false</c>. No fix when a deprecated value is written as a number.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TlsProtocolCodeFixProvider))]
[Shared]
public sealed class TlsProtocolCodeFixProvider : CodeFixProvider
{
    private static readonly HashSet<string> Deprecated = new(System.StringComparer.Ordinal) { "Ssl2", "Ssl3", "Tls", "Tls11", "Default" };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.DeprecatedTls.Id);

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
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            var replacements = node is InvocationExpressionSyntax invocation ? PlanSwitch(invocation) : PlanProtocols(node, model, context.CancellationToken);
            if (replacements is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Remove deprecated TLS/SSL protocols", _ => CryptoFixes.Apply(context.Document, root, replacements), equivalenceKey: nameof(TlsProtocolCodeFixProvider)),
                diagnostic);
        }
    }

    private static ImmutableDictionary<SyntaxNode, SyntaxNode>? PlanSwitch(InvocationExpressionSyntax invocation)
        => invocation.ArgumentList.Arguments.Count == 2 && invocation.ArgumentList.Arguments[1].Expression is LiteralExpressionSyntax literal &&
           literal.IsKind(SyntaxKind.TrueLiteralExpression)
            ? CryptoFixes.Replace(literal, SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(literal))
            : null;

    private static ImmutableDictionary<SyntaxNode, SyntaxNode>? PlanProtocols(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        if (node is not ExpressionSyntax expression || model.GetTypeInfo(expression, cancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return null;
        }

        var kept = new List<ExpressionSyntax>();
        foreach (var operand in Flatten(expression))
        {
            if (model.GetSymbolInfo(operand, cancellationToken).Symbol is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.ContainingType, enumType))
            {
                if (!Deprecated.Contains(field.Name))
                {
                    kept.Add(operand);
                }

                continue;
            }

            // A number or anything else that is not a named member: leave it to a human.
            if (model.GetConstantValue(operand, cancellationToken).HasValue)
            {
                return null;
            }

            kept.Add(operand);
        }

        if (kept.Count == 0 && expression.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.OrAssignmentExpression, Parent: ExpressionStatementSyntax statement } &&
            CryptoFixes.CanRemove(statement))
        {
            // `SecurityProtocol |= SecurityProtocolType.Tls11;` adds nothing once the deprecated member is gone.
            return CryptoFixes.Remove(statement);
        }

        ExpressionSyntax replacement;
        if (kept.Count == 0)
        {
            replacement = CryptoFixes.MemberAccess(enumType, enumType.Name == "SslProtocols" ? "None" : "SystemDefault", expression);
        }
        else
        {
            replacement = kept[0].WithoutTrivia();
            for (var i = 1; i < kept.Count; i++)
            {
                replacement = SyntaxFactory.BinaryExpression(SyntaxKind.BitwiseOrExpression, replacement, kept[i].WithoutTrivia());
            }

            replacement = replacement.WithTriviaFrom(expression);
        }

        return CryptoFixes.Replace(expression, replacement);
    }

    private static IEnumerable<ExpressionSyntax> Flatten(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                foreach (var inner in Flatten(parenthesized.Expression))
                {
                    yield return inner;
                }

                break;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.BitwiseOrExpression):
                foreach (var inner in Flatten(binary.Left))
                {
                    yield return inner;
                }

                foreach (var inner in Flatten(binary.Right))
                {
                    yield return inner;
                }

                break;
            default:
                yield return expression;
                break;
        }
    }
}
