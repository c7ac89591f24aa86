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
/// RR1002: DES, Triple DES and RC2 → <c>Aes.Create()</c>, or the name string → <c>"AES"</c> where the algorithm is
/// chosen by name. No fix where the result goes somewhere typed as the old cipher that AES cannot fill (a field, a
/// parameter), or where a constructor takes arguments (a CNG key name, a CSP).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakCipherCodeFixProvider))]
[Shared]
public sealed class WeakCipherCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.WeakCipher.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var aes = model?.Compilation.GetTypeByMetadataName("System.Security.Cryptography.Aes");
        if (root is null || model is null || aes is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (Plan(node, aes, model, context.CancellationToken) is not { } replacements)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Use AES", _ => CryptoFixes.Apply(context.Document, root, replacements), equivalenceKey: nameof(WeakCipherCodeFixProvider)),
                diagnostic);
        }
    }

    private static ImmutableDictionary<SyntaxNode, SyntaxNode>? Plan(SyntaxNode node, INamedTypeSymbol aes, SemanticModel model, CancellationToken cancellationToken)
    {
        var factory = SyntaxFactory.InvocationExpression(CryptoFixes.MemberAccess(aes, "Create", node)).WithTriviaFrom(node);
        switch (node)
        {
            // SymmetricAlgorithm.Create("DES"), CryptoConfig.CreateFromName("3DES"): rewrite the name string.
            case InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation
                when invocation.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax literal &&
                     literal.IsKind(SyntaxKind.StringLiteralExpression) &&
                     model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { Name: "CreateFromName" } or IMethodSymbol { Name: "Create", ContainingType.Name: "SymmetricAlgorithm" }:
                return CryptoFixes.Replace(literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("AES")).WithTriviaFrom(literal));

            // DES.Create(), TripleDES.Create()
            case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } invocation:
                return CryptoFixes.WithDeclaredType(invocation, aes, model, cancellationToken, CryptoFixes.Replace(invocation, factory));

            // new DESCryptoServiceProvider(), new TripleDESCng()
            case ObjectCreationExpressionSyntax creation when (creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0) && creation.Initializer is null:
                return CryptoFixes.WithDeclaredType(creation, aes, model, cancellationToken, CryptoFixes.Replace(creation, factory));

            default:
                return null;
        }
    }
}
