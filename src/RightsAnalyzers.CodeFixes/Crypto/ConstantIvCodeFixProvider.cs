using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.Crypto;

/// <summary>
/// RR1010, only where the IV is produced right there: <c>aes.IV = &lt;constant&gt;;</c> → <c>aes.GenerateIV();</c>, and an
/// inline array argument (<c>EncryptCbc(data, new byte[16])</c>, <c>gcm.Encrypt(new byte[12], …)</c>) →
/// <c>RandomNumberGenerator.GetBytes(16)</c>. IVs held in locals or fields are left alone: the code that stores the IV
/// with the ciphertext (or decrypts with it) would silently get a different value. RR1011 has no fix by design.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConstantIvCodeFixProvider))]
[Shared]
public sealed class ConstantIvCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.ConstantIv.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var generatorType = model?.Compilation.GetTypeByMetadataName("System.Security.Cryptography.RandomNumberGenerator");
        if (root is null || model is null || generatorType is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }

            // aes.IV = new byte[16]; → aes.GenerateIV();
            if (value.Parent is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IV" } target, Parent: ExpressionStatementSyntax statement } &&
                IsProducedHere(value, model, context.CancellationToken))
            {
                var call = SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target.Expression, SyntaxFactory.IdentifierName("GenerateIV"))))
                    .WithTriviaFrom(statement);
                context.RegisterCodeFix(
                    CodeAction.Create("Use GenerateIV()", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(statement, call))), equivalenceKey: nameof(ConstantIvCodeFixProvider)),
                    diagnostic);
                continue;
            }

            // EncryptCbc(data, new byte[16]) → EncryptCbc(data, RandomNumberGenerator.GetBytes(16))
            if (value.Parent is ArgumentSyntax && Length(value) is { } length && IsProducedHere(value, model, context.CancellationToken))
            {
                var type = (ExpressionSyntax)SyntaxGenerator.GetGenerator(context.Document).TypeExpression(generatorType, addImport: true);
                var bytes = SyntaxFactory.InvocationExpression(
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, SyntaxFactory.IdentifierName("GetBytes")),
                        SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(length))))
                    .WithTriviaFrom(value);
                context.RegisterCodeFix(
                    CodeAction.Create("Use RandomNumberGenerator.GetBytes", cancellationToken => CryptoImports.ReplaceAsync(context.Document, root, value, bytes, cancellationToken), equivalenceKey: nameof(ConstantIvCodeFixProvider)),
                    diagnostic);
            }
        }
    }

    /// <summary>The byte count of an inline array: <c>new byte[16]</c> → 16 (the size expression), <c>new byte[] { … }</c> → its element count.</summary>
    private static ExpressionSyntax? Length(ExpressionSyntax value) => value switch
    {
        ArrayCreationExpressionSyntax { Initializer: null, Type.RankSpecifiers.Count: 1 } creation when creation.Type.RankSpecifiers[0].Sizes.Count == 1 &&
            creation.Type.RankSpecifiers[0].Sizes[0] is not OmittedArraySizeExpressionSyntax => creation.Type.RankSpecifiers[0].Sizes[0].WithoutTrivia(),
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => Count(initializer.Expressions.Count),
        ImplicitArrayCreationExpressionSyntax { Initializer: var initializer } => Count(initializer.Expressions.Count),
        _ => null,
    };

    private static ExpressionSyntax Count(int count) => SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(count));

    /// <summary>No local or parameter in the value: nothing else in the method holds the IV being replaced.</summary>
    private static bool IsProducedHere(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var identifier in value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol or IParameterSymbol)
            {
                return false;
            }
        }

        return true;
    }
}
