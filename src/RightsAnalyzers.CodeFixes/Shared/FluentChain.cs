using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RightsAnalyzers.CodeFixes.Shared;

/// <summary>Removes one call from a fluent chain, or the whole statement when nothing meaningful would remain.</summary>
internal static class FluentChain
{
    /// <summary>
    /// Removes <paramref name="call"/> from its chain, leaving <paramref name="receiver"/> (the expression the call was
    /// made on): <c>options.UseSqlite(cs).EnableSensitiveDataLogging()</c> → <c>options.UseSqlite(cs)</c>. When the
    /// call is a statement of its own and the receiver is a bare name (<c>options.EnableSensitiveDataLogging();</c>),
    /// the statement goes; in a void lambda's expression body the body becomes <c>{ }</c>. Null when no safe edit exists.
    /// </summary>
    public static Document? RemoveCall(Document document, SyntaxNode root, ExpressionSyntax call, ExpressionSyntax receiver, SemanticModel model, CancellationToken cancellationToken)
    {
        if (IsStatementExpression(receiver) || !IsInStatementPosition(call))
        {
            // A text edit, not a tree edit: FixAll merges text changes, and two calls removed from one chain must not
            // overlap (a replaced node would span the whole chain before it).
            var text = root.SyntaxTree.GetText(cancellationToken);
            return document.WithText(text.WithChanges(new TextChange(TextSpan.FromBounds(receiver.Span.End, call.Span.End), string.Empty)));
        }

        return RemoveExpression(root, call, model, cancellationToken) is { } newRoot ? document.WithSyntaxRoot(newRoot) : null;
    }

    /// <summary>
    /// Removes an expression that is a statement of its own (or a void lambda's expression body); null when it is
    /// used as a value or sits where a statement cannot simply be deleted (an <c>if</c> without braces).
    /// </summary>
    public static SyntaxNode? RemoveExpression(SyntaxNode root, ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (expression.Parent)
        {
            case ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } statement:
                return root.RemoveNode(statement, SyntaxRemoveOptions.KeepUnbalancedDirectives);

            case LambdaExpressionSyntax lambda when ReferenceEquals(lambda.ExpressionBody, expression) &&
                model.GetSymbolInfo(lambda, cancellationToken).Symbol is IMethodSymbol { ReturnsVoid: true }:
                var empty = SyntaxFactory.Block().WithTriviaFrom(expression);
                return root.ReplaceNode(lambda, lambda.WithExpressionBody(null).WithBlock(empty));

            default:
                return null;
        }
    }

    private static bool IsInStatementPosition(ExpressionSyntax expression)
        => expression.Parent is ExpressionStatementSyntax ||
           (expression.Parent is LambdaExpressionSyntax lambda && ReferenceEquals(lambda.ExpressionBody, expression));

    /// <summary>Expressions C# accepts as statements; anything else left behind would not compile (CS0201).</summary>
    private static bool IsStatementExpression(ExpressionSyntax expression)
        => expression is InvocationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax
            or AssignmentExpressionSyntax or AwaitExpressionSyntax;
}
