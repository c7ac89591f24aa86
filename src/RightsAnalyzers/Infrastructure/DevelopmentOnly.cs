using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// Recognises configuration that only runs on a developer's machine, where collecting more is the point of the
/// setting and no one else's data is involved: the branch of an <c>if</c> or <c>?:</c> whose condition is
/// <c>IsDevelopment()</c> / <c>IsEnvironment("Development")</c> (on any receiver: IHostEnvironment,
/// IWebHostEnvironment, a wrapper of the app's own), and code inside <c>#if DEBUG</c>. Called only when a finding is
/// about to be reported, so its walks cost nothing in the common path.
/// </summary>
internal static class DevelopmentOnly
{
    public static bool IsGuarded(IOperation operation)
        => IsInDevelopmentBranch(operation) || IsInDebugDirective(operation.Syntax);

    /// <summary>Walks the enclosing operations, lambdas included (a lambda's body is part of its method's tree).</summary>
    private static bool IsInDevelopmentBranch(IOperation operation)
    {
        var child = operation;
        for (var parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalOperation conditional && !ReferenceEquals(child, conditional.Condition))
            {
                var inTrueBranch = ReferenceEquals(child, conditional.WhenTrue);
                if (Implies(conditional.Condition, inTrueBranch))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="condition"/> having the value <paramref name="value"/> means "development".</summary>
    private static bool Implies(IOperation? condition, bool value)
    {
        while (condition is IConversionOperation or IParenthesizedOperation)
        {
            condition = condition is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)condition).Operand;
        }

        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Implies(not.Operand, !value);

            // A && B true: both are true, so either being a development test is enough. A || B false: both false.
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when value:
                return Implies(both.LeftOperand, true) || Implies(both.RightOperand, true);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !value:
                return Implies(either.LeftOperand, false) || Implies(either.RightOperand, false);

            // Only a positive development test counts: "not production" may still be staging with real data.
            case IInvocationOperation invocation when value:
                return IsDevelopmentTest(invocation);

            default:
                return false;
        }
    }

    private static bool IsDevelopmentTest(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "IsDevelopment" && method.ReturnType.SpecialType == SpecialType.System_Boolean)
        {
            return true;
        }

        if (method.Name == "IsEnvironment" && invocation.Arguments.Length >= 1)
        {
            var last = invocation.Arguments[invocation.Arguments.Length - 1].Value;
            return last.ConstantValue is { HasValue: true, Value: string name } &&
                   string.Equals(name, "Development", System.StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>
    /// <c>#if DEBUG</c> is invisible to operations: the code is simply absent from a Release build. In a Debug build
    /// (and the IDE) it is present, so the enclosing directives are read from the syntax tree.
    /// </summary>
    private static bool IsInDebugDirective(SyntaxNode node)
    {
        var root = node.SyntaxTree.GetRoot();
        var position = node.SpanStart;
        var depth = 0;
        var debugDepth = int.MaxValue; // depth of the innermost open #if DEBUG branch, if any
        for (var directive = root.GetFirstDirective(); directive is not null && directive.SpanStart < position; directive = directive.GetNextDirective())
        {
            switch (directive)
            {
                case IfDirectiveTriviaSyntax ifDirective:
                    depth++;
                    if (debugDepth == int.MaxValue && IsDebugSymbol(ifDirective.Condition))
                    {
                        debugDepth = depth;
                    }

                    break;
                case ElifDirectiveTriviaSyntax or ElseDirectiveTriviaSyntax when debugDepth == depth:
                    debugDepth = int.MaxValue; // the other branch of #if DEBUG is not debug-only
                    break;
                case EndIfDirectiveTriviaSyntax:
                    if (debugDepth == depth)
                    {
                        debugDepth = int.MaxValue;
                    }

                    depth--;
                    break;
            }
        }

        return debugDepth != int.MaxValue;
    }

    private static bool IsDebugSymbol(ExpressionSyntax condition)
    {
        while (condition is ParenthesizedExpressionSyntax parenthesized)
        {
            condition = parenthesized.Expression;
        }

        return condition switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == "DEBUG",
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression) => IsDebugSymbol(binary.Left) || IsDebugSymbol(binary.Right),
            _ => false,
        };
    }
}
