using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// The crypto rules judged from the values that reach a crypto parameter — RR1008 (predictable randomness), RR1010
/// (constant IV or nonce) and RR1011 (hard-coded key) — registered as one analyzer (<see cref="CompositeAnalyzer"/>);
/// they share one crypto flow context per compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CryptoValueAnalyzer : CompositeAnalyzer
{
    public CryptoValueAnalyzer()
        : base(new PredictableRandomnessAnalyzer(), new HardCodedCryptoValueAnalyzer())
    {
    }
}
