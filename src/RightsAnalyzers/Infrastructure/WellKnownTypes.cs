using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> cache = new(System.StringComparer.Ordinal);

    private WellKnownTypes(Compilation compilation) => this.compilation = compilation;

    /// <summary>The compilation's shared instance.</summary>
    public static WellKnownTypes For(Compilation compilation) => Shared.GetValue(compilation, static c => new WellKnownTypes(c));

    public Compilation Compilation => compilation;

    /// <summary>The type, or null when the compilation does not reference it (or references it ambiguously).</summary>
    public INamedTypeSymbol? Get(string metadataName)
    {
        if (!cache.TryGetValue(metadataName, out var type))
        {
            type = compilation.GetTypeByMetadataName(metadataName);
            cache.TryAdd(metadataName, type);
        }

        return type;
    }
}
