using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Flow;

/// <summary>Members through which a container hands out what was put into it.</summary>
internal static class Containers
{
    private static readonly HashSet<string> ContentMembers = new(System.StringComparer.Ordinal)
    {
        "Value", "Key", "Result", "Current", "Item1", "Item2", "Item3", "Item4", "Item5", "Item6", "Item7", "Rest", "Values", "Keys", "Content", "Body",

        // A key pair's or certificate's public key is the key it came from (an embedded peer key stays embedded).
        "PublicKey",
    };

    public static bool PassesContents(ISymbol member)
    {
        if (member.ContainingType is { IsAnonymousType: true } or { IsTupleType: true })
        {
            return true;
        }

        return ContentMembers.Contains(member.Name) && member.ContainingType?.ContainingNamespace?.ToDisplayString() is { } ns &&
               (ns.StartsWith("System", System.StringComparison.Ordinal) || ns.StartsWith("Microsoft", System.StringComparison.Ordinal));
    }
}
