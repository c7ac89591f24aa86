using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto;

/// <summary>
/// Decides whether a broken hash is evidently not a security use, from the names around it: the enclosing
/// members and types, the variable, field, property or parameter its value goes to. An ETag, a cache key, a
/// checksum, deduplication, content addressing, shard selection or the WebSocket accept key (RFC 6455 mandates
/// SHA-1) needs no collision resistance; replacing the algorithm there would break the protocol or change nothing.
/// Also honoured: an existing <c>[SuppressMessage]</c> for CA5350/CA5351 (the NetAnalyzers rules) on an enclosing
/// member, which records that someone already judged the site.
/// </summary>
internal static class NonSecurityUse
{
    /// <summary>RFC 6455 §1.3: the GUID a WebSocket server appends before SHA-1 hashing the client's key.</summary>
    private const string WebSocketGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "etag", "etags", "cache", "cached", "caching", "checksum", "checksums", "dedup", "dedupe", "deduplicate",
        "deduplication", "deduplicated", "websocket", "gravatar", "shard", "sharding", "partition", "bucket",
        "idempotency",
    };

    /// <summary>Pairs of adjacent tokens: content addressing (ContentHash, content_id) and GetHashCode-style hash codes.</summary>
    private static readonly (string First, string Second)[] Pairs =
    {
        ("content", "hash"), ("content", "id"), ("content", "address"), ("content", "addressable"), ("hash", "code"), ("e", "tag"),
    };

    public static bool IsEvident(IOperation operation, ISymbol? containingSymbol)
    {
        // The names the value flows into, nearest first: at most a few hops through calls and conversions.
        var current = operation;
        for (var hops = 0; hops < 6 && current.Parent is { } parent; hops++, current = parent)
        {
            var name = parent switch
            {
                IVariableDeclaratorOperation declarator => declarator.Symbol.Name,
                IAssignmentOperation assignment when assignment.Value == current => TargetName(assignment.Target),
                IArgumentOperation argument => argument.Parameter?.Name,
                ILocalFunctionOperation local => local.Symbol.Name,
                IAnonymousFunctionOperation or IBlockOperation => string.Empty,
                _ => null,
            };

            if (name is null)
            {
                continue;
            }

            if (name.Length == 0)
            {
                break;
            }

            if (Matches(name))
            {
                return true;
            }
        }

        for (var symbol = containingSymbol; symbol is not null && symbol is not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (Matches(symbol.Name) || HasExistingSuppression(symbol))
            {
                return true;
            }
        }

        return MentionsWebSocketGuid(operation);
    }

    private static string? TargetName(IOperation target) => target switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        _ => null,
    };

    private static bool Matches(string name)
    {
        var tokens = NameTokenizer.Tokenize(name);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Words.Contains(tokens[i]))
            {
                return true;
            }

            if (i + 1 < tokens.Length)
            {
                foreach (var (first, second) in Pairs)
                {
                    if (tokens[i] == first && tokens[i + 1] == second)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool HasExistingSuppression(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "SuppressMessageAttribute" &&
                attribute.ConstructorArguments.Length == 2 &&
                attribute.ConstructorArguments[1].Value is string checkId &&
                (checkId.StartsWith("CA5350", StringComparison.Ordinal) || checkId.StartsWith("CA5351", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MentionsWebSocketGuid(IOperation operation)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var descendant in OperationWalk.Descendants(root))
        {
            if (descendant.ConstantValue is { HasValue: true, Value: string text } &&
                text.IndexOf(WebSocketGuid, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
