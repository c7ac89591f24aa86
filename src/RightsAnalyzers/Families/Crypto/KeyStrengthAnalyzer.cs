using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Flow;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// RR1004: RSA keys below <c>RR1004.min_rsa_key_size</c> (constructors, <c>RSA.Create(int)</c>, <c>KeySize</c>
/// setters, the 1024-bit <c>RSACryptoServiceProvider</c> default), DSA anywhere, and elliptic curves or EC key sizes
/// below <c>RR1004.min_ec_key_size</c>. Sizes must be constants (literals, const fields, locals initialised once);
/// a key imported afterwards (<c>ImportParameters</c>, <c>FromXmlString</c>, …) has the imported key's size, unknown
/// here, and is not reported.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="CryptoApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of CryptoApiAnalyzer, which carries the attribute.")]
public sealed class KeyStrengthAnalyzer : DiagnosticAnalyzer
{
    private const string DsaWeakness = "uses DSA, which FIPS 186-5 no longer approves for signatures";
    private const string DsaAction = "ECDSA on P-256 or larger, or RSA with PSS padding";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.WeakKeySize);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            // The key types are resolved at the first use of a System.Security.Cryptography type, not at the start
            // (docs/performance.md, change 38).
            var wellKnown = WellKnownTypes.For(start.Compilation);
            var types = new System.Lazy<KeyStrengthTypes?>(() => KeyStrengthTypes.Create(wellKnown));
            var options = OptionsCache.For(start.Options);
            var crypto = CryptoNamespace.For(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, crypto, types, options), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, crypto, types, options), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeKeySizeSetter(c, crypto, types, options), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => AnalyzeNamedCurve(c, crypto, types, options), OperationKind.PropertyReference);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, CryptoNamespace crypto, System.Lazy<KeyStrengthTypes?> lazyTypes, OptionsCache options)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!crypto.DeclaresOrInherits(creation.Type) || lazyTypes.Value is not { } types)
        {
            return;
        }

        var family = types.Family(creation.Type);
        switch (family)
        {
            case KeyFamily.Dsa:
                Report(context, creation, creation, "dsa", DsaWeakness, DsaAction, null);
                return;
            case KeyFamily.Rsa or KeyFamily.EllipticCurve:
                if (SizeArgument(creation.Arguments) is { } size)
                {
                    CheckSize(context, options, family, creation, size);
                }
                else if (creation.Arguments.Length == 0 && SymbolEqualityComparer.Default.Equals(creation.Type, types.RsaCryptoServiceProvider) &&
                         IsFreshKeyUsed(creation))
                {
                    // The CAPI provider's default key is 1024 bits; setting KeySize afterwards does not change it.
                    var minimum = options.Get(creation.Syntax.SyntaxTree).Get(OptionCatalog.MinRsaKeySize);
                    if (minimum > 1024)
                    {
                        Report(context, creation, creation, "rsa1024", "creates a 1024-bit RSA key (the provider's default)", Bits(minimum) + ": pass the size to the constructor", minimum);
                    }
                }

                return;
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, CryptoNamespace crypto, System.Lazy<KeyStrengthTypes?> lazyTypes, OptionsCache options)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || method.Name is not ("Create" or "CreateFromName" or "CreateFromFriendlyName" or "CreateFromValue" or "CreateFromOid") ||
            !crypto.DeclaresOrInherits(method.ContainingType) || lazyTypes.Value is not { } types)
        {
            return;
        }

        var containing = method.ContainingType;
        var family = method.Name == "Create" ? types.Family(containing) : KeyFamily.None;
        if (family == KeyFamily.Dsa)
        {
            Report(context, invocation, invocation, "dsa", DsaWeakness, DsaAction, null);
        }
        else if (family != KeyFamily.None && SizeArgument(invocation.Arguments) is { } size)
        {
            // RSA.Create(1024)
            CheckSize(context, options, family, invocation, size);
        }
        else if (invocation.Arguments.Length >= 1 &&
                 ((method.Name == "Create" && SymbolEqualityComparer.Default.Equals(containing, types.AsymmetricAlgorithm)) ||
                  (method.Name == "CreateFromName" && SymbolEqualityComparer.Default.Equals(containing, types.CryptoConfig))) &&
                 CryptoValues.TryGetString(invocation.Arguments[0].Value, out var name) && KeyStrengthTypes.IsDsaName(name))
        {
            Report(context, invocation, invocation, "dsa", DsaWeakness, DsaAction, null);
        }
        else if (method.Name.StartsWith("CreateFrom", System.StringComparison.Ordinal) && invocation.Arguments.Length == 1 &&
                 SymbolEqualityComparer.Default.Equals(containing, types.EcCurve) && CurveName(invocation.Arguments[0].Value) is { } curve)
        {
            // ECCurve.CreateFromFriendlyName("secp160r1"), CreateFromValue("1.3.132.0.8"), CreateFromOid(new Oid("…"))
            CheckCurve(context, options, invocation, EllipticCurves.SizeOf(curve));
        }
    }

    /// <summary><c>rsa.KeySize = 1024</c>, also in object initialisers.</summary>
    private static void AnalyzeKeySizeSetter(OperationAnalysisContext context, CryptoNamespace crypto, System.Lazy<KeyStrengthTypes?> lazyTypes, OptionsCache options)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "KeySize", Instance: { } instance } ||
            !crypto.DeclaresOrInherits(instance.Type) || lazyTypes.Value is not { } types)
        {
            return;
        }

        var family = types.Family(instance.Type);
        if (family is KeyFamily.Rsa or KeyFamily.EllipticCurve)
        {
            CheckSize(context, options, family, assignment, assignment.Value);
        }
    }

    /// <summary><c>ECCurve.NamedCurves.brainpoolP160r1</c> put to use (not compared).</summary>
    private static void AnalyzeNamedCurve(OperationAnalysisContext context, CryptoNamespace crypto, System.Lazy<KeyStrengthTypes?> lazyTypes, OptionsCache options)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Property.IsStatic && reference.Property.ContainingType is { Name: "NamedCurves" } containing && crypto.Declares(containing) &&
            lazyTypes.Value?.NamedCurves is { } namedCurves && SymbolEqualityComparer.Default.Equals(containing, namedCurves) &&
            CryptoValues.FlowsIntoSetting(reference))
        {
            CheckCurve(context, options, reference, EllipticCurves.SizeOfNamedCurvesMember(reference.Property.Name));
        }
    }

    private static void CheckSize(OperationAnalysisContext context, OptionsCache options, KeyFamily family, IOperation construct, IOperation sizeOperation)
    {
        if (!CryptoValues.TryGetInt32(sizeOperation, out var bits))
        {
            return;
        }

        var settings = options.Get(construct.Syntax.SyntaxTree);
        if (family == KeyFamily.Rsa)
        {
            var minimum = settings.Get(OptionCatalog.MinRsaKeySize);
            if (bits < minimum && IsFreshKeyUsed(construct))
            {
                Report(context, construct, sizeOperation, "rsa" + Number(bits), "creates a " + Number(bits) + "-bit RSA key", Bits(minimum), minimum);
            }
        }
        else
        {
            var minimum = settings.Get(OptionCatalog.MinEcKeySize);
            if (bits < minimum && IsFreshKeyUsed(construct))
            {
                // Windows CNG and OpenSSL generate EC keys only on the NIST curves: the fix picks the smallest one that is enough.
                var target = minimum <= 256 ? 256 : minimum <= 384 ? 384 : 521;
                Report(context, construct, sizeOperation, "ec" + Number(bits), "creates a " + Number(bits) + "-bit elliptic-curve key", Bits(target), target);
            }
        }
    }

    private static void CheckCurve(OperationAnalysisContext context, OptionsCache options, IOperation curve, int bits)
    {
        var minimum = options.Get(curve.Syntax.SyntaxTree).Get(OptionCatalog.MinEcKeySize);
        if (bits > 0 && bits < minimum)
        {
            Report(context, curve, curve, "ec" + Number(bits), "selects a " + Number(bits) + "-bit elliptic curve", "a curve of at least " + Number(minimum) + " bits, such as P-256", null);
        }
    }

    /// <summary>The value bound to a <c>keySize</c>/<c>dwKeySize</c>/<c>keySizeInBits</c> parameter.</summary>
    private static IOperation? SizeArgument(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_Int32 } parameter &&
                parameter.Name.IndexOf("KeySize", System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// False when the new key is replaced by an import before use: the object is stored in a local that an
    /// <c>Import*</c> or <c>FromXmlString</c> call targets, or it flows somewhere this method cannot see (a field,
    /// an argument, a return) while having the provider's default size.
    /// </summary>
    private static bool IsFreshKeyUsed(IOperation construct)
    {
        var created = construct is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } } ? instance : construct;
        var current = created;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        ILocalSymbol? local = current.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == current => target.Local,
            _ => null,
        };

        if (created is ILocalReferenceOperation reference)
        {
            local = reference.Local;
        }

        if (local is null)
        {
            var defaultSize = construct is IObjectCreationOperation { Arguments.Length: 0 };
            return current.Parent is IInvocationOperation call ? !IsImport(call.TargetMethod.Name) : !defaultSize;
        }

        foreach (var descendant in OperationWalk.Descendants(OperationTree.Root(construct)))
        {
            if (descendant is IInvocationOperation { Instance: ILocalReferenceOperation target } invocation &&
                SymbolEqualityComparer.Default.Equals(target.Local, local) && IsImport(invocation.TargetMethod.Name))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsImport(string name) => name.StartsWith("Import", System.StringComparison.Ordinal) || name == "FromXmlString";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bits(int minimum) => "at least " + Number(minimum) + " bits";

    private static void Report(OperationAnalysisContext context, IOperation construct, IOperation location, string category, string weakness, string action, int? fixTarget)
    {
        var diagnostic = fixTarget is { } target
            ? RightsDiagnostic.Create(Rules.WeakKeySize, location.Syntax.GetLocation(), null, EvidenceKinds.Api, category,
                new KeyValuePair<string, string?>(CryptoValues.FixTargetProperty, Number(target)), CryptoValues.Display(construct), weakness, action)
            : RightsDiagnostic.Create(Rules.WeakKeySize, location.Syntax.GetLocation(), null, EvidenceKinds.Api, category, CryptoValues.Display(construct), weakness, action);
        context.ReportDiagnostic(diagnostic);
    }

    private static string? CurveName(IOperation argument)
    {
        if (CryptoValues.TryGetString(argument, out var name))
        {
            return name;
        }

        // new Oid("1.3.132.0.8"), Oid.FromFriendlyName("secp160r1", …), Oid.FromOidValue("…", …)
        return CryptoValues.Unwrap(argument) switch
        {
            IObjectCreationOperation { Arguments.Length: >= 1 } creation when CryptoValues.TryGetString(creation.Arguments[0].Value, out var value) => value,
            IInvocationOperation { TargetMethod.Name: "FromFriendlyName" or "FromOidValue", Arguments.Length: >= 1 } call when CryptoValues.TryGetString(call.Arguments[0].Value, out var value) => value,
            _ => null,
        };
    }
}
