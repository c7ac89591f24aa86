using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// Whether a type belongs to System.Security.Cryptography (or a namespace below it), by itself or through a base type,
/// remembered per type for one compilation. Every object creation of a compilation is asked about by several rules
/// (weak hashes, weak ciphers, key sizes, KDFs, PKCS#1 formatters), each comparing the type and its base types with
/// its own list of algorithm types; the application's own types — nearly all creations — fail this one cached test
/// first (docs/performance.md, change 33).
/// </summary>
internal sealed class CryptoNamespace
{
    /// <summary>Weakly keyed, as <see cref="WellKnownTypes"/>: never keeps a compilation alive.</summary>
    private static readonly ConditionalWeakTable<Compilation, CryptoNamespace> Shared = new();

    private readonly AnswerCache<ITypeSymbol, bool> declared = new(SymbolEqualityComparer.Default);
    private readonly AnswerCache<ITypeSymbol, bool> derived = new(SymbolEqualityComparer.Default);

    private CryptoNamespace()
    {
    }

    /// <summary>The compilation's shared instance.</summary>
    public static CryptoNamespace For(Compilation compilation) => Shared.GetValue(compilation, static _ => new CryptoNamespace());

    /// <summary>Whether <paramref name="type"/> itself is declared in System.Security.Cryptography or below.</summary>
    public bool Declares(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        type = type.OriginalDefinition;
        return declared.GetOrAdd(type, static t => IsDeclaredIn(t));
    }

    /// <summary>Whether <paramref name="type"/> or one of its base types is declared in System.Security.Cryptography or below.</summary>
    public bool DeclaresOrInherits(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        return derived.GetOrAdd(type.OriginalDefinition, this, static (t, self) => self.AnyInBaseChain(t));
    }

    private bool AnyInBaseChain(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Declares(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeclaredIn(ITypeSymbol type)
    {
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "Cryptography" && ns.ContainingNamespace is { Name: "Security" } security &&
                security.ContainingNamespace is { Name: "System" } system && system.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }
}
