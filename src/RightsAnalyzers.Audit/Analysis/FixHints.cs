using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Audit.Analysis;

/// <summary>
/// One-line fix hints per rule ID, for readers who will not open the docs page. The descriptors carry the "why"
/// (their description), not the "how", so the hints live here; a rule added later without a hint still gets one
/// built from its descriptor.
/// </summary>
internal static class FixHints
{
    private static readonly Dictionary<string, string> Hints = new(System.StringComparer.Ordinal)
    {
        ["RR0001"] = "Correct the .editorconfig value named in the message; until then the rule uses its default.",
        ["RR1001"] = "Use SHA-256 or stronger (SHA256.HashData, HashAlgorithmName.SHA256; HMACSHA256 for MACs); hash passwords with a password KDF.",
        ["RR1002"] = "Use AES through an authenticated mode (AesGcm) or ChaCha20Poly1305 instead of DES, 3DES or RC2.",
        ["RR1003"] = "Use an authenticated mode (AesGcm) or CBC with a random IV and a MAC; encrypt with RSA using OAEP (RSAEncryptionPadding.OaepSHA256).",
        ["RR1004"] = "Use RSA keys of at least 2048 bits (3072 for long-lived keys) or ECDSA/ECDH on P-256 or stronger; replace DSA.",
        ["RR1005"] = "Let the operating system choose the protocol (SslProtocols.None) or require TLS 1.2/1.3; never re-enable SSL 3, TLS 1.0 or 1.1.",
        ["RR1006"] = "Remove the always-true callback; let the platform validate the chain, or pin the expected certificate or issuer.",
        ["RR1007"] = "Use https:// or another encrypted transport, EncryptionPolicy.RequireEncryption and SmtpClient.EnableSsl = true.",
        ["RR1008"] = "Use RandomNumberGenerator (GetBytes, GetInt32, GetHexString) for any value an attacker must not guess.",
        ["RR1009"] = "Use Rfc2898DeriveBytes.Pbkdf2 with SHA-256 and at least 600,000 iterations and a random salt of at least 16 bytes.",
        ["RR1010"] = "Generate a fresh random IV or nonce for every message (RandomNumberGenerator.Fill) and store it beside the ciphertext.",
        ["RR1011"] = "Load keys from a key store or secret manager instead of source code, and rotate the key that was exposed.",
        ["RR2001"] = "Keep private keys in the process or a key store; if one must move, export it encrypted to a store the user controls.",
        ["RR2002"] = "Do not send, log or persist raw secret keys; wrap them with a key-encryption key or Data Protection, and log a key id.",
        ["RR2003"] = "Encrypt only to recipients the user chose; remove embedded third-party keys and extra recipients.",
        ["RR2004"] = "Remove the exceptional-access hook; key recovery, if offered at all, must be user-controlled, opt-in and documented.",
        ["RR2005"] = "Do not install root certificates from application code; trust a custom CA per connection (X509ChainPolicy.CustomTrustStore).",
        ["RR3001"] = "Log an opaque identifier instead, or classify the data and redact it (Microsoft.Extensions.Compliance redaction).",
        ["RR3002"] = "Never log credentials: log that one was present, not its value, and rotate any secret that reached a log.",
        ["RR3003"] = "Log the specific non-personal fields you need, not the whole object; classify personal members so redaction applies.",
        ["RR3004"] = "Log only what incident response needs: turn off body, header, query and client-IP logging and EF Core sensitive-data logging.",
        ["RR3005"] = "Keep personal data out of exception messages; put an opaque id in the message.",
        ["RR4001"] = "Use a random per-install id the user can reset instead of machine or user names, MAC addresses or hardware serials.",
        ["RR4002"] = "Drop IP addresses and precise locations from telemetry, or coarsen them (country or city, truncated address) first.",
        ["RR4003"] = "Remove personal data from telemetry attributes; send aggregates or opaque ids.",
        ["RR4004"] = "Turn off PII collection in the SDK (SendDefaultPii = false) and remove identifying enrichers and client-IP initializers.",
        ["RR4005"] = "Do not combine identifiers into a fingerprint (hashing does not anonymise); use a random, resettable install id.",
    };

    public static string For(DiagnosticDescriptor descriptor)
    {
        if (Hints.TryGetValue(descriptor.Id, out var hint))
        {
            return hint;
        }

        var description = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reason = FirstSentence(description);
        return (reason.Length == 0 ? string.Empty : reason + " ") + "The rule's page explains the fix: " + descriptor.HelpLinkUri;
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", System.StringComparison.Ordinal);
        return end < 0 ? text.Trim() : text.Substring(0, end + 1);
    }
}
