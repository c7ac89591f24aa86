using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Families.PersonalData;

namespace RightsAnalyzers.CodeFixes.PersonalData;

/// <summary>The three ways out for a logged value, most preserving first.</summary>
internal enum LogValueFix
{
    /// <summary>Wrap the value in the app's redactor.</summary>
    Redact,

    /// <summary>Log the entity's own identifier (<c>patient.Id</c>) instead of the person.</summary>
    UseIdentifier,

    /// <summary>Drop the argument and its template hole, or the interpolation hole.</summary>
    Remove,
}

/// <summary>
/// What one fix does to one diagnostic: replace an expression (redaction, identifier), rename or drop a template
/// hole, drop an argument, drop an interpolation. Plans of several diagnostics are applied together (FixAll), so
/// edits to the same template literal or interpolated string are merged, never overlapping.
/// </summary>
internal sealed class LogValuePlan
{
    public ExpressionSyntax? Replace { get; set; }

    public ExpressionSyntax? ReplaceWith { get; set; }

    public LiteralExpressionSyntax? Template { get; set; }

    public TemplateHole? Hole { get; set; }

    /// <summary>New name for <see cref="Hole"/>; null removes the hole.</summary>
    public string? HoleName { get; set; }

    public ArgumentSyntax? RemoveArgument { get; set; }

    public InterpolationSyntax? RemoveInterpolation { get; set; }

    public string Title { get; set; } = string.Empty;

    public static LogValuePlan? Create(LogValueFix fix, Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
        {
            return null;
        }

        var value = node is ArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
        if (value is null)
        {
            return null;
        }

        // The source inside the value (the hole of an interpolation, the operand of a concatenation) is what to change.
        ExpressionSyntax? source = null;
        if (diagnostic.AdditionalLocations.Count == 0)
        {
            source = value;
        }
        else if (diagnostic.AdditionalLocations[0] is { SourceTree: { } tree } location && tree == root.SyntaxTree &&
                 value.Span.Contains(location.SourceSpan))
        {
            source = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
        }

        return fix switch
        {
            LogValueFix.Redact => RedactPlan(source ?? value, model, cancellationToken),
            LogValueFix.UseIdentifier => IdentifierPlan(source ?? value, value, model, cancellationToken),
            _ => RemovePlan(source, value, model, cancellationToken),
        };
    }

    private static LogValuePlan? RedactPlan(ExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        if (RedactorInScope.Find(target, model, cancellationToken) is not { } redactor ||
            !Fits(model.Compilation.GetSpecialType(SpecialType.System_String), target, model, cancellationToken))
        {
            return null;
        }

        var access = SyntaxFactory.ParseExpression(redactor.Expression + ".Redact(" + target.WithoutTrivia().ToFullString() + ")")
            .WithTriviaFrom(target)
            .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation);
        return new LogValuePlan { Replace = target, ReplaceWith = access, Title = "Redact with '" + redactor.Name + "'" };
    }

    /// <summary><c>patient.Email</c> → <c>patient.Id</c>; a destructured <c>request</c> → <c>request.Id</c>.</summary>
    private static LogValuePlan? IdentifierPlan(ExpressionSyntax target, ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        ExpressionSyntax owner;
        if (target is MemberAccessExpressionSyntax member && model.GetSymbolInfo(target, cancellationToken).Symbol is IPropertySymbol or IFieldSymbol)
        {
            owner = member.Expression;
        }
        else if (target == value && model.GetTypeInfo(target, cancellationToken).Type is INamedTypeSymbol { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Struct })
        {
            owner = target;
        }
        else
        {
            return null;
        }

        if (model.GetTypeInfo(owner, cancellationToken).Type is not INamedTypeSymbol ownerType || IdentifierOf(ownerType, owner, model) is not { } identifier ||
            !Fits(identifier.Type, target, model, cancellationToken))
        {
            return null;
        }

        var id = identifier.Name;

        var ownerName = owner is MemberAccessExpressionSyntax ownerAccess ? ownerAccess.Name.Identifier.ValueText : owner.ToString();
        var holeName = id == "Id" ? Pascal(ownerName) + "Id" : id;
        var replacement = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, owner.WithoutTrivia(), SyntaxFactory.IdentifierName(id))
            .WithTriviaFrom(target);
        var plan = new LogValuePlan { Replace = target, ReplaceWith = replacement, Title = "Log '" + replacement.ToString() + "' instead" };
        if (target == value && TemplateOf(value, model, cancellationToken) is { } template)
        {
            plan.Template = template.Literal;
            plan.Hole = template.Hole;
            plan.HoleName = template.Hole.IsPositional ? null : holeName;
            if (template.Hole.IsPositional)
            {
                plan.Template = null;
                plan.Hole = null;
            }
        }

        return plan;
    }

    private static LogValuePlan? RemovePlan(ExpressionSyntax? source, ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        // $"Booked {patient.Email} today" → $"Booked today"
        if (value is InterpolatedStringExpressionSyntax interpolated && source is not null)
        {
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolationSyntax hole && hole.Expression.Span.Contains(source.Span))
                {
                    return new LogValuePlan { RemoveInterpolation = hole, Title = "Remove '" + hole.Expression + "' from the message" };
                }
            }

            return null;
        }

        // logger.LogInformation("User {Email} booked", email) → logger.LogInformation("User booked")
        if (value.Parent is ArgumentSyntax argument && TemplateOf(value, model, cancellationToken) is { } template)
        {
            return new LogValuePlan
            {
                RemoveArgument = argument, Template = template.Literal, Hole = template.Hole,
                Title = "Remove '" + value + "' and its placeholder from the message",
            };
        }

        return null;
    }

    /// <summary>The constant template literal of the logging call and the hole <paramref name="value"/> fills.</summary>
    private static (LiteralExpressionSyntax Literal, TemplateHole Hole)? TemplateOf(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        if (value.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } ||
            model.GetOperation(call, cancellationToken) is not IInvocationOperation invocation ||
            MessageTemplate.TemplateArgument(invocation) is not { Value.Syntax: LiteralExpressionSyntax literal } template)
        {
            return null;
        }

        IOperation? valueOperation = null;
        foreach (var operation in invocation.Descendants())
        {
            if (operation.Syntax == value && operation.Parent is IArgumentOperation or IArrayInitializerOperation)
            {
                valueOperation = operation;
                break;
            }
        }

        if (valueOperation is null)
        {
            return null;
        }

        var hole = MessageTemplate.HoleFor(MessageTemplate.Parse(literal.Token.ValueText), MessageTemplate.DataIndex(invocation, template, valueOperation));
        return hole is { } found ? (literal, found) : null;
    }

    /// <summary>A non-identifying surrogate the type already has: <c>Id</c>, or <c>PatientId</c> on Patient.</summary>
    private static (string Name, ITypeSymbol Type)? IdentifierOf(INamedTypeSymbol type, ExpressionSyntax owner, SemanticModel model)
    {
        foreach (var name in new[] { "Id", type.Name + "Id" })
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers(name))
                {
                    if (member is IPropertySymbol { IsStatic: false, GetMethod: not null } property && model.IsAccessible(owner.SpanStart, member))
                    {
                        return (name, property.Type);
                    }

                    if (member is IFieldSymbol { IsStatic: false } field && model.IsAccessible(owner.SpanStart, member))
                    {
                        return (name, field.Type);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The replacement must convert to what the old value converted to (a string parameter takes no int).</summary>
    private static bool Fits(ITypeSymbol replacement, ExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        var converted = model.GetTypeInfo(target, cancellationToken).ConvertedType;
        if (converted is null || converted.TypeKind == TypeKind.Error)
        {
            return false;
        }

        // Inside an interpolation hole anything formats.
        return target.Parent is InterpolationSyntax || model.Compilation.ClassifyConversion(replacement, converted).IsImplicit;
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
