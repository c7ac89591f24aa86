using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Flow;

/// <summary>Where an operation sits in its body.</summary>
internal static class OperationTree
{
    /// <summary>
    /// The outermost operation above <paramref name="operation"/>: the whole body (method, accessor, initializer), so
    /// lambdas and local functions share one analysis with the body they are written in.
    /// </summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }
}
