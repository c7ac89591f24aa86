using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow.Tables;

namespace RightsAnalyzers.Flow;

internal sealed partial class BodyAnalysis
{
    private LabelSet EvalCore(IOperation operation)
    {
        if (operation.ConstantValue.HasValue)
        {
            return LabelSet.Constant(operation.Syntax.GetLocation());
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand);
            case IParenthesizedOperation parenthesized:
                return Evaluate(parenthesized.Operand);
            case IAwaitOperation awaited:
                return Evaluate(awaited.Operation);
            case ILocalReferenceOperation local:
                return EvalLocal(local.Local, local);
            case IParameterReferenceOperation parameter:
                return EvalParameter(parameter);
            case IFieldReferenceOperation field:
                return EvalMember(field, field.Field, field.Instance, default);
            case IPropertyReferenceOperation property:
                return EvalMember(property, property.Property, property.Instance, property.Arguments);
            case IInvocationOperation invocation:
                return EvalInvocation(invocation);
            case IObjectCreationOperation creation:
                return EvalCreation(creation);
            case IArrayCreationOperation array:
                // new byte[16] is sixteen zeros: constant, unless something fills it later (LocalFacts.Mutated).
                return array.Initializer is null ? LabelSet.Constant(array.Syntax.GetLocation()) : EvalAll(array.Initializer.ElementValues);
            case IArrayInitializerOperation initializer:
                return EvalAll(initializer.ElementValues);
            case IInterpolatedStringOperation interpolated:
                return EvalInterpolation(interpolated);
            case IBinaryOperation binary:
                return EvalBinary(binary);
            case ICoalesceOperation coalesce:
                return Evaluate(coalesce.Value).Either(Evaluate(coalesce.WhenNull));
            case IConditionalOperation conditional:
                return conditional.WhenFalse is null ? Evaluate(conditional.WhenTrue) : Evaluate(conditional.WhenTrue).Either(Evaluate(conditional.WhenFalse));
            case IConditionalAccessOperation access:
                return Evaluate(access.WhenNotNull);
            case IConditionalAccessInstanceOperation instance:
                return EvalConditionalInstance(instance);
            case ISwitchExpressionOperation switchExpression:
                return EvalSwitch(switchExpression);
            case ITupleOperation tuple:
                return EvalAll(tuple.Elements);
            case IAnonymousObjectCreationOperation anonymous:
                return EvalInitializers(anonymous.Initializers);
            case IArrayElementReferenceOperation element:
                return Evaluate(element.ArrayReference).Combine(IndexChoice(element.Indices));
            case IAnonymousFunctionOperation lambda:
                return EvalReturns(lambda.Body, lambda);
            case IDelegateCreationOperation delegateCreation:
                return Evaluate(delegateCreation.Target);
            case ISimpleAssignmentOperation assignment:
                return Evaluate(assignment.Value);
            case ICompoundAssignmentOperation compound:
                return Evaluate(compound.Target).Combine(Evaluate(compound.Value));
            case IInstanceReferenceOperation or IDefaultValueOperation or ITypeOfOperation or ISizeOfOperation or IIsTypeOperation or IIsPatternOperation:
                return LabelSet.Empty;
            case IDeclarationExpressionOperation declaration:
                return Evaluate(declaration.Expression);
            default:
                return EvalChildren(operation);
        }
    }

    private LabelSet ComputeLocal(ISymbol local, Location location)
    {
        var result = LabelSet.Empty;
        var first = true;
        foreach (var value in Facts.AssignmentsOf(local))
        {
            var labels = value is IArgumentOperation outArgument ? EvalOutArgument(outArgument) : Evaluate(value);
            result = first ? labels : result.Either(labels);
            first = false;
        }

        foreach (var (call, description) in Facts.ImportsInto(local))
        {
            if (FirstArgumentIsEmbedded(call.Arguments) || IsConstantStruct(call.Arguments[0].Value))
            {
                result = result.Add(KeyNames.EmbeddedKeyLabel(description, call));
            }
        }

        if (Facts.ExtraLabels(local) is { } extra)
        {
            result = first ? extra : result.Combine(extra);
        }

        if (Facts.IsMutated(local))
        {
            result = result.NotConstant();
        }

        if (local is ILocalSymbol localSymbol && scope.Classifier.Classify(localSymbol) is { } classification)
        {
            result = result.Add(classification.ToLabel("'" + local.Name + "'", location));
        }

        if (local is ILocalSymbol { Type: var type } && KeyNames.IsKeyBuffer(local.Name, type))
        {
            result = result.Add(KeyNames.SecretKeyLabel(local.Name, location));
        }

        // Bytes handed to a crypto API as its key are a key, whatever their name (Add keeps constant-ness for RR1011).
        if (Facts.KeyUseOf(local) is { } keyUse)
        {
            result = result.Add(KeyNames.KeyUseLabel(local.Name, keyUse));
        }

        return result;
    }

    private LabelSet EvalParameter(IParameterReferenceOperation reference)
    {
        var parameter = reference.Parameter;
        var result = Facts.AssignmentsOf(parameter).Count > 0 ? EvalLocal(parameter, reference) : LabelSet.Empty;
        if (summaryOf is not null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, summaryOf))
        {
            // "Constant when the caller's argument is": see MethodSummary.Returns.
            result = result.Add(Label.ForParameter(parameter)).WithConstant(true, null);
        }

        if (!scope.Classifier.IsExplicitlyNotPersonal(parameter) && scope.Classifier.Classify(parameter) is { } classification)
        {
            result = result.Add(classification.ToLabel("'" + parameter.Name + "'", reference.Syntax.GetLocation()));
        }

        if (KeyNames.IsKeyBuffer(parameter.Name, parameter.Type))
        {
            result = result.Add(KeyNames.SecretKeyLabel(parameter.Name, reference.Syntax.GetLocation()));
        }

        if (Facts.KeyUseOf(parameter) is { } keyUse)
        {
            result = result.Add(KeyNames.KeyUseLabel(parameter.Name, keyUse));
        }

        return result;
    }

    private LabelSet EvalMember(IOperation reference, ISymbol member, IOperation? instance, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        var result = LabelSet.Empty;
        if (engine.Sources.Find(member) is { } source &&
            source.Apply(new SourceSite(reference, arguments.IsDefault ? System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty : arguments), Describe(reference)) is { } sourceLabel)
        {
            result = result.Add(sourceLabel);
        }
        else if (scope.Classifier.Classify(member) is { } classification)
        {
            result = result.Add(classification.ToLabel(Describe(reference), reference.Syntax.GetLocation()));
        }

        if (member is IFieldSymbol field && (field.HasConstantValue || field.IsStatic && field.IsReadOnly))
        {
            var value = engine.FieldValue(field, stack, cancellationToken);
            result = result.WithConstant(value.IsConstant, value.ConstantSource ?? reference.Syntax.GetLocation());
        }

        // Containers pass their contents on: dict[key], pair.Value, tuple.Item1, task.Result, claim.Value, an anonymous object's members.
        if (instance is not null && (member is IPropertySymbol { IsIndexer: true } || Containers.PassesContents(member)))
        {
            result = result.Combine(Evaluate(instance).WithConstant(result.IsConstant, null));
            if (member is IPropertySymbol { IsIndexer: true } && !arguments.IsDefaultOrEmpty)
            {
                var indices = System.Collections.Immutable.ImmutableArray.CreateBuilder<IOperation>(arguments.Length);
                foreach (var argument in arguments)
                {
                    indices.Add(argument.Value);
                }

                result = result.Combine(IndexChoice(indices.MoveToImmutable()));
            }
        }

        // A computed property of the app (FullName => First + " " + Last): what its getter returns.
        if (result.Labels.IsEmpty && member is IPropertySymbol { GetMethod: { } getter } && !member.IsImplicitlyDeclared &&
            getter.DeclaringSyntaxReferences.Length > 0 && !engine.IsAutoProperty(member))
        {
            var summary = engine.Summarize(getter, stack, cancellationToken, out var complete, returnsOnly: true);
            if (!complete)
            {
                MarkIncomplete();
            }

            result = result.Combine(summary.Returns.Where(static l => l.Kind != LabelKind.Parameter).WithConstant(result.IsConstant, null));
        }

        return result;
    }

    private LabelSet EvalCreation(IObjectCreationOperation creation)
    {
        var constructor = creation.Constructor;
        var result = EvalArguments(creation.Arguments);
        if (creation.Initializer is not null)
        {
            result = result.Combine(EvalInitializers(creation.Initializer.Initializers));
        }

        if (constructor is not null)
        {
            if (engine.Sources.Find(constructor) is { } source && source.Apply(new SourceSite(creation, creation.Arguments), Describe(creation)) is { } label)
            {
                result = result.Add(label);
            }

            if (engine.Factories.Find(constructor) is { } embedded && FirstArgumentIsEmbedded(creation.Arguments))
            {
                result = result.Add(KeyNames.EmbeddedKeyLabel(embedded, creation));
            }

            if (creation.Arguments.Length > 0 && KeyMaterialSources.WrapsData(constructor) && Evaluate(creation.Arguments[0].Value).IsConstant)
            {
                result = result.Add(KeyMaterialSources.EmbeddedDataLabel(creation));
            }
        }

        // An object is not "constant data" even if built from constants; only byte and char data are.
        return result.NotConstant();
    }

    private LabelSet EvalInitializers(System.Collections.Immutable.ImmutableArray<IOperation> initializers)
    {
        var result = LabelSet.Empty;
        foreach (var initializer in initializers)
        {
            result = result.Combine(initializer switch
            {
                IAssignmentOperation assignment => Evaluate(assignment.Value),
                IInvocationOperation add => EvalArguments(add.Arguments),
                _ => Evaluate(initializer),
            });
        }

        return result;
    }

    /// <summary>
    /// What an element access takes from its index: an element chosen by a System.Random index is itself a random
    /// choice (<c>chars[random.Next(chars.Length)]</c>), and one chosen by a varying index is not constant. Other
    /// labels of the index (an id used as a key) do not describe the element.
    /// </summary>
    private LabelSet IndexChoice(System.Collections.Immutable.ImmutableArray<IOperation> indices)
    {
        var result = LabelSet.Constant(null);
        foreach (var index in indices)
        {
            result = result.Combine(Evaluate(index).Where(static label => label.Kind == LabelKind.WeakRandom));
        }

        return result;
    }

    private LabelSet EvalInterpolation(IInterpolatedStringOperation interpolated)
    {
        var result = LabelSet.Constant(interpolated.Syntax.GetLocation());
        foreach (var part in interpolated.Parts)
        {
            result = result.Combine(part is IInterpolationOperation hole ? Evaluate(hole.Expression) : LabelSet.Constant(part.Syntax.GetLocation()));
        }

        return result;
    }

    /// <summary>a + b + c + … is left-nested: walk the chain iteratively so 5,000 parts cannot overflow the stack.</summary>
    private LabelSet EvalBinary(IBinaryOperation binary)
    {
        var rights = new Stack<IOperation>();
        IOperation current = binary;
        while (current is IBinaryOperation nested && !memo.ContainsKey(nested))
        {
            rights.Push(nested.RightOperand);
            current = nested.LeftOperand;
        }

        var result = Evaluate(current);
        while (rights.Count > 0)
        {
            result = result.Combine(Evaluate(rights.Pop()));
        }

        return result;
    }

    private LabelSet EvalConditionalInstance(IConditionalAccessInstanceOperation instance)
    {
        for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access)
            {
                return Evaluate(access.Operation);
            }
        }

        return LabelSet.Empty;
    }

    private LabelSet EvalSwitch(ISwitchExpressionOperation switchExpression)
    {
        var result = LabelSet.Empty;
        var first = true;
        foreach (var arm in switchExpression.Arms)
        {
            var labels = Evaluate(arm.Value);
            result = first ? labels : result.Either(labels);
            first = false;
        }

        return result;
    }

    /// <summary>What a lambda or local function returns (its parameters are not labelled).</summary>
    private LabelSet EvalReturns(IOperation? body, IOperation owner)
    {
        if (body is null)
        {
            return LabelSet.Empty;
        }

        var result = LabelSet.Empty;
        foreach (var operation in OperationWalk.Descendants(body))
        {
            if (operation is IReturnOperation { ReturnedValue: { } value } && NearestFunction(operation) == owner)
            {
                result = result.Combine(Evaluate(value));
            }
        }

        return result.NotConstant();
    }

    private static IOperation? NearestFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }

    private LabelSet EvalAll(System.Collections.Immutable.ImmutableArray<IOperation> values)
    {
        var result = LabelSet.Constant(null);
        foreach (var value in values)
        {
            result = result.Combine(Evaluate(value));
        }

        return result;
    }

    private LabelSet EvalArguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        var result = LabelSet.Empty;
        foreach (var argument in arguments)
        {
            result = result.Combine(Evaluate(argument.Value));
        }

        return result;
    }

    /// <summary>Unknown expression kinds (collection expressions, spreads, ranges…): the union of their parts.</summary>
    private LabelSet EvalChildren(IOperation operation)
    {
        var result = LabelSet.Constant(operation.Syntax.GetLocation());
        var any = false;
        foreach (var child in operation.ChildOperations)
        {
            if (child is IBlockOperation)
            {
                continue;
            }

            any = true;
            result = result.Combine(Evaluate(child));
        }

        // The UTF-8 literal "…"u8 has no children and no constant value, but is constant data.
        return any || operation.Kind == OperationKind.Utf8String ? result : LabelSet.Empty;
    }

    /// <summary>
    /// <c>ImportParameters(new RSAParameters { Modulus = Convert.FromBase64String("…"), Exponent = … })</c>: a struct whose
    /// every part is constant data is embedded data (class instances stay non-constant, see <see cref="EvalCreation"/>).
    /// </summary>
    private bool IsConstantStruct(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        // var parameters = new RSAParameters { … }; rsa.ImportParameters(parameters);
        if (value is ILocalReferenceOperation { Local: var local } && Facts.AssignmentsOf(local) is { Count: 1 } single && !Facts.IsMutated(local))
        {
            value = single[0];
        }

        if (value is not IObjectCreationOperation { Type.IsValueType: true, Initializer: { Initializers.Length: > 0 } initializer } creation)
        {
            return false;
        }

        foreach (var argument in creation.Arguments)
        {
            if (!Evaluate(argument.Value).IsConstant)
            {
                return false;
            }
        }

        foreach (var part in initializer.Initializers)
        {
            if (part is not IAssignmentOperation assignment || !Evaluate(assignment.Value).IsConstant)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first argument is built into the app: constant data, or data read from an embedded resource or a stream over constants.</summary>
    private bool FirstArgumentIsEmbedded(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        if (arguments.Length == 0)
        {
            return false;
        }

        var labels = Evaluate(arguments[0].Value);
        return labels.IsConstant || labels.Has(LabelKind.EmbeddedData);
    }

    private static string Describe(IOperation operation)
    {
        var text = operation.Syntax.ToString();
        return "'" + (text.Length > 60 ? text.Substring(0, 57) + "…" : text) + "'";
    }
}
