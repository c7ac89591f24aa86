using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RightsAnalyzers.Flow.Tables;

/// <summary>The call or member access being matched against a source rule, with its constant arguments.</summary>
internal readonly struct SourceSite
{
    public SourceSite(IOperation operation, ImmutableArray<IArgumentOperation> arguments)
    {
        Operation = operation;
        Arguments = arguments;
    }

    public IOperation Operation { get; }

    public ImmutableArray<IArgumentOperation> Arguments { get; }

    /// <summary>The first argument whose value is a constant string, or null.</summary>
    public string? FirstConstantString()
    {
        foreach (var argument in Arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string text })
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The static type of the first argument's value, before any conversion (to object, to a generic T).</summary>
    public ITypeSymbol? FirstArgumentType()
    {
        if (Arguments.IsDefaultOrEmpty)
        {
            return null;
        }

        var value = Arguments[0].Value;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value.Type;
    }

    /// <summary>True when some argument is the constant <c>true</c> (ExportParameters(includePrivateParameters: true)).</summary>
    public bool HasTrueArgument()
    {
        foreach (var argument in Arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Names of enum members passed as arguments, e.g. <c>Pfx</c> for <c>X509ContentType.Pfx</c>.</summary>
    public bool HasEnumArgument(params string[] names)
    {
        foreach (var argument in Arguments)
        {
            var value = argument.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value is IFieldReferenceOperation { Field.ContainingType.TypeKind: TypeKind.Enum } field &&
                Array.IndexOf(names, field.Field.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// What an API returns, when it returns something the rules care about (DESIGN §3, the API tier). A rule may
/// depend on constant arguments: the header name, the claim type, the registry value name.
/// </summary>
internal sealed class SourceRule
{
    private readonly Func<SourceSite, (LabelKind Kind, string Category, string Display)?> classify;

    public SourceRule(LabelKind kind, string category, string display, bool lowConfidence = false, bool readsOneItem = false, bool fillsDestination = false)
    {
        classify = _ => (kind, category, display);
        LowConfidence = lowConfidence;
        ReadsOneItem = readsOneItem;
        FillsDestination = fillsDestination;
    }

    public SourceRule(Func<SourceSite, (LabelKind Kind, string Category, string Display)?> classify, bool lowConfidence = false, bool readsOneItem = false)
    {
        this.classify = classify;
        LowConfidence = lowConfidence;
        ReadsOneItem = readsOneItem;
    }

    public bool LowConfidence { get; }

    /// <summary>
    /// The call reads one item out of its receiver (a claim out of a principal): when the rule matches, its label says
    /// what the result is, and the receiver's own labels (the whole principal) do not flow into it.
    /// </summary>
    public bool ReadsOneItem { get; }

    /// <summary>
    /// The call writes what it produces into its <c>destination</c> buffer (<c>rsa.TryExportRSAPrivateKey(buffer, out n)</c>)
    /// and returns only a success flag: the label belongs to the buffer. <see cref="LocalFacts"/> records the buffer as
    /// assigned by the call, like an <c>out</c> argument.
    /// </summary>
    public bool FillsDestination { get; }

    public Label? Apply(SourceSite site, string description)
    {
        if (classify(site) is not { } result)
        {
            return null;
        }

        return new Label(result.Kind, result.Category, result.Display, EvidenceTier.Api, description, site.Operation.Syntax.GetLocation(),
            LowConfidence || result.Category == Evidence.NameTaxonomy.AccountId, special: false,
            objectType: result.Kind == LabelKind.WholeObject ? site.FirstArgumentType() : null); // serializers render the object passed first
    }
}
