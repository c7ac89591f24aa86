using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Families.KeyEscrow;

/// <summary>
/// RR2004: calls into members that are escrow, key-recovery, lawful-intercept, exceptional-access, backdoor or
/// master-key hooks (by name tokens or <c>RR2004.hooks</c>) that are handed anything that can carry keys, content or
/// personal data: any non-constant argument that is not a number, a flag, an enum or a callback. The message says
/// what the hook receives, using the value-flow labels (a private key, key material, personal data, or content).
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="KeyEscrowApiAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of KeyEscrowApiAnalyzer, which carries the attribute.")]
public sealed class ExceptionalAccessHookAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.ExceptionalAccessHook);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(start =>
        {
            var engine = FlowEngine.Create(start.Compilation, start.Options);
            var matchers = new ConditionalWeakTable<RightsOptions, HookMatcher>();
            var compilation = start.Compilation;
            start.RegisterOperationAction(
                operation =>
                {
                    var (method, arguments) = operation.Operation switch
                    {
                        IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                        IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                        _ => (null, default),
                    };

                    // Cheapest first: a call with no argument hands the hook nothing.
                    if (method is null || arguments.IsDefaultOrEmpty)
                    {
                        return;
                    }

                    // The hook's own implementation calling its helpers is not a new hand-over.
                    if (SymbolEqualityComparer.Default.Equals(operation.ContainingSymbol.ContainingType, method.ContainingType))
                    {
                        return;
                    }

                    var matcher = matchers.GetValue(engine.ScopeFor(operation.Operation.Syntax.SyntaxTree).Config.Options, o => new HookMatcher(o, compilation));
                    if (matcher.Match(method) is not { } hook)
                    {
                        return;
                    }

                    var body = engine.Analyze(OperationTree.Root(operation.Operation), operation.CancellationToken);
                    if (HookArguments.MostRevealing(body, engine, arguments) is { } received)
                    {
                        operation.ReportDiagnostic(RightsDiagnostic.Create(
                            Rules.ExceptionalAccessHook,
                            received.Value.Syntax.GetLocation(),
                            received.Label?.Source,
                            hook.Evidence,
                            hook.Category,
                            hook.Display,
                            hook.Reason,
                            received.What,
                            received.Evidence));
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        });
    }

}
