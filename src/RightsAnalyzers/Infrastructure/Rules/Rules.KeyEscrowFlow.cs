using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

internal static partial class Rules
{
    private const string KeyFlowMessage = "{0} is {1} ({2}) and reaches {3} through {4}";

    public static readonly DiagnosticDescriptor PrivateKeyLeaves = RuleDescriptors.Create(
        "RR2001",
        "Private key material leaves the process",
        KeyFlowMessage,
        RuleCategories.KeyEscrow,
        "A private key that is sent to a server, logged, written to telemetry or saved unencrypted can be used by whoever receives it to decrypt the user's messages and impersonate them. End-to-end encryption is only as private as the places its private keys reach.",
        new[] { 8, 5 });

    public static readonly DiagnosticDescriptor PrivateKeyLeavesInfo = RuleDescriptors.InfoVariant(PrivateKeyLeaves, KeyFlowMessage);

    public static readonly DiagnosticDescriptor SecretKeyLeaves = RuleDescriptors.Create(
        "RR2002",
        "Secret or session key material leaves the process",
        KeyFlowMessage,
        RuleCategories.KeyEscrow,
        "A symmetric, session or derived key that leaves the process lets its recipient decrypt everything it protects. Copying keys to a server, a log or telemetry is key escrow, whatever it is called.",
        new[] { 8, 5 });

    public static readonly DiagnosticDescriptor SecretKeyLeavesInfo = RuleDescriptors.InfoVariant(SecretKeyLeaves, KeyFlowMessage);

    public static readonly DiagnosticDescriptor EmbeddedRecipient = RuleDescriptors.Create(
        "RR2003",
        "Key or content encrypted to an embedded third-party key",
        "{0} encrypts {1} to {2} built into the application ({3}); whoever holds the matching private key can read it",
        RuleCategories.KeyEscrow,
        "Encrypting keys or content to a public key or certificate built into the application adds a reader the user never chose: whoever holds the matching private key, and whoever can compel or breach them, can decrypt the user's data. This is the 'additional decryption key' pattern of key escrow.",
        new[] { 8, 5 });

    public static readonly DiagnosticDescriptor ExceptionalAccessHook = RuleDescriptors.Create(
        "RR2004",
        "Exceptional-access hook",
        "'{0}' is an exceptional-access hook ({1}) and receives {2} ({3})",
        RuleCategories.KeyEscrow,
        "A call into an escrow, key-recovery, lawful-intercept or backdoor component hands keys, content or personal data to a party outside the user's control. Such access cannot be limited to the 'right' people: it is a standing vulnerability and a tool for surveillance.",
        new[] { 8, 5 });
}
