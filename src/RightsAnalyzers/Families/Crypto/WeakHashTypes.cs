using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>The types RR1001 needs, resolved once per compilation.</summary>
internal sealed class WeakHashTypes
{
    private readonly ImmutableArray<(INamedTypeSymbol Type, WeakHashAlgorithm Algorithm)> weak;
    private readonly ImmutableArray<INamedTypeSymbol> nameFactories;

    private WeakHashTypes(
        ImmutableArray<(INamedTypeSymbol, WeakHashAlgorithm)> weak,
        ImmutableArray<INamedTypeSymbol> nameFactories,
        INamedTypeSymbol? cryptoConfig,
        INamedTypeSymbol? hashAlgorithmName)
    {
        this.weak = weak;
        this.nameFactories = nameFactories;
        CryptoConfig = cryptoConfig;
        HashAlgorithmName = hashAlgorithmName;
    }

    public INamedTypeSymbol? CryptoConfig { get; }

    public INamedTypeSymbol? HashAlgorithmName { get; }

    /// <summary>Null when the compilation references none of the types: the analyzer then registers nothing.</summary>
    public static WeakHashTypes? Create(WellKnownTypes types)
    {
        var weak = ImmutableArray.CreateBuilder<(INamedTypeSymbol, WeakHashAlgorithm)>();
        foreach (var algorithm in WeakHashAlgorithms.All)
        {
            if (types.Get(algorithm.MetadataName) is { } type)
            {
                weak.Add((type, algorithm));
            }
        }

        var factories = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in new[] { "HashAlgorithm", "KeyedHashAlgorithm", "HMAC" })
        {
            if (types.Get(WeakHashAlgorithms.Namespace + name) is { } type)
            {
                factories.Add(type);
            }
        }

        var cryptoConfig = types.Get(WeakHashAlgorithms.Namespace + "CryptoConfig");
        var hashAlgorithmName = types.Get(WeakHashAlgorithms.Namespace + "HashAlgorithmName");
        if (weak.Count == 0 && factories.Count == 0 && cryptoConfig is null && hashAlgorithmName is null)
        {
            return null;
        }

        return new WeakHashTypes(weak.ToImmutable(), factories.ToImmutable(), cryptoConfig, hashAlgorithmName);
    }

    /// <summary>The broken algorithm <paramref name="type"/> is or derives from (MD5CryptoServiceProvider → MD5).</summary>
    public WeakHashAlgorithm? Classify(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var (weakType, algorithm) in weak)
            {
                if (SymbolEqualityComparer.Default.Equals(current, weakType))
                {
                    return algorithm;
                }
            }
        }

        return null;
    }

    /// <summary>HashAlgorithm, KeyedHashAlgorithm and HMAC: their <c>Create(string)</c> picks an algorithm by name.</summary>
    public bool IsNameFactory(INamedTypeSymbol? type)
    {
        foreach (var factory in nameFactories)
        {
            if (SymbolEqualityComparer.Default.Equals(type, factory))
            {
                return true;
            }
        }

        return false;
    }
}
