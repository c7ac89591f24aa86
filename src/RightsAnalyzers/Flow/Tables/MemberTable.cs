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

    /// <summary>Every type that has an entry, for <see cref="Ancestors"/>.</summary>
    private readonly HashSet<INamedTypeSymbol> entryTypes = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Per type of the compilation, the types with entries it is, derives from or implements, in lookup order. Most
    /// calls with a common member name (a constructor, <c>Create</c>, <c>Key</c>) are on the application's own types,
    /// which have none, and walking their base types and interfaces for every such call was most of a lookup's time
    /// (docs/performance.md, change 30). Filled only after the table is built, so it never misses an entry.
    /// </summary>
    private readonly AnswerCache<INamedTypeSymbol, INamedTypeSymbol[]> ancestors = new(SymbolEqualityComparer.Default);

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
            entryTypes.Add(type);
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

        foreach (var type in Ancestors(containing.OriginalDefinition))
        {
            foreach (var (candidate, value) in candidates)
            {
                if (SymbolEqualityComparer.Default.Equals(type, candidate))
                {
                    return value;
                }
            }
        }

        return anyMethod is null ? null : FindAnyMethod(member);
    }

    /// <summary>
    /// The types with entries among <paramref name="type"/> itself, its base types and its interfaces (original
    /// definitions), in the order a lookup tries them: the type, its base types nearest first, then its interfaces.
    /// </summary>
    private INamedTypeSymbol[] Ancestors(INamedTypeSymbol type)
        => ancestors.GetOrAdd(type, entryTypes, static (t, entries) => FindAncestors(t, entries));

    private static INamedTypeSymbol[] FindAncestors(INamedTypeSymbol type, HashSet<INamedTypeSymbol> entryTypes)
    {
        List<INamedTypeSymbol>? found = null;
        for (var current = type; current is not null; current = current.BaseType)
        {
            var definition = current.OriginalDefinition;
            if (entryTypes.Contains(definition))
            {
                (found ??= new List<INamedTypeSymbol>()).Add(definition);
            }
        }

        foreach (var @interface in type.AllInterfaces)
        {
            var definition = @interface.OriginalDefinition;
            if (entryTypes.Contains(definition))
            {
                (found ??= new List<INamedTypeSymbol>()).Add(definition);
            }
        }

        return found is null ? System.Array.Empty<INamedTypeSymbol>() : found.ToArray();
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
