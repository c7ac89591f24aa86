using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.PersonalData;

/// <summary>
/// RR3004: request logging configured to record what identifies people — <c>HttpLoggingOptions.LoggingFields</c>
/// with bodies or query strings, <c>W3CLoggerOptions.LoggingFields</c> with client IP, user name, cookies or query
/// (including W3C logging left at its defaults), identifying headers added to the logged-header lists, and EF Core's
/// <c>EnableSensitiveDataLogging()</c>. Configuration inside a development-only branch is left alone
/// (<see cref="DevelopmentOnly"/>).
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="PersonalDataExposureAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of PersonalDataExposureAnalyzer, which carries the attribute.")]
public sealed class RequestLoggingConfigurationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.OverBroadRequestLogging);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        context.RegisterCompilationStartAction(static start =>
        {
            var types = RequestLoggingTypes.Create(WellKnownTypes.For(start.Compilation));
            if (types is null)
            {
                return;
            }

            if (types.HttpLoggingOptions is not null || types.W3CLoggerOptions is not null)
            {
                start.RegisterOperationAction(c => AnalyzeAssignment(c, types), OperationKind.SimpleAssignment, OperationKind.CompoundAssignment);
            }

            start.RegisterOperationAction(c => AnalyzeInvocation(c, types), OperationKind.Invocation);
        });
    }

    /// <summary><c>o.LoggingFields = …</c>, <c>LoggingFields = …</c> in an initializer, <c>o.LoggingFields |= …</c>.</summary>
    private static void AnalyzeAssignment(OperationAnalysisContext context, RequestLoggingTypes types)
    {
        var assignment = (IAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "LoggingFields" } property } ||
            !types.IsLoggingOptions(property.ContainingType) ||
            (assignment is ICompoundAssignmentOperation compound && compound.OperatorKind != BinaryOperatorKind.Or))
        {
            return;
        }

        // A value computed at run time (a variable, configuration) is not judged: there is no value flow here.
        if (RequestLoggingFields.ToInt64(assignment.Value.ConstantValue is { HasValue: true } constant ? constant.Value : null) is not { } value ||
            RequestLoggingFields.Describe(property.Type, value) is not { } found)
        {
            return;
        }

        Report(context, assignment, assignment.Syntax.GetLocation(), found.Category, property.ContainingType.Name + "." + property.Name, found.Description);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, RequestLoggingTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        switch (invocation.TargetMethod.Name)
        {
            case "Add":
                AnalyzeHeaderAdd(context, invocation, types);
                break;
            case "EnableSensitiveDataLogging":
                AnalyzeSensitiveDataLogging(context, invocation, types);
                break;
            case "AddW3CLogging":
                AnalyzeW3CDefaults(context, invocation, types);
                break;
        }
    }

    /// <summary><c>o.RequestHeaders.Add("Cookie")</c>, <c>RequestHeaders = { "Authorization" }</c>, W3C's <c>AdditionalRequestHeaders</c>.</summary>
    private static void AnalyzeHeaderAdd(OperationAnalysisContext context, IInvocationOperation invocation, RequestLoggingTypes types)
    {
        if (invocation.Arguments.Length != 1)
        {
            return;
        }

        // The receiver first: most Add calls are on other collections, and the symbol check allocates nothing.
        var list = invocation.Instance switch
        {
            IPropertyReferenceOperation reference => reference.Property,
            // Collection initializer: the receiver is implicit; the initialized member is two parents up.
            IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } =>
                (invocation.Parent as IObjectOrCollectionInitializerOperation)?.Parent is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member }
                    ? member.Property
                    : null,
            _ => null,
        };

        if (list is null || list.Name is not ("RequestHeaders" or "ResponseHeaders" or "AdditionalRequestHeaders") || !types.IsLoggingOptions(list.ContainingType) ||
            IdentifyingHeaders.NameOf(invocation.Arguments[0].Value) is not { } header ||
            !IdentifyingHeaders.TryGet(header, out var category, out var description))
        {
            return;
        }

        Report(context, invocation, invocation.Syntax.GetLocation(), category, list.ContainingType.Name + "." + list.Name + ".Add(\"" + header + "\")", "the " + header + " header (" + description + ")");
    }

    /// <summary>EF Core: <c>EnableSensitiveDataLogging()</c> or <c>(true)</c>; a computed argument is the app's own per-environment choice.</summary>
    private static void AnalyzeSensitiveDataLogging(OperationAnalysisContext context, IInvocationOperation invocation, RequestLoggingTypes types)
    {
        if (!types.IsDbContextOptionsBuilder(invocation.TargetMethod.ContainingType))
        {
            return;
        }

        // The parameter is optional (default true): the implicit default argument shows up with that constant.
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value.ConstantValue is not { HasValue: true, Value: true })
            {
                return;
            }
        }

        Report(context, invocation, CallLocation.Of(invocation), "ef-sensitive-data", "EnableSensitiveDataLogging()", "entity property values and query parameters");
    }

    /// <summary>
    /// <c>AddW3CLogging(o => …)</c> whose lambda never sets LoggingFields keeps the defaults, which log client IP
    /// addresses and query strings. A method group or delegate variable is not inspected.
    /// </summary>
    private static void AnalyzeW3CDefaults(OperationAnalysisContext context, IInvocationOperation invocation, RequestLoggingTypes types)
    {
        if (types.W3CLoggerOptions is null || invocation.Arguments.Length == 0)
        {
            return;
        }

        IAnonymousFunctionOperation? lambda = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation function } &&
                function.Symbol.Parameters.Length == 1 &&
                SymbolEqualityComparer.Default.Equals(function.Symbol.Parameters[0].Type, types.W3CLoggerOptions))
            {
                lambda = function;
            }
        }

        if (lambda is null || SetsLoggingFields(lambda.Body))
        {
            return;
        }

        Report(context, invocation, CallLocation.Of(invocation), "client-ip", "AddW3CLogging without LoggingFields", "client IP addresses and query strings (the W3C default fields)");
    }

    private static bool SetsLoggingFields(IOperation body)
    {
        foreach (var operation in OperationWalk.DescendantsAndSelf(body))
        {
            if (operation is IAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "LoggingFields" } })
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(OperationAnalysisContext context, IOperation operation, Location location, string category, string setting, string collected)
    {
        if (DevelopmentOnly.IsGuarded(operation))
        {
            return;
        }

        context.ReportDiagnostic(RightsDiagnostic.Create(
            Rules.OverBroadRequestLogging, location, source: null, EvidenceKinds.Configuration, category, setting, collected));
    }
}
