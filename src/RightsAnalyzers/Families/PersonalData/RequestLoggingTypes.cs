using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.PersonalData;

/// <summary>The types RR3004 needs, resolved once per compilation.</summary>
internal sealed class RequestLoggingTypes
{
    private RequestLoggingTypes(INamedTypeSymbol? httpLoggingOptions, INamedTypeSymbol? w3cLoggerOptions, INamedTypeSymbol? dbContextOptionsBuilder)
    {
        HttpLoggingOptions = httpLoggingOptions;
        W3CLoggerOptions = w3cLoggerOptions;
        DbContextOptionsBuilder = dbContextOptionsBuilder;
    }

    public INamedTypeSymbol? HttpLoggingOptions { get; }

    public INamedTypeSymbol? W3CLoggerOptions { get; }

    public INamedTypeSymbol? DbContextOptionsBuilder { get; }

    /// <summary>Null when neither ASP.NET Core HTTP logging nor EF Core is referenced: the analyzer then registers nothing.</summary>
    public static RequestLoggingTypes? Create(WellKnownTypes types)
    {
        var http = types.Get("Microsoft.AspNetCore.HttpLogging.HttpLoggingOptions");
        var w3c = types.Get("Microsoft.AspNetCore.HttpLogging.W3CLoggerOptions");
        var ef = types.Get("Microsoft.EntityFrameworkCore.DbContextOptionsBuilder");
        return http is null && w3c is null && ef is null ? null : new RequestLoggingTypes(http, w3c, ef);
    }

    public bool IsLoggingOptions(INamedTypeSymbol? type)
        => type is not null &&
           (SymbolEqualityComparer.Default.Equals(type, HttpLoggingOptions) || SymbolEqualityComparer.Default.Equals(type, W3CLoggerOptions));

    /// <summary>DbContextOptionsBuilder or a subclass (the generic builder re-declares the method).</summary>
    public bool IsDbContextOptionsBuilder(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null && DbContextOptionsBuilder is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, DbContextOptionsBuilder))
            {
                return true;
            }
        }

        return false;
    }
}
