using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow.Evidence;

/// <summary>
/// The evidence model of DESIGN §3 for symbols and types: attribute → type → name (the API tier lives in the
/// source table, since it is about calls, not declarations). Results are cached per symbol.
/// </summary>
internal sealed class PersonalDataClassifier
{
    private static readonly Classification None = new(LabelKind.PersonalData, string.Empty, string.Empty, EvidenceTier.Name);

    private readonly FlowConfig config;
    private readonly INamedTypeSymbol? dataClassificationAttribute;
    private readonly INamedTypeSymbol? noDataClassificationAttribute;
    private readonly INamedTypeSymbol? dataTypeAttribute;
    private readonly ImmutableDictionary<INamedTypeSymbol, Classification> attributeClassifications;
    private readonly ImmutableDictionary<INamedTypeSymbol, Classification> typeClassifications;
    private readonly AnswerCache<ISymbol, Classification> symbols = new(SymbolEqualityComparer.Default);
    private readonly AnswerCache<ITypeSymbol, Classification> types = new(SymbolEqualityComparer.Default);
    private readonly AnswerCache<string, Classification> names = new(System.StringComparer.Ordinal);
    private readonly AnswerCache<string, Classification> namesOfPersonTypes = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<string>?> personTypeNames = new(System.StringComparer.Ordinal);
    private readonly INamedTypeSymbol? identityInterface;

    public PersonalDataClassifier(WellKnownTypes wellKnown, FlowConfig config)
    {
        this.config = config;
        dataClassificationAttribute = wellKnown.Get("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
        noDataClassificationAttribute = wellKnown.Get("Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute");
        dataTypeAttribute = wellKnown.Get("System.ComponentModel.DataAnnotations.DataTypeAttribute");
        identityInterface = wellKnown.Get("System.Security.Principal.IIdentity");

        var attributes = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, Classification>(SymbolEqualityComparer.Default);
        Add(attributes, wellKnown, "Microsoft.AspNetCore.Identity.PersonalDataAttribute", "personal-data", "personal data ([PersonalData])");
        Add(attributes, wellKnown, "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute", "personal-data", "personal data ([ProtectedPersonalData])");
        Add(attributes, wellKnown, "System.ComponentModel.DataAnnotations.EmailAddressAttribute", "email", "an email address ([EmailAddress])");
        Add(attributes, wellKnown, "System.ComponentModel.DataAnnotations.PhoneAttribute", "phone", "a phone number ([Phone])");
        Add(attributes, wellKnown, "System.ComponentModel.DataAnnotations.CreditCardAttribute", "financial", "a payment card number ([CreditCard])");
        attributeClassifications = attributes.ToImmutable();

        var typeTier = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, Classification>(SymbolEqualityComparer.Default);
        AddType(typeTier, wellKnown, "System.Net.Mail.MailAddress", LabelKind.PersonalData, "email", "an email address (MailAddress)");
        AddType(typeTier, wellKnown, "System.Net.Mail.MailAddressCollection", LabelKind.PersonalData, "email", "email addresses (MailAddressCollection)");
        AddType(typeTier, wellKnown, "System.Net.IPAddress", LabelKind.NetworkAddress, "ip-address", "an IP address (IPAddress)");
        AddType(typeTier, wellKnown, "System.Net.IPEndPoint", LabelKind.NetworkAddress, "ip-address", "an IP address (IPEndPoint)");
        AddType(typeTier, wellKnown, "System.Net.NetworkInformation.PhysicalAddress", LabelKind.DeviceIdentifier, "mac-address", "a MAC address (PhysicalAddress)");
        AddType(typeTier, wellKnown, "System.Security.Claims.ClaimsPrincipal", LabelKind.PersonalData, "identity", "a user's identity and claims (ClaimsPrincipal)");
        AddType(typeTier, wellKnown, "System.Security.Claims.ClaimsIdentity", LabelKind.PersonalData, "identity", "a user's identity and claims (ClaimsIdentity)");
        AddType(typeTier, wellKnown, "System.Security.Principal.WindowsIdentity", LabelKind.DeviceIdentifier, "os-account", "an operating-system account (WindowsIdentity)");
        typeClassifications = typeTier.ToImmutable();
    }

    /// <summary>Classifies a field, property, parameter or local; null when it is not evidently personal.</summary>
    public Classification? Classify(ISymbol symbol)
    {
        // Locals and parameters belong to one body, whose analysis asks about each a few times: a compilation-wide
        // cache of them only grows, and its adds cost more than classifying again from the caches below (per type and
        // per name), which is what ClassifyCore mostly does for them (docs/performance.md).
        if (symbol is ILocalSymbol or IParameterSymbol)
        {
            return ClassifyCore(symbol);
        }

        if (!symbols.TryGetValue(symbol, out var result))
        {
            result = symbols.GetOrAdd(symbol, ClassifyCore(symbol) ?? None);
        }

        return ReferenceEquals(result, None) ? null : result;
    }

    /// <summary>The type tier alone (and attributes on the type), for values with no symbol.</summary>
    public Classification? ClassifyType(ITypeSymbol? type)
    {
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return null;
        }

        if (!types.TryGetValue(type, out var result))
        {
            result = types.GetOrAdd(type, ClassifyTypeCore(type) ?? None);
        }

        return ReferenceEquals(result, None) ? null : result;
    }

    /// <summary>True when an attribute says "not personal data" ([NoDataClassification] or a configured one).</summary>
    public bool IsExplicitlyNotPersonal(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if ((noDataClassificationAttribute is not null && InheritsFrom(type, noDataClassificationAttribute)) ||
                FlowConfig.MatchesAttribute(config.NonPiiAttributes, type))
            {
                return true;
            }
        }

        return false;
    }

    private Classification? ClassifyCore(ISymbol symbol)
    {
        if (IsExplicitlyNotPersonal(symbol))
        {
            return null;
        }

        var valueType = symbol switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            ILocalSymbol local => local.Type,
            _ => null,
        };

        var name = symbol.Name;
        if (FromAttributes(symbol, name) is { } byAttribute)
        {
            return byAttribute;
        }

        if (ClassifyType(valueType) is { } byType)
        {
            return byType;
        }

        // Framework members are covered by the API tier; names of the app's own declarations are the last resort.
        if (symbol is IFieldSymbol or IPropertySymbol && !IsDeclaredInSource(symbol))
        {
            return null;
        }

        return ClassifyName(name, symbol.ContainingType?.Name ?? string.Empty);
    }

    /// <summary>
    /// The name tier. Names repeat across a compilation (every <c>email</c> parameter, every member of <c>Patient</c>),
    /// and the containing type matters only through whether its name has a person noun (<c>Customer.Name</c>): so a
    /// name is matched once per answer to that question, and each type name is tokenised once.
    /// </summary>
    private Classification? ClassifyName(string name, string containingTypeName)
    {
        if (!personTypeNames.TryGetValue(containingTypeName, out var personContext))
        {
            var typeTokens = containingTypeName.Length == 0 ? ImmutableArray<string>.Empty : NameTokenizer.Tokenize(containingTypeName);
            personContext = personTypeNames.GetOrAdd(containingTypeName, NameMatcher.HasPersonNoun(typeTokens) ? typeTokens : null);
        }

        var cache = personContext is null ? names : namesOfPersonTypes;
        if (!cache.TryGetValue(name, out var result))
        {
            var match = NameMatcher.Match(NameTokenizer.Tokenize(name), personContext ?? ImmutableArray<string>.Empty, config.ExtraNames, config.ExcludedNames);
            result = cache.GetOrAdd(name, match is null ? None : Classification.FromName(match));
        }

        return ReferenceEquals(result, None) ? null : result;
    }

    private Classification? ClassifyTypeCore(ITypeSymbol type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (typeClassifications.TryGetValue(current.OriginalDefinition, out var classification))
            {
                return classification;
            }
        }

        if (identityInterface is not null)
        {
            foreach (var candidate in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, identityInterface))
                {
                    return new Classification(LabelKind.PersonalData, "identity", "a user's identity (IIdentity)", EvidenceTier.Type);
                }
            }
        }

        return FromAttributes(type, type.Name);
    }

    private Classification? FromAttributes(ISymbol symbol, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (attributeClassifications.TryGetValue(type.OriginalDefinition, out var known))
            {
                return Refine(known, name);
            }

            if (dataTypeAttribute is not null && SymbolEqualityComparer.Default.Equals(type, dataTypeAttribute) &&
                attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int dataType &&
                FromDataType(dataType) is { } byDataType)
            {
                return byDataType;
            }

            if (dataClassificationAttribute is not null && InheritsFrom(type, dataClassificationAttribute))
            {
                var shortName = type.Name.EndsWith("Attribute", System.StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - 9) : type.Name;
                return Refine(new Classification(LabelKind.PersonalData, "classified", "classified data ([" + shortName + "])", EvidenceTier.Attribute), name);
            }

            if (FlowConfig.MatchesAttribute(config.PiiAttributes, type))
            {
                return Refine(new Classification(LabelKind.PersonalData, "personal-data", "personal data ([" + type.Name + "])", EvidenceTier.Attribute), name);
            }
        }

        return null;
    }

    /// <summary>An attribute proves the data is personal; the name may still say which category ([PersonalData] on Email).</summary>
    private Classification Refine(Classification fromAttribute, string name)
    {
        if (fromAttribute.Category is not ("personal-data" or "classified"))
        {
            return fromAttribute;
        }

        var match = NameMatcher.Match(NameTokenizer.Tokenize(name), ImmutableArray<string>.Empty, config.ExtraNames, config.ExcludedNames);
        if (match is null || match.Category.Kind is not (LabelKind.PersonalData or LabelKind.Credential) || match.Category.Id == NameTaxonomy.AccountId)
        {
            return fromAttribute;
        }

        return new Classification(match.Category.Kind, match.Category.Id, match.Category.Display + " (" + AttributeNote(fromAttribute.Display) + ")",
            EvidenceTier.Attribute, match.Category.Special, lowConfidence: false, match.Category.AllowsNumbers);
    }

    private static string AttributeNote(string display)
    {
        var open = display.IndexOf('[');
        return open >= 0 ? display.Substring(open, display.IndexOf(']') - open + 1) : display;
    }

    /// <summary>System.ComponentModel.DataAnnotations.DataType values.</summary>
    private static Classification? FromDataType(int dataType) => dataType switch
    {
        5 => new Classification(LabelKind.PersonalData, "phone", "a phone number ([DataType(PhoneNumber)])", EvidenceTier.Attribute),
        10 => new Classification(LabelKind.PersonalData, "email", "an email address ([DataType(EmailAddress)])", EvidenceTier.Attribute),
        11 => new Classification(LabelKind.Credential, "password", "a password ([DataType(Password)])", EvidenceTier.Attribute),
        14 => new Classification(LabelKind.PersonalData, "financial", "a payment card number ([DataType(CreditCard)])", EvidenceTier.Attribute, allowsNumbers: true),
        15 => new Classification(LabelKind.PersonalData, "postal-address", "a postal code ([DataType(PostalCode)])", EvidenceTier.Attribute),
        _ => null,
    };

    private static bool IsDeclaredInSource(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(ImmutableDictionary<INamedTypeSymbol, Classification>.Builder map, WellKnownTypes types, string metadataName, string category, string display)
    {
        if (types.Get(metadataName) is { } type)
        {
            var kind = category == "password" ? LabelKind.Credential : LabelKind.PersonalData;
            map[type] = new Classification(kind, category, display, EvidenceTier.Attribute, allowsNumbers: category == "financial");
        }
    }

    private static void AddType(ImmutableDictionary<INamedTypeSymbol, Classification>.Builder map, WellKnownTypes types, string metadataName, LabelKind kind, string category, string display)
    {
        if (types.Get(metadataName) is { } type)
        {
            map[type] = new Classification(kind, category, display, EvidenceTier.Type);
        }
    }
}
