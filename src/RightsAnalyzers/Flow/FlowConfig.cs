using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Flow;

/// <summary>
/// The package-wide flow options of one configuration, with documentation-comment IDs resolved to symbols once.
/// Created per distinct <see cref="RightsOptions"/> (normally one per project).
/// </summary>
internal sealed class FlowConfig
{
    public FlowConfig(RightsOptions options, Compilation compilation)
    {
        Options = options;
        ExtraNames = Lower(options.Get(OptionCatalog.PiiNames));
        ExcludedNames = Lower(options.Get(OptionCatalog.PiiNamesExcluded));
        PiiAttributes = AttributeNames(options.Get(OptionCatalog.PiiAttributes));
        NonPiiAttributes = AttributeNames(options.Get(OptionCatalog.NonPiiAttributes));
        Sanitizers = Resolve(options.Get(OptionCatalog.Sanitizers), compilation);
        LogSinks = Resolve(options.Get(OptionCatalog.LogSinks), compilation);
        TelemetrySinks = Resolve(options.Get(OptionCatalog.TelemetrySinks), compilation);
        NetworkSinks = Resolve(options.Get(OptionCatalog.NetworkSinks), compilation);
    }

    public RightsOptions Options { get; }

    public ImmutableHashSet<string> ExtraNames { get; }

    public ImmutableHashSet<string> ExcludedNames { get; }

    /// <summary>Configured attribute names, each with and without the "Attribute" suffix, simple and qualified.</summary>
    public ImmutableHashSet<string> PiiAttributes { get; }

    public ImmutableHashSet<string> NonPiiAttributes { get; }

    public ImmutableHashSet<ISymbol> Sanitizers { get; }

    public ImmutableHashSet<ISymbol> LogSinks { get; }

    public ImmutableHashSet<ISymbol> TelemetrySinks { get; }

    public ImmutableHashSet<ISymbol> NetworkSinks { get; }

    public bool HasConfiguredSinks => !LogSinks.IsEmpty || !TelemetrySinks.IsEmpty || !NetworkSinks.IsEmpty;

    public static bool MatchesAttribute(ImmutableHashSet<string> names, INamedTypeSymbol? attribute)
    {
        if (names.IsEmpty || attribute is null)
        {
            return false;
        }

        return names.Contains(attribute.Name) || names.Contains(attribute.ToDisplayString());
    }

    private static ImmutableHashSet<string> Lower(ImmutableArray<string> values)
    {
        var builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            builder.Add(value.ToLowerInvariant().Replace("_", string.Empty).Replace("-", string.Empty));
        }

        return builder.ToImmutable();
    }

    private static ImmutableHashSet<string> AttributeNames(ImmutableArray<string> values)
    {
        var builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            builder.Add(value);
            builder.Add(value.EndsWith("Attribute", StringComparison.Ordinal) ? value.Substring(0, value.Length - "Attribute".Length) : value + "Attribute");
            var dot = value.LastIndexOf('.');
            if (dot >= 0)
            {
                var simple = value.Substring(dot + 1);
                builder.Add(simple);
                builder.Add(simple.EndsWith("Attribute", StringComparison.Ordinal) ? simple.Substring(0, simple.Length - "Attribute".Length) : simple + "Attribute");
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableHashSet<ISymbol> Resolve(ImmutableArray<string> ids, Compilation compilation)
    {
        if (ids.IsEmpty)
        {
            return ImmutableHashSet<ISymbol>.Empty;
        }

        var builder = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var id in ids)
        {
            // An ID that names nothing in this compilation is simply unused (another project may have it).
            foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
            {
                builder.Add(symbol.OriginalDefinition);
            }
        }

        return builder.ToImmutable();
    }
}
