using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// RR1001: MD5, SHA-1, RIPEMD-160 and HMAC-MD5, whether created by constructor, static factory, one-shot
/// <c>HashData</c>, a CryptoConfig name string or a <see cref="System.Security.Cryptography.HashAlgorithmName"/>.
/// Digests evidently used for non-security purposes are skipped (see <see cref="NonSecurityUse"/>).
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="CryptoApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of CryptoApiAnalyzer, which carries the attribute.")]
public sealed class WeakHashAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.WeakHash);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            // The algorithm types are resolved at the first use of a System.Security.Cryptography type, not at the
            // start: an application that never uses one does not load them (docs/performance.md, change 38).
            var wellKnown = WellKnownTypes.For(start.Compilation);
            var types = new System.Lazy<WeakHashTypes?>(() => WeakHashTypes.Create(wellKnown));
            var options = OptionsCache.For(start.Options);
            var crypto = CryptoNamespace.For(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, crypto, types, options), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, crypto, types, options), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeAlgorithmName(c, crypto, types, options), OperationKind.PropertyReference);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, CryptoNamespace crypto, System.Lazy<WeakHashTypes?> lazyTypes, OptionsCache options)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!crypto.DeclaresOrInherits(creation.Type) || lazyTypes.Value is not { } types)
        {
            return;
        }

        if (creation.Type is INamedTypeSymbol type && types.Classify(type) is { } algorithm)
        {
            Report(context, options, creation, algorithm, "new " + type.Name + "()");
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, CryptoNamespace crypto, System.Lazy<WeakHashTypes?> lazyTypes, OptionsCache options)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || !crypto.DeclaresOrInherits(method.ContainingType) || lazyTypes.Value is not { } types)
        {
            return;
        }

        var name = method.Name;
        if (name is "Create" or "HashData" or "HashDataAsync" or "TryHashData" &&
            types.Classify(method.ContainingType) is { } algorithm)
        {
            // MD5.Create("…") names its own algorithm; the string decides (an MD5 by another name is still MD5).
            if (name == "Create" && invocation.Arguments.Length == 1)
            {
                algorithm = ConstantAlgorithm(invocation.Arguments[0].Value) ?? algorithm;
            }

            Report(context, options, invocation, algorithm, method.ContainingType.Name + "." + name);
            return;
        }

        if ((name == "Create" && types.IsNameFactory(method.ContainingType)) ||
            (name == "CreateFromName" && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.CryptoConfig)))
        {
            if (invocation.Arguments.Length >= 1 && ConstantAlgorithm(invocation.Arguments[0].Value) is { } named)
            {
                Report(context, options, invocation, named, method.ContainingType.Name + "." + name + "(\"" + invocation.Arguments[0].Value.ConstantValue.Value + "\")");
            }
        }
    }

    /// <summary><c>HashAlgorithmName.MD5</c> anywhere; <c>HashAlgorithmName.SHA1</c> except where it selects an HMAC.</summary>
    private static void AnalyzeAlgorithmName(OperationAnalysisContext context, CryptoNamespace crypto, System.Lazy<WeakHashTypes?> lazyTypes, OptionsCache options)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        var property = reference.Property;
        if (!property.IsStatic || property.Name is not ("MD5" or "SHA1") || !crypto.Declares(property.ContainingType) ||
            lazyTypes.Value is not { } types || !SymbolEqualityComparer.Default.Equals(property.ContainingType, types.HashAlgorithmName))
        {
            return;
        }

        var algorithm = property.Name == "MD5" ? WeakHashAlgorithms.Md5 : WeakHashAlgorithms.Sha1;
        if (algorithm == WeakHashAlgorithms.Sha1 && SelectsHmac(reference))
        {
            return;
        }

        Report(context, options, reference, algorithm, "HashAlgorithmName." + property.Name);
    }

    /// <summary>HMAC-SHA1 (and PBKDF2/HKDF, which are built on HMAC) is still acceptable; RR1009 judges PBKDF2 counts.</summary>
    private static bool SelectsHmac(IOperation reference)
    {
        var parent = reference.Parent;
        while (parent is IConversionOperation or IArgumentOperation)
        {
            parent = parent.Parent;
        }

        var method = parent switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };

        if (method is null)
        {
            return false;
        }

        var typeName = method.ContainingType?.Name;
        return method.Name is "CreateHMAC" or "HmacData" or "HmacDataAsync" or "TryHmacData" ||
               typeName is "Rfc2898DeriveBytes" or "HKDF";
    }

    private static WeakHashAlgorithm? ConstantAlgorithm(IOperation argument)
        => argument.ConstantValue is { HasValue: true, Value: string text } ? WeakHashAlgorithms.FromConfigName(text) : null;

    private static void Report(OperationAnalysisContext context, OptionsCache options, IOperation operation, WeakHashAlgorithm algorithm, string construct)
    {
        var settings = options.Get(operation.Syntax.SyntaxTree);
        if (settings.Get(OptionCatalog.WeakHashAllowNonSecurityUses) && NonSecurityUse.IsEvident(operation, context.ContainingSymbol))
        {
            return;
        }

        context.ReportDiagnostic(RightsDiagnostic.Create(
            Rules.WeakHash,
            operation.Syntax.GetLocation(),
            source: null,
            EvidenceKinds.Api,
            algorithm.Category,
            construct,
            algorithm.DisplayName));
    }
}
