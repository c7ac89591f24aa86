using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace RightsAnalyzers.CodeFixes.Crypto;

/// <summary>
/// Replaces a node with one that names a fully qualified type, then adds the <c>using</c> and simplifies the name
/// (Roslyn 4.8's code-action cleanup simplifies but does not add imports on its own).
/// </summary>
internal static class CryptoImports
{
    private static readonly SyntaxAnnotation Added = new("RightsAnalyzers.AddImport");

    public static async Task<Document> ReplaceAsync(Document document, SyntaxNode root, SyntaxNode original, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var changed = document.WithSyntaxRoot(root.ReplaceNode(original, replacement.WithAdditionalAnnotations(Added, Simplifier.Annotation)));
        changed = await ImportAdder.AddImportsAsync(changed, Added, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
