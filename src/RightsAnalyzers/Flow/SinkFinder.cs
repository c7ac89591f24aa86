using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow.Tables;

namespace RightsAnalyzers.Flow;

/// <summary>
/// Recognises the operations where data leaves the method: calls of modelled sinks, configured sinks,
/// <c>[LoggerMessage]</c> methods, <c>LoggerMessage.Define</c> delegates, property setters of telemetry objects,
/// property bags of sinks, and helpers of this compilation whose summary says a parameter reaches a sink.
/// </summary>
internal sealed class SinkFinder
{
    private readonly FlowEngine engine;

    [System.ThreadStatic]
    private static List<SinkHit>? probeHits;

    public SinkFinder(FlowEngine engine)
    {
        this.engine = engine;
        Reachability = new SinkReachability(engine, IsDirectSink);
    }

    /// <summary>Which helpers can reach a sink at all; the others are never summarised for their sinks.</summary>
    public SinkReachability Reachability { get; }

    /// <summary>Adds to <paramref name="hits"/> every value of <paramref name="operation"/> that reaches a sink of <paramref name="interest"/>.</summary>
    public void Find(IOperation operation, FlowScope scope, SinkKind interest, SummaryStack stack, List<SinkHit> hits, CancellationToken cancellationToken, List<IMethodSymbol>? incompleteSummaries = null)
        => Find(operation, scope, interest, stack, hits, cancellationToken, incompleteSummaries, direct: false);

    /// <summary>
    /// Whether <paramref name="operation"/> is a sink of any kind by itself, without a helper's summary: what
    /// <see cref="SinkReachability"/> looks for. Uses the configuration of the operation's own tree, as its summary would.
    /// </summary>
    private bool IsDirectSink(IOperation operation)
    {
        var hits = probeHits ??= new List<SinkHit>();
        hits.Clear();
        Find(operation, engine.ScopeFor(operation.Syntax.SyntaxTree), SinkKind.All, SummaryStack.Empty, hits, CancellationToken.None, null, direct: true);
        var found = hits.Count > 0;
        hits.Clear();
        return found;
    }

    private void Find(IOperation operation, FlowScope scope, SinkKind interest, SummaryStack stack, List<SinkHit> hits, CancellationToken cancellationToken, List<IMethodSymbol>? incompleteSummaries, bool direct)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                FindInInvocation(invocation, scope, interest, stack, hits, cancellationToken, incompleteSummaries, direct);
                break;
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                if (engine.SinkTable.Find(constructor) is { } rule && (rule.Kind & interest) != 0)
                {
                    AddArguments(rule, new SinkName(constructor.ContainingType.Name), creation.Arguments, null, hits, via: null);
                }

                break;
            case ISimpleAssignmentOperation assignment:
                FindInAssignment(assignment, interest, hits);
                break;
        }
    }

    private void FindInInvocation(IInvocationOperation invocation, FlowScope scope, SinkKind interest, SummaryStack stack, List<SinkHit> hits, CancellationToken cancellationToken, List<IMethodSymbol>? incomplete, bool direct)
    {
        var method = invocation.TargetMethod;
        // stream.Write(key) or writer.Write(pem): where the stream or writer leads decides the sink, before its type does
        // (a StreamWriter over a NetworkStream writes to the network; one over a MemoryStream writes nowhere).
        if (method.Name is "Write" or "WriteAsync" or "WriteLine" or "WriteLineAsync" or "WriteByte" && invocation.Instance is { } writer &&
            StreamDestinations.IsStreamOrWriter(method.ContainingType) &&
            StreamDestinations.Resolve(engine, writer, invocation) is { Known: true } destination)
        {
            if (destination.Rule is { } streamSink && (streamSink.Kind & interest) != 0)
            {
                var owner = Unwrap(writer) is IPropertyReferenceOperation streamProperty ? streamProperty.Property.Name : method.ContainingType.Name;
                AddArguments(streamSink, new SinkName(owner, method.Name), invocation.Arguments, null, hits, via: null);
            }

            return;
        }

        if (engine.SinkTable.Find(method) is { } rule && (rule.Kind & interest) != 0)
        {
            AddArguments(rule, Display(method), invocation.Arguments, LevelOf(rule, method, invocation), hits, via: null);
            return;
        }

        // Add/TryAdd on a sink's property bag: telemetry.Properties.Add("email", email).
        if (method.Name is "Add" or "TryAdd" && invocation.Instance is IPropertyReferenceOperation bag &&
            engine.SinkContainers.Find(bag.Property) is { } containerRule && (containerRule.Kind & interest) != 0)
        {
            AddArguments(containerRule, new SinkName(bag.Property.Name, method.Name), invocation.Arguments, null, hits, via: null);
            return;
        }

        // context.Response.Body.WriteAsync(bytes): a write to a stream property that is itself a sink.
        if (method.Name is "Write" or "WriteAsync" or "WriteByte" && Unwrap(invocation.Instance) is IPropertyReferenceOperation stream &&
            engine.SinkContainers.Find(stream.Property) is { } streamRule && (streamRule.Kind & interest) != 0)
        {
            AddArguments(streamRule, new SinkName(stream.Property.Name, method.Name), invocation.Arguments, null, hits, via: null);
            return;
        }

        var original = method.OriginalDefinition;
        var config = scope.Config;
        if (Configured(config, original) is { } configured && (configured & interest) != 0)
        {
            AddArguments(new SinkRule(configured, "a configured sink"), Display(method), invocation.Arguments, null, hits, via: null);
            return;
        }

        if ((interest & SinkKind.Log) != 0 && IsLoggerMessageMethod(original, out var level))
        {
            AddArguments(new SinkRule(SinkKind.Log, "the log"), Display(method), invocation.Arguments, level, hits, via: null);
            return;
        }

        // LoggerMessage.Define<T…>(…) produces Action<ILogger, T…, Exception?>; invoking it logs the T arguments.
        if ((interest & SinkKind.Log) != 0 && method.MethodKind == MethodKind.DelegateInvoke && IsLoggerDelegate(method.ContainingType))
        {
            AddArguments(new SinkRule(SinkKind.Log, "the log"), new SinkName("LoggerMessage delegate"), invocation.Arguments, null, hits, via: null);
            return;
        }

        // A helper whose body (and callees) contain no sink has no parameter reaching one: its summary is not needed.
        if (direct || !SinkReachability.IsInSource(original) || !Reachability.MayReach(original, cancellationToken))
        {
            return;
        }

        // A helper of this compilation: its summary says which parameters reach which sinks.
        var summary = engine.Summarize(original, stack, cancellationToken, out var complete);
        if (!complete)
        {
            incomplete?.Add(original);
        }

        foreach (var parameterSink in summary.ParameterSinks)
        {
            if ((parameterSink.Kind & interest) == 0)
            {
                continue;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && parameter.Ordinal == parameterSink.Ordinal)
                {
                    var covered = scope.Classifier.Classify(parameter.OriginalDefinition)?.Kind;
                    hits.Add(new SinkHit(parameterSink.Kind, parameterSink.Display, argument.Value, parameterSink.Level, method.Name, key: null, covered));
                }
            }
        }
    }

    /// <summary>The sink as messages name it: <c>HttpClient.PostAsync</c>, or the bare name for extension methods.</summary>
    private static SinkName Display(IMethodSymbol method)
        => method.ContainingType is { } type && method.MethodKind != MethodKind.ReducedExtension && !method.IsExtensionMethod && type.Name is not ("LoggerExtensions")
            ? new SinkName(type.Name, method.Name)
            : new SinkName(method.Name);

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private void FindInAssignment(ISimpleAssignmentOperation assignment, SinkKind interest, List<SinkHit> hits)
    {
        if (assignment.Target is not IPropertyReferenceOperation target)
        {
            return;
        }

        // scope.User = …; telemetry.Context.User.Id = …; new SentryUser { Email = … }
        if (engine.SinkTable.Find(target.Property) is { } rule && (rule.Kind & interest) != 0)
        {
            hits.Add(new SinkHit(rule.Kind, new SinkName(target.Property.ContainingType.Name, target.Property.Name), assignment.Value, null, null, key: null));
            return;
        }

        // telemetry.Properties["email"] = email;
        if (target.Property.IsIndexer && target.Instance is IPropertyReferenceOperation bag &&
            engine.SinkContainers.Find(bag.Property) is { } containerRule && (containerRule.Kind & interest) != 0)
        {
            var key = target.Arguments.Length > 0 ? target.Arguments[0].Value : null;
            hits.Add(new SinkHit(containerRule.Kind, new SinkName(bag.Property.Name, "[…]", separator: string.Empty), assignment.Value, null, null, containerRule.KeyIsIdentifying ? key : null));
        }
    }

    private static SinkKind? Configured(FlowConfig config, IMethodSymbol method)
    {
        // Usually none are configured: a set's lookup hashes the symbol even when the set is empty.
        if (!config.HasConfiguredSinks)
        {
            return null;
        }

        if (config.LogSinks.Contains(method))
        {
            return SinkKind.Log;
        }

        if (config.TelemetrySinks.Contains(method))
        {
            return SinkKind.Telemetry;
        }

        return config.NetworkSinks.Contains(method) ? SinkKind.Network : null;
    }

    private bool IsLoggerMessageMethod(IMethodSymbol method, out int? level)
    {
        level = null;
        // [LoggerMessage] methods return void (the generator rejects any other, SYSLIB1003): read that before the
        // partial parts, which cost several lookups for every call of the compilation.
        if (engine.LoggerMessageAttribute is null || !method.ReturnsVoid || !method.IsPartial())
        {
            return false;
        }

        foreach (var attribute in (method.PartialDefinitionPart ?? method).GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, engine.LoggerMessageAttribute))
            {
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "Level" && named.Value.Value is int value)
                    {
                        level = value;
                    }
                }

                if (level is null && attribute.ConstructorArguments.Length >= 2 && attribute.ConstructorArguments[1].Value is int positional)
                {
                    level = positional;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>LoggerMessage.Define's Action&lt;ILogger, T…, Exception?&gt; and DefineScope's Func&lt;ILogger, T…, IDisposable?&gt;.</summary>
    private static bool IsLoggerDelegate(INamedTypeSymbol? type)
        => type is { Name: "Action" or "Func", IsGenericType: true } && type.TypeArguments.Length >= 2 &&
           (type.Name == "Action" || type.TypeArguments[type.TypeArguments.Length - 1].Name == "IDisposable") &&
           type.TypeArguments[0] is { Name: "ILogger" } logger && logger.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Logging";

    private static int? LevelOf(SinkRule rule, IMethodSymbol method, IInvocationOperation invocation)
    {
        if (rule.Level?.Invoke(method.Name) is { } level)
        {
            return level;
        }

        // logger.Log(LogLevel.Debug, …) / Serilog Write(LogEventLevel.Debug, …): a constant level argument.
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.TypeKind == TypeKind.Enum && argument.Parameter.Type.Name is "LogLevel" or "LogEventLevel" &&
                argument.Value.ConstantValue is { HasValue: true, Value: int value })
            {
                return argument.Parameter.Type.Name == "LogEventLevel" ? System.Math.Min(value, 5) : value;
            }
        }

        return null;
    }

    private static void AddArguments(SinkRule rule, SinkName display, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int? level, List<SinkHit> hits, string? via)
    {
        IOperation? key = null;
        var skipFirst = rule.Arguments == SinkArguments.AfterFirst;
        var first = true;
        foreach (var argument in arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null || IsNonData(parameter.Type))
            {
                continue;
            }

            // Extension methods: the receiver (this) is the first argument, never data.
            if (parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true })
            {
                continue;
            }

            if (first && skipFirst)
            {
                first = false;
                key = rule.KeyIsIdentifying ? argument.Value : null;
                continue;
            }

            first = false;
            if (rule.Arguments == SinkArguments.Value && parameter.ContainingSymbol is IMethodSymbol owner && parameter.Ordinal != owner.Parameters.Length - 1)
            {
                continue;
            }

            // params object[] args: each element is its own value, reported at its own location.
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    hits.Add(new SinkHit(rule.Kind, display, element, level, via, key));
                }

                continue;
            }

            hits.Add(new SinkHit(rule.Kind, display, argument.Value, level, via, key));
        }
    }

    /// <summary>Parameters that never carry user data: loggers, levels, event ids, exceptions, tokens, formatters, callbacks.</summary>
    private static bool IsNonData(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Delegate)
        {
            return true;
        }

        switch (type.Name)
        {
            case "ILogger" or "LogLevel" or "LogEventLevel" or "EventId" or "CancellationToken" or "IFormatProvider" or "ActivityKind" or
                 "ActivityContext" or "HttpCompletionOption" or "SeverityLevel" or "Encoding" or "HttpMethod" or "DateTimeOffset" or "TimeSpan" or
                 "EventLogEntryType" or "TraceEventType" or "SocketFlags" or "JsonSerializerOptions":
                return true;
        }

        // gRPC call options and header collections: the headers' values are judged where they are added (Metadata.Add).
        if (type.Name is "CallOptions" or "Metadata" && type.ContainingNamespace?.ToDisplayString() == "Grpc.Core")
        {
            return true;
        }

        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && current.ContainingNamespace?.Name == "System")
            {
                return true;
            }
        }

        return false;
    }
}

internal static class MethodSymbolExtensions
{
    /// <summary>True for partial methods of either part (Roslyn 4.8 has no IsPartial on IMethodSymbol).</summary>
    public static bool IsPartial(this IMethodSymbol method)
        => method.IsPartialDefinition || method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null;
}
