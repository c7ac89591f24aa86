using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow.Tables;

/// <summary>
/// Where key material comes from (RR2001, RR2002) and which APIs make a key from embedded data (RR2003).
/// Encrypted exports (<c>ExportEncryptedPkcs8PrivateKey*</c>) are deliberately absent: they are the remedy.
/// </summary>
internal static class KeyMaterialSources
{
    private const string Crypto = "System.Security.Cryptography.";
    private const string OpenPgp = "Org.BouncyCastle.Bcpg.OpenPgp.";

    public static void Add(MemberTable<SourceRule> table, WellKnownTypes t)
    {
        var exportParameters = new SourceRule(site => site.HasTrueArgument() ? (LabelKind.PrivateKey, "private-key-parameters", "private key parameters") : null);
        var privateExport = new SourceRule(LabelKind.PrivateKey, "private-key", "a private key export");
        table.Add(t, Crypto + "RSA", "ExportParameters", exportParameters)
             .Add(t, Crypto + "DSA", "ExportParameters", exportParameters)
             .Add(t, Crypto + "ECAlgorithm", "ExportParameters,ExportExplicitParameters", exportParameters) // declared here since .NET 5
             .Add(t, Crypto + "ECDsa", "ExportParameters,ExportExplicitParameters", exportParameters)
             .Add(t, Crypto + "ECDiffieHellman", "ExportParameters,ExportExplicitParameters", exportParameters)
             .Add(t, Crypto + "AsymmetricAlgorithm", "ToXmlString", new SourceRule(site => site.HasTrueArgument() ? (LabelKind.PrivateKey, "private-key", "a private key (ToXmlString(true))") : null))
             .Add(t, Crypto + "AsymmetricAlgorithm", "ExportPkcs8PrivateKey,ExportPkcs8PrivateKeyPem", privateExport)
             .Add(t, Crypto + "RSA", "ExportRSAPrivateKey,ExportRSAPrivateKeyPem", privateExport)
             .Add(t, Crypto + "ECAlgorithm", "ExportECPrivateKey,ExportECPrivateKeyPem", privateExport)
             .Add(t, Crypto + "ECDsa", "ExportECPrivateKey,ExportECPrivateKeyPem", privateExport)
             .Add(t, Crypto + "ECDiffieHellman", "ExportECPrivateKey,ExportECPrivateKeyPem", privateExport)
             .Add(t, Crypto + "X509Certificates.X509Certificate", "Export", new SourceRule(site => site.HasEnumArgument("Pfx", "Pkcs12") ? Pfx(site) : null))
             .Add(t, Crypto + "X509Certificates.X509Certificate", "ExportPkcs12", new SourceRule(Pfx))
             .Add(t, Crypto + "CngKey", "Export", new SourceRule(site => PrivateBlob(site) ? (LabelKind.PrivateKey, "private-key", "a private CNG key blob") : null))
             .Add(t, Crypto + "RSAParameters", "D,P,Q,DP,DQ,InverseQ", new SourceRule(LabelKind.PrivateKey, "private-key-parameters", "a private RSA parameter"))
             .Add(t, Crypto + "DSAParameters", "X", new SourceRule(LabelKind.PrivateKey, "private-key-parameters", "the private DSA parameter"))
             .Add(t, Crypto + "ECParameters", "D", new SourceRule(LabelKind.PrivateKey, "private-key-parameters", "the private EC parameter"));

        // TryExport* write the key into the caller's buffer and return a bool: the buffer becomes the key. The encrypted
        // (TryExportEncryptedPkcs8PrivateKey*) and public (TryExportSubjectPublicKeyInfo, TryExportRSAPublicKey) variants are absent.
        var privateInto = new SourceRule(LabelKind.PrivateKey, "private-key", "a private key export", fillsDestination: true);
        table.Add(t, Crypto + "AsymmetricAlgorithm", "TryExportPkcs8PrivateKey,TryExportPkcs8PrivateKeyPem", privateInto)
             .Add(t, Crypto + "RSA", "TryExportRSAPrivateKey,TryExportRSAPrivateKeyPem", privateInto)
             .Add(t, Crypto + "ECAlgorithm", "TryExportECPrivateKey,TryExportECPrivateKeyPem", privateInto);

        // Embedded resources are compiled into the assembly: a key read from one is shipped with the app (RR2003).
        // .resx resources too (ResourceManager, and the designer's Resources.X properties that call it).
        var resource = new SourceRule(LabelKind.EmbeddedData, "embedded-resource", "an embedded resource");
        table.Add(t, "System.Reflection.Assembly", "GetManifestResourceStream", resource)
             .Add(t, "System.Resources.ResourceManager", "GetString,GetObject,GetStream", resource);

        var derived = new SourceRule(LabelKind.SecretKey, "derived-key", "a derived key");
        table.Add(t, Crypto + "SymmetricAlgorithm", "Key", new SourceRule(LabelKind.SecretKey, "symmetric-key", "a symmetric key"))
             .Add(t, Crypto + "KeyedHashAlgorithm", "Key", new SourceRule(LabelKind.SecretKey, "hmac-key", "an HMAC key"))
             .Add(t, Crypto + "DeriveBytes", "GetBytes", derived)
             .Add(t, Crypto + "Rfc2898DeriveBytes", "Pbkdf2,GetBytes", derived)
             .Add(t, Crypto + "HKDF", "DeriveKey,Expand,Extract", derived)
             .Add(t, Crypto + "ECDiffieHellman", "DeriveKeyMaterial,DeriveKeyFromHash,DeriveKeyFromHmac,DeriveKeyTls,DeriveRawSecretAgreement",
                  new SourceRule(LabelKind.SecretKey, "shared-secret", "a Diffie-Hellman shared secret"));
    }

    /// <summary>
    /// Methods that load a public key or certificate from their first argument. When that argument is built from
    /// constants (a PEM literal, base64 of a literal, an embedded resource), the key is embedded in the app.
    /// Importers change their receiver (<c>rsa.ImportFromPem(pem)</c>); factories return the key.
    /// </summary>
    public static MemberTable<string> EmbeddedKeyImporters(WellKnownTypes t)
        => new MemberTable<string>()
            .Add(t, Crypto + "AsymmetricAlgorithm", "ImportFromPem,ImportSubjectPublicKeyInfo,FromXmlString", "an embedded public key")
            .Add(t, Crypto + "RSA", "ImportFromPem,ImportRSAPublicKey,ImportSubjectPublicKeyInfo,ImportParameters,FromXmlString", "an embedded RSA public key")
            .Add(t, Crypto + "ECDiffieHellman", "ImportFromPem,ImportSubjectPublicKeyInfo,ImportParameters", "an embedded EC public key")
            .Add(t, Crypto + "ECAlgorithm", "ImportFromPem,ImportSubjectPublicKeyInfo,ImportParameters", "an embedded EC public key") // where .NET 5+ declares them
            .Add(t, Crypto + "X509Certificates.X509Certificate2Collection", "Import,ImportFromPem", "an embedded certificate");

    public static MemberTable<string> EmbeddedKeyFactories(WellKnownTypes t)
        => new MemberTable<string>()
            .Add(t, Crypto + "X509Certificates.X509Certificate2", ".ctor,CreateFromPem,CreateFromCertFile", "an embedded certificate")
            .Add(t, Crypto + "X509Certificates.X509Certificate", ".ctor,CreateFromCertFile", "an embedded certificate")
            .Add(t, Crypto + "X509Certificates.X509CertificateLoader", "LoadCertificate,LoadCertificateFromFile", "an embedded certificate")
            .Add(t, Crypto + "ECDiffieHellmanPublicKey", "FromByteArray,FromXmlString", "an embedded EC public key")
            .Add(t, Crypto + "ECDiffieHellmanCngPublicKey", "FromByteArray,FromXmlString", "an embedded EC public key")

            // BouncyCastle OpenPGP, where referenced: key rings and the object factory read the key from their first argument.
            .Add(t, OpenPgp + "PgpPublicKeyRingBundle", ".ctor", "an embedded OpenPGP public key")
            .Add(t, OpenPgp + "PgpPublicKeyRing", ".ctor", "an embedded OpenPGP public key")
            .Add(t, OpenPgp + "PgpObjectFactory", ".ctor", "an embedded OpenPGP public key");

    /// <summary>
    /// Constructors that wrap data in a stream or reader (<c>new MemoryStream(Convert.FromBase64String("…"))</c>,
    /// <c>new StringReader(ArmoredKey)</c>): over constant data, the stream carries <see cref="LabelKind.EmbeddedData"/>,
    /// so a key read from it (an OpenPGP key ring, a certificate) is embedded. A path argument is not data.
    /// </summary>
    public static bool WrapsData(IMethodSymbol constructor)
        => constructor.ContainingType is { Name: "MemoryStream" or "StringReader" } type &&
           type.ContainingNamespace?.ToDisplayString() == "System.IO" &&
           constructor.Parameters.Length > 0 &&
           constructor.Parameters[0].Type is IArrayTypeSymbol or { SpecialType: SpecialType.System_String };

    public static Label EmbeddedDataLabel(IOperation operation)
        => new(LabelKind.EmbeddedData, "embedded-data", "constant data", EvidenceTier.Api, "'" + operation.Syntax + "'", operation.Syntax.GetLocation());

    /// <summary>
    /// A PFX carries the private key. Protected by a password that arrives at run time it is an encrypted export (the
    /// remedy, like ExportEncryptedPkcs8PrivateKey); with no password, or one written in the code, anyone can open it.
    /// </summary>
    private static (LabelKind, string, string)? Pfx(SourceSite site)
    {
        foreach (var argument in site.Arguments)
        {
            if (argument.Parameter?.Name == "password")
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.ConstantValue.HasValue)
                {
                    return (LabelKind.PrivateKey, "pfx", "a PFX/PKCS#12 export of the private key with no password or a hard-coded one");
                }

                return null;
            }
        }

        return (LabelKind.PrivateKey, "pfx", "a PFX/PKCS#12 export of the private key without a password");
    }

    private static bool PrivateBlob(SourceSite site)
    {
        foreach (var argument in site.Arguments)
        {
            if (argument.Value is IPropertyReferenceOperation property && property.Property.Name.IndexOf("Private", System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
