using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Flow;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// RR1006: certificate-validation callbacks that accept every certificate, wherever they go. A callback is any
/// delegate returning bool with an <c>SslPolicyErrors</c> parameter — <c>RemoteCertificateValidationCallback</c>,
/// <c>HttpClientHandler.ServerCertificateCustomValidationCallback</c>'s <c>Func</c>, third-party equivalents — so
/// <c>ServicePointManager</c>, <c>HttpWebRequest</c>, <c>SslStream</c>, <c>SslClientAuthenticationOptions</c>,
/// <c>SocketsHttpHandler.SslOptions</c> and handler factories are all covered. Lambdas, anonymous methods, method
/// groups and local functions are inspected. Also <c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="CryptoApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of CryptoApiAnalyzer, which carries the attribute.")]
public sealed class CertificateValidationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.CertificateValidationDisabled);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            var types = WellKnownTypes.For(start.Compilation);
            if (types.Get("System.Net.Security.SslPolicyErrors") is { } policyErrors)
            {
                // Per delegate type: every lambda of the compilation (LINQ predicates, callbacks) is asked (change 34).
                var callbackTypes = new AnswerCache<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
                start.RegisterOperationAction(c => AnalyzeDelegate(c, policyErrors, callbackTypes), OperationKind.DelegateCreation);
            }

            if (types.Get("System.Net.Http.HttpClientHandler") is { } handler)
            {
                start.RegisterOperationAction(c => AnalyzeAcceptAny(c, handler), OperationKind.PropertyReference);
            }
        });
    }

    private static void AnalyzeDelegate(OperationAnalysisContext context, INamedTypeSymbol policyErrors, AnswerCache<ITypeSymbol, bool> callbackTypes)
    {
        var creation = (IDelegateCreationOperation)context.Operation;
        if (creation.Type is not { } type ||
            !callbackTypes.GetOrAdd(type, policyErrors, static (t, p) => IsValidationCallback(t, p)) ||
            CertificateCallbacks.IsOptIn(creation))
        {
            return;
        }

        string subject;
        switch (creation.Target)
        {
            case IAnonymousFunctionOperation lambda:
                if (!CertificateCallbacks.AlwaysAccepts(lambda.Body))
                {
                    return;
                }

                subject = "The callback";
                break;

            case IMethodReferenceOperation { Method: var method }:
                if (!MethodAlwaysAccepts(method, creation))
                {
                    return;
                }

                subject = "'" + method.Name + "'";
                break;

            default:
                return;
        }

        var target = CertificateCallbacks.TargetName(creation);
        Report(context, creation, "alwaystrue", target is null ? subject : subject + " for " + target);
    }

    /// <summary><c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c> put to use (not compared).</summary>
    private static void AnalyzeAcceptAny(OperationAnalysisContext context, INamedTypeSymbol handler)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Property.Name == "DangerousAcceptAnyServerCertificateValidator" &&
            SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, handler) &&
            CryptoValues.FlowsIntoSetting(reference) && !CertificateCallbacks.IsOptIn(reference))
        {
            Report(context, reference, "acceptany", "HttpClientHandler.DangerousAcceptAnyServerCertificateValidator");
        }
    }

    private static bool IsValidationCallback(ITypeSymbol? type, INamedTypeSymbol policyErrors)
    {
        if (type is not INamedTypeSymbol { DelegateInvokeMethod: { ReturnType.SpecialType: SpecialType.System_Boolean } invoke })
        {
            return false;
        }

        foreach (var parameter in invoke.Parameters)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter.Type, policyErrors))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Looks into the referenced method's body: a local function in the same body, or a method of this compilation
    /// (as operations when it is in the same file, as syntax otherwise). Metadata methods are unknown: not reported.
    /// </summary>
    private static bool MethodAlwaysAccepts(IMethodSymbol method, IOperation reference)
    {
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            foreach (var descendant in OperationWalk.Descendants(OperationTree.Root(reference)))
            {
                if (descendant is ILocalFunctionOperation local && SymbolEqualityComparer.Default.Equals(local.Symbol, method.OriginalDefinition) && local.Body is { } body)
                {
                    return CertificateCallbacks.AlwaysAccepts(body);
                }
            }

            return false;
        }

        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (reference.SemanticModel is { } model && declaration.SyntaxTree == model.SyntaxTree &&
            model.GetOperation(declaration) is IMethodBodyOperation methodBody &&
            (methodBody.BlockBody ?? methodBody.ExpressionBody) is { } methodBlock)
        {
            return CertificateCallbacks.AlwaysAccepts(methodBlock);
        }

        return CertificateCallbacks.AlwaysAccepts(declaration);
    }

    private static void Report(OperationAnalysisContext context, IOperation operation, string category, string subject)
        => context.ReportDiagnostic(RightsDiagnostic.Create(
            Rules.CertificateValidationDisabled, operation.Syntax.GetLocation(), source: null, EvidenceKinds.Api, category, subject));
}
