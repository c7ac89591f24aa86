using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RightsAnalyzers.CodeFixes.Shared;

/// <summary>Removes one call from a fluent chain, or the whole statement when nothing meaningful would remain.</summary>
internal static class FluentChain
{
    /// <summary>
    /// Replaces <paramref name="call"/> with <paramref name="receiver"/> (the expression the call was made on):
    /// <c>options.UseSqlite(cs).EnableSensitiveDataLogging()</c> → <c>options.UseSqlite(cs)</c>. When the call is a
    /// statement of its own and the receiver is a bare name (<c>options.EnableSensitiveDataLogging();</c>), the
    /// statement goes; in a void lambda's expression body the body becomes <c>{ }</c>. Null when no safe edit exists.
    /// </summary>
    public static SyntaxNode? RemoveCall(SyntaxNode root, ExpressionSyntax call, ExpressionSyntax receiver, SemanticModel model, CancellationToken cancellationToken)
    {
        var replacement = receiver.WithoutTrailingTrivia().WithTrailingTrivia(call.GetTrailingTrivia());
        if (IsStatementExpression(receiver))
        {
            return root.ReplaceNode(call, replacement);
        }

        return RemoveExpression(root, call, model, cancellationToken) ?? (IsInStatementPosition(call) ? null : root.ReplaceNode(call, replacement));
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
