using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

internal static partial class Rules
{
    private static readonly int[] CryptoRecommendations = { 7, 8 };

    /// <summary>RR1007 is about confidentiality in transit only: Recommendation 8.</summary>
    private static readonly int[] ChannelRecommendations = { 8 };

    public static readonly DiagnosticDescriptor WeakHash = RuleDescriptors.Create(
        "RR1001",
        "Broken or weak hash algorithm",
        "{0} uses {1}, a broken hash algorithm; use SHA-256 or stronger",
        RuleCategories.Crypto,
        "MD5, SHA-1, RIPEMD-160 and HMAC-MD5 are broken for security purposes: collisions can be computed, so signatures, integrity checks and password hashes built on them can be forged. People who rely on the software to keep their messages and identities safe are the ones exposed.",
        CryptoRecommendations);

    public static readonly DiagnosticDescriptor WeakCipher = RuleDescriptors.Create(
        "RR1002",
        "Broken or legacy symmetric cipher",
        "{0} uses {1}, a broken or legacy cipher; use AES (Aes.Create(), or AesGcm for authenticated encryption)",
        RuleCategories.Crypto,
        "DES can be brute-forced in hours, RC2 is broken, and Triple DES has 64-bit blocks (Sweet32) and is disallowed by NIST for new encryption since 2024. Data protected with them — health records, messages, credentials — can be read by anyone who captures it.",
        CryptoRecommendations);

    public static readonly DiagnosticDescriptor InsecureCipherMode = RuleDescriptors.Create(
        "RR1003",
        "Insecure cipher mode or padding",
        "{0} selects {1}; {2}",
        RuleCategories.Crypto,
        "ECB encrypts equal plaintext blocks to equal ciphertext blocks, so structure and repetition leak through the encryption; RSA PKCS#1 v1.5 encryption padding is open to Bleichenbacher-style padding-oracle attacks. Both let an observer learn what encryption was meant to hide.",
        CryptoRecommendations);

    public static readonly DiagnosticDescriptor WeakKeySize = RuleDescriptors.Create(
        "RR1004",
        "Insufficient asymmetric key strength",
        "{0} {1}; use {2}",
        RuleCategories.Crypto,
        "RSA keys below 2048 bits, DSA and elliptic curves below 224 bits are below the 112-bit security strength NIST SP 800-57 requires: a well-resourced adversary can recover the private key, forge signatures and decrypt recorded traffic.",
        CryptoRecommendations);

    public static readonly DiagnosticDescriptor DeprecatedTls = RuleDescriptors.Create(
        "RR1005",
        "Deprecated TLS/SSL protocol",
        "{0} {1}; {2}",
        RuleCategories.Crypto,
        "SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 are deprecated (RFC 8996) and have practical attacks (POODLE, BEAST); enabling them, or switching off the platform's strong-crypto defaults, lets a network attacker downgrade and read or alter the connection.",
        CryptoRecommendations);

    public static readonly DiagnosticDescriptor CertificateValidationDisabled = RuleDescriptors.Create(
        "RR1006",
        "Certificate validation disabled",
        "{0} accepts every server certificate; remove it so the platform validates certificates, or check SslPolicyErrors and pin the expected certificate",
        RuleCategories.Crypto,
        "A TLS connection that accepts any certificate is encrypted to whoever answers: anyone on the network path — a hostile Wi-Fi operator, an ISP under state pressure, an interception appliance — can read and alter the traffic while the application believes it is secure.",
        CryptoRecommendations);

    public static readonly DiagnosticDescriptor UnencryptedChannel = RuleDescriptors.Create(
        "RR1007",
        "Unencrypted channel",
        "{0} {1}; {2}",
        RuleCategories.Crypto,
        "Plain HTTP, FTP, SMTP without TLS and null-encryption TLS send data in the clear: every network operator on the path can read it, and can change it. For people under surveillance the content and the metadata of such requests are exposed.",
        ChannelRecommendations);

    public static readonly DiagnosticDescriptor WeakPasswordKdf = RuleDescriptors.Create(
        "RR1009",
        "Weak password-based key derivation",
        "{0} {1}; {2}",
        RuleCategories.Crypto,
        "Keys and password hashes derived with PBKDF1, too few PBKDF2 iterations, or a short or constant salt can be brute-forced with commodity GPUs once the data leaks: users' passwords, and everything encrypted under them, are recovered.",
        CryptoRecommendations);
}
