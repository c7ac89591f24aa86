using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using RightsAnalyzers.Families.PersonalData;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.PersonalData;

/// <summary>
/// RR3001, RR3002, RR3003, RR3005: redact the value with the app's redactor (when one is in scope), log the entity's
/// identifier instead (when it has one), or remove the argument with its template hole / the interpolation hole.
/// FixAll merges every edit of a document at once (several holes of one template are removed together), which
/// the batch fixer cannot do because such edits overlap.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LogValueCodeFixProvider))]
[Shared]
public sealed class LogValueCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Rules.PersonalDataInLog.Id, Rules.CredentialInLog.Id, Rules.WholeObjectInLog.Id, Rules.PersonalDataInException.Id);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(static async (context, document, diagnostics) =>
    {
        var fix = KeyToFix(context.CodeActionEquivalenceKey);
        return fix is null ? document : await ApplyAsync(document, diagnostics, fix.Value, context.CancellationToken).ConfigureAwait(false);
    });

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
            foreach (var fix in new[] { LogValueFix.Redact, LogValueFix.UseIdentifier, LogValueFix.Remove })
            {
                // Credentials have no surrogate: an id is not a stand-in for a password.
                if (fix == LogValueFix.UseIdentifier && diagnostic.Id == Rules.CredentialInLog.Id)
                {
                    continue;
                }

                if (LogValuePlan.Create(fix, diagnostic, root, model, context.CancellationToken) is { } plan)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(plan.Title, ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), fix, ct), FixToKey(fix)),
                        diagnostic);
                }
            }
        }
    }

    private static string FixToKey(LogValueFix fix) => nameof(LogValueCodeFixProvider) + "." + fix;

    private static LogValueFix? KeyToFix(string? key)
    {
        foreach (var fix in new[] { LogValueFix.Redact, LogValueFix.UseIdentifier, LogValueFix.Remove })
        {
            if (key == FixToKey(fix))
            {
                return fix;
            }
        }

        return null;
    }

    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, LogValueFix fix, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var plans = new List<LogValuePlan>();
        foreach (var diagnostic in diagnostics)
        {
            if ((fix != LogValueFix.UseIdentifier || diagnostic.Id != Rules.CredentialInLog.Id) &&
                LogValuePlan.Create(fix, diagnostic, root, model, cancellationToken) is { } plan)
            {
                plans.Add(plan);
            }
        }

        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        var replaced = new HashSet<SyntaxNode>();
        var removedArguments = new HashSet<SyntaxNode>();
        foreach (var plan in plans)
        {
            // Two findings on one value (an email and a password in one line) wrap it once.
            if (plan.Replace is { } target && plan.ReplaceWith is { } replacement && replaced.Add(target))
            {
                editor.ReplaceNode(target, (_, _) => replacement);
            }

            if (plan.RemoveArgument is { } argument && removedArguments.Add(argument))
            {
                editor.RemoveNode(argument);
            }
        }

        foreach (var group in plans.Where(p => p.Template is not null && p.Hole is not null).GroupBy(p => p.Template!))
        {
            var text = Rewrite(group.Key.Token.ValueText, group.Select(p => (p.Hole!.Value, p.HoleName)).Distinct().ToList());
            editor.ReplaceNode(group.Key, (_, _) => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)).WithTriviaFrom(group.Key));
        }

        foreach (var group in plans.Where(p => p.RemoveInterpolation is not null).GroupBy(p => (InterpolatedStringExpressionSyntax)p.RemoveInterpolation!.Parent!))
        {
            var removed = new HashSet<SyntaxNode>(group.Select(p => (SyntaxNode)p.RemoveInterpolation!));
            editor.ReplaceNode(group.Key, (_, _) => WithoutHoles(group.Key, removed));
        }

        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }

    /// <summary>Removes or renames holes; a removed hole takes one neighbouring space with it; numbered holes are renumbered.</summary>
    private static string Rewrite(string template, List<(TemplateHole Hole, string? NewName)> edits)
    {
        var removedPositions = edits.Where(e => e.NewName is null && e.Hole.IsPositional).Select(e => e.Hole.Position).ToList();
        var holes = MessageTemplate.Parse(template);
        var builder = new StringBuilder(template.Length);
        var last = 0;
        foreach (var hole in holes)
        {
            var edit = edits.FirstOrDefault(e => e.Hole.Start == hole.Start);
            var removeThis = (edit.Hole.Length > 0 && edit.NewName is null) || (hole.IsPositional && removedPositions.Contains(hole.Position));
            var text = template.Substring(last, hole.Start - last);
            if (removeThis)
            {
                // "User {Email} booked" → "User booked"; "Booked {Email}" → "Booked".
                if (text.EndsWith(" ", System.StringComparison.Ordinal))
                {
                    text = text.Substring(0, text.Length - 1);
                }
                else if (hole.Start + hole.Length < template.Length && template[hole.Start + hole.Length] == ' ')
                {
                    last = hole.Start + hole.Length + 1;
                    builder.Append(text);
                    continue;
                }

                builder.Append(text);
                last = hole.Start + hole.Length;
                continue;
            }

            builder.Append(text);
            var original = template.Substring(hole.Start, hole.Length);
            if (edit.NewName is { } name)
            {
                builder.Append('{').Append(name).Append('}');
            }
            else if (hole.IsPositional && removedPositions.Count > 0)
            {
                var shift = removedPositions.Count(p => p < hole.Position);
                builder.Append(original.Replace(hole.Name, (hole.Position - shift).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                builder.Append(original);
            }

            last = hole.Start + hole.Length;
        }

        builder.Append(template.Substring(last));
        return builder.ToString();
    }

    /// <summary>Rebuilds an interpolated string without some holes, merging the text around them and dropping one space.</summary>
    private static InterpolatedStringExpressionSyntax WithoutHoles(InterpolatedStringExpressionSyntax interpolated, HashSet<SyntaxNode> removed)
    {
        var contents = new List<InterpolatedStringContentSyntax>();
        var pending = new StringBuilder();
        var dropLeadingSpace = false;
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolatedStringTextSyntax textPart)
            {
                var text = textPart.TextToken.Text;
                if (dropLeadingSpace && text.StartsWith(" ", System.StringComparison.Ordinal))
                {
                    text = text.Substring(1);
                }

                dropLeadingSpace = false;
                pending.Append(text);
                continue;
            }

            if (removed.Contains(content))
            {
                if (pending.Length > 0 && pending[pending.Length - 1] == ' ')
                {
                    pending.Length--;
                }
                else
                {
                    dropLeadingSpace = true;
                }

                continue;
            }

            Flush(contents, pending);
            contents.Add(content);
        }

        Flush(contents, pending);
        return interpolated.WithContents(SyntaxFactory.List(contents));
    }

    private static void Flush(List<InterpolatedStringContentSyntax> contents, StringBuilder pending)
    {
        if (pending.Length == 0)
        {
            return;
        }

        var text = pending.ToString();
        contents.Add(SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, text, text, default)));
        pending.Clear();
    }
}
