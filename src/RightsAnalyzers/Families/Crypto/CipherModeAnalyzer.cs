using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// RR1003: ECB (<c>Mode = CipherMode.ECB</c> assigned, initialised or passed; the <c>EncryptEcb/DecryptEcb</c>
/// one-shots) and RSA PKCS#1 v1.5 encryption padding (<c>RSAEncryptionPadding.Pkcs1</c> or <c>fOAEP: false</c>
/// passed to <c>Encrypt</c>/<c>TryEncrypt</c>; <c>RSAPKCS1KeyExchangeFormatter</c>). Decryption with PKCS#1 v1.5 is
/// not reported: the format is the sender's choice, and the encrypting side is where it gets fixed.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="CryptoApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of CryptoApiAnalyzer, which carries the attribute.")]
public sealed class CipherModeAnalyzer : DiagnosticAnalyzer
{
    private const string Ecb = "ECB mode, which encrypts equal blocks to equal ciphertext and leaks the plaintext's structure";
    private const string EcbAction = "use AesGcm, or CBC with a random IV and a MAC";
    private const string Pkcs1 = "PKCS#1 v1.5 encryption padding, which is open to padding-oracle attacks";

    /// <summary>
    /// Names of code that uses ECB as a raw block primitive to build another construction (CTR keystreams, CMAC,
    /// XTS, SIV, AES key wrap): one block at a time, never as the mode protecting the data.
    /// </summary>
    private static readonly HashSet<string> BlockPrimitiveWords = new(StringComparer.Ordinal)
    {
        "ctr", "counter", "keystream", "cmac", "omac", "xts", "siv", "keywrap",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.InsecureCipherMode);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            // Resolved at the first ECB, Encrypt or crypto-type creation, not at the start: an application that never
            // uses System.Security.Cryptography does not load its types (docs/performance.md, change 38).
            var types = WellKnownTypes.For(start.Compilation);
            var crypto = CryptoNamespace.For(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeMode(c, types), OperationKind.FieldReference);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, types), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeFormatter(c, crypto, types), OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeMode(OperationAnalysisContext context, WellKnownTypes types)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        if (reference.Field.Name != "ECB" || !SymbolEqualityComparer.Default.Equals(reference.Field.ContainingType, types.Get(CryptoValues.Namespace + "CipherMode")) ||
            !CryptoValues.FlowsIntoSetting(reference) || IsBlockPrimitive(context.ContainingSymbol))
        {
            return;
        }

        Report(context, reference, "ecb", "CipherMode.ECB", Ecb, EcbAction);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, WellKnownTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "EncryptEcb" or "DecryptEcb" or "TryEncryptEcb" or "TryDecryptEcb":
                if (DerivesFrom(method.ContainingType, types.Get(CryptoValues.Namespace + "SymmetricAlgorithm")) && !IsBlockPrimitive(context.ContainingSymbol))
                {
                    Report(context, invocation, "ecb", method.Name, Ecb, EcbAction);
                }

                return;

            case "Encrypt" or "TryEncrypt" when !method.IsStatic && DerivesFrom(method.ContainingType, types.Get(CryptoValues.Namespace + "RSA")):
                var padding = types.Get(CryptoValues.Namespace + "RSAEncryptionPadding");
                foreach (var argument in invocation.Arguments)
                {
                    var value = argument.Value;
                    if (argument.Parameter?.Type.SpecialType == SpecialType.System_Boolean &&
                        CryptoValues.Unwrap(value).ConstantValue is { HasValue: true, Value: false })
                    {
                        // RSACryptoServiceProvider.Encrypt(data, fOAEP: false)
                        Report(context, value, "pkcs1", method.Name + "(…, fOAEP: false)", Pkcs1, "pass true to use OAEP");
                    }
                    else if (padding is not null && SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, padding) && IsPkcs1(value, padding))
                    {
                        Report(context, value, "pkcs1", method.Name + "(…, RSAEncryptionPadding.Pkcs1)", Pkcs1, "use RSAEncryptionPadding.OaepSHA256");
                    }
                }

                return;
        }
    }

    private static void AnalyzeFormatter(OperationAnalysisContext context, CryptoNamespace crypto, WellKnownTypes types)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (crypto.DeclaresOrInherits(creation.Type) && types.Get(CryptoValues.Namespace + "RSAPKCS1KeyExchangeFormatter") is { } formatter &&
            DerivesFrom(creation.Type as INamedTypeSymbol, formatter))
        {
            Report(context, creation, "pkcs1", "new RSAPKCS1KeyExchangeFormatter()", Pkcs1, "use RSAOAEPKeyExchangeFormatter");
        }
    }

    /// <summary><c>RSAEncryptionPadding.Pkcs1</c>, directly or through a local initialised with it.</summary>
    private static bool IsPkcs1(IOperation value, INamedTypeSymbol padding)
    {
        value = CryptoValues.Unwrap(value);
        if (value is ILocalReferenceOperation local && CryptoValues.SingleInitializer(local) is { } initializer)
        {
            value = CryptoValues.Unwrap(initializer);
        }

        return value is IPropertyReferenceOperation { Property: { Name: "Pkcs1", IsStatic: true } property } &&
               SymbolEqualityComparer.Default.Equals(property.ContainingType, padding);
    }

    private static bool IsBlockPrimitive(ISymbol? symbol)
    {
        for (; symbol is not null && symbol is not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            var tokens = NameTokenizer.Tokenize(symbol.Name);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (BlockPrimitiveWords.Contains(tokens[i]) ||
                    (tokens[i] == "key" && i + 1 < tokens.Length && tokens[i + 1] is "wrap" or "unwrap"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(OperationAnalysisContext context, IOperation operation, string category, string construct, string weakness, string action)
        => context.ReportDiagnostic(RightsDiagnostic.Create(
            Rules.InsecureCipherMode, operation.Syntax.GetLocation(), source: null, EvidenceKinds.Api, category, construct, weakness, action));
}
