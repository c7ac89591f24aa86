using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RightsAnalyzers.Families.PersonalData;

/// <summary>One hole of a message template: <c>{Email}</c>, <c>{@Request}</c>, <c>{0}</c>, <c>{Count,5:N0}</c>.</summary>
internal readonly struct TemplateHole
{
    public TemplateHole(int start, int length, string name, bool destructures)
    {
        Start = start;
        Length = length;
        Name = name;
        Destructures = destructures;
    }

    /// <summary>Offset of the opening brace in the template text.</summary>
    public int Start { get; }

    /// <summary>Length including both braces.</summary>
    public int Length { get; }

    /// <summary>The property name without the <c>@</c>/<c>$</c> operator, alignment or format.</summary>
    public string Name { get; }

    /// <summary>Serilog/NLog <c>{@x}</c>: the value is destructured member by member.</summary>
    public bool Destructures { get; }

    public bool IsPositional => Name.Length > 0 && char.IsDigit(Name[0]) && int.TryParse(Name, out _);

    public int Position => int.TryParse(Name, out var position) ? position : -1;
}

/// <summary>
/// The message templates of structured logging (Microsoft.Extensions.Logging, Serilog, NLog) and format strings
/// (log4net <c>InfoFormat</c>): which hole a value fills. Named holes are matched by order (that is what every one
/// of these frameworks does); numeric holes by number.
/// </summary>
internal static class MessageTemplate
{
    /// <summary>The constant template argument of a logging call, if it has one.</summary>
    public static IArgumentOperation? TemplateArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String, Name: "message" or "messageTemplate" or "format" or "messageFormat" or "template" } &&
                argument.Value.ConstantValue is { HasValue: true, Value: string })
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The holes of <paramref name="text"/>, skipping escaped braces (<c>{{</c>, <c>}}</c>).</summary>
    public static List<TemplateHole> Parse(string text)
    {
        var holes = new List<TemplateHole>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                i++;
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            if (close < 0)
            {
                break;
            }

            var inner = text.Substring(i + 1, close - i - 1);
            var destructures = inner.StartsWith("@", System.StringComparison.Ordinal);
            if (destructures || inner.StartsWith("$", System.StringComparison.Ordinal))
            {
                inner = inner.Substring(1);
            }

            var end = inner.IndexOfAny(new[] { ',', ':' });
            holes.Add(new TemplateHole(i, close - i + 1, end >= 0 ? inner.Substring(0, end) : inner, destructures));
            i = close;
        }

        return holes;
    }

    /// <summary>
    /// Which data argument <paramref name="value"/> is after the template: element i of <c>params object[] args</c>,
    /// or the i-th argument after the template (Serilog's generic overloads). -1 when it is not one.
    /// </summary>
    public static int DataIndex(IInvocationOperation invocation, IArgumentOperation template, IOperation value)
    {
        if (value.Parent is IArrayInitializerOperation initializer && initializer.Parent is IArrayCreationOperation array &&
            array.Parent is IArgumentOperation { ArgumentKind: ArgumentKind.ParamArray })
        {
            return initializer.ElementValues.IndexOf(value);
        }

        if (value.Parent is IArgumentOperation { Parameter: { } parameter } && template.Parameter is { } templateParameter &&
            parameter.Ordinal > templateParameter.Ordinal && ReferenceEquals(value.Parent.Parent, invocation))
        {
            return parameter.Ordinal - templateParameter.Ordinal - 1;
        }

        return -1;
    }

    /// <summary>The hole the data argument at <paramref name="index"/> fills, or null.</summary>
    public static TemplateHole? HoleFor(List<TemplateHole> holes, int index)
    {
        if (index < 0 || holes.Count == 0)
        {
            return null;
        }

        if (holes[0].IsPositional)
        {
            foreach (var hole in holes)
            {
                if (hole.Position == index)
                {
                    return hole;
                }
            }

            return null;
        }

        return index < holes.Count ? holes[index] : null;
    }

    /// <summary>The hole <paramref name="value"/> fills in its logging call, when the call has a constant template.</summary>
    public static TemplateHole? HoleOf(IOperation value)
    {
        var invocation = Invocation(value);
        if (invocation is null || TemplateArgument(invocation) is not { } template)
        {
            return null;
        }

        return HoleFor(Parse((string)template.Value.ConstantValue.Value!), DataIndex(invocation, template, value));
    }

    /// <summary>The call a sink value is an argument of (directly or as a params element).</summary>
    public static IInvocationOperation? Invocation(IOperation value)
    {
        for (var current = value.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IInvocationOperation invocation:
                    return invocation;
                case IArgumentOperation or IArrayInitializerOperation or IArrayCreationOperation or IConversionOperation:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }
}
