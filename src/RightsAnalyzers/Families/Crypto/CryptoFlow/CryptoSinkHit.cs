using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Families.Crypto.CryptoFlow;

/// <summary>One value reaching one crypto parameter at one call site, directly or through a helper's parameter.</summary>
internal sealed class CryptoSinkHit
{
    public CryptoSinkHit(CryptoRole role, IOperation value, string display, bool decrypt, bool privatePemOnly, string? via, bool constantPassThrough = true)
    {
        ConstantPassThrough = constantPassThrough;
        Role = role;
        Value = value;
        Display = display;
        Decrypt = decrypt;
        PrivatePemOnly = privatePemOnly;
        Via = via;
    }

    public CryptoRole Role { get; }

    /// <summary>The argument or assigned value; the diagnostic's primary location.</summary>
    public IOperation Value { get; }

    /// <summary>The API as messages name it: <c>Aes.Key</c>, <c>new AesGcm(…)</c>, <c>AesGcm.Encrypt</c>.</summary>
    public string Display { get; }

    public bool Decrypt { get; }

    public bool PrivatePemOnly { get; }

    /// <summary>The helper whose parameter leads to the API, if any.</summary>
    public string? Via { get; }

    /// <summary>A constant value stays constant on its way to the API (false when a helper mixes it with other data).</summary>
    public bool ConstantPassThrough { get; }

    public string Describe() => Via is null ? Display : Display + " (via " + Via + ")";
}

/// <summary>A parameter of a helper that reaches a crypto parameter inside it (<c>Encrypt(data, key)</c> sets <c>aes.Key = key</c>).</summary>
internal sealed class CryptoParameterSink
{
    public CryptoParameterSink(int ordinal, CryptoRole role, string display, bool decrypt, bool constantWhenArgumentIs)
    {
        Ordinal = ordinal;
        Role = role;
        Display = display;
        Decrypt = decrypt;
        ConstantWhenArgumentIs = constantWhenArgumentIs;
    }

    public int Ordinal { get; }

    public CryptoRole Role { get; }

    public string Display { get; }

    public bool Decrypt { get; }

    /// <summary>Nothing inside the helper makes the value non-constant: a constant argument arrives as a constant.</summary>
    public bool ConstantWhenArgumentIs { get; }
}
