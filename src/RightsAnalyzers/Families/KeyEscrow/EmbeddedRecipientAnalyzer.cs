using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.KeyEscrow;

/// <summary>
/// RR2003: keys or content encrypted to a public key or certificate built into the application — RSA encryption and
/// key-exchange formatters whose key, an ECDH agreement whose peer key, or a CMS recipient whose certificate carries the
/// engine's EmbeddedKey label (imported or loaded from constants or embedded resources, see KeyMaterialSources.EmbeddedKeyImporters/Factories).
/// With BouncyCastle referenced, an OpenPGP recipient added with <c>PgpEncryptedDataGenerator.AddMethod</c> is judged the same way.
/// A recipient key that arrives at run time (a certificate store, an HTTP response, the user's contact) is not a finding.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="KeyEscrowApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of KeyEscrowApiAnalyzer, which carries the attribute.")]
public sealed class EmbeddedRecipientAnalyzer : DiagnosticAnalyzer
{
    private const string Crypto = "System.Security.Cryptography.";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.EmbeddedRecipient);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(start =>
        {
            // The recipient types are resolved at the first call or creation that could be one of the modelled uses
            // (by its name), not at the start (docs/performance.md, change 38).
            var engine = FlowEngine.Create(start.Compilation, start.Options);
            var types = new System.Lazy<RecipientTypes>(() => new RecipientTypes(engine.Types));
            start.RegisterOperationAction(
                operation =>
                {
                    if (!MayBeRecipientUse(operation.Operation) || !types.Value.Any || Recipient(operation.Operation, types.Value) is not { } use)
                    {
                        return;
                    }

                    var body = engine.Analyze(OperationTree.Root(operation.Operation), operation.CancellationToken);
                    var key = body.Eval(use.Key);
                    if (FlowMessages.Best(key, static l => l.Kind == LabelKind.EmbeddedKey) is { } embedded)
                    {
                        operation.ReportDiagnostic(RightsDiagnostic.Create(
                            Rules.EmbeddedRecipient,
                            operation.Operation.Syntax.GetLocation(),
                            embedded.Source,
                            EvidenceKinds.Api,
                            embedded.Category,
                            use.Display,
                            use.Payload is null ? PayloadOf(use, body) : Payload(body.Eval(use.Payload), use.Payload),
                            embedded.Display,
                            embedded.Description));
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        });
    }

    /// <summary>The names <see cref="Recipient"/> can match, read before any type is resolved: keep it in step with its cases.</summary>
    private static bool MayBeRecipientUse(IOperation operation)
        => operation switch
        {
            IInvocationOperation { TargetMethod.Name: "Encrypt" or "TryEncrypt" or "EncryptValue" or "CreateKeyExchange" or "AddMethod" or "DeriveKeyMaterial" or
                "DeriveKeyFromHash" or "DeriveKeyFromHmac" or "DeriveKeyTls" or "DeriveRawSecretAgreement" } => true,
            IObjectCreationOperation { Constructor.ContainingType.Name: "CmsRecipient" or "CmsRecipientCollection" } => true,
            _ => false,
        };

    /// <summary>The key an encryption or agreement uses and what it protects, for the operations RR2003 models.</summary>
    private static RecipientUse? Recipient(IOperation operation, RecipientTypes types)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                switch (method.Name)
                {
                    // rsa.Encrypt(sessionKey, padding): the receiver is the recipient's key.
                    case "Encrypt" or "TryEncrypt" or "EncryptValue" when invocation.Instance is not null && Derives(method.ContainingType, types.Rsa):
                        return new RecipientUse("RSA." + method.Name, invocation.Instance, Argument(invocation, 0), "data");
                    case "CreateKeyExchange" when invocation.Instance is not null && Derives(method.ContainingType, types.KeyExchangeFormatter):
                        return new RecipientUse(method.ContainingType.Name + ".CreateKeyExchange", invocation.Instance, Argument(invocation, 0), "a key");

                    // generator.AddMethod(publicKey): one more OpenPGP recipient of the message.
                    case "AddMethod" when invocation.Instance is not null && types.PgpGenerator is not null && method.Parameters.Length > 0 &&
                        method.Parameters[0].Type.Name == "PgpPublicKey" && Derives(method.ContainingType, types.PgpGenerator) && Argument(invocation, 0) is { } recipientKey:
                        return new RecipientUse("PgpEncryptedDataGenerator.AddMethod", recipientKey, null, "the message", invocation);

                    // me.DeriveKeyFromHash(peerPublicKey, …): a key agreed with an embedded peer key is known to that peer.
                    case "DeriveKeyMaterial" or "DeriveKeyFromHash" or "DeriveKeyFromHmac" or "DeriveKeyTls" or "DeriveRawSecretAgreement"
                        when Derives(method.ContainingType, types.EcDiffieHellman) && Argument(invocation, 0) is { } peer:
                        return new RecipientUse("ECDiffieHellman." + method.Name, peer, null, "the agreed key");
                }

                return null;

            // An extra CmsRecipient in an EnvelopedCms: the "additional decryption key" pattern.
            case IObjectCreationOperation { Constructor: { } constructor } creation when types.CmsRecipient is not null &&
                (SymbolEqualityComparer.Default.Equals(constructor.ContainingType, types.CmsRecipient) ||
                 SymbolEqualityComparer.Default.Equals(constructor.ContainingType, types.CmsRecipientCollection)):
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Type.Name is "X509Certificate2" or "X509Certificate2Collection")
                    {
                        return new RecipientUse(constructor.ContainingType.Name, argument.Value, null, "the enveloped content");
                    }
                }

                return null;
        }

        return null;
    }

    /// <summary>
    /// "the message", or, when the same generator also gets a recipient key that is not embedded, the "additional decryption
    /// key" pattern: the message goes to its real recipient and, silently, to the embedded key.
    /// </summary>
    private static string PayloadOf(RecipientUse use, BodyAnalysis body)
    {
        if (use.Call is not { Instance: { } generator } call || Symbol(generator) is not { } generatorSymbol)
        {
            return use.PayloadDisplay;
        }

        foreach (var operation in OperationWalk.Descendants(OperationTree.Root(call)))
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "AddMethod", Instance: { } other } sibling && sibling != call &&
                SymbolEqualityComparer.Default.Equals(Symbol(other), generatorSymbol) && Argument(sibling, 0) is { } siblingKey &&
                siblingKey.Type?.Name == "PgpPublicKey" && !body.Eval(siblingKey).Has(LabelKind.EmbeddedKey))
            {
                return use.PayloadDisplay + ", next to its real recipient,";
            }
        }

        return use.PayloadDisplay;
    }

    private static ISymbol? Symbol(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
    }

    /// <summary>What is being encrypted, as the message names it: key material and personal data by their labels.</summary>
    private static string Payload(LabelSet labels, IOperation payload)
    {
        if (FlowMessages.Best(labels, static l => l.Kind is LabelKind.PrivateKey or LabelKind.SecretKey) is { } key)
        {
            return "key material " + key.Description;
        }

        if (FlowMessages.Best(labels, static l => l.Kind is LabelKind.PersonalData or LabelKind.Credential) is { } personal)
        {
            return personal.Display + " " + personal.Description;
        }

        var text = payload.Syntax.ToString();
        return "'" + (text.Length > 40 ? text.Substring(0, 37) + "…" : text) + "'";
    }

    private static IOperation? Argument(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static bool Derives(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class RecipientUse
    {
        public RecipientUse(string display, IOperation key, IOperation? payload, string payloadDisplay, IInvocationOperation? call = null)
        {
            Display = display;
            Key = key;
            Payload = payload;
            PayloadDisplay = payloadDisplay;
            Call = call;
        }

        /// <summary>For OpenPGP: the AddMethod call, to look for the generator's other recipients.</summary>
        public IInvocationOperation? Call { get; }

        public string Display { get; }

        public IOperation Key { get; }

        public IOperation? Payload { get; }

        public string PayloadDisplay { get; }
    }

    /// <summary>The types RR2003 looks at, resolved once per compilation.</summary>
    private sealed class RecipientTypes
    {
        public RecipientTypes(WellKnownTypes types)
        {
            Rsa = types.Get(Crypto + "RSA");
            KeyExchangeFormatter = types.Get(Crypto + "AsymmetricKeyExchangeFormatter");
            EcDiffieHellman = types.Get(Crypto + "ECDiffieHellman");
            CmsRecipient = types.Get(Crypto + "Pkcs.CmsRecipient");
            CmsRecipientCollection = types.Get(Crypto + "Pkcs.CmsRecipientCollection");
            PgpGenerator = types.Get("Org.BouncyCastle.Bcpg.OpenPgp.PgpEncryptedDataGenerator");
        }

        public INamedTypeSymbol? PgpGenerator { get; }

        public INamedTypeSymbol? Rsa { get; }

        public INamedTypeSymbol? KeyExchangeFormatter { get; }

        public INamedTypeSymbol? EcDiffieHellman { get; }

        public INamedTypeSymbol? CmsRecipient { get; }

        public INamedTypeSymbol? CmsRecipientCollection { get; }

        public bool Any => Rsa is not null || KeyExchangeFormatter is not null || EcDiffieHellman is not null || CmsRecipient is not null || PgpGenerator is not null;
    }
}
