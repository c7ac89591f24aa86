using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Families.Crypto.CryptoFlow;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// RR1008: System.Random output (instances, <c>Random.Shared</c>, <c>NextBytes</c> buffers, helpers that return it)
/// that becomes a security value: a crypto parameter (key, IV, nonce, salt, KDF password — <see cref="CryptoSinks"/>)
/// or a value stored under a security name (<see cref="SecurityNames"/>): a local, field, property, array, argument
/// or the return value of a method so named. Reported once, where the value first takes the security role: moving a
/// security-named local or calling a security-named helper of this compilation is not reported again. Random used
/// for jitter, shuffles, sampling, games and UI never reaches such a target and stays quiet.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="CryptoValueAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of CryptoValueAnalyzer, which carries the attribute.")]
public sealed class PredictableRandomnessAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.PredictableRandomness);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            var flow = CryptoFlowContext.Create(start.Compilation, start.Options);
            if (flow.Engine.RandomType is null)
            {
                return;
            }

            var names = new ConditionalWeakTable<RightsOptions, SecurityNames>();

            // Random output needs Random in the source (new Random(), Random.Shared, a Random parameter or field):
            // a compilation that never names it has nothing for this rule, which is most business code. One text scan
            // per compilation, before anything is registered, instead of judging every security-named value of every
            // body — and no operation callbacks at all when it finds nothing.
            if (!MentionsRandom(start.Compilation, start.CancellationToken))
            {
                return;
            }

            // System.Random output can only appear in a body that calls Random, or calls (or reads a computed property of)
            // a method of this compilation that does: judged once per body, before any value is evaluated.
            var engine = flow.Engine;
            var producers = new SinkReachability(engine, operation => operation is IInvocationOperation { TargetMethod: { IsStatic: false } method } && engine.IsRandom(method.ContainingType), followGetters: true, followCallee: CanHandBack);
            var testCode = new AnswerCache<ISymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                operation =>
                {
                    if (producers.MayReach(OperationTree.Root(operation.Operation), operation.ContainingSymbol, operation.CancellationToken))
                    {
                        new RandomSite(flow, names, operation.ContainingSymbol, testCode).Analyze(operation);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment,
                OperationKind.VariableDeclarator,
                OperationKind.Return);
        });
    }

    /// <summary>
    /// Whether a call of <paramref name="method"/> can bring System.Random output into its caller: a constructor, a
    /// <c>ref</c> or <c>out</c> parameter, or a result the engine keeps labels through. A helper returning <c>void</c>,
    /// a flag, an enum or a plain <c>Task</c> cannot — Random output does not travel through fields or filled
    /// arguments of a helper (only <c>NextBytes</c> called in the body itself fills a buffer) — so the gate does not
    /// bind and walk its body (docs/performance.md, change 25).
    /// </summary>
    private static bool CanHandBack(IMethodSymbol method)
        => SinkReachability.HandsBackBesidesResult(method) || !TypeFilter.CarriesNothing(method.ReturnType);

    /// <summary>
    /// Whether any source file contains the word <c>Random</c>. A search of the text, not of the syntax tree: walking
    /// every token of a large compilation materialises its whole red tree, which cost more than the rule's own work.
    /// A mention in a comment or string only keeps the rule on; it never changes what it finds.
    /// </summary>
    private static bool MentionsRandom(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (tree.GetText(cancellationToken).ToString().IndexOf("Random", System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTestCode(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "FactAttribute" or "TheoryAttribute" or "TestAttribute" or "TestMethodAttribute" or "TestCaseAttribute" or "DataTestMethodAttribute")
            {
                return true;
            }
        }

        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (SecurityNames.IsTestName(type.Name))
            {
                return true;
            }
        }

        return SecurityNames.IsTestName(symbol.Name);
    }

    /// <summary>The judgement of one operation: its hit list, and the body analysis (shared per body by the engine) when needed.</summary>
    private sealed class RandomSite
    {
        private readonly CryptoFlowContext flow;
        private readonly ConditionalWeakTable<RightsOptions, SecurityNames> namesByOptions;
        private readonly ISymbol owner;
        private readonly AnswerCache<ISymbol, bool> testCode;
        private readonly List<CryptoSinkHit> hits = new();
        private BodyAnalysis? body;

        public RandomSite(CryptoFlowContext flow, ConditionalWeakTable<RightsOptions, SecurityNames> namesByOptions, ISymbol owner, AnswerCache<ISymbol, bool> testCode)
        {
            this.flow = flow;
            this.namesByOptions = namesByOptions;
            this.owner = owner;
            this.testCode = testCode;
        }

        /// <summary>Test fixtures fake tokens with Random on purpose; crypto parameters are still checked there. Judged once per member.</summary>
        private bool TestCode => testCode.GetOrAdd(owner, static o => IsTestCode(o));

        public void Analyze(OperationAnalysisContext context)
        {
            var operation = context.Operation;
            var scope = body?.Scope ?? flow.Engine.ScopeFor(operation.Syntax.SyntaxTree);
            var names = namesByOptions.GetValue(scope.Config.Options, static options => new SecurityNames(Lower(options.Get(OptionCatalog.SecurityNames))));

            hits.Clear();
            if (operation is IInvocationOperation or IObjectCreationOperation or ISimpleAssignmentOperation)
            {
                flow.Find(operation, hits, context.CancellationToken);
            }

            if (hits.Count > 0)
            {
                foreach (var hit in hits)
                {
                    // A private key is not drawn from a generator here; a decrypting call only reads an old IV.
                    if (hit.Role != CryptoRole.PrivateKey && !(hit.Decrypt && hit.Role is CryptoRole.Iv or CryptoRole.Nonce) && !AlreadyReported(hit.Value, names))
                    {
                        Judge(context, hit.Value, "the " + CryptoSinks.Display(hit.Role) + " given to " + hit.Describe(), EvidenceKinds.Api, CryptoSinks.Category(hit.Role));
                    }
                }

                return;
            }

            if (TestCode)
            {
                return;
            }

            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    JudgeNamed(context, names, initializer.Value, declarator.Symbol.Name, declarator.Symbol.Type, "'" + declarator.Symbol.Name + "'");
                    break;
                case ISimpleAssignmentOperation assignment when Target(assignment.Target) is { } target:
                    JudgeNamed(context, names, assignment.Value, target.Name, target.Type, "'" + target.Name + "'");
                    break;
                case IReturnOperation { ReturnedValue: { } value } when Owner(operation, context.ContainingSymbol) is { } owner:
                    JudgeNamed(context, names, value, owner.Name, owner.Type, "returned by '" + owner.Name + "'");
                    break;
                case IInvocationOperation invocation:
                    if (IsNextBytes(invocation) && invocation.Arguments.Length == 1 && Target(invocation.Arguments[0].Value) is { } buffer &&
                        names.Classify(buffer.Name, buffer.Type) is { } bufferName && !SecurityNames.IsTestName(buffer.Name))
                    {
                        // random.NextBytes(salt): the buffer is filled right here.
                        var label = new Label(LabelKind.WeakRandom, "system-random", "System.Random", EvidenceTier.Api, "'" + invocation.Syntax + "'", invocation.Syntax.GetLocation());
                        Report(context, invocation.Arguments[0].Value, label, bufferName.Display + " ('" + buffer.Name + "')", EvidenceKinds.Name, bufferName.Category);
                        break;
                    }

                    JudgeArguments(context, names, invocation.Arguments, invocation.TargetMethod);
                    break;
                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    JudgeArguments(context, names, creation.Arguments, constructor);
                    break;
            }
        }

        private void JudgeArguments(OperationAnalysisContext context, SecurityNames names, ImmutableArray<IArgumentOperation> arguments, IMethodSymbol method)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    JudgeNamed(context, names, argument.Value, parameter.Name, parameter.Type, "parameter '" + parameter.Name + "' of '" + method.Name + "'");
                }
            }
        }

        private void JudgeNamed(OperationAnalysisContext context, SecurityNames names, IOperation value, string name, ITypeSymbol? type, string where)
        {
            if (names.Classify(name, type) is not { } securityName || AlreadyReported(value, names))
            {
                return;
            }

            Judge(context, value, securityName.Display + " (" + where + ")", EvidenceKinds.Name, securityName.Category);
        }

        private void Judge(OperationAnalysisContext context, IOperation value, string becomes, string evidence, string category)
        {
            body ??= flow.Engine.Analyze(OperationTree.Root(value), context.CancellationToken);
            if (FlowMessages.Best(body.Eval(value), static label => label.Kind == LabelKind.WeakRandom) is { } label)
            {
                Report(context, value, label, becomes, evidence, category);
            }
        }

        private static void Report(OperationAnalysisContext context, IOperation value, Label label, string becomes, string evidence, string category)
        {
            var location = value.Syntax.GetLocation();
            context.ReportDiagnostic(RightsDiagnostic.Create(
                Rules.PredictableRandomness,
                location,
                FlowValues.Additional(label.Source, location),
                evidence,
                category,
                label.Description,
                becomes));
        }

        /// <summary>
        /// A security-named local or parameter, or a call to a security-named helper of this compilation: the value
        /// was reported where it took that name (the declaration, the helper's return).
        /// </summary>
        private static bool AlreadyReported(IOperation value, SecurityNames names)
        {
            switch (FlowValues.Strip(value))
            {
                case ILocalReferenceOperation local:
                    return names.Classify(local.Local.Name, local.Local.Type) is not null;
                case IParameterReferenceOperation parameter:
                    return names.Classify(parameter.Parameter.Name, parameter.Parameter.Type) is not null;
                case IInvocationOperation { TargetMethod: var method } when method.DeclaringSyntaxReferences.Length > 0:
                    return names.Classify(method.Name, method.ReturnType) is not null;
                default:
                    return false;
            }
        }

        private bool IsNextBytes(IInvocationOperation invocation)
            => invocation.TargetMethod.Name == "NextBytes" && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, flow.Engine.RandomType);

        /// <summary>The named storage an assignment writes: a local, parameter, field, property or an element of one.</summary>
        private static NamedTarget? Target(IOperation target)
        {
            target = FlowValues.Strip(target);
            if (target is IArrayElementReferenceOperation element)
            {
                target = FlowValues.Strip(element.ArrayReference);
            }

            return target switch
            {
                ILocalReferenceOperation local => new NamedTarget(local.Local.Name, local.Local.Type),
                IParameterReferenceOperation parameter => new NamedTarget(parameter.Parameter.Name, parameter.Parameter.Type),
                IFieldReferenceOperation field => new NamedTarget(field.Field.Name, field.Field.Type),
                IPropertyReferenceOperation { Property.IsIndexer: false } property => new NamedTarget(property.Property.Name, property.Property.Type),
                _ => null,
            };
        }

        /// <summary>The method (or local function, or property) whose own return this is; lambdas have no name.</summary>
        private static NamedTarget? Owner(IOperation returnOperation, ISymbol containing)
        {
            for (var parent = returnOperation.Parent; parent is not null; parent = parent.Parent)
            {
                switch (parent)
                {
                    case IAnonymousFunctionOperation:
                        return null;
                    case ILocalFunctionOperation local:
                        return new NamedTarget(local.Symbol.Name, local.Symbol.ReturnType);
                }
            }

            return containing switch
            {
                IMethodSymbol { AssociatedSymbol: IPropertySymbol property } => new NamedTarget(property.Name, property.Type),
                IMethodSymbol method => new NamedTarget(method.Name, method.ReturnType),
                _ => null,
            };
        }

        private static ImmutableHashSet<string> Lower(ImmutableArray<string> names)
        {
            var builder = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);
            foreach (var name in names)
            {
                builder.Add(name.ToLowerInvariant());
            }

            return builder.ToImmutable();
        }
    }

    private sealed class NamedTarget
    {
        public NamedTarget(string name, ITypeSymbol type)
        {
            Name = name;
            Type = type;
        }

        public string Name { get; }

        public ITypeSymbol Type { get; }
    }
}
