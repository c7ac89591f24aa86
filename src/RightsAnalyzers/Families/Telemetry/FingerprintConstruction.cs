using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Flow.Tables;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Telemetry;

/// <summary>
/// RR4005's Info finding where a fingerprint is built: the first local, field, property or return value that combines
/// device identifiers of two kinds, whether or not it is sent anywhere yet (licence binding may be legitimate; the
/// reader should know it is a stable identifier). Only bodies that read a device-identifier API directly are
/// evaluated, so ordinary methods cost one name lookup per member access.
/// </summary>
internal static class FingerprintConstruction
{
    public static void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var engine = FlowEngine.Create(start.Compilation, start.Options);
            if (engine.Sources.IsEmpty)
            {
                return;
            }

            // Bodies already examined: the first device read in a body triggers the search of the whole body, once.
            var examined = new System.Collections.Concurrent.ConcurrentDictionary<IOperation, bool>();
            start.RegisterOperationAction(
                operation =>
                {
                    if (IsDeviceSource(engine, operation.Operation) && examined.TryAdd(OperationTree.Root(operation.Operation), true))
                    {
                        ReportConstructions(engine, OperationTree.Root(operation.Operation), operation);
                    }
                },
                OperationKind.PropertyReference,
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        });
    }

    private static bool IsDeviceSource(FlowEngine engine, IOperation operation)
    {
        ISymbol? member = operation switch
        {
            IPropertyReferenceOperation property => property.Property,
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };

        // Name first (a dictionary lookup); symbols and the rule only for the few members the source table names.
        if (member is null || !engine.Sources.HasMember(member.Name) || engine.Sources.Find(member) is not { } rule)
        {
            return false;
        }

        var arguments = operation switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty,
        };
        return rule.Apply(new SourceSite(operation, arguments), string.Empty) is { Kind: LabelKind.DeviceIdentifier };
    }

    private static void ReportConstructions(FlowEngine engine, IOperation root, OperationAnalysisContext context)
    {
        var analysis = engine.Analyze(root, context.CancellationToken);
        var hits = new List<SinkHit>();
        foreach (var operation in OperationWalk.DescendantsAndSelf(root))
        {
            var value = operation switch
            {
                IVariableDeclaratorOperation { Initializer: { } initializer } => initializer.Value,
                IReturnOperation { ReturnedValue: { } returned } => returned,
                ISimpleAssignmentOperation assignment when !IsSinkAssignment(engine, analysis, assignment, hits, context) => assignment.Value,
                _ => null,
            };

            if (value is null || DeviceFingerprint.Anchor(analysis.Eval(value), out var parts) is not { } anchor || BuiltElsewhere(analysis, value))
            {
                continue;
            }

            context.ReportDiagnostic(RightsDiagnostic.Create(
                Rules.DeviceFingerprintBuilt, value.Syntax.GetLocation(), anchor.Source, FlowMessages.EvidenceProperty(anchor), ApiSources.DeviceFingerprintCategory,
                DeanonymizingTelemetryAnalyzer.Quote(value), parts));
        }
    }

    /// <summary>An assignment to a telemetry property is a sink: the Warning is reported there, not this Info.</summary>
    private static bool IsSinkAssignment(FlowEngine engine, BodyAnalysis analysis, ISimpleAssignmentOperation assignment, List<SinkHit> hits, OperationAnalysisContext context)
    {
        hits.Clear();
        engine.Sinks.Find(assignment, analysis.Scope, SinkKind.Telemetry | SinkKind.Network, SummaryStack.Empty, hits, context.CancellationToken);
        return hits.Count > 0;
    }

    /// <summary>
    /// True when part of the value already is a fingerprint (a local holding one, a helper returning one): this is a
    /// transformation (hashing, encoding) of a fingerprint built elsewhere, and that place was reported.
    /// </summary>
    private static bool BuiltElsewhere(BodyAnalysis analysis, IOperation value)
    {
        foreach (var part in OperationWalk.DescendantsAndSelf(value))
        {
            var reference = part switch
            {
                ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation => true,
                IPropertyReferenceOperation property => property.Property.DeclaringSyntaxReferences.Length > 0,
                IInvocationOperation invocation => invocation.TargetMethod.DeclaringSyntaxReferences.Length > 0,
                _ => false,
            };

            if (reference && DeviceFingerprint.Anchor(analysis.Eval(part), out _) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
