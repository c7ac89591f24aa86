using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow.Tables;

/// <summary>
/// A lookup from (type, member name) to a value, built from metadata names once per compilation. Lookups check
/// the member name first (a string compare) and symbols only for the few candidates, so the hot path is cheap.
/// Entries whose type the compilation does not reference are dropped at build time. The member name
/// <see cref="AnyMethod"/> (<c>*</c>) stands for every public instance method of the types that derive from the given
/// one, but not of that type itself: a generated gRPC client's calls are the methods of its subclass of <c>ClientBase<c>ClientBase</c>lt;T<c>ClientBase</c>gt;</c>.
/// </summary>
internal sealed class MemberTable<T>
    where T : class
{
    /// <summary>The member name that means "every public instance method of a derived type".</summary>
    public const string AnyMethod = "*";

    private readonly Dictionary<string, List<(INamedTypeSymbol Type, T Value)>> byName = new(System.StringComparer.Ordinal);

    /// <summary>The entries for <see cref="AnyMethod"/>; null while there are none, so lookups pay nothing for them.</summary>
    private List<(INamedTypeSymbol Type, T Value)>? anyMethod;

    public int Count { get; private set; }

    /// <summary>Adds <paramref name="value"/> for each of <paramref name="members"/> (comma-separated) of the type.</summary>
    public MemberTable<T> Add(WellKnownTypes types, string typeMetadataName, string members, T value)
    {
        if (types.Get(typeMetadataName) is not { } type)
        {
            return this;
        }

        foreach (var member in members.Split(','))
        {
            var name = member.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (name == AnyMethod)
            {
                (anyMethod ??= new List<(INamedTypeSymbol, T)>(1)).Add((type, value));
                Count++;
                continue;
            }

            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = new List<(INamedTypeSymbol, T)>(1);
            }

            list.Add((type, value));
            Count++;
        }

        return this;
    }

    public bool HasMember(string name) => byName.ContainsKey(name);

    /// <summary>All values, for checks such as "is any sink of this kind referenced".</summary>
    public IEnumerable<T> Values
    {
        get
        {
            foreach (var list in byName.Values)
            {
                foreach (var (_, value) in list)
                {
                    yield return value;
                }
            }

            if (anyMethod is not null)
            {
                foreach (var (_, value) in anyMethod)
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>
    /// The value for <paramref name="member"/>, matched on its containing type, that type's base types and
    /// interfaces (a call on <c>Logger</c> matches an <c>ILogger</c> entry), and for extension methods the static class.
    /// </summary>
    public T? Find(ISymbol member)
    {
        if (!byName.TryGetValue(member.Name, out var candidates))
        {
            return anyMethod is null ? null : FindAnyMethod(member);
        }

        var containing = member.ContainingType;
        if (containing is null)
        {
            return null;
        }

        containing = containing.OriginalDefinition;
        foreach (var (type, value) in candidates)
        {
            if (SymbolEqualityComparer.Default.Equals(containing, type))
            {
                return value;
            }
        }

        for (var baseType = containing.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            foreach (var (type, value) in candidates)
            {
                if (SymbolEqualityComparer.Default.Equals(baseType.OriginalDefinition, type))
                {
                    return value;
                }
            }
        }

        foreach (var @interface in containing.AllInterfaces)
        {
            foreach (var (type, value) in candidates)
            {
                if (SymbolEqualityComparer.Default.Equals(@interface.OriginalDefinition, type))
                {
                    return value;
                }
            }
        }

        return anyMethod is null ? null : FindAnyMethod(member);
    }

    /// <summary>An <see cref="AnyMethod"/> entry for a public instance method declared below the entry's type.</summary>
    private T? FindAnyMethod(ISymbol member)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public } ||
            member.ContainingType is not { } containing)
        {
            return null;
        }

        for (var baseType = containing.OriginalDefinition.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            foreach (var (type, value) in anyMethod!)
            {
                if (SymbolEqualityComparer.Default.Equals(baseType.OriginalDefinition, type))
                {
                    return value;
                }
            }
        }

        return null;
    }
}
