using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>The asymmetric algorithm families RR1004 distinguishes.</summary>
internal enum KeyFamily
{
    None,
    Rsa,
    Dsa,
    EllipticCurve,
}

/// <summary>The types RR1004 needs, resolved once per compilation.</summary>
internal sealed class KeyStrengthTypes
{
    private const string Ns = CryptoValues.Namespace;

    private KeyStrengthTypes(WellKnownTypes types)
    {
        Rsa = types.Get(Ns + "RSA");
        RsaCryptoServiceProvider = types.Get(Ns + "RSACryptoServiceProvider");
        Dsa = types.Get(Ns + "DSA");
        EcDsa = types.Get(Ns + "ECDsa");
        EcDiffieHellman = types.Get(Ns + "ECDiffieHellman");
        EcCurve = types.Get(Ns + "ECCurve");
        NamedCurves = types.Get(Ns + "ECCurve+NamedCurves");
        AsymmetricAlgorithm = types.Get(Ns + "AsymmetricAlgorithm");
        CryptoConfig = types.Get(Ns + "CryptoConfig");
        Oid = types.Get(Ns + "Oid");
    }

    public INamedTypeSymbol? Rsa { get; }

    public INamedTypeSymbol? RsaCryptoServiceProvider { get; }

    public INamedTypeSymbol? Dsa { get; }

    public INamedTypeSymbol? EcDsa { get; }

    public INamedTypeSymbol? EcDiffieHellman { get; }

    public INamedTypeSymbol? EcCurve { get; }

    public INamedTypeSymbol? NamedCurves { get; }

    public INamedTypeSymbol? AsymmetricAlgorithm { get; }

    public INamedTypeSymbol? CryptoConfig { get; }

    public INamedTypeSymbol? Oid { get; }

    /// <summary>Null when the compilation references none of the algorithms: the analyzer then registers nothing.</summary>
    public static KeyStrengthTypes? Create(WellKnownTypes types)
    {
        var result = new KeyStrengthTypes(types);
        return result.Rsa is null && result.Dsa is null && result.EcDsa is null && result.EcDiffieHellman is null ? null : result;
    }

    public KeyFamily Family(ITypeSymbol? type)
    {
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return KeyFamily.None;
        }

        // One walk up the base types for all four (they are unrelated classes, so at most one matches): every object
        // creation of the compilation asks, and four walks were the rule's largest item in a trace (change 32).
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.SpecialType == SpecialType.System_Object)
            {
                break;
            }

            if (Is(current, Rsa))
            {
                return KeyFamily.Rsa;
            }

            if (Is(current, Dsa))
            {
                return KeyFamily.Dsa;
            }

            if (Is(current, EcDsa) || Is(current, EcDiffieHellman))
            {
                return KeyFamily.EllipticCurve;
            }
        }

        return KeyFamily.None;
    }

    private static bool Is(ITypeSymbol type, INamedTypeSymbol? candidate)
        => candidate is not null && SymbolEqualityComparer.Default.Equals(type, candidate);

    /// <summary>"DSA", "System.Security.Cryptography.DSACryptoServiceProvider", the XML-DSig DSA URI.</summary>
    public static bool IsDsaName(string name)
    {
        name = name.Trim();
        return string.Equals(name, "DSA", System.StringComparison.OrdinalIgnoreCase) ||
               string.Equals(name, Ns + "DSA", System.StringComparison.OrdinalIgnoreCase) ||
               string.Equals(name, Ns + "DSACryptoServiceProvider", System.StringComparison.OrdinalIgnoreCase) ||
               string.Equals(name, "http://www.w3.org/2000/09/xmldsig#dsa-sha1", System.StringComparison.OrdinalIgnoreCase);
    }
}
