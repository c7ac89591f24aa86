using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.Crypto;

/// <summary>
/// RR1007: <c>http://</c> → <c>https://</c> in the literal or at the start of the interpolated string. Not offered
/// for <c>ftp://</c> (FTPS and SFTP are different protocols, not a scheme change), for an address with an explicit
/// port (the HTTPS service is unlikely to listen on the same one), or where the address is a constant declared
/// elsewhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnencryptedChannelCodeFixProvider))]
[Shared]
public sealed class UnencryptedChannelCodeFixProvider : CodeFixProvider
{
    private const string Http = "http://";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.UnencryptedChannel.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Category, out var category) || category != "http")
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
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && Secure(literal.Token.ValueText) is { } text
                    => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)).WithTriviaFrom(literal),
                InterpolatedStringExpressionSyntax interpolated when interpolated.Contents.Count > 0 &&
                                                                     interpolated.Contents[0] is InterpolatedStringTextSyntax first &&
                                                                     Secure(first.TextToken.Text) is { } text
                    => interpolated.ReplaceNode(first, first.WithTextToken(SyntaxFactory.Token(
                        first.TextToken.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, text, "https://" + first.TextToken.ValueText.Substring(Http.Length), first.TextToken.TrailingTrivia))),
                _ => null,
            };

            if (replacement is null)
            {
                continue;
            }

            var plan = CryptoFixes.Replace(node, replacement);
            context.RegisterCodeFix(
                CodeAction.Create("Use https://", _ => CryptoFixes.Apply(context.Document, root, plan), equivalenceKey: nameof(UnencryptedChannelCodeFixProvider)),
                diagnostic);
        }
    }

    /// <summary>The text with https://, or null when it has an explicit port or does not start with http://.</summary>
    private static string? Secure(string text)
    {
        if (!text.StartsWith(Http, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = text.Substring(Http.Length);
        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = end < 0 ? rest : rest.Substring(0, end);
        var hostPart = authority.Substring(authority.LastIndexOf('@') + 1);
        var portSeparator = hostPart.StartsWith("[", StringComparison.Ordinal) ? hostPart.IndexOf("]:", StringComparison.Ordinal) : hostPart.IndexOf(':');
        return portSeparator >= 0 ? null : "https://" + rest;
    }
}
