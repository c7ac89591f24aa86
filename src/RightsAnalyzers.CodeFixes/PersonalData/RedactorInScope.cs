using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RightsAnalyzers.CodeFixes.PersonalData;

/// <summary>
/// The app's redactor, when Microsoft.Extensions.Compliance.Redaction is referenced and a <c>Redactor</c> or
/// <c>IRedactorProvider</c> is at hand: a parameter of the enclosing method, or a field or property of the
/// enclosing type (instance members only from instance code). The fix never invents one.
/// </summary>
internal sealed class RedactorInScope
{
    private const string Unknown = "Microsoft.Extensions.Compliance.Classification.DataClassification.Unknown";

    private RedactorInScope(string name, string expression)
    {
        Name = name;
        Expression = expression;
    }

    public string Name { get; }

    /// <summary>What to call Redact on: <c>redactor</c>, or <c>redactorProvider.GetRedactor(DataClassification.Unknown)</c>.</summary>
    public string Expression { get; }

    public static RedactorInScope? Find(SyntaxNode at, SemanticModel model, CancellationToken cancellationToken)
    {
        var redactor = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Redaction.Redactor");
        var provider = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Redaction.IRedactorProvider");
        if (redactor is null)
        {
            return null;
        }

        var enclosing = model.GetEnclosingSymbol(at.SpanStart, cancellationToken);
        for (var symbol = enclosing; symbol is IMethodSymbol method; symbol = method.ContainingSymbol)
        {
            foreach (var parameter in method.Parameters)
            {
                if (Make(parameter.Name, parameter.Type, redactor, provider) is { } found)
                {
                    return found;
                }
            }
        }

        var isStatic = enclosing?.IsStatic ?? true;
        for (var type = enclosing?.ContainingType; type is not null; type = type.ContainingType)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic || !isStatic)
                {
                    var memberType = member switch
                    {
                        IFieldSymbol { IsImplicitlyDeclared: false } field => field.Type,
                        IPropertySymbol { IsIndexer: false, GetMethod: not null } property => property.Type,
                        _ => null,
                    };

                    if (memberType is not null && model.IsAccessible(at.SpanStart, member) && Make(member.Name, memberType, redactor, provider) is { } found)
                    {
                        return found;
                    }
                }
            }

            // A nested type cannot use its container's instance members.
            isStatic = true;
        }

        return null;
    }

    private static RedactorInScope? Make(string name, ITypeSymbol type, INamedTypeSymbol redactor, INamedTypeSymbol? provider)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, redactor))
            {
                return new RedactorInScope(name, Escape(name));
            }
        }

        if (provider is not null && (SymbolEqualityComparer.Default.Equals(type, provider) || type.AllInterfaces.Contains(provider, SymbolEqualityComparer.Default)))
        {
            return new RedactorInScope(name, Escape(name) + ".GetRedactor(" + Unknown + ")");
        }

        return null;
    }

    private static string Escape(string name) => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;
}
