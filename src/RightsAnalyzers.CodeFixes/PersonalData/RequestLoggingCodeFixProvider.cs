using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using RightsAnalyzers.CodeFixes.Shared;
using RightsAnalyzers.Families.PersonalData;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.PersonalData;

/// <summary>
/// RR3004: narrows <c>LoggingFields</c> (drops bodies, query, client IP, user name and cookies; a composite such as
/// <c>All</c> becomes path, status and duration), removes an identifying header from the logged-header list, and
/// removes <c>EnableSensitiveDataLogging()</c> from its chain. W3C logging left at its defaults gets no fix: which
/// fields the team needs is a choice, shown on the docs page.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RequestLoggingCodeFixProvider))]
[Shared]
public sealed class RequestLoggingCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.OverBroadRequestLogging.Id);

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
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var document = context.Document;
            var (title, fixedDocument) = node switch
            {
                AssignmentExpressionSyntax assignment =>
                    ("Log only path, status and duration", WithRoot(document, NarrowFields(root, assignment, model, context.CancellationToken))),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } } add =>
                    ("Stop logging this header", WithRoot(document, FluentChain.RemoveExpression(root, add, model, context.CancellationToken))),
                _ => FindCall(node, "EnableSensitiveDataLogging") is { Expression: MemberAccessExpressionSyntax access } call
                    ? ("Remove EnableSensitiveDataLogging()", FluentChain.RemoveCall(document, root, call, access.Expression, model, context.CancellationToken))
                    : (string.Empty, null),
            };

            if (fixedDocument is not null)
            {
                context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(fixedDocument), equivalenceKey: nameof(RequestLoggingCodeFixProvider)), diagnostic);
            }
        }
    }

    private static Document? WithRoot(Document document, SyntaxNode? root) => root is null ? null : document.WithSyntaxRoot(root);

    /// <summary>The reported span of a chained call starts at its name; the invocation is an ancestor.</summary>
    internal static InvocationExpressionSyntax? FindCall(SyntaxNode node, string name)
    {
        for (var current = node; current is not null and not StatementSyntax; current = current.Parent)
        {
            if (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call && access.Name.Identifier.ValueText == name)
            {
                return call;
            }
        }

        return null;
    }

    private static SyntaxNode? NarrowFields(SyntaxNode root, AssignmentExpressionSyntax assignment, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(assignment.Left, cancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return null;
        }

        var mask = RequestLoggingFields.Mask(enumType);
        var kept = new List<ExpressionSyntax>();
        var keptNames = new HashSet<string>();
        var needsSafe = false;
        foreach (var operand in Operands(assignment.Right))
        {
            var value = RequestLoggingFields.ToInt64(model.GetConstantValue(operand, cancellationToken) is { HasValue: true } c ? c.Value : null);
            if (value is null || (value.Value & mask) == 0)
            {
                kept.Add(operand.WithoutTrivia());
                if (operand is MemberAccessExpressionSyntax member)
                {
                    keptNames.Add(member.Name.Identifier.ValueText);
                }
            }
            else if ((value.Value & ~mask) != 0)
            {
                // A composite (All, Request, ConnectionInfoFields…) also carried harmless fields: narrow to the safe set.
                needsSafe = true;
            }
        }

        if (kept.Count == 0 && !needsSafe && assignment.IsKind(SyntaxKind.OrAssignmentExpression))
        {
            // "|= RequestBody" only added identifying fields: the statement has nothing left to do.
            return FluentChain.RemoveExpression(root, assignment, model, cancellationToken);
        }

        if (needsSafe || kept.Count == 0)
        {
            var typeName = enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            foreach (var name in RequestLoggingFields.SafeFor(enumType))
            {
                if (RequestLoggingFields.Value(enumType, name) is not null && keptNames.Add(name))
                {
                    kept.Add(SyntaxFactory.ParseExpression(typeName + "." + name).WithAdditionalAnnotations(Simplifier.Annotation));
                }
            }
        }

        ExpressionSyntax combined = kept[0];
        for (var i = 1; i < kept.Count; i++)
        {
            combined = SyntaxFactory.BinaryExpression(SyntaxKind.BitwiseOrExpression, combined, kept[i]);
        }

        return root.ReplaceNode(assignment.Right, combined.WithTriviaFrom(assignment.Right));
    }

    /// <summary>The operands of an <c>a | b | c</c> chain, parentheses looked through.</summary>
    private static IEnumerable<ExpressionSyntax> Operands(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        if (expression is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.BitwiseOrExpression))
        {
            foreach (var operand in Operands(binary.Left))
            {
                yield return operand;
            }

            foreach (var operand in Operands(binary.Right))
            {
                yield return operand;
            }
        }
        else
        {
            yield return expression;
        }
    }
}
