using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Flow.Tables;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.KeyEscrow;

/// <summary>
/// RR2001 (private keys) and RR2002 (symmetric, session, derived and shared keys) reaching any sink: the network, an
/// HTTP response, a log, the console, telemetry or a file, directly or through locals, helpers and wrappers (the
/// value-flow engine). Sources are the export APIs and key properties of <see cref="KeyMaterialSources"/>, byte buffers
/// handed to a crypto API as its key, and byte buffers named as keys. Encrypted exports, DataProtection, ProtectedData,
/// encryption and hashing (a key id) end the flow.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyMaterialLeakAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Rules.PrivateKeyLeaves, Rules.PrivateKeyLeavesInfo, Rules.SecretKeyLeaves, Rules.SecretKeyLeavesInfo);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        FlowDriver.Register(context, static () => new KeyRule());
    }

    private sealed class KeyRule : FlowRule
    {
        // A key is exposed wherever it lands outside the process's memory: files count too (unencrypted at rest).
        public override SinkKind Interest => SinkKind.All;

        public override void Judge(in FlowSite site, SinkHit hit, LabelSet labels)
        {
            if (labels.Labels.IsEmpty)
            {
                return;
            }

            // One finding per value: a private key wins over the symmetric-key reading of the same bytes.
            if (FlowMessages.Best(labels, static l => l.Kind == LabelKind.PrivateKey) is { } privateKey)
            {
                FlowMessages.Report(site, Rules.PrivateKeyLeaves, Rules.PrivateKeyLeavesInfo, privateKey, hit);
            }
            else if (FlowMessages.Best(labels, static l => l.Kind == LabelKind.SecretKey) is { } secretKey)
            {
                FlowMessages.Report(site, Rules.SecretKeyLeaves, Rules.SecretKeyLeavesInfo, secretKey, hit);
            }
        }
    }
}
