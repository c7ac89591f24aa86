using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

internal static partial class Rules
{
    public static readonly DiagnosticDescriptor RootCertificateInstalled = RuleDescriptors.Create(
        "RR2005",
        "Trusted root certificate installed by application code",
        "{0} adds a certificate to the {1} store, so the machine will trust every TLS certificate its key signs",
        RuleCategories.KeyEscrow,
        "A certificate added to the Root or AuthRoot store becomes a certificate authority for the whole machine or user account: whoever holds its private key can impersonate any website or service and read encrypted traffic. This is how TLS interception products and spyware work, and it silently removes the protection encryption gives the people using the device.",
        new[] { 7, 8 });
}
