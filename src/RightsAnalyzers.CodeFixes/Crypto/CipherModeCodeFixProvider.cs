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
/// RR1003: PKCS#1 v1.5 encryption padding → OAEP. <c>RSAEncryptionPadding.Pkcs1</c> becomes <c>OaepSHA256</c>, or
/// <c>OaepSHA1</c> on an <c>RSACryptoServiceProvider</c>, whose CAPI provider supports no other OAEP hash;
/// <c>fOAEP: false</c> becomes <c>true</c>. ECB gets no fix: every other mode needs an IV the caller must generate,
/// store and transmit, which a local rewrite cannot do.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CipherModeCodeFixProvider))]
[Shared]
public sealed class CipherModeCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.InsecureCipherMode.Id);

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
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Category, out var category) || category != "pkcs1")
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            var replacement = node switch
            {
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.FalseLiteralExpression)
                    => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(literal),
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Pkcs1" } access
                    => access.WithName(SyntaxFactory.IdentifierName(OaepFor(access, model, context.CancellationToken)).WithTriviaFrom(access.Name)),
                _ => (SyntaxNode?)null,
            };

            if (replacement is null)
            {
                continue;
            }

            var replacements = CryptoFixes.Replace(node, replacement);
            context.RegisterCodeFix(
                CodeAction.Create("Use OAEP padding", _ => CryptoFixes.Apply(context.Document, root, replacements), equivalenceKey: nameof(CipherModeCodeFixProvider)),
                diagnostic);
        }
    }

    private static string OaepFor(SyntaxNode padding, SemanticModel model, CancellationToken cancellationToken)
    {
        var invocation = padding.FirstAncestorOrSelf<InvocationExpressionSyntax>();
        var receiver = invocation?.Expression is MemberAccessExpressionSyntax access ? model.GetTypeInfo(access.Expression, cancellationToken).Type : null;
        var csp = model.Compilation.GetTypeByMetadataName("System.Security.Cryptography.RSACryptoServiceProvider");
        return receiver is not null && csp is not null && CryptoFixes.IsAssignable(receiver, csp) ? "OaepSHA1" : "OaepSHA256";
    }
}
