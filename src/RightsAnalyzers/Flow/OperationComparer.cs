using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Flow;

/// <summary>
/// Identity of operations, hashed by where they sit rather than by the object: an operation's default hash code is
/// generated and written into its header the first time it is asked for, and the engine asks once for nearly every
/// operation it evaluates — a tenth of the package's time in traces of the command-line compiler (docs/performance.md,
/// change 27). The position of the operation's syntax and its kind are fields already there; operations that share
/// both (a member access and the access inside it, <c>a.b</c> in <c>a.b.c</c>) merely share a bucket.
/// </summary>
internal sealed class OperationComparer : IEqualityComparer<IOperation>
{
    public static readonly OperationComparer Instance = new();

    public bool Equals(IOperation? x, IOperation? y) => ReferenceEquals(x, y);

    public int GetHashCode(IOperation operation) => (operation.Syntax.FullSpan.Start * 31) + (int)operation.Kind;
}
