using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RightsAnalyzers.Flow;

/// <summary>
/// One pass over a body, collecting for each local and parameter everything that flows into it: declarations,
/// assignments, foreach variables, deconstruction, out arguments, and mutations through calls
/// (<c>list.Add(x)</c>, <c>sb.Append(x)</c>, <c>dict[k] = v</c>, <c>rsa.ImportFromPem(pem)</c>, <c>rng.GetBytes(buffer)</c>).
/// </summary>
internal sealed class LocalFacts
{
    private static readonly IReadOnlyList<IOperation> None = new IOperation[0];

    /// <summary>Methods that put their arguments into their receiver.</summary>
    private static readonly HashSet<string> Adders = new(System.StringComparer.Ordinal)
    {
        "Add", "AddRange", "TryAdd", "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "Push", "Enqueue", "Prepend", "Set", "SetValue", "Write", "WriteLine",
        "SetKey",
    };

    private readonly Dictionary<ISymbol, List<IOperation>> assignments = new(SymbolEqualityComparer.Default);
    private readonly List<ISymbol> assignedSymbols = new();
    private readonly Dictionary<ISymbol, LabelSet> extra = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> mutated = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<(IInvocationOperation Call, string Description)>> imports = new(SymbolEqualityComparer.Default);
    private readonly List<ISymbol> importedSymbols = new();
    private readonly Dictionary<ISymbol, IOperation> keyUses = new(SymbolEqualityComparer.Default);

    public static LocalFacts Collect(IOperation root, FlowEngine engine, CancellationToken cancellationToken)
    {
        var facts = new LocalFacts();
        foreach (var operation in OperationWalk.Descendants(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    facts.Assign(declarator.Symbol, initializer.Value);
                    break;
                case IAssignmentOperation assignment and not IDeconstructionAssignmentOperation:
                    facts.AssignTarget(assignment.Target, assignment.Value);
                    if (assignment.Target is IPropertyReferenceOperation { Property: var keyProperty } && KeyNames.IsKeyProperty(keyProperty))
                    {
                        facts.UsedAsKey(assignment.Value, assignment);
                    }


                    // counter += 1 records only "1": the target no longer holds the constant it started with.
                    if (assignment is ICompoundAssignmentOperation or ICoalesceAssignmentOperation && Symbol(assignment.Target) is { } compoundTarget)
                    {
                        facts.mutated.Add(compoundTarget);
                    }

                    break;
                case IIncrementOrDecrementOperation increment when Symbol(increment.Target is IArrayElementReferenceOperation element ? element.ArrayReference : increment.Target) is { } counter:
                    // A per-message counter (nonce++) is not a constant.
                    facts.mutated.Add(counter);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var target in OperationWalk.DescendantsAndSelf(deconstruction.Target))
                    {
                        if (target is ILocalReferenceOperation or IParameterReferenceOperation)
                        {
                            facts.AssignTarget(target, deconstruction.Value);
                        }
                    }

                    break;
                case IForEachLoopOperation loop:
                    foreach (var local in loop.Locals)
                    {
                        facts.Assign(local, loop.Collection);
                    }

                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } argument:
                    if (Symbol(argument.Value) is { } outTarget)
                    {
                        facts.Assign(outTarget, argument);
                        facts.mutated.Add(outTarget);
                    }

                    break;
                case IArgumentOperation { Parameter: { } keyParameter } argument when KeyNames.IsKeyParameter(keyParameter):
                    facts.UsedAsKey(argument.Value, argument.Parent ?? argument);
                    break;
                case IInvocationOperation invocation:
                    facts.CollectCall(invocation, engine);
                    break;
            }
        }

        return facts;
    }

    /// <summary>Every local and parameter assigned in the body, in the order of their first assignment.</summary>
    public IReadOnlyList<ISymbol> AssignedSymbols => assignedSymbols;

    /// <summary>Every local and parameter a key is imported into, in source order.</summary>
    public IReadOnlyList<ISymbol> ImportedSymbols => importedSymbols;

    public IReadOnlyList<IOperation> AssignmentsOf(ISymbol symbol) => assignments.TryGetValue(symbol, out var list) ? list : None;

    /// <summary>Key imports into this local (<c>rsa.ImportFromPem(pem)</c>), with what the importer loads.</summary>
    public IReadOnlyList<(IInvocationOperation Call, string Description)> ImportsInto(ISymbol symbol)
        => imports.TryGetValue(symbol, out var list) ? list : (IReadOnlyList<(IInvocationOperation, string)>)new (IInvocationOperation, string)[0];

    /// <summary>Where this buffer is handed to a crypto API as its key (<c>new AesGcm(bytes)</c>, <c>aes.Key = bytes</c>), if anywhere.</summary>
    public IOperation? KeyUseOf(ISymbol symbol) => keyUses.TryGetValue(symbol, out var use) ? use : null;

    public LabelSet? ExtraLabels(ISymbol symbol) => extra.TryGetValue(symbol, out var labels) ? labels : null;

    /// <summary>Written through a call or an element store: its contents are no longer the constant it started as.</summary>
    public bool IsMutated(ISymbol symbol) => mutated.Contains(symbol);

    private void CollectCall(IInvocationOperation invocation, FlowEngine engine)
    {
        var method = invocation.TargetMethod;
        var receiver = invocation.Instance is { } instance ? FluentRoot(instance) : null;

        // Extension methods have their receiver as the first argument (sb.AppendJoin, list.AddRange via LINQ-like helpers).
        if (receiver is null && method.IsExtensionMethod && invocation.Arguments.Length > 0)
        {
            receiver = Symbol(invocation.Arguments[0].Value);
        }

        if (receiver is not null)
        {
            if (engine.Importers.Find(method) is { } importer && invocation.Arguments.Length > 0)
            {
                // rsa.ImportFromPem(pem): the receiver now holds the key; whether it is embedded depends on pem.
                if (!imports.TryGetValue(receiver, out var list))
                {
                    imports[receiver] = list = new List<(IInvocationOperation, string)>(1);
                    importedSymbols.Add(receiver);
                }

                list.Add((invocation, importer));
            }
            else if (Adders.Contains(method.Name))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (!SymbolEqualityComparer.Default.Equals(Symbol(argument.Value), receiver))
                    {
                        Assign(receiver, argument.Value);
                    }
                }

                mutated.Add(receiver);
            }
        }

        // resource.CopyTo(memory): the destination stream now holds the source stream's bytes.
        if (method.Name is "CopyTo" or "CopyToAsync" && invocation.Instance is { } copied && invocation.Arguments.Length > 0 &&
            Symbol(invocation.Arguments[0].Value) is { } copy && IsStream(method.ContainingType))
        {
            Assign(copy, copied);
            mutated.Add(copy);
        }

        // Arrays and spans handed to a method may be filled by it (rng.GetBytes(iv), RandomNumberGenerator.Fill(salt)).
        foreach (var argument in invocation.Arguments)
        {
            if (Symbol(SpanSource(argument.Value)) is { } passed && argument.Value.Type is IArrayTypeSymbol or INamedTypeSymbol { Name: "Span" } &&
                !IsInputParameter(argument.Parameter))
            {
                mutated.Add(passed);

                // rsa.TryExportRSAPrivateKey(buffer, out n): the buffer receives the export, labelled as an out argument is.
                if (argument.Parameter?.Name == "destination" && engine.Sources.Find(method) is { FillsDestination: true })
                {
                    Assign(passed, argument);
                }

                if (engine.RandomType is not null && method.Name == "NextBytes" && SymbolEqualityComparer.Default.Equals(method.ContainingType, engine.RandomType))
                {
                    extra[passed] = LabelSet.Of(new Label(LabelKind.WeakRandom, "system-random", "System.Random", EvidenceTier.Api, "'" + invocation.Syntax + "'", invocation.Syntax.GetLocation()));
                }
            }
        }
    }

    private void UsedAsKey(IOperation value, IOperation use)
    {
        if (Symbol(value) is { } symbol && !keyUses.ContainsKey(symbol))
        {
            keyUses[symbol] = use;
        }
    }

    private void AssignTarget(IOperation target, IOperation value)
    {
        switch (target)
        {
            case ILocalReferenceOperation or IParameterReferenceOperation:
                Assign(Symbol(target)!, value);
                break;

            // buffer[i] = x; dict["k"] = v; dto.Email = v: the container now holds the value.
            case IArrayElementReferenceOperation element when Symbol(element.ArrayReference) is { } array:
                Assign(array, value);
                mutated.Add(array);
                break;
            case IPropertyReferenceOperation { Instance: { } instance } when Symbol(instance) is { } owner:
                Assign(owner, value);
                mutated.Add(owner);
                break;
        }
    }

    private void Assign(ISymbol symbol, IOperation value)
    {
        if (!assignments.TryGetValue(symbol, out var list))
        {
            assignments[symbol] = list = new List<IOperation>(2);
            assignedSymbols.Add(symbol);
        }

        list.Add(value);
    }

    /// <summary>sb.Append(a).Append(b): each call in a fluent chain adds to the local at its start.</summary>
    private static ISymbol? FluentRoot(IOperation instance)
    {
        while (instance is IInvocationOperation { Instance: { } inner } call && Adders.Contains(call.TargetMethod.Name))
        {
            instance = inner;
        }

        return Symbol(instance);
    }

    /// <summary>
    /// Parameters that only read their array: read-only spans, <c>in</c> parameters, and the inputs of crypto and
    /// buffer APIs named as such (a key, IV, nonce or salt handed to a cipher, the source of a copy). Without this,
    /// <c>var iv = new byte[16]; aes.EncryptCbc(data, iv)</c> would count as "iv filled by EncryptCbc".
    /// </summary>
    private static bool IsInputParameter(IParameterSymbol? parameter)
        => parameter is not null &&
           (parameter.RefKind is RefKind.In or RefKind.RefReadOnlyParameter ||
            parameter.Type is INamedTypeSymbol { Name: "ReadOnlySpan" or "ReadOnlyMemory" } ||
            InputNames.Contains(parameter.Name));

    private static readonly HashSet<string> InputNames = new(System.StringComparer.Ordinal)
    {
        "key", "iv", "nonce", "salt", "password", "rgbKey", "rgbIV", "rgbSalt", "strPassword", "ikm", "info", "associatedData",
        "plaintext", "source", "sourceArray", "src", "input", "inputBuffer", "keyPem", "certPem", "rawData",
    };

    /// <summary><c>nonce.AsSpan(4)</c>, <c>buffer.AsMemory()</c>, <c>new Span&lt;byte&gt;(buffer)</c>: a view that writes into the array.</summary>
    private static IOperation SpanSource(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation switch
        {
            IInvocationOperation { TargetMethod.Name: "AsSpan" or "AsMemory", Arguments.Length: > 0 } view when view.TargetMethod.IsExtensionMethod => view.Arguments[0].Value,
            IObjectCreationOperation { Type.Name: "Span" or "Memory", Arguments.Length: > 0 } span => span.Arguments[0].Value,
            _ => operation,
        };
    }

    private static bool IsStream(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Stream" && current.ContainingNamespace?.ToDisplayString() == "System.IO")
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? Symbol(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
    }
}
