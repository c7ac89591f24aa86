using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Flow;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// RR1007: <c>http://</c> and <c>ftp://</c> addresses of non-loopback hosts where they are used for a request —
/// <c>HttpClient</c> methods and <c>BaseAddress</c>, <c>HttpRequestMessage</c>, <c>WebRequest.Create</c>,
/// <c>WebClient</c> — plus <c>EncryptionPolicy.NoEncryption/AllowNoEncryption</c> and <c>SmtpClient.EnableSsl = false</c>.
/// Only request addresses count: XML namespaces, schema ids and other strings that merely look like URLs are quiet.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="CryptoApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of CryptoApiAnalyzer, which carries the attribute.")]
public sealed class UnencryptedChannelAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] RequestTypeNames =
    {
        "System.Net.Http.HttpClient", "System.Net.Http.Json.HttpClientJsonExtensions", "System.Net.Http.HttpRequestMessage",
        "System.Net.WebRequest", "System.Net.HttpWebRequest", "System.Net.WebClient",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UnencryptedChannel);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            var types = WellKnownTypes.For(start.Compilation);
            var requestTypes = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in RequestTypeNames)
            {
                if (types.Get(name) is { } type)
                {
                    requestTypes.Add(type);
                }
            }

            var uri = types.Get("System.Uri");
            var smtp = types.Get("System.Net.Mail.SmtpClient");
            var policy = types.Get("System.Net.Security.EncryptionPolicy");
            var request = requestTypes.ToImmutable();
            if (!request.IsEmpty)
            {
                start.RegisterOperationAction(c => AnalyzeCall(c, ((IInvocationOperation)c.Operation).TargetMethod, ((IInvocationOperation)c.Operation).Arguments, request, uri), OperationKind.Invocation);
                start.RegisterOperationAction(c => AnalyzeCall(c, ((IObjectCreationOperation)c.Operation).Constructor, ((IObjectCreationOperation)c.Operation).Arguments, request, uri), OperationKind.ObjectCreation);
            }

            if (!request.IsEmpty || smtp is not null)
            {
                start.RegisterOperationAction(c => AnalyzeAssignment(c, request, uri, smtp), OperationKind.SimpleAssignment);
            }

            if (policy is not null)
            {
                start.RegisterOperationAction(c => AnalyzePolicy(c, policy), OperationKind.FieldReference);
            }
        });
    }

    private static void AnalyzeCall(OperationAnalysisContext context, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments, ImmutableArray<INamedTypeSymbol> requestTypes, INamedTypeSymbol? uri)
    {
        if (method is null || arguments.IsEmpty || !Contains(requestTypes, method.ContainingType))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            // The parameters that take the request's address, whatever the overload.
            if (argument.Parameter?.Name is "requestUri" or "requestUriString" or "address" or "uri" &&
                InsecureAddresses.Find(argument.Value, uri) is { } address &&
                !(address.Scheme == "ftp" && EnablesSsl(context.Operation)))
            {
                Report(context, address);
            }
        }
    }

    /// <summary>FTPS: an <c>ftp://</c> request whose method also sets <c>EnableSsl = true</c> is encrypted.</summary>
    private static bool EnablesSsl(IOperation operation)
    {
        foreach (var descendant in OperationWalk.Descendants(OperationTree.Root(operation)))
        {
            if (descendant is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "EnableSsl" } } assignment &&
                CryptoValues.Unwrap(assignment.Value).ConstantValue is { HasValue: true, Value: true })
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, ImmutableArray<INamedTypeSymbol> requestTypes, INamedTypeSymbol? uri, INamedTypeSymbol? smtp)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: var property })
        {
            return;
        }

        switch (property.Name)
        {
            case "BaseAddress" or "RequestUri" when Contains(requestTypes, property.ContainingType):
                if (InsecureAddresses.Find(assignment.Value, uri) is { } address)
                {
                    Report(context, address);
                }

                break;

            case "EnableSsl" when smtp is not null && SymbolEqualityComparer.Default.Equals(property.ContainingType, smtp) &&
                                  CryptoValues.Unwrap(assignment.Value).ConstantValue is { HasValue: true, Value: false }:
                context.ReportDiagnostic(RightsDiagnostic.Create(
                    Rules.UnencryptedChannel, assignment.Value.Syntax.GetLocation(), null, EvidenceKinds.Api, "smtp",
                    "SmtpClient.EnableSsl = false", "sends mail and the SMTP password in the clear", "set EnableSsl = true"));
                break;
        }
    }

    private static void AnalyzePolicy(OperationAnalysisContext context, INamedTypeSymbol policy)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        if (reference.Field.Name is "NoEncryption" or "AllowNoEncryption" &&
            SymbolEqualityComparer.Default.Equals(reference.Field.ContainingType, policy) && CryptoValues.FlowsIntoSetting(reference))
        {
            context.ReportDiagnostic(RightsDiagnostic.Create(
                Rules.UnencryptedChannel, reference.Syntax.GetLocation(), null, EvidenceKinds.Api, "noencryption",
                "EncryptionPolicy." + reference.Field.Name, "lets the TLS connection run without encryption", "use EncryptionPolicy.RequireEncryption"));
        }
    }

    private static void Report(OperationAnalysisContext context, InsecureAddress address)
    {
        var isHttp = address.Scheme == "http";
        context.ReportDiagnostic(RightsDiagnostic.Create(
            Rules.UnencryptedChannel,
            address.Text.Syntax.GetLocation(),
            null,
            EvidenceKinds.Api,
            address.Scheme,
            address.Shown,
            isHttp ? "sends the request over plain HTTP, readable and changeable by anyone on the network path" : "transfers files over plain FTP, credentials included",
            isHttp ? "use https://" : "use SFTP, or FTPS (FtpWebRequest.EnableSsl = true)"));
    }

    /// <remarks>Asked for every call and creation: names are compared before symbols (docs/performance.md, change 29).</remarks>
    private static bool Contains(ImmutableArray<INamedTypeSymbol> types, INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var candidate in types)
        {
            if (candidate.Name == type.Name && SymbolEqualityComparer.Default.Equals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }
}
