using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.KeyEscrow;

/// <summary>
/// RR2005: <c>X509Store.Add</c> / <c>AddRange</c> on a store opened for <c>StoreName.Root</c> or <c>AuthRoot</c>
/// (or the names "Root"/"AuthRoot"), at any location. The store is traced through a local (plain, <c>using var</c>,
/// <c>using (…)</c>) or a field assigned in the same method or initialised at its declaration. Reading a root store,
/// and adding to My, CertificateAuthority (intermediates confer no trust) or TrustedPeople, are not reported.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="KeyEscrowApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of KeyEscrowApiAnalyzer, which carries the attribute.")]
public sealed class RootCertificateInstallAnalyzer : DiagnosticAnalyzer
{
    private const string X509Namespace = "System.Security.Cryptography.X509Certificates.";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.RootCertificateInstalled);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            // X509Store is resolved at the first Add or AddRange on a type of that name, not at the start
            // (docs/performance.md, change 38).
            var types = WellKnownTypes.For(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, types), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, WellKnownTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name is not ("Add" or "AddRange") || method.ContainingType is not { Name: "X509Store" } || invocation.Instance is null ||
            types.Get(X509Namespace + "X509Store") is not { } storeType || !SymbolEqualityComparer.Default.Equals(method.ContainingType, storeType))
        {
            return;
        }

        if (FindCreation(invocation.Instance, storeType) is not { } creation || Classify(creation) is not { } store)
        {
            return;
        }

        context.ReportDiagnostic(RightsDiagnostic.Create(
            Rules.RootCertificateInstalled,
            invocation.Syntax.GetLocation(),
            creation.Syntax.GetLocation(),
            EvidenceKinds.Api,
            store.Name == "AuthRoot" ? "auth-root-store" : "root-store",
            "X509Store." + method.Name,
            store.Location is null ? store.Name : store.Location + "\\" + store.Name));
    }

    /// <summary>The <c>new X509Store(…)</c> the receiver holds, looked up in the same method body (no general value flow).</summary>
    private static IObjectCreationOperation? FindCreation(IOperation receiver, INamedTypeSymbol storeType)
    {
        receiver = Unwrap(receiver);
        if (receiver is IObjectCreationOperation direct)
        {
            return IsStore(direct, storeType) ? direct : null;
        }

        ISymbol? symbol = receiver switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

        if (symbol is null)
        {
            return null;
        }

        var root = receiver;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in OperationWalk.DescendantsAndSelf(root))
        {
            var value = operation switch
            {
                IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol) => declarator.Initializer?.Value,
                ISimpleAssignmentOperation assignment when Refers(assignment.Target, symbol) => assignment.Value,
                _ => null,
            };

            if (value is not null && Unwrap(value) is IObjectCreationOperation creation && IsStore(creation, storeType) && Classify(creation) is not null)
            {
                return creation;
            }
        }

        return symbol is IFieldSymbol fieldSymbol ? FieldInitializer(fieldSymbol, receiver.SemanticModel, storeType) : null;
    }

    /// <summary>A field initialised at its declaration, when that declaration is in the same syntax tree.</summary>
    private static IObjectCreationOperation? FieldInitializer(IFieldSymbol field, SemanticModel? model, INamedTypeSymbol storeType)
    {
        if (model is null)
        {
            return null;
        }

        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == model.SyntaxTree &&
                reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer } &&
                model.GetOperation(initializer) is { } value &&
                Unwrap(value) is IObjectCreationOperation creation &&
                IsStore(creation, storeType))
            {
                return creation;
            }
        }

        return null;
    }

    private static bool Refers(IOperation target, ISymbol symbol) => target switch
    {
        ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
        IFieldReferenceOperation field => SymbolEqualityComparer.Default.Equals(field.Field, symbol),
        _ => false,
    };

    private static bool IsStore(IObjectCreationOperation creation, INamedTypeSymbol storeType)
        => SymbolEqualityComparer.Default.Equals(creation.Type, storeType);

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>"Root" or "AuthRoot" and the location when the constructor names them with constants; null otherwise.</summary>
    private static (string Name, string? Location)? Classify(IObjectCreationOperation creation)
    {
        string? name = null;
        string? location = null;
        var hasLocation = false;
        foreach (var argument in creation.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                continue;
            }

            if (parameter.Name == "storeName")
            {
                name = ConstantName(argument.Value, parameter.Type);
            }
            else if (parameter.Name == "storeLocation")
            {
                hasLocation = true;
                location = ConstantName(argument.Value, parameter.Type);
            }
        }

        if (name is null || !(string.Equals(name, "Root", System.StringComparison.OrdinalIgnoreCase) || string.Equals(name, "AuthRoot", System.StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // X509Store(StoreName) and X509Store(string) open the current user's store.
        return (name.Length == 4 ? "Root" : "AuthRoot", hasLocation ? location : "CurrentUser");
    }

    /// <summary>The enum member name (or the string) a constant argument denotes.</summary>
    private static string? ConstantName(IOperation value, ITypeSymbol type)
    {
        if (value.ConstantValue is not { HasValue: true, Value: { } constant })
        {
            return null;
        }

        if (constant is string text)
        {
            return text;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant))
                {
                    return field.Name;
                }
            }
        }

        return null;
    }
}
