using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Families.Crypto.CryptoFlow;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// RR1010 (constant or reused IV / nonce) and RR1011 (hard-coded key): values built from literals and constants —
/// literal arrays, <c>new byte[n]</c>, <c>Encoding.*.GetBytes("…")</c>, base64/hex literals, <c>"…"u8</c>, const and
/// static readonly fields, helpers returning constants — reaching a crypto parameter directly or through helper
/// parameters (<see cref="CryptoFlowContext"/>). One analyzer for both: they ask the same question of the same sinks.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="CryptoValueAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of CryptoValueAnalyzer, which carries the attribute.")]
public sealed class HardCodedCryptoValueAnalyzer : DiagnosticAnalyzer
{
    /// <summary>One list per thread for the common case — an operation that sets no crypto parameter — so nothing is allocated for it.</summary>
    [System.ThreadStatic]
    private static List<CryptoSinkHit>? scratch;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.ConstantIv, Rules.HardCodedKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            // No gate on the crypto table here: asking whether any of its types is referenced would resolve them,
            // and a lookup resolves only the types code actually meets (docs/performance.md, changes 37 and 38).
            var flow = CryptoFlowContext.Create(start.Compilation, start.Options);

            start.RegisterOperationAction(
                operation =>
                {
                    var found = scratch ??= new List<CryptoSinkHit>();
                    found.Clear();
                    flow.Find(operation.Operation, found, operation.CancellationToken);
                    if (found.Count == 0)
                    {
                        return;
                    }

                    var hits = found.ToArray();
                    found.Clear();

                    var root = OperationTree.Root(operation.Operation);
                    var body = flow.Engine.Analyze(root, operation.CancellationToken);
                    foreach (var hit in hits)
                    {
                        Judge(operation, body, root, hit);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment);
        });
    }

    private static void Judge(OperationAnalysisContext context, BodyAnalysis body, IOperation root, CryptoSinkHit hit)
    {
        if (FlowValues.IsNullOrDefault(hit.Value))
        {
            return;
        }

        switch (hit.Role)
        {
            // Decrypting legacy data with the IV it was written with is not a new weakness; the encrypting side is reported.
            case CryptoRole.Iv or CryptoRole.Nonce when !hit.Decrypt:
                JudgeIv(context, body, hit);
                break;
            case var role when CryptoSinks.IsKeyRole(role):
                JudgeKey(context, body, root, hit);
                break;
        }
    }

    private static void JudgeIv(OperationAnalysisContext context, BodyAnalysis body, CryptoSinkHit hit)
    {
        var labels = body.Eval(hit.Value);
        var location = hit.Value.Syntax.GetLocation();
        var what = CryptoSinks.Display(hit.Role);
        if (labels.IsConstant && hit.ConstantPassThrough)
        {
            Report(context, Rules.ConstantIv, location, labels.ConstantSource, hit, what, "constant (" + FlowValues.Text(Shown(labels.ConstantSource, location), hit.Value) + ")");
        }
        else if (hit.Via is null && FlowValues.ReusedField(hit.Value, context.CancellationToken) is { } field)
        {
            Report(context, Rules.ConstantIv, location, field.Locations.Length > 0 ? field.Locations[0] : null, hit, what,
                "reused: it comes from the readonly field '" + field.Name + "', so every message gets the same one");
        }
    }

    private static void JudgeKey(OperationAnalysisContext context, BodyAnalysis body, IOperation root, CryptoSinkHit hit)
    {
        var labels = body.Eval(hit.Value);
        var location = hit.Value.Syntax.GetLocation();
        if (hit.PrivatePemOnly && (FlowValues.ConstantText(hit.Value, root) is not { } pem || !IsPrivatePem(pem)))
        {
            // ImportFromPem loads public keys too; an embedded public key is RR2003's question, not a secret in the binary.
            return;
        }

        var what = CryptoSinks.Display(hit.Role);
        if (labels.IsConstant && hit.ConstantPassThrough)
        {
            Report(context, Rules.HardCodedKey, location, labels.ConstantSource, hit, what, FlowValues.Text(Shown(labels.ConstantSource, location), hit.Value));
        }
        else if (hit.Via is null && FlowValues.ConstantFallback(hit.Value, body, root) is { } fallback)
        {
            Report(context, Rules.HardCodedKey, location, fallback.Syntax.GetLocation(), hit, what,
                FlowValues.Text(fallback.Syntax.GetLocation(), fallback) + ", used whenever the configured value is missing");
        }
    }

    /// <summary>The constant's own text when it lies elsewhere; the whole value when the constant is part of it.</summary>
    private static Location Shown(Location? source, Location primary) => FlowValues.Additional(source, primary) ?? primary;

    private static bool IsPrivatePem(string text) => text.IndexOf("PRIVATE KEY", System.StringComparison.Ordinal) >= 0;

    private static void Report(OperationAnalysisContext context, DiagnosticDescriptor rule, Location location, Location? source, CryptoSinkHit hit, string what, string detail)
        => context.ReportDiagnostic(RightsDiagnostic.Create(
            rule,
            location,
            FlowValues.Additional(source, location),
            EvidenceKinds.Api,
            CryptoSinks.Category(hit.Role),
            what,
            hit.Describe(),
            detail));
}
