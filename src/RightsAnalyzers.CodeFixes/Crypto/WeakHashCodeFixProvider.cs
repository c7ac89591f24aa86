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
using Microsoft.CodeAnalysis.Simplification;
using RightsAnalyzers.Families.Crypto;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.Crypto;

/// <summary>
/// RR1001: MD5/SHA-1/RIPEMD-160 → SHA-256 and HMAC-MD5 → HMAC-SHA256, keeping the call's shape
/// (<c>Create()</c>, <c>HashData</c>, constructors, name strings, <c>HashAlgorithmName</c>). No fix is offered where
/// the longer digest would not fit: a caller-sized destination span, or a value stored in a field typed as the old
/// algorithm.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakHashCodeFixProvider))]
[Shared]
public sealed class WeakHashCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.WeakHash.Id);

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
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Category, out var category) ||
                WeakHashAlgorithms.All.FirstOrDefault(a => a.Category == category) is not { } algorithm)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (Plan(node, algorithm, model, context.CancellationToken) is not { } replacements)
            {
                continue;
            }

            var replacement = algorithm.ReplacementName == "SHA256" ? "SHA-256" : "HMAC-SHA256";
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + replacement,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]))),
                    equivalenceKey: nameof(WeakHashCodeFixProvider)),
                diagnostic);
        }
    }

    /// <summary>Works out the replacements for one reported node, or null when no safe rewrite exists.</summary>
    private static ImmutableDictionary<SyntaxNode, SyntaxNode>? Plan(SyntaxNode node, WeakHashAlgorithm algorithm, SemanticModel model, CancellationToken cancellationToken)
    {
        var replacementType = model.Compilation.GetTypeByMetadataName(algorithm.ReplacementMetadataName);
        if (replacementType is null)
        {
            return null;
        }

        switch (node)
        {
            // HashAlgorithmName.MD5 → HashAlgorithmName.SHA256
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "MD5" or "SHA1" } access:
                return CryptoFixes.Replace(access.Name, SyntaxFactory.IdentifierName("SHA256").WithTriviaFrom(access.Name));

            case InvocationExpressionSyntax invocation when model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method:
                // HashAlgorithm.Create("MD5"), CryptoConfig.CreateFromName("SHA1"): rewrite the name string.
                if (invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal &&
                    literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    var name = algorithm == WeakHashAlgorithms.HmacMd5 ? "HMACSHA256" : "SHA256";
                    return CryptoFixes.WithDeclaredType(invocation, replacementType, model, cancellationToken, CryptoFixes.Replace(
                        literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(literal)));
                }

                // A destination sized by the caller would be too small for the longer digest.
                if (method.Parameters.Any(static p => p.Name == "destination") ||
                    invocation.Expression is not MemberAccessExpressionSyntax { Expression: var typeExpression } ||
                    model.GetSymbolInfo(typeExpression, cancellationToken).Symbol is not INamedTypeSymbol)
                {
                    return null;
                }

                return CryptoFixes.WithDeclaredType(invocation, replacementType, model, cancellationToken, CryptoFixes.Replace(typeExpression, CryptoFixes.TypeSyntaxFor(replacementType, typeExpression)));

            // new MD5CryptoServiceProvider() → SHA256.Create(); new HMACMD5(key) → new HMACSHA256(key)
            case ObjectCreationExpressionSyntax creation:
                if (algorithm == WeakHashAlgorithms.HmacMd5)
                {
                    return CryptoFixes.WithDeclaredType(creation, replacementType, model, cancellationToken, CryptoFixes.Replace(creation.Type, CryptoFixes.TypeSyntaxFor(replacementType, creation.Type)));
                }

                if (creation.ArgumentList is { Arguments.Count: > 0 })
                {
                    return null;
                }

                var factory = SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression, CryptoFixes.TypeSyntaxFor(replacementType, creation.Type), SyntaxFactory.IdentifierName("Create")))
                    .WithTriviaFrom(creation);
                return CryptoFixes.WithDeclaredType(creation, replacementType, model, cancellationToken, CryptoFixes.Replace(creation, factory));

            default:
                return null;
        }
    }
}
