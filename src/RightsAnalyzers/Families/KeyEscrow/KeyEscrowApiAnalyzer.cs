using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.KeyEscrow;

/// <summary>
/// The key-escrow rules judged from the code's own calls and declarations — RR2003 (keys wrapped for an embedded
/// recipient), RR2004 (exceptional-access hooks) and RR2005 (root certificates installed by the app) — registered as
/// one analyzer (<see cref="CompositeAnalyzer"/>). RR2001/RR2002, the key-material flow, run as their own analyzer
/// (<see cref="KeyMaterialLeakAnalyzer"/>), one of the package's largest.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyEscrowApiAnalyzer : CompositeAnalyzer
{
    public KeyEscrowApiAnalyzer()
        : base(new EmbeddedRecipientAnalyzer(), new ExceptionalAccessHookAnalyzer(), new RootCertificateInstallAnalyzer())
    {
    }
}
