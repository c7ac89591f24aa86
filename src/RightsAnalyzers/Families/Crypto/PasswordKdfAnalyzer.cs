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
/// RR1009: PBKDF1 (<c>PasswordDeriveBytes</c>); PBKDF2 below the per-PRF iteration minimum
/// (<c>RR1009.min_iterations_sha1/_sha256/_sha512</c>) in <c>Rfc2898DeriveBytes</c> constructors (whose defaults are
/// 1000 iterations of HMAC-SHA1), its <c>IterationCount</c> setter, <c>Rfc2898DeriveBytes.Pbkdf2</c>, ASP.NET Core's
/// <c>KeyDerivation.Pbkdf2</c> and <c>PasswordHasherOptions</c>; and salts shorter than <c>RR1009.min_salt_bytes</c>
/// or constant. The PRF itself (MD5) is RR1001's finding, not this rule's.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="CryptoApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of CryptoApiAnalyzer, which carries the attribute.")]
public sealed class PasswordKdfAnalyzer : DiagnosticAnalyzer
{
    /// <summary>What the Rfc2898DeriveBytes constructors use when no count is given.</summary>
    private const int ConstructorDefaultIterations = 1000;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.WeakPasswordKdf);

    private const string Rfc2898 = CryptoValues.Namespace + "Rfc2898DeriveBytes";

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            // The KDF types are resolved when a creation, call or setter could be one of them (a crypto type, a method
            // named Pbkdf2, a property named IterationCount or CompatibilityMode), not at the start
            // (docs/performance.md, change 38).
            var types = WellKnownTypes.For(start.Compilation);
            var options = OptionsCache.For(start.Options);
            var crypto = CryptoNamespace.For(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, crypto, types, options), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, types, options), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeSetter(c, types, options), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, CryptoNamespace crypto, WellKnownTypes types, OptionsCache options)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!crypto.DeclaresOrInherits(creation.Type))
        {
            return;
        }

        var rfc2898 = types.Get(Rfc2898);
        var pbkdf1 = types.Get(CryptoValues.Namespace + "PasswordDeriveBytes");

        if (CryptoValues.DerivesFrom(creation.Type, pbkdf1))
        {
            var minimum = options.Get(creation.Syntax.SyntaxTree).Get(OptionCatalog.MinIterationsSha256);
            Report(context, creation, creation, "pbkdf1", "uses PBKDF1, obsolete and fast to brute-force",
                "derive keys with Rfc2898DeriveBytes.Pbkdf2, HMAC-SHA256 and at least " + Number(minimum) + " iterations", null);
        }
        else if (CryptoValues.DerivesFrom(creation.Type, rfc2898))
        {
            AnalyzeKdf(context, creation, creation.Arguments, options, isConstructor: true);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, WellKnownTypes types, OptionsCache options)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name == "Pbkdf2" && method.IsStatic &&
            (SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Get(Rfc2898)) ||
             SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Get("Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation"))))
        {
            AnalyzeKdf(context, invocation, invocation.Arguments, options, isConstructor: false);
        }
    }

    private static void AnalyzeKdf(OperationAnalysisContext context, IOperation call, ImmutableArray<IArgumentOperation> arguments, OptionsCache options, bool isConstructor)
    {
        IOperation? iterations = null, hash = null, salt = null, saltSize = null;
        foreach (var argument in arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "iterations" or "iterationCount":
                    iterations = argument.Value;
                    break;
                case "hashAlgorithm" or "prf":
                    hash = argument.Value;
                    break;
                case "salt":
                    salt = argument.Value;
                    break;
                case "saltSize":
                    saltSize = argument.Value;
                    break;
            }
        }

        var settings = options.Get(call.Syntax.SyntaxTree);
        var hashName = hash is null ? (isConstructor ? "SHA1" : null) : KdfValues.HashName(hash);
        if (iterations is not null)
        {
            CheckIterations(context, call, iterations, hashName, settings);
        }
        else if (isConstructor && !SetsIterationCountLater(call) && ConstructorDefaultIterations < KdfValues.MinimumIterations("SHA1", settings))
        {
            // new Rfc2898DeriveBytes(password, salt): 1000 rounds of HMAC-SHA1. The fix adds a count and SHA-256.
            var sha256 = settings.Get(OptionCatalog.MinIterationsSha256);
            Report(context, call, call, "iterations", "runs 1000 iterations of HMAC-SHA1 (the constructor's default)",
                "use HMAC-SHA256 with at least " + Number(sha256) + " iterations", sha256);
        }

        var minimumSalt = settings.Get(OptionCatalog.MinSaltBytes);
        if (saltSize is not null && CryptoValues.TryGetInt32(saltSize, out var size) && size < minimumSalt)
        {
            Report(context, call, saltSize, "salt", "generates a " + Number(size) + "-byte salt", "use at least " + Number(minimumSalt) + " bytes", null);
        }

        if (salt is null)
        {
            return;
        }

        switch (KdfValues.Salt(salt, out var length))
        {
            case SaltKind.Constant:
                Report(context, call, salt, "constantsalt", "uses a constant salt, the same for every password",
                    "generate a random salt per password (RandomNumberGenerator.GetBytes(" + Number(minimumSalt) + ")) and store it with the result", null);
                break;
            case SaltKind.Sized when length < minimumSalt:
                Report(context, call, salt, "salt", "uses a " + Number(length) + "-byte salt", "use a random salt of at least " + Number(minimumSalt) + " bytes", null);
                break;
        }
    }

    private static void CheckIterations(OperationAnalysisContext context, IOperation construct, IOperation iterations, string? hashName, RightsOptions settings)
    {
        if (!CryptoValues.TryGetInt32(iterations, out var count))
        {
            return;
        }

        var minimum = KdfValues.MinimumIterations(hashName, settings);
        if (count < minimum)
        {
            // The fix raises the count for a known PRF; for MD5 the PRF must change first (RR1001).
            var target = hashName is null or "MD5" ? (int?)null : minimum;
            Report(context, construct, iterations, "iterations", "runs " + Number(count) + " iterations of " + KdfValues.Prf(hashName),
                "use at least " + Number(minimum) + " iterations", target);
        }
    }

    /// <summary><c>kdf.IterationCount = …</c>; ASP.NET Core Identity's <c>PasswordHasherOptions</c>.</summary>
    private static void AnalyzeSetter(OperationAnalysisContext context, WellKnownTypes types, OptionsCache options)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "IterationCount" or "CompatibilityMode" } property)
        {
            return;
        }

        var rfc2898 = types.Get(Rfc2898);
        var hasherOptions = types.Get("Microsoft.AspNetCore.Identity.PasswordHasherOptions");

        var settings = options.Get(assignment.Syntax.SyntaxTree);
        if (CryptoValues.DerivesFrom(property.Instance?.Type, rfc2898) && property.Property.Name == "IterationCount")
        {
            CheckIterations(context, assignment, assignment.Value, HashOfInstance(property.Instance!), settings);
        }
        else if (SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, hasherOptions))
        {
            if (property.Property.Name == "IterationCount")
            {
                // Identity's V3 format is PBKDF2-HMAC-SHA512 (since .NET 7).
                CheckIterations(context, assignment, assignment.Value, "SHA512", settings);
            }
            else if (CryptoValues.Unwrap(assignment.Value) is IFieldReferenceOperation { Field.Name: "IdentityV2" })
            {
                Report(context, assignment, assignment.Value, "iterations", "selects Identity V2 password hashes: 1000 iterations of HMAC-SHA1",
                    "keep the default IdentityV3", null);
            }
        }
    }

    /// <summary>The PRF of the instance whose count is set: from its creation in this body, or null when unknown.</summary>
    private static string? HashOfInstance(IOperation instance)
    {
        // An object initializer's implicit receiver: creation → initializer → assignment → property → receiver.
        var creation = instance switch
        {
            ILocalReferenceOperation local => CryptoValues.SingleInitializer(local),
            IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } => instance.Parent?.Parent?.Parent?.Parent,
            _ => null,
        };

        if (creation is null || CryptoValues.Unwrap(creation) is not IObjectCreationOperation created)
        {
            return null;
        }

        foreach (var argument in created.Arguments)
        {
            if (argument.Parameter?.Name == "hashAlgorithm")
            {
                return KdfValues.HashName(argument.Value);
            }
        }

        return "SHA1";
    }

    /// <summary>The constructor's default count is replaced: an <c>IterationCount</c> initializer, or a later assignment to the local.</summary>
    private static bool SetsIterationCountLater(IOperation creation)
    {
        if (creation is IObjectCreationOperation { Initializer: { } initializer })
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "IterationCount" } })
                {
                    return true;
                }
            }
        }

        var current = creation;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        if (current.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            return false;
        }

        foreach (var descendant in OperationWalk.Descendants(OperationTree.Root(creation)))
        {
            if (descendant is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "IterationCount", Instance: ILocalReferenceOperation target } } &&
                SymbolEqualityComparer.Default.Equals(target.Local, declarator.Symbol))
            {
                return true;
            }
        }

        return false;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Report(OperationAnalysisContext context, IOperation construct, IOperation location, string category, string weakness, string action, int? fixTarget)
    {
        var diagnostic = fixTarget is { } target
            ? RightsDiagnostic.Create(Rules.WeakPasswordKdf, location.Syntax.GetLocation(), null, EvidenceKinds.Api, category,
                new KeyValuePair<string, string?>(CryptoValues.FixTargetProperty, Number(target)), CryptoValues.Display(construct), weakness, action)
            : RightsDiagnostic.Create(Rules.WeakPasswordKdf, location.Syntax.GetLocation(), null, EvidenceKinds.Api, category, CryptoValues.Display(construct), weakness, action);
        context.ReportDiagnostic(diagnostic);
    }
}
