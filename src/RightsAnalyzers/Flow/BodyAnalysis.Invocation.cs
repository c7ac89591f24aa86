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

        if (scope.Config.Sanitizers.Contains(original))
        {
            return LabelSet.Empty;
        }

        var result = LabelSet.Empty;
        if (engine.Sources.Find(method) is { } source && source.Apply(new SourceSite(invocation, invocation.Arguments), Describe(invocation)) is { } label)
        {
            result = result.Add(label);
        }

        if (engine.Factories.Find(method) is { } embedded && FirstArgumentIsConstant(invocation.Arguments))
        {
            result = result.Add(KeyNames.EmbeddedKeyLabel(embedded, invocation));
        }

        // Local functions and methods of this compilation: what their summary says they return.
        if (original.DeclaringSyntaxReferences.Length > 0 && !original.IsAbstract && !original.IsExtern &&
            original.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.ReducedExtension or MethodKind.PropertyGet)
        {
            var summary = engine.Summarize(original, stack, cancellationToken, out var complete);
            if (!complete)
            {
                MarkIncomplete();
            }

            if (!summary.IsUnknown)
            {
                // With no source label of its own, the call is what the summary says (constant-ness included).
                return result.Labels.IsEmpty ? FromSummary(summary, invocation) : result.Combine(FromSummary(summary, invocation));
            }
        }

        return result.Labels.IsEmpty ? DefaultPropagation(invocation) : result.Combine(DefaultPropagation(invocation)).NotConstant();
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
                    var labels = Eval(argument.Value);
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
    private LabelSet DefaultPropagation(IInvocationOperation invocation)
    {
        var inputs = Inputs(invocation);
        if (invocation.TargetMethod.ReturnsVoid)
        {
            return LabelSet.Empty;
        }

        // Random's instance methods return predictable values whatever the inputs.
        if (engine.RandomType is not null && IsRandom(invocation.TargetMethod.ContainingType) && !invocation.TargetMethod.IsStatic)
        {
            inputs = inputs.Add(new Label(LabelKind.WeakRandom, "system-random", "System.Random", EvidenceTier.Api, Describe(invocation), invocation.Syntax.GetLocation()));
        }

        return ConstantPreserving.Contains(invocation.TargetMethod) ? inputs : inputs.NotConstant();
    }

    private static bool IsEncoding(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Encoding" && current.ContainingNamespace?.ToDisplayString() == "System.Text")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsRandom(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, engine.RandomType))
            {
                return true;
            }
        }

        return false;
    }

    private LabelSet Inputs(IInvocationOperation invocation)
    {
        // An Encoding carries no data of its own: Encoding.UTF8.GetBytes("k3y") is as constant as its argument.
        var result = invocation.Instance is null || IsEncoding(invocation.Instance.Type) ? LabelSet.Constant(null) : Eval(invocation.Instance);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.Out)
            {
                continue;
            }

            result = result.Combine(Eval(argument.Value));
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
