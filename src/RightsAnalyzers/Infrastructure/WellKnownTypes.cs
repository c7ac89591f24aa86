using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// Resolves types by metadata name once per compilation. Create one in a compilation-start action and let it die
/// with that scope: it holds symbols, so it must never be stored in a static or an analyzer field.
/// </summary>
internal sealed class WellKnownTypes
{
    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> cache = new(System.StringComparer.Ordinal);

    public WellKnownTypes(Compilation compilation) => this.compilation = compilation;

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
