using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        FlowDriver.Register(context, static () => new KeyRule());
    }

    private sealed class KeyRule : FlowRule
    {
        private SinkReachability? producers;

        private CryptoNamespace? crypto;

        // A key is exposed wherever it lands outside the process's memory: files count too (unencrypted at rest).
        public override SinkKind Interest => SinkKind.All;

        /// <summary>
        /// Key material can only be in a body that touches a System.Security.Cryptography member (an export, a key
        /// property, a KDF, a key handed to a cipher), names a byte buffer as a key, or calls a helper or computed
        /// property of this compilation that does and can hand something back (<see cref="CanHandBack"/>). Other
        /// bodies — most of them, even in crypto-heavy code — are not evaluated for this rule at all. Asked only of bodies
        /// where a sink was found: asking every body first walked nearly twice the operations, on ordinary and on dense
        /// code alike, for the same summaries (docs/performance.md, change 30).
        /// </summary>
        public override bool Matters(FlowEngine engine, IOperation root, ISymbol owner, CancellationToken cancellationToken)
        {
            crypto ??= CryptoNamespace.For(engine.Compilation);
            var reach = producers ??= new SinkReachability(engine, static _ => false, followGetters: true, anyOperation: MayCarryKey, followCallee: CanHandBack);
            return reach.MayReach(root, owner, cancellationToken);
        }

        /// <summary>
        /// Whether a call of <paramref name="method"/> can bring a value into its caller: a constructor (the object),
        /// a <c>ref</c> or <c>out</c> parameter, or a result of a type that can hold key material. A helper returning
        /// <c>void</c>, a number, a flag, a date or a plain <c>Task</c> cannot, so its body is never bound for this gate.
        /// </summary>
        private static bool CanHandBack(IMethodSymbol method)
            => SinkReachability.HandsBackBesidesResult(method) || TypeFilter.CanHoldData(method.ReturnType);

        private bool MayCarryKey(IOperation operation) => operation.Kind switch
        {
            // The kind first, then one cast: the gate asks about every operation of every body it walks (change 30).
            OperationKind.Invocation => IsCrypto(((IInvocationOperation)operation).TargetMethod.ContainingType),
            OperationKind.ObjectCreation => IsCrypto(operation.Type as INamedTypeSymbol),
            OperationKind.PropertyReference => IsCrypto(((IPropertyReferenceOperation)operation).Property.ContainingType),
            OperationKind.FieldReference => IsCrypto(((IFieldReferenceOperation)operation).Field.ContainingType),
            OperationKind.LocalReference when ((ILocalReferenceOperation)operation).Local is var local => KeyNames.IsKeyBuffer(local.Name, local.Type),
            OperationKind.ParameterReference when ((IParameterReferenceOperation)operation).Parameter is var parameter => KeyNames.IsKeyBuffer(parameter.Name, parameter.Type),
            _ => false,
        };

        /// <summary>A type in System.Security.Cryptography or a namespace below it (remembered per type: asked for nearly every call and member reference the gate walks, change 30).</summary>
        private bool IsCrypto(INamedTypeSymbol? type) => crypto!.Declares(type);

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
