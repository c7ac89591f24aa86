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
/// RR1008: rewrites the <c>System.Random</c> call behind the finding (its additional location, or the one call inside
/// the reported value) to <c>RandomNumberGenerator</c>: <c>Next(n)</c> → <c>GetInt32(n)</c>, <c>Next(a, b)</c> →
/// <c>GetInt32(a, b)</c>, <c>Next()</c> → <c>GetInt32(int.MaxValue)</c> (same range), <c>NextBytes(b)</c> →
/// <c>Fill(b)</c>. Offered only when the call is in the same document and its receiver has no side effects to lose.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PredictableRandomnessCodeFixProvider))]
[Shared]
public sealed class PredictableRandomnessCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.PredictableRandomness.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var randomType = model.Compilation.GetTypeByMetadataName("System.Random");
        var generatorType = model.Compilation.GetTypeByMetadataName("System.Security.Cryptography.RandomNumberGenerator");
        if (randomType is null || generatorType is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (FindRandomCall(diagnostic, root, model, randomType, context.CancellationToken) is not { } call ||
                Replacement(call, context.Document, generatorType) is not { } replacement)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use RandomNumberGenerator",
                    cancellationToken => CryptoImports.ReplaceAsync(context.Document, root, call, replacement, cancellationToken),
                    equivalenceKey: nameof(PredictableRandomnessCodeFixProvider)),
                diagnostic);
        }
    }

    private static InvocationExpressionSyntax? FindRandomCall(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, INamedTypeSymbol randomType, CancellationToken cancellationToken)
    {
        // The source of the finding is the additional location; when it lies inside the reported value it was dropped.
        var span = diagnostic.Location.SourceSpan;
        if (diagnostic.AdditionalLocations.Count > 0)
        {
            var source = diagnostic.AdditionalLocations[0];
            if (source.SourceTree != root.SyntaxTree)
            {
                return null;
            }

            span = source.SourceSpan;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        InvocationExpressionSyntax? found = null;
        foreach (var invocation in node.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            if (IsRandomCall(invocation, model, randomType, cancellationToken))
            {
                if (found is not null)
                {
                    return null;
                }

                found = invocation;
            }
        }

        return found;
    }

    private static bool IsRandomCall(InvocationExpressionSyntax invocation, SemanticModel model, INamedTypeSymbol randomType, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { IsStatic: false, Name: "Next" or "NextBytes" } method)
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, randomType))
            {
                return true;
            }
        }

        return false;
    }

    private static InvocationExpressionSyntax? Replacement(InvocationExpressionSyntax call, Document document, INamedTypeSymbol generatorType)
    {
        if (call.Expression is not MemberAccessExpressionSyntax { Expression: var receiver, Name.Identifier.ValueText: var name } || !HasNoSideEffects(receiver))
        {
            return null;
        }

        var arguments = call.ArgumentList.Arguments;
        string method;
        SeparatedSyntaxList<ArgumentSyntax> newArguments;
        switch (name)
        {
            case "Next" when arguments.Count == 0:
                method = "GetInt32";
                newArguments = SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword)), SyntaxFactory.IdentifierName("MaxValue"))));
                break;
            case "Next" when arguments.Count is 1 or 2:
                method = "GetInt32";
                newArguments = arguments;
                break;
            case "NextBytes" when arguments.Count == 1:
                method = "Fill";
                newArguments = arguments;
                break;
            default:
                return null;
        }

        var generator = SyntaxGenerator.GetGenerator(document);
        var type = (ExpressionSyntax)generator.TypeExpression(generatorType, addImport: true);
        return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, SyntaxFactory.IdentifierName(method)),
                SyntaxFactory.ArgumentList(newArguments))
            .WithTriviaFrom(call);
    }

    /// <summary>A variable, field, <c>Random.Shared</c> or <c>new Random(seed)</c>: dropping it loses nothing.</summary>
    private static bool HasNoSideEffects(ExpressionSyntax receiver) => receiver switch
    {
        IdentifierNameSyntax or ThisExpressionSyntax => true,
        MemberAccessExpressionSyntax access => HasNoSideEffects(access.Expression),
        ParenthesizedExpressionSyntax parenthesized => HasNoSideEffects(parenthesized.Expression),
        ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax => !receiver.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(),
        _ => false,
    };
}
