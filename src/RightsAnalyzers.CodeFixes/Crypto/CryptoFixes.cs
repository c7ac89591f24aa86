using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace RightsAnalyzers.CodeFixes.Crypto;

/// <summary>Helpers shared by the RR1002–RR1009 fixes.</summary>
internal static class CryptoFixes
{
    public static ImmutableDictionary<SyntaxNode, SyntaxNode> Replace(SyntaxNode original, SyntaxNode replacement)
        => ImmutableDictionary<SyntaxNode, SyntaxNode>.Empty.Add(original, replacement);

    /// <summary>A replacement carrying this annotation means "remove the original statement or initializer member".</summary>
    public static readonly SyntaxAnnotation RemoveAnnotation = new("RightsAnalyzers.Remove");

    /// <summary>Applies a plan: either replacements, or removals (entries made by <see cref="Remove"/>); plans never mix them.</summary>
    public static Task<Document> Apply(Document document, SyntaxNode root, ImmutableDictionary<SyntaxNode, SyntaxNode> plan)
    {
        var removals = new System.Collections.Generic.List<SyntaxNode>();
        foreach (var pair in plan)
        {
            if (pair.Value.HasAnnotation(RemoveAnnotation))
            {
                removals.Add(pair.Key);
            }
        }

        var result = removals.Count > 0
            ? root.RemoveNodes(removals, SyntaxRemoveOptions.KeepNoTrivia) ?? root
            : root.ReplaceNodes(plan.Keys, (original, _) => plan[original]);
        return Task.FromResult(document.WithSyntaxRoot(result));
    }

    /// <summary>A plan entry that removes <paramref name="node"/> (a statement, or a member of an object initializer).</summary>
    public static ImmutableDictionary<SyntaxNode, SyntaxNode> Remove(SyntaxNode node)
        => Replace(node, SyntaxFactory.EmptyStatement().WithAdditionalAnnotations(RemoveAnnotation));

    /// <summary>
    /// When the value is stored in a local declared with the old type (<c>DES des = DES.Create();</c>) the
    /// declaration changes too; when it is converted to a cryptography type the replacement cannot fill (a field, a
    /// parameter typed <c>TripleDES</c>), null: no fix.
    /// </summary>
    public static ImmutableDictionary<SyntaxNode, SyntaxNode>? WithDeclaredType(
        ExpressionSyntax expression, INamedTypeSymbol replacementType, SemanticModel model, CancellationToken cancellationToken,
        ImmutableDictionary<SyntaxNode, SyntaxNode> replacements)
    {
        var converted = model.GetTypeInfo(expression, cancellationToken).ConvertedType;
        if (converted is null || converted.TypeKind == TypeKind.Error || IsAssignable(replacementType, converted) || !IsCryptographyType(converted))
        {
            return replacements;
        }

        // Only locals: a field's or property's type is part of the class's surface.
        if (expression.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax or UsingStatementSyntax, Variables.Count: 1, Type: var declaredType } } })
        {
            return declaredType.IsVar ? replacements : replacements.Add(declaredType, TypeSyntaxFor(replacementType, declaredType));
        }

        return null;
    }

    public static bool IsAssignable(ITypeSymbol from, ITypeSymbol to)
    {
        for (var type = from; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, to))
            {
                return true;
            }
        }

        foreach (var implemented in from.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, to))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCryptographyType(ITypeSymbol type) => type.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography";

    public static TypeSyntax TypeSyntaxFor(INamedTypeSymbol type, SyntaxNode original)
        => SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            .WithAdditionalAnnotations(Simplifier.Annotation)
            .WithTriviaFrom(original);

    /// <summary><c>Type.Member</c>, simplified to the shortest form the file's usings allow.</summary>
    public static ExpressionSyntax MemberAccess(INamedTypeSymbol type, string member, SyntaxNode original)
        => SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.IdentifierName(member))
            .WithAdditionalAnnotations(Simplifier.Annotation)
            .WithTriviaFrom(original);

    public static LiteralExpressionSyntax IntLiteral(int value, SyntaxNode original)
    {
        // 600_000 reads better than 600000; small sizes (2048) stay plain.
        var text = value >= 10_000 ? Grouped(value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(text, value)).WithTriviaFrom(original);
    }

    private static string Grouped(int value)
    {
        var digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                builder.Append('_');
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    /// <summary>Removes a statement when it sits directly in a block or switch section, where removing it leaves valid code.</summary>
    public static bool CanRemove(StatementSyntax statement) => statement.Parent is BlockSyntax or SwitchSectionSyntax;
}
