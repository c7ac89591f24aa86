using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow.Tables;

/// <summary>
/// A lookup from (type, member name) to a value, declared by metadata names once per compilation. Lookups check
/// the member name first (a string compare), then the simple names of the looked-up type and its ancestors, and
/// symbols only for the few candidates left — so a type is resolved only when code of the compilation uses a member
/// of that name on a type of that name (docs/performance.md, change 37): most of the package's several hundred API
/// entries name types an application never touches, and resolving them all, once per compilation, loaded the
/// namespaces of every referenced SDK for nothing. Entries whose type the compilation does not reference never match.
/// The member name <see cref="AnyMethod"/> (<c>*</c>) stands for every public instance method of the types that
/// derive from the given one, but not of that type itself: a generated gRPC client's calls are the methods of its
/// subclass of <c>ClientBase&lt;T&gt;</c>.
/// </summary>
internal sealed class MemberTable<T>
    where T : class
{
    /// <summary>The member name that means "every public instance method of a derived type".</summary>
    public const string AnyMethod = "*";

    private readonly Dictionary<string, List<Entry>> byName = new(System.StringComparer.Ordinal);

    /// <summary>The metadata names of the types with entries, by simple name, for <see cref="Ancestors"/>.</summary>
    private readonly Dictionary<string, List<string>> entryTypes = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Per type of the compilation, the types with entries it is, derives from or implements, in lookup order. Most
    /// calls with a common member name (a constructor, <c>Create</c>, <c>Key</c>) are on the application's own types,
    /// which have none, and walking their base types and interfaces for every such call was most of a lookup's time
    /// (docs/performance.md, change 30). Filled only after the table is built, so it never misses an entry.
    /// </summary>
    private readonly AnswerCache<INamedTypeSymbol, INamedTypeSymbol[]> ancestors = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Answers per member symbol (definitions only: a constructed generic member is a new object at each call site).
    /// Three flow rules ask about every call, and about the same few thousand members again and again; comparing
    /// references is cheaper than hashing the member's name and walking its type's ancestors each time
    /// (docs/performance.md, change 41). <see cref="Missing"/> stands for "no entry".
    /// </summary>
    private readonly AnswerCache<ISymbol, object> byMember = new(ReferenceComparer<ISymbol>.Instance);

    private static readonly object Missing = new();

    /// <summary>Every entry in the order added, for <see cref="Values"/>.</summary>
    private readonly List<Entry> all = new();

    /// <summary>The entries for <see cref="AnyMethod"/>; null while there are none, so lookups pay nothing for them.</summary>
    private List<Entry>? anyMethod;

    private WellKnownTypes? types;

    /// <summary>0 not yet known, 1 some entry's type is referenced, 2 none is.</summary>
    private int referenced;

    /// <summary>
    /// The same for the <see cref="AnyMethod"/> entries: a lookup that misses by name tries them for every public
    /// instance method of the compilation, walking the method's type's base types — on code that references none of
    /// their types (no gRPC), for nothing (docs/performance.md, change 40).
    /// </summary>
    private int anyMethodReferenced;

    /// <summary>The number of entries whose type the compilation references (resolves every entry's type: tests, diagnostics).</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var _ in Values)
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>Whether no entry's type is referenced by the compilation: resolves types only until it finds one that is.</summary>
    public bool IsEmpty
    {
        get
        {
            if (referenced == 0)
            {
                referenced = 2;
                foreach (var _ in Values)
                {
                    referenced = 1;
                    break;
                }
            }

            return referenced == 2;
        }
    }

    /// <summary>Adds <paramref name="value"/> for each of <paramref name="members"/> (comma-separated) of the type.</summary>
    public MemberTable<T> Add(WellKnownTypes types, string typeMetadataName, string members, T value)
    {
        this.types ??= types;
        var simpleName = SimpleName(typeMetadataName);
        foreach (var member in members.Split(','))
        {
            var name = member.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            var entry = new Entry(typeMetadataName, simpleName, value);
            all.Add(entry);
            if (name == AnyMethod)
            {
                (anyMethod ??= new List<Entry>(1)).Add(entry);
                continue;
            }

            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = new List<Entry>(1);
            }

            list.Add(entry);
            if (!entryTypes.TryGetValue(simpleName, out var names))
            {
                entryTypes[simpleName] = names = new List<string>(1);
            }

            if (!names.Contains(typeMetadataName))
            {
                names.Add(typeMetadataName);
            }
        }

        return this;
    }

    /// <summary>Whether some entry has that member name (its type may not be referenced).</summary>
    public bool HasMember(string name) => byName.ContainsKey(name);

    /// <summary>The values of the entries whose type the compilation references, resolving types as it goes.</summary>
    public IEnumerable<T> Values
    {
        get
        {
            foreach (var entry in all)
            {
                if (Resolve(entry.TypeName) is not null)
                {
                    yield return entry.Value;
                }
            }
        }
    }

    /// <summary>
    /// Whether some entry whose type the compilation references has a value that <paramref name="predicate"/> accepts:
    /// the value is asked first, so only the types of accepted entries are resolved, until one is referenced.
    /// </summary>
    public bool Any(System.Func<T, bool> predicate)
    {
        foreach (var entry in all)
        {
            if (predicate(entry.Value) && Resolve(entry.TypeName) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value for <paramref name="member"/>, matched on its containing type, that type's base types and
    /// interfaces (a call on <c>Logger</c> matches an <c>ILogger</c> entry), and for extension methods the static class.
    /// </summary>
    public T? Find(ISymbol member)
    {
        if (!ReferenceEquals(member, member.OriginalDefinition))
        {
            return FindCore(member);
        }

        if (byMember.TryGetValue(member, out var known))
        {
            return ReferenceEquals(known, Missing) ? null : (T)known;
        }

        var found = FindCore(member);
        byMember.TryAdd(member, found ?? Missing);
        return found;
    }

    private T? FindCore(ISymbol member)
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
            foreach (var candidate in candidates)
            {
                if (candidate.SimpleName == type.Name && SymbolEqualityComparer.Default.Equals(type, Resolve(candidate.TypeName)))
                {
                    return candidate.Value;
                }
            }
        }

        return anyMethod is null ? null : FindAnyMethod(member);
    }

    /// <summary>The name a type symbol has for a metadata name: after the namespace and any outer type, without arity.</summary>
    internal static string SimpleName(string metadataName)
    {
        var start = System.Math.Max(metadataName.LastIndexOf('.'), metadataName.LastIndexOf('+')) + 1;
        var tick = metadataName.IndexOf('`', start);
        return tick < 0 ? metadataName.Substring(start) : metadataName.Substring(start, tick - start);
    }

    private INamedTypeSymbol? Resolve(string metadataName) => types?.Get(metadataName);

    /// <summary>
    /// The types with entries among <paramref name="type"/> itself, its base types and its interfaces (original
    /// definitions), in the order a lookup tries them: the type, its base types nearest first, then its interfaces.
    /// </summary>
    private INamedTypeSymbol[] Ancestors(INamedTypeSymbol type)
        => ancestors.GetOrAdd(type, this, static (t, table) => table.FindAncestors(t));

    private INamedTypeSymbol[] FindAncestors(INamedTypeSymbol type)
    {
        List<INamedTypeSymbol>? found = null;
        for (var current = type; current is not null; current = current.BaseType)
        {
            var definition = current.OriginalDefinition;
            if (IsEntryType(definition))
            {
                (found ??= new List<INamedTypeSymbol>()).Add(definition);
            }
        }

        foreach (var @interface in type.AllInterfaces)
        {
            var definition = @interface.OriginalDefinition;
            if (IsEntryType(definition))
            {
                (found ??= new List<INamedTypeSymbol>()).Add(definition);
            }
        }

        return found is null ? System.Array.Empty<INamedTypeSymbol>() : found.ToArray();
    }

    /// <summary>Whether some entry names this type: its simple name first, then the symbols of the entries of that name.</summary>
    private bool IsEntryType(INamedTypeSymbol definition)
    {
        if (!entryTypes.TryGetValue(definition.Name, out var names))
        {
            return false;
        }

        foreach (var name in names)
        {
            if (SymbolEqualityComparer.Default.Equals(definition, Resolve(name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An <see cref="AnyMethod"/> entry for a public instance method declared below the entry's type.</summary>
    private T? FindAnyMethod(ISymbol member)
    {
        if (anyMethodReferenced == 0)
        {
            var referencedType = false;
            foreach (var entry in anyMethod!)
            {
                referencedType |= Resolve(entry.TypeName) is not null;
            }

            anyMethodReferenced = referencedType ? 1 : 2; // the same answer whichever thread writes it
        }

        if (anyMethodReferenced == 2 ||
            member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public } ||
            member.ContainingType is not { } containing)
        {
            return null;
        }

        for (var baseType = containing.OriginalDefinition.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            var definition = baseType.OriginalDefinition;
            foreach (var entry in anyMethod!)
            {
                if (entry.SimpleName == definition.Name && SymbolEqualityComparer.Default.Equals(definition, Resolve(entry.TypeName)))
                {
                    return entry.Value;
                }
            }
        }

        return null;
    }

    /// <summary>One entry: the type by metadata name (resolved when a lookup needs it) and the value.</summary>
    private sealed class Entry
    {
        public Entry(string typeName, string simpleName, T value)
        {
            TypeName = typeName;
            SimpleName = simpleName;
            Value = value;
        }

        public string TypeName { get; }

        public string SimpleName { get; }

        public T Value { get; }
    }
}
