using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// The crypto rules judged from the API call itself — RR1001–RR1007 and RR1009: weak hashes and ciphers, ECB and
/// unpadded modes, short keys, old TLS, disabled certificate validation, unencrypted channels, weak password KDFs —
/// registered as one analyzer (<see cref="CompositeAnalyzer"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CryptoApiAnalyzer : CompositeAnalyzer
{
    public CryptoApiAnalyzer()
        : base(
            new WeakHashAnalyzer(),
            new WeakCipherAnalyzer(),
            new CipherModeAnalyzer(),
            new KeyStrengthAnalyzer(),
            new TlsProtocolAnalyzer(),
            new CertificateValidationAnalyzer(),
            new UnencryptedChannelAnalyzer(),
            new PasswordKdfAnalyzer())
    {
    }
}
