using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Flow;

/// <summary>
/// Values of some types cannot carry what the labels describe: a bool or a count derived from an email is not the
/// email (DESIGN §3, type filters). Numbers keep only labels whose data is numeric by nature: coordinates, ages,
/// card numbers, account ids, and the output of System.Random.
/// </summary>
internal static class TypeFilter
{
    public static LabelSet Apply(ITypeSymbol? type, LabelSet labels)
    {
        if (type is null || labels.Labels.IsEmpty)
        {
            return labels;
        }

        switch (Classify(type))
        {
            case Shape.NoData:
                return labels.Where(static _ => false);
            case Shape.Number:
                return labels.Where(static label => KeepsThroughNumbers(label));
            default:
                return labels;
        }
    }

    /// <summary>
    /// Whether a value of <paramref name="type"/> can hold data — a key, a token, a text — rather than only a number, a
    /// flag or nothing: <c>void</c>, numbers, dates, flags, enums and plain tasks cannot (a <c>Task&lt;T&gt;</c> can when
    /// <c>T</c> can).
    /// </summary>
    public static bool CanHoldData(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Void)
        {
            return false;
        }

        if (type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task &&
            task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks")
        {
            return CanHoldData(task.TypeArguments[0]);
        }

        return Classify(type) == Shape.Data;
    }

    /// <summary>
    /// Whether a call can hand any label back through its result: not when it returns <c>void</c>, or a type
    /// <see cref="Apply"/> strips every label from (a flag, an enum, a plain task, a token or a type).
    /// </summary>
    public static bool CarriesNothing(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_Void || Classify(type) == Shape.NoData;

    private static bool KeepsThroughNumbers(Label label)
        => label.Kind is LabelKind.WeakRandom or LabelKind.Location ||
           // A hash read as a number (BitConverter.ToInt64(SHA256.HashData(…)), a CRC32) is still the pseudonym.
           label.Pseudonymized ||
           // Processor count and page size are numbers by nature; they matter only inside a fingerprint (RR4005).
           (label.Kind is LabelKind.DeviceIdentifier && label.Category is "device-attribute") ||
           (label.Kind is LabelKind.PersonalData && label.Category is "date-of-birth" or "financial" or "account-id" or "precise-location");

    private enum Shape
    {
        Data,
        Number,
        NoData,
    }

    private static Shape Classify(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
                return Shape.NoData;
            case SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
                 SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or
                 SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_DateTime or
                 SpecialType.System_IntPtr or SpecialType.System_UIntPtr:
                return Shape.Number;
        }

        // Delegates are not filtered: a lambda's "value" is what it returns (users.Select(u => u.Email)).
        if (type.TypeKind == TypeKind.Enum)
        {
            return Shape.NoData;
        }

        return type.Name switch
        {
            "CancellationToken" or "Type" or "MethodInfo" or "PropertyInfo" or "TimeSpan" or "Task" when type.ContainingNamespace?.ToDisplayString() is "System" or "System.Threading" or "System.Reflection" or "System.Threading.Tasks"
                => type.Name == "Task" && type is INamedTypeSymbol { IsGenericType: true } ? Shape.Data : Shape.NoData,
            "DateOnly" or "TimeOnly" or "DateTimeOffset" or "Half" or "Int128" or "UInt128" or "BigInteger" => Shape.Number,
            _ => Shape.Data,
        };
    }
}
