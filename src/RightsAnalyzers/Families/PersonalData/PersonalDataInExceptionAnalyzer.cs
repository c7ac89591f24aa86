using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Flow.Evidence;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.PersonalData;

/// <summary>
/// RR3005: <c>new XxxException(message…)</c> (any type derived from System.Exception) whose message is built from
/// personal data or a credential, directly or through locals, interpolation and helpers (the value-flow engine).
/// The exception is not a sink the driver knows, so this analyzer runs the engine on the constructor's arguments itself.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="PersonalDataExposureAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of PersonalDataExposureAnalyzer, which carries the attribute.")]
public sealed class PersonalDataInExceptionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.PersonalDataInException);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName("System.Exception") is not { } exceptionType)
            {
                return;
            }

            var engine = FlowEngine.Create(start.Compilation, start.Options);

            // Per created type: every object creation of the compilation is asked (docs/performance.md, change 34).
            var exceptionTypes = new AnswerCache<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                context =>
                {
                    BodyAnalysis? body = null;
                    var creation = (IObjectCreationOperation)context.Operation;
                    if (creation.Arguments.IsEmpty || creation.Type is not { } type ||
                        !exceptionTypes.GetOrAdd(type, exceptionType, static (t, e) => InheritsFrom(t, e)))
                    {
                        return;
                    }

                    foreach (var argument in creation.Arguments)
                    {
                        // Literals carry nothing; inner exceptions are someone else's message.
                        // Values with syntax errors are still being typed.
                        if (argument.Value.ConstantValue.HasValue || argument.Value.Syntax.ContainsDiagnostics || argument.Parameter is not { } parameter ||
                            parameter.Type.SpecialType is not (SpecialType.System_String or SpecialType.System_Object))
                        {
                            continue;
                        }

                        body ??= engine.Analyze(OperationTree.Root(creation), context.CancellationToken);
                        if (FlowMessages.Best(body.Eval(argument.Value), IsReportable) is { } label)
                        {
                            context.ReportDiagnostic(RightsDiagnostic.Create(
                                Rules.PersonalDataInException,
                                argument.Value.Syntax.GetLocation(),
                                label.Source,
                                FlowMessages.EvidenceProperty(label),
                                label.Category,
                                label.Description,
                                label.Display,
                                FlowMessages.Evidence(label),
                                creation.Type!.Name));
                        }
                    }
                },
                OperationKind.ObjectCreation);
        });
    }

    /// <summary>Personal data, addresses, locations and credentials; linkable account ids are the compliant thing to put in a message.</summary>
    private static bool IsReportable(Label label)
        => label.Kind is LabelKind.PersonalData or LabelKind.NetworkAddress or LabelKind.Location or LabelKind.Credential &&
           label.Category != NameTaxonomy.AccountId;

    private static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

}
