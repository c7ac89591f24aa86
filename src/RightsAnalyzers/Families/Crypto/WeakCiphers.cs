using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>One broken or legacy block cipher of RR1002: its base type and the names CryptoConfig knows it by.</summary>
internal sealed class WeakCipher
{
    public WeakCipher(string typeName, string displayName, string category, params string[] configNames)
    {
        MetadataName = CryptoValues.Namespace + typeName;
        DisplayName = displayName;
        Category = category;
        ConfigNames = ImmutableArray.Create(configNames);
    }

    public string MetadataName { get; }

    public string DisplayName { get; }

    /// <summary>The value of the diagnostic's <c>category</c> property.</summary>
    public string Category { get; }

    public ImmutableArray<string> ConfigNames { get; }
}

/// <summary>The ciphers of RR1002 and the types the analyzer needs, resolved once per compilation.</summary>
internal sealed class WeakCipherTypes
{
    private const string Ns = CryptoValues.Namespace;

    public static readonly WeakCipher Des = new("DES", "DES", "des",
        "DES", Ns + "DES", Ns + "DESCryptoServiceProvider", "http://www.w3.org/2001/04/xmlenc#des-cbc");

    public static readonly WeakCipher TripleDes = new("TripleDES", "Triple DES", "3des",
        "3DES", "TripleDES", "Triple DES", Ns + "TripleDES", Ns + "TripleDESCryptoServiceProvider", Ns + "TripleDESCng",
        "http://www.w3.org/2001/04/xmlenc#tripledes-cbc", "http://www.w3.org/2001/04/xmlenc#kw-tripledes");

    public static readonly WeakCipher Rc2 = new("RC2", "RC2", "rc2",
        "RC2", Ns + "RC2", Ns + "RC2CryptoServiceProvider");

    public static ImmutableArray<WeakCipher> All { get; } = ImmutableArray.Create(Des, TripleDes, Rc2);

    private static readonly Dictionary<string, WeakCipher> ByConfigName = BuildConfigNames();

    private readonly ImmutableArray<(INamedTypeSymbol Type, WeakCipher Cipher)> weak;

    private WeakCipherTypes(ImmutableArray<(INamedTypeSymbol, WeakCipher)> weak, INamedTypeSymbol? symmetricAlgorithm, INamedTypeSymbol? cryptoConfig)
    {
        this.weak = weak;
        SymmetricAlgorithm = symmetricAlgorithm;
        CryptoConfig = cryptoConfig;
    }

    /// <summary><c>SymmetricAlgorithm.Create(string)</c> picks a cipher by name.</summary>
    public INamedTypeSymbol? SymmetricAlgorithm { get; }

    public INamedTypeSymbol? CryptoConfig { get; }

    /// <summary>Null when the compilation references none of the types: the analyzer then registers nothing.</summary>
    public static WeakCipherTypes? Create(WellKnownTypes types)
    {
        var weak = ImmutableArray.CreateBuilder<(INamedTypeSymbol, WeakCipher)>();
        foreach (var cipher in All)
        {
            if (types.Get(cipher.MetadataName) is { } type)
            {
                weak.Add((type, cipher));
            }
        }

        var symmetric = types.Get(Ns + "SymmetricAlgorithm");
        var cryptoConfig = types.Get(Ns + "CryptoConfig");
        return weak.Count == 0 && symmetric is null && cryptoConfig is null
            ? null
            : new WeakCipherTypes(weak.ToImmutable(), symmetric, cryptoConfig);
    }

    /// <summary>The cipher a CryptoConfig-style name denotes ("3DES", "System.Security.Cryptography.RC2").</summary>
    public static WeakCipher? FromConfigName(string name)
        => ByConfigName.TryGetValue(name.Trim(), out var cipher) ? cipher : null;

    /// <summary>The cipher <paramref name="type"/> is or derives from (TripleDESCng → Triple DES).</summary>
    public WeakCipher? Classify(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var (weakType, cipher) in weak)
            {
                if (SymbolEqualityComparer.Default.Equals(current, weakType))
                {
                    return cipher;
                }
            }
        }

        return null;
    }

    private static Dictionary<string, WeakCipher> BuildConfigNames()
    {
        // CryptoConfig matches names case-insensitively.
        var map = new Dictionary<string, WeakCipher>(StringComparer.OrdinalIgnoreCase);
        foreach (var cipher in All)
        {
            foreach (var name in cipher.ConfigNames)
            {
                map[name] = cipher;
            }
        }

        return map;
    }
}
