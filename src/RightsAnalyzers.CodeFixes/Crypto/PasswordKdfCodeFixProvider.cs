using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RightsAnalyzers.Families.Crypto;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.Crypto;

/// <summary>
/// RR1009: raises a PBKDF2 iteration-count literal to the configured minimum for its PRF (the analyzer passes it in
/// the <c>target</c> property), and gives an <c>Rfc2898DeriveBytes</c> constructor that relied on the defaults an
/// explicit count and <c>HashAlgorithmName.SHA256</c>. Derived keys change, so stored hashes need a migration (the
/// docs say how). Nothing is offered for PBKDF1, salts, MD5 or unknown PRFs, or counts held in constants.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PasswordKdfCodeFixProvider))]
[Shared]
public sealed class PasswordKdfCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.WeakPasswordKdf.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var hashName = model?.Compilation.GetTypeByMetadataName("System.Security.Cryptography.HashAlgorithmName");
        if (root is null || hashName is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CryptoValues.FixTargetProperty, out var text) ||
                !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var target))
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            SyntaxNode? replacement = node switch
            {
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) => CryptoFixes.IntLiteral(target, literal),
                ObjectCreationExpressionSyntax { ArgumentList: { } arguments } creation => creation.WithArgumentList(arguments.AddArguments(
                    SyntaxFactory.Argument(CryptoFixes.IntLiteral(target, SyntaxFactory.IdentifierName("x"))),
                    SyntaxFactory.Argument(CryptoFixes.MemberAccess(hashName, "SHA256", SyntaxFactory.IdentifierName("x"))))),
                _ => null,
            };

            if (replacement is null)
            {
                continue;
            }

            var plan = CryptoFixes.Replace(node, replacement);
            context.RegisterCodeFix(
                CodeAction.Create("Use " + text + " iterations", _ => CryptoFixes.Apply(context.Document, root, plan), equivalenceKey: nameof(PasswordKdfCodeFixProvider)),
                diagnostic);
        }
    }
}
