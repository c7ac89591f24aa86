using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow.Tables;

namespace RightsAnalyzers.Flow;

/// <summary>
/// Where a stream or writer leads, for writes through a local or a wrapper: <c>var s = tcp.GetStream(); s.Write(key)</c>,
/// <c>var body = context.Response.Body</c>, <c>new StreamWriter(tcp.GetStream())</c>, <c>new SslStream(network)</c>.
/// A resolved destination may be "nowhere" (a MemoryStream, a CryptoStream that encrypts what passes through it);
/// an unresolved one (a parameter, a field) leaves the decision to the sink table, which judges by type.
/// </summary>
internal static class StreamDestinations
{
    /// <summary>How many locals and wrappers are followed from the written object back to its stream.</summary>
    private const int MaxHops = 6;

    private static readonly SinkRule Network = new(SinkKind.Network, "a network stream");
    private static readonly SinkRule File = new(SinkKind.File, "a file");

    public readonly struct Destination
    {
        public Destination(bool known, SinkRule? rule)
        {
            Known = known;
            Rule = rule;
        }

        /// <summary>The stream's origin was found; <see cref="Rule"/> is null when it leads nowhere outside the process.</summary>
        public bool Known { get; }

        public SinkRule? Rule { get; }
    }

    private static readonly Destination Unknown = new(false, null);
    private static readonly Destination Nowhere = new(true, null);

    /// <summary>Streams, text writers and binary writers (by base type, System.IO).</summary>
    public static bool IsStreamOrWriter(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "Stream" or "TextWriter" or "BinaryWriter" && IsSystemIo(current))
            {
                return true;
            }
        }

        return false;
    }

    public static Destination Resolve(FlowEngine engine, IOperation target, IOperation site)
    {
        IOperation? root = null;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            while (target is IConversionOperation or IParenthesizedOperation or IAwaitOperation)
            {
                target = target switch
                {
                    IConversionOperation conversion => conversion.Operand,
                    IParenthesizedOperation parenthesized => parenthesized.Operand,
                    _ => ((IAwaitOperation)target).Operation,
                };
            }

            switch (target)
            {
                // context.Response.Body: a stream property that is a sink of its own.
                case IPropertyReferenceOperation property:
                    return engine.SinkContainers.Find(property.Property) is { } container ? new Destination(true, container) : ByType(target.Type);

                case ILocalReferenceOperation local:
                    root ??= OperationTree.Root(site);
                    if (SingleInitializer(root, local.Local) is not { } initializer)
                    {
                        return ByType(target.Type);
                    }

                    target = initializer;
                    continue;

                case IObjectCreationOperation creation:
                    if (IsWrapper(creation.Type) && creation.Arguments.Length > 0)
                    {
                        var inner = creation.Arguments[0].Value;
                        if (inner.Type?.SpecialType == SpecialType.System_String)
                        {
                            // new StreamWriter("keys.txt"): a path.
                            return new Destination(true, File);
                        }

                        target = inner;
                        continue;
                    }

                    return ByCreatedType(creation.Type);

                case IInvocationOperation invocation:
                    // File.Create/OpenWrite/AppendText…, tcp.GetStream(), socket streams: their return type says it.
                    if (invocation.TargetMethod.ContainingType is { Name: "File" } fileType && IsSystemIo(fileType))
                    {
                        return new Destination(true, File);
                    }

                    return ByType(invocation.Type);

                default:
                    return ByType(target.Type);
            }
        }

        return Unknown;
    }

    /// <summary>A stream's static type when nothing else is known: network and file streams are sinks; others are not decided here.</summary>
    private static Destination ByType(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (!IsSystemIo(current) && current.ContainingNamespace?.ToDisplayString() is not ("System.Net.Sockets" or "System.Net.Security"))
            {
                continue;
            }

            switch (current.Name)
            {
                case "NetworkStream" or "SslStream":
                    return new Destination(true, Network);
                case "FileStream":
                    return new Destination(true, File);
                case "MemoryStream":
                    return Nowhere;
            }
        }

        return Unknown;
    }

    /// <summary>A stream created here: its type is its destination; a CryptoStream encrypts what is written (the remedy).</summary>
    private static Destination ByCreatedType(ITypeSymbol? type)
    {
        if (type is { Name: "CryptoStream" } && type.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography")
        {
            return Nowhere;
        }

        return ByType(type);
    }

    /// <summary>Writers and streams that pass what is written on to the stream in their first argument.</summary>
    private static bool IsWrapper(ITypeSymbol? type)
        => type is INamedTypeSymbol named && named.ContainingNamespace?.ToDisplayString() switch
        {
            "System.IO" => named.Name is "StreamWriter" or "BinaryWriter" or "BufferedStream",
            "System.IO.Compression" => named.Name is "GZipStream" or "BrotliStream" or "DeflateStream" or "ZLibStream",
            "System.Net.Security" => named.Name is "SslStream" or "NegotiateStream",
            _ => false,
        };

    /// <summary>The initializer of a local that is never assigned again in the body, or null.</summary>
    private static IOperation? SingleInitializer(IOperation root, ILocalSymbol local)
    {
        IOperation? initializer = null;
        foreach (var operation in OperationWalk.Descendants(root))
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    initializer = declarator.Initializer?.Value;
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation assigned } when SymbolEqualityComparer.Default.Equals(assigned.Local, local):
                    return null;
            }
        }

        return initializer;
    }

    private static bool IsSystemIo(INamedTypeSymbol type) => type.ContainingNamespace?.ToDisplayString() == "System.IO";
}
