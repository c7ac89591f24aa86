using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// Resolves types by metadata name once per compilation, for every analyzer of the package: a lookup searches every
/// referenced assembly (two hundred in a web app), and the analyzers ask for many of the same names. Get one with
/// <see cref="For"/> in a compilation-start action; it holds symbols, so it must never be stored in an analyzer field.
/// </summary>
internal sealed class WellKnownTypes
{
    /// <summary>Weakly keyed, as Roslyn's own WellKnownTypeProvider: never keeps a compilation alive.</summary>
    private static readonly ConditionalWeakTable<Compilation, WellKnownTypes> Shared = new();

    private readonly Compilation compilation;
    private readonly AnswerCache<string, INamedTypeSymbol?> cache = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Namespaces by full name: the package asks for about forty types in System.Security.Cryptography alone, and each
    /// step down the public namespace API copies the members it finds (docs/performance.md, change 36).
    /// </summary>
    private readonly AnswerCache<string, INamespaceSymbol?> namespaces = new(System.StringComparer.Ordinal);

    private WellKnownTypes(Compilation compilation) => this.compilation = compilation;

    /// <summary>The compilation's shared instance.</summary>
    public static WellKnownTypes For(Compilation compilation) => Shared.GetValue(compilation, static c => new WellKnownTypes(c));

    public Compilation Compilation => compilation;

    /// <summary>The names asked for so far (tests compare the answers with GetTypeByMetadataName's).</summary>
    internal System.Collections.Generic.IReadOnlyList<string> RequestedNames => cache.Keys;

    /// <summary>The type, or null when the compilation does not reference it (or references it ambiguously).</summary>
    public INamedTypeSymbol? Get(string metadataName)
    {
        if (!cache.TryGetValue(metadataName, out var type))
        {
            type = Resolve(metadataName);
            cache.TryAdd(metadataName, type);
        }

        return type;
    }

    /// <summary>
    /// What <see cref="Compilation.GetTypeByMetadataName"/> answers — the compilation's own type first, otherwise
    /// the only referenced one, null when several references define it — found through the merged namespaces the
    /// binder has already built and cached. GetTypeByMetadataName searches every referenced assembly afresh for each
    /// name (a measured tenth of the package's time on large compilations); a walk down the namespaces touches only
    /// the assemblies that contribute to them. Nested types (<c>+</c>) go the long way.
    /// </summary>
    private INamedTypeSymbol? Resolve(string metadataName)
    {
        if (metadataName.IndexOf('+') >= 0)
        {
            return compilation.GetTypeByMetadataName(metadataName);
        }

        var lastDot = metadataName.LastIndexOf('.');
        var ns = lastDot < 0 ? compilation.GlobalNamespace : Namespace(metadataName.Substring(0, lastDot));
        if (ns is null)
        {
            return null;
        }

        var name = metadataName.Substring(lastDot + 1);
        var arity = 0;
        var tick = name.IndexOf('`');
        if (tick >= 0)
        {
            if (!int.TryParse(name.Substring(tick + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out arity))
            {
                return compilation.GetTypeByMetadataName(metadataName);
            }

            name = name.Substring(0, tick);
        }

        INamedTypeSymbol? found = null;
        var ambiguous = false;
        foreach (var type in ns.GetTypeMembers(name, arity))
        {
            if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            {
                return type;
            }

            ambiguous |= found is not null;
            found = type;
        }

        return ambiguous ? null : found;
    }

    /// <summary>The merged namespace of that full name, or null when no assembly of the compilation declares it.</summary>
    private INamespaceSymbol? Namespace(string fullName)
    {
        if (namespaces.TryGetValue(fullName, out var known))
        {
            return known;
        }

        var lastDot = fullName.LastIndexOf('.');
        var parent = lastDot < 0 ? compilation.GlobalNamespace : Namespace(fullName.Substring(0, lastDot));
        var ns = parent is null ? null : ChildNamespace(parent, fullName.Substring(lastDot + 1));
        namespaces.TryAdd(fullName, ns);
        return ns;
    }

    private static INamespaceSymbol? ChildNamespace(INamespaceSymbol parent, string name)
    {
        foreach (var member in parent.GetMembers(name))
        {
            if (member is INamespaceSymbol child)
            {
                return child;
            }
        }

        return null;
    }
}
