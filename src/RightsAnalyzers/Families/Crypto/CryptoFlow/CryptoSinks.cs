using System.Collections.Immutable;
using RightsAnalyzers.Flow.Tables;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto.CryptoFlow;

/// <summary>What a crypto API parameter is for.</summary>
internal enum CryptoRole : byte
{
    /// <summary>A symmetric cipher key (AES, AEAD, HKDF input key material).</summary>
    Key,

    /// <summary>A MAC key (HMAC constructors, one-shot HMAC, incremental HMAC).</summary>
    HmacKey,

    /// <summary>A token signing key (<c>SymmetricSecurityKey</c>).</summary>
    SigningKey,

    /// <summary>A private key imported from bytes or PEM.</summary>
    PrivateKey,

    /// <summary>The password of a password-based key derivation (it is the key in disguise).</summary>
    KdfPassword,

    /// <summary>A block-cipher IV (CBC, CFB).</summary>
    Iv,

    /// <summary>An AEAD nonce (GCM, CCM, ChaCha20-Poly1305).</summary>
    Nonce,

    /// <summary>A key-derivation salt (constant salts are RR1009's; predictable ones RR1008's).</summary>
    Salt,
}

/// <summary>One parameter of a crypto API (<c>"value"</c> stands for a property setter's value).</summary>
internal sealed class CryptoParameter
{
    public CryptoParameter(string name, CryptoRole role)
    {
        Name = name;
        Role = role;
    }

    public string Name { get; }

    public CryptoRole Role { get; }
}

/// <summary>The parameters of one API that carry key material, IVs, nonces or salts.</summary>
internal sealed class CryptoSinkEntry
{
    public CryptoSinkEntry(bool decrypt, bool privatePemOnly, params CryptoParameter[] parameters)
    {
        Decrypt = decrypt;
        PrivatePemOnly = privatePemOnly;
        Parameters = ImmutableArray.Create(parameters);
    }

    public ImmutableArray<CryptoParameter> Parameters { get; }

    /// <summary>A decrypting call: reusing an IV to read old data is not a new weakness.</summary>
    public bool Decrypt { get; }

    /// <summary>PEM importers load public keys too (RR2003's business): only PEM text holding a PRIVATE KEY counts.</summary>
    public bool PrivatePemOnly { get; }
}

/// <summary>
/// The crypto APIs whose parameters RR1008, RR1010 and RR1011 watch, one line per API (DESIGN: tables over code).
/// Parameter names are the framework's own; a member absent from the referenced framework is simply never matched.
/// </summary>
internal static class CryptoSinks
{
    private const string Crypto = "System.Security.Cryptography.";

    private static readonly string[] HmacTypes =
    {
        "HMACSHA256", "HMACSHA384", "HMACSHA512", "HMACSHA1", "HMACMD5", "HMACSHA3_256", "HMACSHA3_384", "HMACSHA3_512",
    };

    public static MemberTable<CryptoSinkEntry> Build(WellKnownTypes t)
    {
        var table = new MemberTable<CryptoSinkEntry>();

        // Symmetric ciphers: the Key and IV properties, explicit key/IV transforms and the one-shot CBC/CFB APIs.
        table.Add(t, Crypto + "SymmetricAlgorithm", "Key", Entry(new CryptoParameter("value", CryptoRole.Key)))
             .Add(t, Crypto + "SymmetricAlgorithm", "SetKey", Entry(new CryptoParameter("key", CryptoRole.Key)))
             .Add(t, Crypto + "SymmetricAlgorithm", "IV", Entry(new CryptoParameter("value", CryptoRole.Iv)))
             .Add(t, Crypto + "SymmetricAlgorithm", "CreateEncryptor", Entry(new CryptoParameter("rgbKey", CryptoRole.Key), new CryptoParameter("rgbIV", CryptoRole.Iv)))
             .Add(t, Crypto + "SymmetricAlgorithm", "CreateDecryptor", Decrypting(new CryptoParameter("rgbKey", CryptoRole.Key), new CryptoParameter("rgbIV", CryptoRole.Iv)))
             .Add(t, Crypto + "SymmetricAlgorithm", "EncryptCbc,TryEncryptCbc,EncryptCfb,TryEncryptCfb", Entry(new CryptoParameter("iv", CryptoRole.Iv)))
             .Add(t, Crypto + "SymmetricAlgorithm", "DecryptCbc,TryDecryptCbc,DecryptCfb,TryDecryptCfb", Decrypting(new CryptoParameter("iv", CryptoRole.Iv)));

        // AEAD ciphers: the key at construction, the nonce per message.
        foreach (var aead in new[] { "AesGcm", "AesCcm", "ChaCha20Poly1305" })
        {
            table.Add(t, Crypto + aead, ".ctor", Entry(new CryptoParameter("key", CryptoRole.Key)))
                 .Add(t, Crypto + aead, "Encrypt", Entry(new CryptoParameter("nonce", CryptoRole.Nonce)))
                 .Add(t, Crypto + aead, "Decrypt", Decrypting(new CryptoParameter("nonce", CryptoRole.Nonce)));
        }

        // MACs: constructors, the Key property, one-shot HashData and incremental HMAC.
        foreach (var hmac in HmacTypes)
        {
            table.Add(t, Crypto + hmac, ".ctor,HashData,HashDataAsync,TryHashData", Entry(new CryptoParameter("key", CryptoRole.HmacKey)));
        }

        table.Add(t, Crypto + "KeyedHashAlgorithm", "Key", Entry(new CryptoParameter("value", CryptoRole.HmacKey)))
             .Add(t, Crypto + "IncrementalHash", "CreateHMAC", Entry(new CryptoParameter("key", CryptoRole.HmacKey)))
             .Add(t, Crypto + "CryptographicOperations", "HmacData,HmacDataAsync,TryHmacData", Entry(new CryptoParameter("key", CryptoRole.HmacKey)));

        // Key derivation: input key material, passwords and salts.
        table.Add(t, Crypto + "HKDF", "DeriveKey,Extract", Entry(new CryptoParameter("ikm", CryptoRole.Key), new CryptoParameter("salt", CryptoRole.Salt)))
             .Add(t, Crypto + "Rfc2898DeriveBytes", ".ctor,Pbkdf2", Entry(new CryptoParameter("password", CryptoRole.KdfPassword), new CryptoParameter("salt", CryptoRole.Salt)))
             .Add(t, Crypto + "PasswordDeriveBytes", ".ctor", Entry(new CryptoParameter("strPassword", CryptoRole.KdfPassword), new CryptoParameter("password", CryptoRole.KdfPassword), new CryptoParameter("rgbSalt", CryptoRole.Salt)))
             .Add(t, "Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation", "Pbkdf2", Entry(new CryptoParameter("password", CryptoRole.KdfPassword), new CryptoParameter("salt", CryptoRole.Salt)));

        // Token signing keys (JWT).
        table.Add(t, "Microsoft.IdentityModel.Tokens.SymmetricSecurityKey", ".ctor", Entry(new CryptoParameter("key", CryptoRole.SigningKey)));

        // Private keys embedded in the app.
        table.Add(t, Crypto + "AsymmetricAlgorithm", "ImportPkcs8PrivateKey", Entry(new CryptoParameter("source", CryptoRole.PrivateKey)))
             .Add(t, Crypto + "RSA", "ImportRSAPrivateKey,ImportPkcs8PrivateKey", Entry(new CryptoParameter("source", CryptoRole.PrivateKey)))
             .Add(t, Crypto + "ECAlgorithm", "ImportECPrivateKey,ImportPkcs8PrivateKey", Entry(new CryptoParameter("source", CryptoRole.PrivateKey)))
             .Add(t, Crypto + "ECDsa", "ImportECPrivateKey", Entry(new CryptoParameter("source", CryptoRole.PrivateKey)))
             .Add(t, Crypto + "ECDiffieHellman", "ImportECPrivateKey", Entry(new CryptoParameter("source", CryptoRole.PrivateKey)))
             .Add(t, Crypto + "AsymmetricAlgorithm", "ImportFromPem", PrivatePem(new CryptoParameter("input", CryptoRole.PrivateKey)))
             .Add(t, Crypto + "X509Certificates.X509Certificate2", "CreateFromPem", Entry(new CryptoParameter("keyPem", CryptoRole.PrivateKey)));

        return table;
    }

    public static string Display(CryptoRole role) => role switch
    {
        CryptoRole.Key => "key",
        CryptoRole.HmacKey => "HMAC key",
        CryptoRole.SigningKey => "signing key",
        CryptoRole.PrivateKey => "private key",
        CryptoRole.KdfPassword => "key-derivation password",
        CryptoRole.Iv => "IV",
        CryptoRole.Nonce => "nonce",
        _ => "salt",
    };

    /// <summary>The <c>category</c> property of findings about this role.</summary>
    public static string Category(CryptoRole role) => role switch
    {
        CryptoRole.Key => "symmetric-key",
        CryptoRole.HmacKey => "hmac-key",
        CryptoRole.SigningKey => "signing-key",
        CryptoRole.PrivateKey => "private-key",
        CryptoRole.KdfPassword => "kdf-password",
        CryptoRole.Iv => "iv",
        CryptoRole.Nonce => "nonce",
        _ => "salt",
    };

    public static bool IsKeyRole(CryptoRole role) => role is CryptoRole.Key or CryptoRole.HmacKey or CryptoRole.SigningKey or CryptoRole.PrivateKey or CryptoRole.KdfPassword;

    private static CryptoSinkEntry Entry(params CryptoParameter[] parameters) => new(decrypt: false, privatePemOnly: false, parameters);

    private static CryptoSinkEntry Decrypting(params CryptoParameter[] parameters) => new(decrypt: true, privatePemOnly: false, parameters);

    private static CryptoSinkEntry PrivatePem(params CryptoParameter[] parameters) => new(decrypt: false, privatePemOnly: true, parameters);
}
