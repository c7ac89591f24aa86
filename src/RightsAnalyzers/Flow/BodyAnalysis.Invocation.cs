using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow.Tables;

namespace RightsAnalyzers.Flow;

internal sealed partial class BodyAnalysis
{
    private LabelSet EvalInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var original = method.OriginalDefinition;

        if (engine.SanitizerTable.Find(method) is { } sanitizer)
        {
            return ApplySanitizer(sanitizer.Effect, Inputs(invocation));
        }

        if (!scope.Config.Sanitizers.IsEmpty && scope.Config.Sanitizers.Contains(original))
        {
            return LabelSet.Empty;
        }

        // The app's own hash helpers (Crc32(bytes), ComputeHash(text)) pseudonymise what goes in, whatever the body does
        // with bytes and numbers on the way (which would otherwise drop the labels: real-world pattern 8).
        if (original.DeclaringSyntaxReferences.Length > 0 && !original.ReturnsVoid && HashHelperNames.IsHashHelper(original.Name))
        {
            return ApplySanitizer(SanitizerEffect.Hash, Inputs(invocation));
        }

        // Sources and embedded-key factories add labels; the value itself comes from the summary or default propagation.
        var sourced = LabelSet.Empty;
        var skipReceiver = false;
        if (engine.Sources.Find(method) is { } source && source.Apply(new SourceSite(invocation, invocation.Arguments), Describe(invocation)) is { } label)
        {
            sourced = sourced.Add(label);

            // FindFirstValue(ClaimTypes.NameIdentifier) reads one item: the rest of the principal does not come along.
            skipReceiver = source.ReadsOneItem;
        }

        if (engine.Factories.Find(method) is { } embedded && FirstArgumentIsEmbedded(invocation.Arguments))
        {
            sourced = sourced.Add(KeyNames.EmbeddedKeyLabel(embedded, invocation));
        }

        var value = DefaultPropagation(invocation, skipReceiver);

        // Local functions and methods of this compilation: what their summary says they return.
        if (original.DeclaringSyntaxReferences.Length > 0 && !original.IsAbstract && !original.IsExtern &&
            original.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.ReducedExtension or MethodKind.PropertyGet)
        {
            var summary = engine.Summarize(original, stack, cancellationToken, out var complete, returnsOnly: true);
            if (!complete)
            {
                MarkIncomplete();
            }

            if (!summary.IsUnknown)
            {
                value = FromSummary(summary, invocation);
            }
        }

        return sourced.Labels.IsEmpty ? value : value.Combine(sourced).NotConstant();
    }

    /// <summary>Maps a summary's <see cref="LabelKind.Parameter"/> labels to the labels of this call's arguments.</summary>
    private LabelSet FromSummary(MethodSummary summary, IInvocationOperation invocation)
    {
        var returns = summary.Returns;
        var result = returns.Where(static l => l.Kind != LabelKind.Parameter);
        var constant = returns.IsConstant;
        foreach (var label in returns.Labels)
        {
            if (label.Kind != LabelKind.Parameter)
            {
                continue;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == label.ParameterOrdinal)
                {
                    var labels = Evaluate(argument.Value);
                    constant &= labels.IsConstant;
                    if (label.Pseudonymized)
                    {
                        // The helper hashes this parameter before returning it.
                        labels = ApplySanitizer(SanitizerEffect.Hash, labels);
                    }

                    result = result.Combine(labels.WithConstant(true, null));
                }
            }
        }

        return result.WithConstant(constant, returns.ConstantSource ?? invocation.Syntax.GetLocation());
    }

    /// <summary>
    /// A call the engine knows nothing about passes on what goes in: its receiver and arguments. Whether the result
    /// can carry it is decided by its type (<see cref="TypeFilter"/>). Only well-known converters keep constant data
    /// constant (Encoding.GetBytes("…"), Convert.FromBase64String("…"), "…".ToCharArray()).
    /// </summary>
    private LabelSet DefaultPropagation(IInvocationOperation invocation, bool skipReceiver = false)
    {
        var preserving = ConstantPreserving.Contains(invocation.TargetMethod);
        var inputs = Inputs(invocation, skipReceiver, skipInstance: preserving && !IsData(invocation.Instance));
        if (invocation.TargetMethod.ReturnsVoid)
        {
            return LabelSet.Empty;
        }

        // Random's instance methods return predictable values whatever the inputs.
        if (!invocation.TargetMethod.IsStatic && engine.IsRandom(invocation.TargetMethod.ContainingType))
        {
            inputs = inputs.Add(new Label(LabelKind.WeakRandom, "system-random", "System.Random", EvidenceTier.Api, Describe(invocation), invocation.Syntax.GetLocation()));
        }

        return preserving ? inputs : inputs.NotConstant();
    }

    /// <summary>Encoding.UTF8 in Encoding.UTF8.GetBytes("…") is the converter, not the data; a string receiver is data.</summary>
    private static bool IsData(IOperation? instance)
        => instance?.Type is { SpecialType: SpecialType.System_String } or IArrayTypeSymbol or INamedTypeSymbol { Name: "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory" };

    /// <param name="skipReceiver">Leave out the instance (or an extension method's <c>this</c> argument).</param>
    /// <param name="skipInstance">Leave out the instance only (a converter such as an Encoding, not data).</param>
    private LabelSet Inputs(IInvocationOperation invocation, bool skipReceiver = false, bool skipInstance = false)
    {
        var result = invocation.Instance is null || skipReceiver || skipInstance ? LabelSet.Constant(null) : Evaluate(invocation.Instance);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.Out ||
                (skipReceiver && argument.Parameter is { Ordinal: 0, ContainingSymbol: IMethodSymbol { IsExtensionMethod: true } }))
            {
                continue;
            }

            result = result.Combine(Evaluate(argument.Value));
        }

        return result;
    }

    /// <summary><c>TryGetValue("Authorization", out var value)</c>: the out local receives the call's inputs and sources.</summary>
    private LabelSet EvalOutArgument(IArgumentOperation argument)
    {
        if (argument.Parent is not IInvocationOperation invocation)
        {
            return LabelSet.Empty;
        }

        var result = Inputs(invocation).NotConstant();
        if (engine.Sources.Find(invocation.TargetMethod) is { } source && source.Apply(new SourceSite(invocation, invocation.Arguments), Describe(invocation)) is { } label)
        {
            result = result.Add(label);
        }

        return result;
    }

    private static LabelSet ApplySanitizer(SanitizerEffect effect, LabelSet input)
    {
        // Clean and Encrypt leave nothing: no personal data, no key, no constant, no parameter dependence.
        return effect switch
        {
            SanitizerEffect.Hash => input.Select(static label => label.Kind switch
            {
                LabelKind.PersonalData or LabelKind.DeviceIdentifier or LabelKind.NetworkAddress or LabelKind.Location or LabelKind.Parameter => label.AsPseudonymized(),
                LabelKind.WeakRandom => label,
                _ => null,
            }).NotConstant(),
            _ => LabelSet.Empty,
        };
    }
}
