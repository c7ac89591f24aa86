using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Flow;

/// <summary>
/// Conversions that turn constant data into constant bytes or characters, so that <c>Encoding.UTF8.GetBytes("k3y")</c>,
/// <c>Convert.FromBase64String("…")</c> and <c>Convert.FromHexString("…")</c> are seen as hard-coded.
/// </summary>
internal static class ConstantPreserving
{
    public static bool Contains(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        var ns = type.ContainingNamespace?.ToDisplayString();
        return (ns, type.Name, method.Name) switch
        {
            ("System.Text", _, "GetBytes") => true,
            ("System", "Convert", "FromBase64String" or "FromHexString" or "ToBase64String" or "ToHexString") => true,
            ("System", "String", "ToCharArray" or "Concat" or "Format" or "Substring" or "PadLeft" or "PadRight" or "Replace" or "Trim") => true,
            ("System", "BitConverter", "GetBytes") => true,
            ("System", "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory", "ToArray") => true,
            ("System", "Array", "Copy" or "Empty") => true,
            ("System", "MemoryExtensions", "AsSpan") => true,
            ("System.Linq", "Enumerable", "ToArray" or "Take" or "Skip" or "Repeat" or "Range") => true,
            _ => false,
        };
    }
}
