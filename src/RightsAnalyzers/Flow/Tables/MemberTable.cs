using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow.Tables;

/// <summary>
/// A lookup from (type, member name) to a value, built from metadata names once per compilation. Lookups check
/// the member name first (a string compare) and symbols only for the few candidates, so the hot path is cheap.
/// Entries whose type the compilation does not reference are dropped at build time.
/// </summary>
internal sealed class MemberTable<T>
    where T : class
{
    private readonly Dictionary<string, List<(INamedTypeSymbol Type, T Value)>> byName = new(System.StringComparer.Ordinal);

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
            return null;
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

        return null;
    }
}
