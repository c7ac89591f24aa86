using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// RR1005: <c>SslProtocols.Ssl2/Ssl3/Tls/Tls11/Default</c> and <c>SecurityProtocolType.Ssl3/Tls/Tls11</c> (by name or
/// as integer bits) put to use — assigned, passed, initialised, returned, or-ed in — but not when removed
/// (<c>&amp; ~</c>), tested (<c>==</c>, <c>&amp;</c>, <c>HasFlag</c>) or matched. One finding per <c>|</c> expression.
/// Also the AppContext switches that turn off the platform's strong-crypto defaults.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="CryptoApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of CryptoApiAnalyzer, which carries the attribute.")]
public sealed class TlsProtocolAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Ssl2 = 12, Ssl3 = 48, Tls = 192, Tls11 = 768 in both enums (RFC 6176, RFC 7568, RFC 8996).</summary>
    private const int DeprecatedBits = 12 | 48 | 192 | 768;

    private static readonly (string Name, string Effect)[] Switches =
    {
        ("Switch.System.Net.DontEnableSchUseStrongCrypto", "turns off SCH_USE_STRONG_CRYPTO, re-enabling weak ciphers and protocols"),
        ("Switch.System.Net.DontEnableSystemDefaultTlsVersions", "stops using the operating system's TLS versions and falls back to old defaults"),
        ("Switch.System.ServiceModel.DisableUsingServicePointManagerSecurityProtocols", "makes WCF ignore the configured TLS versions"),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.DeprecatedTls);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            var types = WellKnownTypes.For(start.Compilation);
            var sslProtocols = types.Get("System.Security.Authentication.SslProtocols");
            var securityProtocolType = types.Get("System.Net.SecurityProtocolType");
            if (sslProtocols is not null || securityProtocolType is not null)
            {
                start.RegisterOperationAction(c => AnalyzeMember(c, sslProtocols, securityProtocolType), OperationKind.FieldReference);
                start.RegisterOperationAction(c => AnalyzeBits(c, sslProtocols, securityProtocolType), OperationKind.Conversion);
            }

            if (types.Get("System.AppContext") is { } appContext)
            {
                start.RegisterOperationAction(c => AnalyzeSwitch(c, appContext), OperationKind.Invocation);
            }
        });
    }

    /// <summary>Whether the leaf is a deprecated protocol value; <paramref name="bits"/> receives its deprecated bits.</summary>
    private static bool IsDeprecatedLeaf(IOperation operation, INamedTypeSymbol? sslProtocols, INamedTypeSymbol? securityProtocolType, out int bits)
    {
        bits = 0;
        switch (operation)
        {
            case IFieldReferenceOperation { Field: var field } when field.Name is "Ssl2" or "Ssl3" or "Tls" or "Tls11" or "Default":
                if (IsProtocolEnum(field.ContainingType, sslProtocols, securityProtocolType) && field.ConstantValue is int value)
                {
                    bits = value & DeprecatedBits;
                }

                break;

            // (SecurityProtocolType)768: CA5364 users work around the name check with the number.
            case IConversionOperation { Operand: { Type.TypeKind: not TypeKind.Enum } operand } conversion
                when IsProtocolEnum(conversion.Type, sslProtocols, securityProtocolType) && operand.ConstantValue is { HasValue: true, Value: int raw }:
                bits = raw & DeprecatedBits;
                break;
        }

        return bits != 0;
    }

    /// <remarks>
    /// Asked for every conversion of the compilation: the kind and name are read first, because comparing two symbols
    /// costs type checks and was a tenth of the package's time on ordinary code (docs/performance.md, change 29).
    /// </remarks>
    private static bool IsProtocolEnum(ITypeSymbol? type, INamedTypeSymbol? sslProtocols, INamedTypeSymbol? securityProtocolType)
        => type is { TypeKind: TypeKind.Enum, Name: "SslProtocols" or "SecurityProtocolType" } &&
           (SymbolEqualityComparer.Default.Equals(type, sslProtocols) || SymbolEqualityComparer.Default.Equals(type, securityProtocolType));

    private static void AnalyzeMember(OperationAnalysisContext context, INamedTypeSymbol? sslProtocols, INamedTypeSymbol? securityProtocolType)
        => AnalyzeLeaf(context, sslProtocols, securityProtocolType);

    private static void AnalyzeBits(OperationAnalysisContext context, INamedTypeSymbol? sslProtocols, INamedTypeSymbol? securityProtocolType)
    {
        // Cheap filter first: only conversions to one of the two enums.
        if (IsProtocolEnum(context.Operation.Type, sslProtocols, securityProtocolType))
        {
            AnalyzeLeaf(context, sslProtocols, securityProtocolType);
        }
    }

    private static void AnalyzeLeaf(OperationAnalysisContext context, INamedTypeSymbol? sslProtocols, INamedTypeSymbol? securityProtocolType)
    {
        var leaf = context.Operation;
        if (!IsDeprecatedLeaf(leaf, sslProtocols, securityProtocolType, out _))
        {
            return;
        }

        // The whole `a | b | c` expression the leaf belongs to.
        var root = leaf;
        while (root.Parent is IConversionOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Or })
        {
            root = root.Parent;
        }

        if (!CryptoValues.FlowsIntoSetting(root))
        {
            return;
        }

        // Report once per expression, from its first deprecated leaf, naming every deprecated protocol in it.
        var bits = 0;
        IOperation? first = null;
        Collect(root, sslProtocols, securityProtocolType, ref bits, ref first);
        if (first != leaf)
        {
            return;
        }

        var enumType = root.Type is { TypeKind: TypeKind.Enum } ? root.Type : leaf.Type;
        var isSsl = SymbolEqualityComparer.Default.Equals(enumType, sslProtocols);
        var action = "let the operating system choose (" + (isSsl ? "SslProtocols.None" : "SecurityProtocolType.SystemDefault") + ") or allow only TLS 1.2 and 1.3";
        context.ReportDiagnostic(RightsDiagnostic.Create(
            Rules.DeprecatedTls,
            root.Syntax.GetLocation(),
            source: null,
            EvidenceKinds.Api,
            Category(bits),
            CryptoValues.Display(root),
            "enables " + Describe(bits) + ", deprecated and open to downgrade attacks",
            action));
    }

    private static void Collect(IOperation operation, INamedTypeSymbol? sslProtocols, INamedTypeSymbol? securityProtocolType, ref int bits, ref IOperation? first)
    {
        if (IsDeprecatedLeaf(operation, sslProtocols, securityProtocolType, out var leafBits))
        {
            bits |= leafBits;
            if (first is null || operation.Syntax.SpanStart < first.Syntax.SpanStart)
            {
                first = operation;
            }

            return;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                Collect(conversion.Operand, sslProtocols, securityProtocolType, ref bits, ref first);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Or } binary:
                Collect(binary.LeftOperand, sslProtocols, securityProtocolType, ref bits, ref first);
                Collect(binary.RightOperand, sslProtocols, securityProtocolType, ref bits, ref first);
                break;
        }
    }

    private static string Category(int bits)
        => (bits & 12) != 0 ? "ssl2" : (bits & 48) != 0 ? "ssl3" : (bits & 192) != 0 ? "tls10" : "tls11";

    private static string Describe(int bits)
    {
        var names = ImmutableArray.CreateBuilder<string>(4);
        if ((bits & 12) != 0)
        {
            names.Add("SSL 2.0");
        }

        if ((bits & 48) != 0)
        {
            names.Add("SSL 3.0");
        }

        if ((bits & 192) != 0)
        {
            names.Add("TLS 1.0");
        }

        if ((bits & 768) != 0)
        {
            names.Add("TLS 1.1");
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.ToArray(), 0, names.Count - 1) + " and " + names[names.Count - 1];
    }

    /// <summary><c>AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", true)</c> and its siblings.</summary>
    private static void AnalyzeSwitch(OperationAnalysisContext context, INamedTypeSymbol appContext)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != "SetSwitch" || invocation.Arguments.Length != 2 ||
            !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, appContext) ||
            !CryptoValues.TryGetString(invocation.Arguments[0].Value, out var name) ||
            CryptoValues.Unwrap(invocation.Arguments[1].Value).ConstantValue is not { HasValue: true, Value: true })
        {
            return;
        }

        foreach (var (switchName, effect) in Switches)
        {
            if (string.Equals(name, switchName, StringComparison.OrdinalIgnoreCase))
            {
                context.ReportDiagnostic(RightsDiagnostic.Create(
                    Rules.DeprecatedTls,
                    invocation.Syntax.GetLocation(),
                    source: null,
                    EvidenceKinds.Api,
                    "tlsswitch",
                    CryptoValues.Display(invocation),
                    effect,
                    "remove the call or set the switch to false"));
                return;
            }
        }
    }
}
