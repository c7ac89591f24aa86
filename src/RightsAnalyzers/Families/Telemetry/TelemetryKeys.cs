using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Flow.Evidence;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Telemetry;

/// <summary>
/// Tag and attribute keys that say what the value is (research: privacy-peers.md §4.1, the OpenTelemetry semantic
/// conventions), then the name tier on the key's words (<c>Properties["email"]</c>). A key is evidence only for a
/// non-constant value: <c>SetTag("user.id", "anonymous")</c> sends nothing about anyone.
/// </summary>
internal static class TelemetryKeys
{
    /// <summary>The label a constant key gives the value stored under it, or null.</summary>
    public static Label? LabelFor(IOperation? key, IOperation value, FlowConfig config)
    {
        if (key?.ConstantValue is not { HasValue: true, Value: string text } || text.Length == 0 || IsConstantOrDataless(value))
        {
            return null;
        }

        var description = "the attribute key '" + text + "'";
        var location = key.Syntax.GetLocation();
        if (Convention(text.ToLowerInvariant()) is { } known)
        {
            return new Label(known.Kind, known.Category, known.Display, EvidenceTier.Api, description, location, known.Low);
        }

        // Keys of the app's own vocabulary ("email", "customerPhone"): the name tier, weak as it always is.
        var tokens = NameTokenizer.Tokenize(text);
        if (NameMatcher.Match(tokens, System.Collections.Immutable.ImmutableArray<string>.Empty, config.ExtraNames, config.ExcludedNames) is { } match &&
            match.Category.Kind is LabelKind.PersonalData or LabelKind.NetworkAddress or LabelKind.Location)
        {
            return new Label(match.Category.Kind, match.Category.Id, match.Category.Display, EvidenceTier.Name, description, location,
                match.Weak || match.Category.LowConfidence, match.Category.Special);
        }

        return null;
    }

    /// <summary>OpenTelemetry (and older) attribute names with a defined meaning. Coarse geography (country, region, continent) is not identifying.</summary>
    private static (LabelKind Kind, string Category, string Display, bool Low)? Convention(string key) => key switch
    {
        "user.email" or "enduser.email" => (LabelKind.PersonalData, "email", "an email address", false),
        "user.name" or "user.full_name" or "enduser.name" => (LabelKind.PersonalData, "person-name", "a person's name", false),
        "enduser.id" => (LabelKind.PersonalData, "username", "an end-user identifier (often a user name or email)", false),
        "user.id" or "user.hash" or "enduser.pseudo.id" or "session.id" => (LabelKind.PersonalData, NameTaxonomy.AccountId, "a linkable account identifier", true),
        "client.address" or "client.socket.address" or "network.peer.address" or "net.peer.ip" or "net.sock.peer.addr" or "http.client_ip" or "source.address"
            => (LabelKind.NetworkAddress, "ip-address", "the client's network address", false),
        "geo.location.lat" or "geo.location.lon" or "client.geo.location.lat" or "client.geo.location.lon"
            => (LabelKind.Location, "precise-location", "a precise location", false),
        "geo.postal_code" or "geo.locality.name" or "client.geo.postal_code" or "client.geo.locality.name"
            => (LabelKind.Location, "precise-location", "a fine-grained location", false),
        _ => null,
    };

    /// <summary>Constants, booleans and enums carry nothing about a person whatever the key says.</summary>
    private static bool IsConstantOrDataless(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        if (value.ConstantValue.HasValue)
        {
            return true;
        }

        var type = value.Type;
        return type is null || type.SpecialType == SpecialType.System_Boolean || type.TypeKind == TypeKind.Enum;
    }
}
