using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// RR1002: DES, Triple DES and RC2, whether created by constructor (<c>new TripleDESCng()</c>), static factory
/// (<c>DES.Create()</c>) or by name (<c>SymmetricAlgorithm.Create("DES")</c>, <c>CryptoConfig.CreateFromName("3DES")</c>).
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="CryptoApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of CryptoApiAnalyzer, which carries the attribute.")]
public sealed class WeakCipherAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.WeakCipher);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            // The cipher types are resolved at the first use of a System.Security.Cryptography type, not at the start
            // (docs/performance.md, change 38).
            var wellKnown = WellKnownTypes.For(start.Compilation);
            var types = new System.Lazy<WeakCipherTypes?>(() => WeakCipherTypes.Create(wellKnown));
            var crypto = CryptoNamespace.For(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, crypto, types), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, crypto, types), OperationKind.Invocation);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, CryptoNamespace crypto, System.Lazy<WeakCipherTypes?> lazyTypes)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!crypto.DeclaresOrInherits(creation.Type) || lazyTypes.Value is not { } types)
        {
            return;
        }

        if (creation.Type is INamedTypeSymbol type && types.Classify(type) is { } cipher)
        {
            Report(context, creation, cipher, "new " + type.Name + "()");
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, CryptoNamespace crypto, System.Lazy<WeakCipherTypes?> lazyTypes)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var name = method.Name;
        if (!method.IsStatic || name is not ("Create" or "CreateFromName") || !crypto.DeclaresOrInherits(method.ContainingType) ||
            lazyTypes.Value is not { } types)
        {
            return;
        }

        var containing = method.ContainingType;
        if (name == "Create" && types.Classify(containing) is { } cipher)
        {
            // TripleDES.Create("…") names its own algorithm; the string decides when it is a known one.
            if (invocation.Arguments.Length == 1 && Named(invocation.Arguments[0].Value) is { } named)
            {
                cipher = named;
            }

            Report(context, invocation, cipher, containing.Name + ".Create()");
            return;
        }

        var byName = (name == "Create" && SymbolEqualityComparer.Default.Equals(containing, types.SymmetricAlgorithm)) ||
                     (name == "CreateFromName" && SymbolEqualityComparer.Default.Equals(containing, types.CryptoConfig));
        if (byName && invocation.Arguments.Length >= 1 && Named(invocation.Arguments[0].Value) is { } byConfig &&
            CryptoValues.TryGetString(invocation.Arguments[0].Value, out var text))
        {
            Report(context, invocation, byConfig, containing.Name + "." + name + "(\"" + text + "\")");
        }
    }

    private static WeakCipher? Named(IOperation argument)
        => CryptoValues.TryGetString(argument, out var text) ? WeakCipherTypes.FromConfigName(text) : null;

    private static void Report(OperationAnalysisContext context, IOperation operation, WeakCipher cipher, string construct)
        => context.ReportDiagnostic(RightsDiagnostic.Create(
            Rules.WeakCipher,
            operation.Syntax.GetLocation(),
            source: null,
            EvidenceKinds.Api,
            cipher.Category,
            construct,
            cipher.DisplayName));
}
