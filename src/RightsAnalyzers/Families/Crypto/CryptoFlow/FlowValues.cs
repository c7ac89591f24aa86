using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;

namespace RightsAnalyzers.Families.Crypto.CryptoFlow;

/// <summary>Questions the crypto flow rules ask about a value beyond its labels: null, constant text, fallbacks, reuse.</summary>
internal static class FlowValues
{
    /// <summary>How many steps a fallback search follows through locals and converters.</summary>
    private const int MaxFallbackDepth = 4;

    public static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }

    /// <summary><c>CreateEncryptor(key, null)</c>, <c>default</c>: no value, nothing hard-coded.</summary>
    public static bool IsNullOrDefault(IOperation value)
    {
        var stripped = Strip(value);
        return stripped is IDefaultValueOperation || (stripped.ConstantValue.HasValue && stripped.ConstantValue.Value is null);
    }

    /// <summary>The text of a constant string, also through a local initialised with one (PEM literals usually are).</summary>
    public static string? ConstantText(IOperation value, IOperation root)
    {
        var stripped = Strip(value);
        if (stripped.ConstantValue is { HasValue: true, Value: string text })
        {
            return text;
        }

        if (stripped is ILocalReferenceOperation local)
        {
            foreach (var operation in OperationWalk.Descendants(root))
            {
                if (operation is IVariableDeclaratorOperation { Initializer: { } initializer } declarator &&
                    SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) &&
                    Strip(initializer.Value).ConstantValue is { HasValue: true, Value: string initial })
                {
                    return initial;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Pattern 11: <c>config["Key"] ?? "dev-key"</c>, <c>key ??= "dev-key"</c>, a conditional or a local with one
    /// constant alternative. The whole value is not constant, but the shipped binary holds a key that is used
    /// whenever the configuration lacks one. Returns that constant alternative.
    /// </summary>
    public static IOperation? ConstantFallback(IOperation value, BodyAnalysis body, IOperation root, int depth = 0)
    {
        if (depth > MaxFallbackDepth)
        {
            return null;
        }

        var stripped = Strip(value);
        switch (stripped)
        {
            case ICoalesceOperation coalesce:
                return body.Eval(coalesce.WhenNull).IsConstant && !IsNullOrDefault(coalesce.WhenNull) ? coalesce.WhenNull : ConstantFallback(coalesce.Value, body, root, depth + 1);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return body.Eval(conditional.WhenTrue).IsConstant && !IsNullOrDefault(conditional.WhenTrue) ? conditional.WhenTrue :
                       body.Eval(whenFalse).IsConstant && !IsNullOrDefault(whenFalse) ? whenFalse : null;
            case IInvocationOperation invocation when ConstantPreserving.Contains(invocation.TargetMethod):
                foreach (var argument in invocation.Arguments)
                {
                    if (ConstantFallback(argument.Value, body, root, depth + 1) is { } inner)
                    {
                        return inner;
                    }
                }

                return invocation.Instance is null ? null : ConstantFallback(invocation.Instance, body, root, depth + 1);
            case ILocalReferenceOperation local:
                // A local with one value that is not constant was filled in place (a buffer given to RandomNumberGenerator.Fill):
                // only a local with alternatives (key = config; key ??= "dev") can fall back to one of them.
                var alternatives = new System.Collections.Generic.List<IOperation>(2);
                foreach (var operation in OperationWalk.Descendants(root))
                {
                    var candidate = operation switch
                    {
                        IVariableDeclaratorOperation { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) => initializer.Value,
                        IAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local.Local) => assignment.Value,
                        _ => null,
                    };

                    if (candidate is not null)
                    {
                        alternatives.Add(candidate);
                    }
                }

                foreach (var assigned in alternatives)
                {
                    if (alternatives.Count > 1 && body.Eval(assigned).IsConstant && !IsNullOrDefault(assigned) && Strip(assigned) is not IArrayCreationOperation { Initializer: null })
                    {
                        return assigned;
                    }

                    if (ConstantFallback(assigned, body, root, depth + 1) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// An IV or nonce read from a readonly field that nothing rewrites: generated once (per object or per process)
    /// and then used for every message. A field whose contents are written in place (a counter in the nonce, a
    /// buffer refilled by RandomNumberGenerator.Fill) is not reuse. Judged on the containing type's syntax.
    /// </summary>
    public static IFieldSymbol? ReusedField(IOperation value, System.Threading.CancellationToken cancellationToken)
    {
        if (Strip(value) is not IFieldReferenceOperation { Field: { IsReadOnly: true, HasConstantValue: false } field } ||
            field.Type is not (IArrayTypeSymbol or INamedTypeSymbol { Name: "ReadOnlyMemory" or "Memory" }))
        {
            return null;
        }

        foreach (var reference in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == field.Name && IsWritten(identifier))
                {
                    return null;
                }
            }
        }

        return field;
    }

    private static bool IsWritten(ExpressionSyntax reference)
    {
        // this.nonce → the member access is the reference.
        if (reference.Parent is MemberAccessExpressionSyntax { Name: var name } qualified && name == reference)
        {
            reference = qualified;
        }

        switch (reference.Parent)
        {
            // nonce[11]++, nonce[i] = b
            case ElementAccessExpressionSyntax element when element.Expression == reference:
                return element.Parent is AssignmentExpressionSyntax { Left: var left } && left == element ||
                       element.Parent is PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax;

            // Fill(nonce), Write(nonce.AsSpan(4), counter): handed to a method that may write into it.
            case ArgumentSyntax argument:
                return !IsCipherCall(argument);
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AsSpan" or "AsMemory" } view when view.Parent is InvocationExpressionSyntax { Parent: ArgumentSyntax viewArgument }:
                return !IsCipherCall(viewArgument);
            default:
                return false;
        }
    }

    /// <summary>The cipher calls that only read their IV or nonce argument.</summary>
    private static bool IsCipherCall(ArgumentSyntax argument)
    {
        if (argument.Parent?.Parent is not InvocationExpressionSyntax invocation)
        {
            return argument.Parent?.Parent is ObjectCreationExpressionSyntax;
        }

        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => string.Empty,
        };
        return name.IndexOf("Encrypt", StringComparison.Ordinal) >= 0 || name.IndexOf("Decrypt", StringComparison.Ordinal) >= 0;
    }

    /// <summary>Short source text of a location, for messages.</summary>
    public static string Text(Location? location, IOperation fallback)
    {
        var text = location is { IsInSource: true, SourceTree: { } tree } ? tree.GetText().ToString(location.SourceSpan) : fallback.Syntax.ToString();
        text = text.Replace("\r", " ").Replace("\n", " ");
        return "'" + (text.Length > 50 ? text.Substring(0, 47) + "…" : text) + "'";
    }

    /// <summary>An additional location only when it adds something: not inside the primary span.</summary>
    public static Location? Additional(Location? source, Location primary)
        => source is { IsInSource: true } && !(source.SourceTree == primary.SourceTree && primary.SourceSpan.Contains(source.SourceSpan)) ? source : null;
}
