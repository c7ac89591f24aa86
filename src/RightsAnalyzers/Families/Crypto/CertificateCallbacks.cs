using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>How RR1006 decides that a certificate-validation callback accepts everything, and when that is an opt-in.</summary>
internal static class CertificateCallbacks
{
    /// <summary>
    /// Name tokens of a setting that makes accepting bad certificates an explicit choice of the user or operator:
    /// <c>if (options.AllowInsecure)</c>, <c>if (settings.IgnoreCertificateErrors)</c>, <c>if (!config.VerifySsl)</c>.
    /// "Development" is deliberately absent: dev-only bypasses leak into production configurations.
    /// </summary>
    private static readonly HashSet<string> OptInWords = new(StringComparer.Ordinal)
    {
        "allow", "ignore", "skip", "insecure", "unsafe", "bypass", "disable", "disabled", "trust", "accept", "dangerous",
        "untrusted", "invalid", "selfsigned", "verify", "validate", "validation",
    };

    /// <summary>
    /// True when every return of the body returns the constant <c>true</c> and nothing is thrown (a throw rejects
    /// the certificate). A callback whose result depends on anything — <c>errors == SslPolicyErrors.None</c>, a
    /// pinned thumbprint, a setting — is not blanket acceptance.
    /// </summary>
    public static bool AlwaysAccepts(IOperation body)
    {
        var returns = 0;
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            switch (operation)
            {
                case IReturnOperation { ReturnedValue: var value }:
                    if (value is null || CryptoValues.Unwrap(value).ConstantValue is not { HasValue: true, Value: true })
                    {
                        return false;
                    }

                    returns++;
                    continue;
                case IThrowOperation:
                    return false;
                case IAnonymousFunctionOperation or ILocalFunctionOperation when operation != body:
                    // Nested functions return their own values.
                    continue;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }

        return returns > 0;
    }

    /// <summary>The same test on syntax, for a method declared in another file (no semantic model for it here).</summary>
    public static bool AlwaysAccepts(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case BaseMethodDeclarationSyntax { ExpressionBody.Expression: var expression }:
                return expression.IsKind(SyntaxKind.TrueLiteralExpression);
            case BaseMethodDeclarationSyntax { Body: { } body }:
                var returns = 0;
                foreach (var node in body.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                {
                    switch (node)
                    {
                        case ReturnStatementSyntax { Expression: var value }:
                            if (value is null || !value.IsKind(SyntaxKind.TrueLiteralExpression))
                            {
                                return false;
                            }

                            returns++;
                            break;
                        case ThrowStatementSyntax or ThrowExpressionSyntax:
                            return false;
                    }
                }

                return returns > 0;
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="operation"/> only runs when an opt-in setting says so: it sits in the true branch of
    /// an <c>if</c> or <c>?:</c> whose condition reads a member, local or parameter named like such a setting.
    /// </summary>
    public static bool IsOptIn(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            if (parent is IConditionalOperation conditional && conditional.WhenTrue == current && MentionsOptIn(conditional.Condition))
            {
                return true;
            }

            // A guard around a lambda (a handler factory) still guards it; a local function runs wherever it is called.
            if (parent is ILocalFunctionOperation or IMethodBodyOperation)
            {
                break;
            }

            current = parent;
        }

        return false;
    }

    private static bool MentionsOptIn(IOperation condition)
    {
        foreach (var operation in OperationWalk.DescendantsAndSelf(condition))
        {
            var name = operation switch
            {
                IPropertyReferenceOperation property => property.Property.Name,
                IFieldReferenceOperation field => field.Field.Name,
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                IInvocationOperation invocation => invocation.TargetMethod.Name,
                _ => null,
            };

            var tokens = NameTokenizer.Tokenize(name);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (OptInWords.Contains(tokens[i]) || (tokens[i] == "self" && i + 1 < tokens.Length && tokens[i + 1] == "signed"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where a callback goes, for the message: the property, event, parameter or local it is stored in.</summary>
    public static string? TargetName(IOperation value)
    {
        var current = value;
        while (current.Parent is IConversionOperation or IDelegateCreationOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IAssignmentOperation { Target: IPropertyReferenceOperation property } => property.Property.ContainingType.Name + "." + property.Property.Name,
            IAssignmentOperation { Target: IFieldReferenceOperation field } => field.Field.Name,
            IEventAssignmentOperation { EventReference: IEventReferenceOperation @event } => @event.Event.Name,
            IArgumentOperation { Parameter: { } parameter } => parameter.Name,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
            _ => null,
        };
    }
}
