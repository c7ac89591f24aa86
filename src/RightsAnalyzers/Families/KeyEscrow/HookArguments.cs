using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;

namespace RightsAnalyzers.Families.KeyEscrow;

/// <summary>What an exceptional-access hook receives: the most revealing argument and how the message names it.</summary>
internal sealed class HookArgument
{
    public HookArgument(IOperation value, Label? label, string what, string evidence)
    {
        Value = value;
        Label = label;
        What = what;
        Evidence = evidence;
    }

    public IOperation Value { get; }

    public Label? Label { get; }

    public string What { get; }

    public string Evidence { get; }
}

internal static class HookArguments
{
    /// <summary>
    /// The argument that reveals most (a private key, then key material, a credential, personal data, then any
    /// other content), or null when every argument is a constant, a sanitised value or a type that cannot carry
    /// keys or content (numbers, flags, enums, callbacks, cancellation tokens).
    /// </summary>
    public static HookArgument? MostRevealing(BodyAnalysis body, FlowEngine engine, ImmutableArray<IArgumentOperation> arguments)
    {
        HookArgument? best = null;
        var bestRank = int.MaxValue;
        foreach (var argument in arguments)
        {
            var value = argument.Value;
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || value.ConstantValue.HasValue || !CanCarryContent(value.Type) ||
                IsSanitized(value, body, engine))
            {
                continue;
            }

            var labels = body.Eval(value);
            if (labels.IsConstant && labels.Labels.IsEmpty)
            {
                continue;
            }

            var (rank, candidate) = Describe(labels, value);
            if (rank < bestRank)
            {
                best = candidate;
                bestRank = rank;
            }
        }

        return best;
    }

    private static (int Rank, HookArgument Argument) Describe(LabelSet labels, IOperation value)
    {
        if (FlowMessages.Best(labels, static l => l.Kind == LabelKind.PrivateKey) is { } privateKey)
        {
            return (0, new HookArgument(value, privateKey, "private key material " + privateKey.Description, FlowMessages.Evidence(privateKey)));
        }

        if (FlowMessages.Best(labels, static l => l.Kind == LabelKind.SecretKey) is { } secretKey)
        {
            return (1, new HookArgument(value, secretKey, "key material " + secretKey.Description, FlowMessages.Evidence(secretKey)));
        }

        if (FlowMessages.Best(labels, static l => l.Kind == LabelKind.Credential) is { } credential)
        {
            return (2, new HookArgument(value, credential, credential.Display + " " + credential.Description, FlowMessages.Evidence(credential)));
        }

        if (FlowMessages.Best(labels, static l => l.Kind is LabelKind.PersonalData or LabelKind.DeviceIdentifier or LabelKind.NetworkAddress or LabelKind.Location) is { } personal)
        {
            return (3, new HookArgument(value, personal, personal.Display + " " + personal.Description, FlowMessages.Evidence(personal)));
        }

        var text = value.Syntax.ToString();
        return (4, new HookArgument(value, null, "content '" + (text.Length > 40 ? text.Substring(0, 37) + "…" : text) + "'", "a value computed at run time"));
    }

    /// <summary>Values that cannot carry keys, content or personal data. Byte arrays and strings, objects and streams can.</summary>
    private static bool CanCarryContent(ITypeSymbol? type)
    {
        if (type is null)
        {
            return true;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
                 SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or
                 SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_DateTime:
                return false;
        }

        return type.TypeKind is not (TypeKind.Enum or TypeKind.Delegate) &&
               type.Name is not ("CancellationToken" or "TimeSpan" or "DateTimeOffset" or "ILogger");
    }

    /// <summary>Passed through DataProtection, ProtectedData, encryption or a configured sanitizer: the hook cannot read it.</summary>
    private static bool IsSanitized(IOperation value, BodyAnalysis body, FlowEngine engine)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IInvocationOperation { TargetMethod: var method } &&
               (engine.SanitizerTable.Find(method) is { Effect: not Flow.Tables.SanitizerEffect.Hash } ||
                body.Scope.Config.Sanitizers.Contains(method.OriginalDefinition));
    }
}
