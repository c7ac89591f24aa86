using System.Collections.Immutable;

namespace RightsAnalyzers.Infrastructure.Options;

internal static partial class OptionCatalog
{
    public static readonly Option<ImmutableArray<string>> SecurityNames = new(
        "RR1008.security_names", ImmutableArray<string>.Empty, "(none)",
        "Name tokens added to RR1008's security names: a System.Random value stored under a name containing one of them is a finding, e.g. 'voucher, claimcode'.",
        OptionParsers.TokenList, "RR1008");
}
