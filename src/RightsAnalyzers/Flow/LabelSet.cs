using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Flow;

/// <summary>
/// The labels a value carries, plus whether the whole value is built from constants (a must-property: a key made
/// from a literal and a variable is not hard-coded). Small by construction: at most <see cref="MaxLabels"/> labels,
/// so a 5,000-part concatenation cannot make analysis quadratic.
/// </summary>
internal readonly struct LabelSet
{
    public const int MaxLabels = 12;

    public static readonly LabelSet Empty = new(ImmutableArray<Label>.Empty, isConstant: false, constantSource: null);

    private LabelSet(ImmutableArray<Label> labels, bool isConstant, Location? constantSource)
    {
        Labels = labels.IsDefault ? ImmutableArray<Label>.Empty : labels;
        IsConstant = isConstant;
        ConstantSource = constantSource;
    }

    public ImmutableArray<Label> Labels { get; }

    /// <summary>True when every part of the value is a literal, a constant or constant-derived data.</summary>
    public bool IsConstant { get; }

    /// <summary>The literal or constant the value came from (first one found).</summary>
    public Location? ConstantSource { get; }

    public bool IsEmpty => Labels.IsEmpty && !IsConstant;

    public static LabelSet Constant(Location? source) => new(ImmutableArray<Label>.Empty, true, source);

    public static LabelSet Of(Label label) => new(ImmutableArray.Create(label), false, null);

    public LabelSet WithConstant(bool isConstant, Location? source) => new(Labels, isConstant, isConstant ? ConstantSource ?? source : null);

    public LabelSet NotConstant() => IsConstant ? new LabelSet(Labels, false, null) : this;

    /// <summary>Labels of both; constant only if both are (used for the parts of one composite value).</summary>
    public LabelSet Combine(LabelSet other)
    {
        var constant = IsConstant && other.IsConstant;
        return new LabelSet(Merge(Labels, other.Labels), constant, constant ? ConstantSource ?? other.ConstantSource : null);
    }

    /// <summary>Labels of either; constant only if both are (used for alternatives: branches, several assignments).</summary>
    public LabelSet Either(LabelSet other) => Combine(other);

    public LabelSet Add(Label label) => new(Merge(Labels, ImmutableArray.Create(label)), IsConstant, ConstantSource);

    public bool Has(LabelKind kind)
    {
        foreach (var label in Labels)
        {
            if (label.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps the labels that pass <paramref name="keep"/>; constant-ness is unchanged.</summary>
    /// <remarks>Allocates only when a label is dropped: most calls keep every label (or there are none).</remarks>
    public LabelSet Where(Func<Label, bool> keep)
    {
        var labels = Labels;
        for (var i = 0; i < labels.Length; i++)
        {
            if (keep(labels[i]))
            {
                continue;
            }

            var builder = ImmutableArray.CreateBuilder<Label>(labels.Length - 1);
            for (var j = 0; j < i; j++)
            {
                builder.Add(labels[j]);
            }

            for (var j = i + 1; j < labels.Length; j++)
            {
                if (keep(labels[j]))
                {
                    builder.Add(labels[j]);
                }
            }

            return new LabelSet(builder.ToImmutable(), IsConstant, ConstantSource);
        }

        return this;
    }

    /// <summary>The labels of any kind but <paramref name="kind"/> (<see cref="Where"/> without a closure per call).</summary>
    public LabelSet Without(LabelKind kind)
    {
        if (!Has(kind))
        {
            return this;
        }

        var builder = ImmutableArray.CreateBuilder<Label>(Labels.Length - 1);
        foreach (var label in Labels)
        {
            if (label.Kind != kind)
            {
                builder.Add(label);
            }
        }

        return new LabelSet(builder.ToImmutable(), IsConstant, ConstantSource);
    }

    /// <summary>Applies <paramref name="map"/> to each label; null drops it.</summary>
    public LabelSet Select(Func<Label, Label?> map)
    {
        if (Labels.IsEmpty)
        {
            return this;
        }

        var builder = ImmutableArray.CreateBuilder<Label>(Labels.Length);
        foreach (var label in Labels)
        {
            if (map(label) is { } mapped)
            {
                builder.Add(mapped);
            }
        }

        return new LabelSet(builder.ToImmutable(), IsConstant, ConstantSource);
    }

    private static ImmutableArray<Label> Merge(ImmutableArray<Label> left, ImmutableArray<Label> right)
    {
        if (right.IsEmpty)
        {
            return left;
        }

        if (left.IsEmpty)
        {
            return right;
        }

        var builder = ImmutableArray.CreateBuilder<Label>(Math.Min(MaxLabels, left.Length + right.Length));
        builder.AddRange(left);
        foreach (var label in right)
        {
            if (builder.Count >= MaxLabels)
            {
                break;
            }

            if (!Contains(builder, label))
            {
                builder.Add(label);
            }
        }

        return builder.Count == left.Length ? left : builder.ToImmutable();
    }

    private static bool Contains(ImmutableArray<Label>.Builder labels, Label label)
    {
        foreach (var existing in labels)
        {
            if (ReferenceEquals(existing, label) ||
                (existing.Kind == label.Kind && existing.Category == label.Category && existing.Pseudonymized == label.Pseudonymized &&
                 existing.ParameterOrdinal == label.ParameterOrdinal && Equals(existing.Source, label.Source)))
            {
                return true;
            }
        }

        return false;
    }
}
