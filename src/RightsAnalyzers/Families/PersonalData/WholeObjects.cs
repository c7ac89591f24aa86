using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Flow.Evidence;

namespace RightsAnalyzers.Families.PersonalData;

/// <summary>A member of a logged object that carries personal data or a credential.</summary>
internal readonly struct PersonalMember
{
    public PersonalMember(string path, ISymbol symbol, Classification classification)
    {
        Path = path;
        Symbol = symbol;
        Classification = classification;
    }

    /// <summary><c>Email</c>, or <c>Customer.Email</c> for a nested object.</summary>
    public string Path { get; }

    public ISymbol Symbol { get; }

    public Classification Classification { get; }
}

/// <summary>
/// RR3003's view of an object: which of its members carry personal data when a logger, a serializer or a record's
/// <c>ToString</c> renders it member by member. Uses the engine's classifier, so attributes, types, names, the
/// configured names and <c>[NoDataClassification]</c>/configured non-PII attributes all apply.
/// </summary>
internal static class WholeObjects
{
    /// <summary>Nested objects are rendered too (Serilog destructures ten levels); two is where the evidence stays readable.</summary>
    private const int MaxDepth = 2;

    private const int MaxMembers = 8;

    /// <summary>How a value is rendered, for the message and for the members the renderer skips.</summary>
    public enum Rendering
    {
        Destructured,
        Serialized,
        LogProperties,
        RecordToString,
    }

    public static List<PersonalMember> PersonalMembers(ITypeSymbol? type, PersonalDataClassifier classifier, Rendering rendering)
    {
        var result = new List<PersonalMember>();
        if (type is not null)
        {
            Collect(ElementType(type), classifier, rendering, string.Empty, 0, result, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
        }

        return result;
    }

    /// <summary>Types of the app (and records) whose members a renderer walks; strings, primitives and framework types are not.</summary>
    public static bool IsRenderedObject(ITypeSymbol? type)
    {
        type = ElementType(type);
        return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named &&
               !named.IsAnonymousType && IsInSource(named);
    }

    /// <summary>Whether a member's classification makes it a finding for RR3003.</summary>
    public static bool Counts(Classification classification)
        => classification.Kind is LabelKind.PersonalData or LabelKind.Credential or LabelKind.NetworkAddress or LabelKind.Location &&
           classification.Category != NameTaxonomy.AccountId;

    /// <summary>"'Email' (an email address), 'NewPassword' (a password)".</summary>
    public static string Describe(List<PersonalMember> members)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < members.Count && i < MaxMembers; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append('\'').Append(members[i].Path).Append("' (").Append(ShortDisplay(members[i].Classification.Display)).Append(')');
        }

        if (members.Count > MaxMembers)
        {
            builder.Append(" and ").Append(members.Count - MaxMembers).Append(" more");
        }

        return builder.ToString();
    }

    /// <summary>Collections render their elements: List&lt;Customer&gt; is rendered as Customers.</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } named && named.SpecialType == SpecialType.None)
        {
            if (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return named.TypeArguments[0];
            }

            foreach (var candidate in named.AllInterfaces)
            {
                if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return candidate.TypeArguments[0];
                }
            }
        }

        return type;
    }

    private static void Collect(ITypeSymbol? type, PersonalDataClassifier classifier, Rendering rendering, string prefix, int depth, List<PersonalMember> result, HashSet<ITypeSymbol> seen)
    {
        if (type is not INamedTypeSymbol named || !IsRenderedObject(named) || !seen.Add(named))
        {
            return;
        }

        for (var current = named; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (!IsRendered(member, rendering, out var memberType))
                {
                    continue;
                }

                if (classifier.Classify(member) is { } classification)
                {
                    // A bool or a count derived from personal data is not the data (the engine's type filter).
                    if (Counts(classification) && !TypeFilter.Apply(memberType, LabelSet.Of(classification.ToLabel(member.Name, null))).Labels.IsEmpty)
                    {
                        result.Add(new PersonalMember(prefix + member.Name, member, classification));
                    }

                    continue;
                }

                if (depth + 1 < MaxDepth)
                {
                    Collect(ElementType(memberType), classifier, rendering, prefix + member.Name + ".", depth + 1, result, seen);
                }
            }
        }
    }

    /// <summary>Public instance data members; renderers skip the ones marked to be skipped.</summary>
    private static bool IsRendered(ISymbol member, Rendering rendering, out ITypeSymbol? type)
    {
        type = null;
        if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
        {
            return false;
        }

        switch (member)
        {
            case IPropertySymbol { IsIndexer: false, GetMethod: not null } property:
                type = property.Type;
                break;

            // Record ToString and Newtonsoft print public fields; Serilog and System.Text.Json skip them by default.
            case IFieldSymbol field when rendering == Rendering.RecordToString:
                type = field.Type;
                break;
            default:
                return false;
        }

        foreach (var attribute in member.GetAttributes())
        {
            var name = attribute.AttributeClass?.Name;

            // [JsonIgnore] hides a member from serializers; [LogPropertyIgnore] from [LogProperties] expansion.
            if ((rendering == Rendering.Serialized && name == "JsonIgnoreAttribute") ||
                (rendering == Rendering.LogProperties && name == "LogPropertyIgnoreAttribute"))
            {
                return false;
            }
        }

        return true;
    }

    private static string ShortDisplay(string display)
    {
        // "health data (a special category of personal data)" reads better in a list without its parenthesis.
        var open = display.IndexOf(" (", System.StringComparison.Ordinal);
        return open > 0 ? display.Substring(0, open) : display;
    }

    private static bool IsInSource(INamedTypeSymbol type)
    {
        foreach (var location in type.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strips the implicit conversions a value gets on its way into <c>object?[] args</c> or a generic parameter.</summary>
    public static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }
}
