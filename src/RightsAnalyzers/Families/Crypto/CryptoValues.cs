using Microsoft.CodeAnalysis;
using RightsAnalyzers.Flow;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// Constant values the RR1 rules share. <see cref="IOperation.ConstantValue"/> already covers literals, const fields
/// and const locals; on top of that a local initialised once with a constant and never written again counts, and a
/// readonly field or get-only property whose initialiser is in the same file can be inspected. Anything else is
/// unknown, and unknown values are never reported.
/// </summary>
internal static class CryptoValues
{
    public const string Namespace = "System.Security.Cryptography.";

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    public static bool TryGetInt32(IOperation? value, out int result)
    {
        result = 0;
        if (value is null)
        {
            return false;
        }

        value = Unwrap(value);
        if (value.ConstantValue is { HasValue: true, Value: var constant })
        {
            switch (constant)
            {
                case int i:
                    result = i;
                    return true;
                case long l when l >= int.MinValue && l <= int.MaxValue:
                    result = (int)l;
                    return true;
                case short s:
                    result = s;
                    return true;
                default:
                    return false;
            }
        }

        // One hop only: `var size = 1024; new RSACng(size)`.
        if (value is ILocalReferenceOperation local &&
            SingleInitializer(local) is { } initializer &&
            Unwrap(initializer).ConstantValue is { HasValue: true, Value: int fromLocal })
        {
            result = fromLocal;
            return true;
        }

        return false;
    }

    public static bool TryGetString(IOperation? value, out string result)
    {
        result = string.Empty;
        if (value is null)
        {
            return false;
        }

        value = Unwrap(value);
        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            result = text;
            return true;
        }

        if (value is ILocalReferenceOperation local &&
            SingleInitializer(local) is { } initializer &&
            Unwrap(initializer).ConstantValue is { HasValue: true, Value: string fromLocal })
        {
            result = fromLocal;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The initial value of a local that is never written after its declaration in the enclosing body, or null.
    /// Walks the body once; only called after the cheap checks have matched a reported API.
    /// </summary>
    public static IOperation? SingleInitializer(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.RefKind != RefKind.None)
        {
            return null;
        }

        IOperation? initializer = null;
        foreach (var descendant in OperationWalk.Descendants(OperationTree.Root(reference)))
        {
            switch (descendant)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    initializer = declarator.GetVariableInitializer()?.Value;
                    break;
                case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local) && IsWrite(use):
                    return null;
            }
        }

        return initializer;
    }

    /// <summary>Whether <paramref name="reference"/> is written: assigned, incremented, passed by ref/out, deconstructed into.</summary>
    public static bool IsWrite(IOperation reference)
    {
        var parent = reference.Parent;
        return parent switch
        {
            IAssignmentOperation assignment => assignment.Target == reference,
            IIncrementOrDecrementOperation => true,
            IDeclarationExpressionOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            ITupleOperation => parent.Parent is IDeconstructionAssignmentOperation || parent.Parent is ITupleOperation,
            _ => false,
        };
    }

    /// <summary>
    /// The initialiser of a readonly field or get-only auto-property declared in the same file, as an operation.
    /// Other files would need another semantic model, which an operation action must not create.
    /// </summary>
    public static IOperation? MemberInitializer(IOperation reference)
    {
        var symbol = reference switch
        {
            IFieldReferenceOperation { Field: { IsReadOnly: true } field } => (ISymbol)field,
            IPropertyReferenceOperation { Property: { SetMethod: null, IsIndexer: false } property } => property,
            _ => null,
        };

        if (symbol is null || reference.SemanticModel is not { } model || symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0];
        if (declaration.SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        var value = declaration.GetSyntax() switch
        {
            VariableDeclaratorSyntax { Initializer.Value: var v } => v,
            PropertyDeclarationSyntax { Initializer.Value: var v } => v,
            _ => null,
        };

        return value is null ? null : model.GetOperation(value);
    }

    /// <summary>
    /// Whether a value is put to use — assigned, passed, used to initialise something or returned — rather than
    /// compared, tested or removed. Climbs through conversions, conditional branches and <c>??</c>.
    /// </summary>
    public static bool FlowsIntoSetting(IOperation value)
    {
        var current = value;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation:
                case IConditionalOperation conditional when conditional.Condition != current:
                case ICoalesceOperation:
                    current = parent;
                    continue;
                case ISimpleAssignmentOperation assignment:
                    return assignment.Value == current;
                case ICompoundAssignmentOperation compound:
                    return compound.Value == current && compound.OperatorKind == BinaryOperatorKind.Or;
                case IArgumentOperation:
                    // Enum.HasFlag(x) tests a value, it does not set one.
                    return parent.Parent is not IInvocationOperation { TargetMethod.Name: "HasFlag" };
                case ISymbolInitializerOperation:
                case IReturnOperation:
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The diagnostic property carrying the value a code fix should write (a key size, an iteration count).</summary>
    public const string FixTargetProperty = "target";

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The source text of the construct for a message, on one line; long calls are named rather than quoted.</summary>
    public static string Display(IOperation operation)
    {
        var text = operation.Syntax.ToString();
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        if (builder.Length <= 60)
        {
            return builder.ToString();
        }

        // Too long to quote: name the call instead (Rfc2898DeriveBytes.Pbkdf2(…), new HttpClientHandler(…)).
        return operation switch
        {
            IInvocationOperation { TargetMethod: var method } => (method.IsStatic ? method.ContainingType.Name + "." : string.Empty) + method.Name + "(…)",
            IObjectCreationOperation { Type: { } type } => "new " + type.Name + "(…)",
            _ => builder.ToString(0, 59) + "…",
        };
    }
}
