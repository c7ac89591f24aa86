using System.Collections.Immutable;

namespace RightsAnalyzers.Infrastructure.Options;

internal static partial class OptionCatalog
{
    public static readonly Option<bool> WeakHashAllowNonSecurityUses = new(
        "RR1001.allow_non_security_uses", true, "true",
        "When true, MD5/SHA-1 digests evidently used for ETags, cache keys, checksums, deduplication, content addressing or protocol-mandated values (the WebSocket accept key) are not reported.",
        OptionParsers.Boolean, "RR1001");

    public static readonly Option<int> MinRsaKeySize = new(
        "RR1004.min_rsa_key_size", 2048, "2048",
        "Smallest acceptable RSA and finite-field Diffie-Hellman modulus, in bits (NIST SP 800-57 Part 1 Rev 5).",
        OptionParsers.Integer(512, 16384), "RR1004");

    public static readonly Option<int> MinEcKeySize = new(
        "RR1004.min_ec_key_size", 224, "224",
        "Smallest acceptable elliptic-curve key size, in bits.",
        OptionParsers.Integer(160, 571), "RR1004");

    public static readonly Option<int> MinIterationsSha1 = new(
        "RR1009.min_iterations_sha1", 1_300_000, "1300000",
        "Smallest acceptable PBKDF2-HMAC-SHA1 iteration count (OWASP Password Storage Cheat Sheet).",
        OptionParsers.Integer(1, int.MaxValue), "RR1009");

    public static readonly Option<int> MinIterationsSha256 = new(
        "RR1009.min_iterations_sha256", 600_000, "600000",
        "Smallest acceptable PBKDF2-HMAC-SHA256 iteration count (OWASP Password Storage Cheat Sheet).",
        OptionParsers.Integer(1, int.MaxValue), "RR1009");

    public static readonly Option<int> MinIterationsSha512 = new(
        "RR1009.min_iterations_sha512", 210_000, "210000",
        "Smallest acceptable PBKDF2-HMAC-SHA512 iteration count (OWASP Password Storage Cheat Sheet).",
        OptionParsers.Integer(1, int.MaxValue), "RR1009");

    public static readonly Option<int> MinSaltBytes = new(
        "RR1009.min_salt_bytes", 16, "16",
        "Smallest acceptable salt length, in bytes (NIST SP 800-132 asks for at least 128 bits).",
        OptionParsers.Integer(1, 1024), "RR1009");

    public static readonly Option<ImmutableArray<string>> HookNames = new(
        "RR2004.hook_names",
        ImmutableArray.Create("escrow", "keyrecovery", "lawfulintercept", "exceptionalaccess", "backdoor", "masterkey"),
        "escrow, keyrecovery, lawfulintercept, exceptionalaccess, backdoor, masterkey",
        "Name tokens (joined, lower case) that mark a type or member as an exceptional-access hook; replaces the built-in list.",
        OptionParsers.TokenList, "RR2004");

    public static readonly Option<ImmutableArray<string>> Hooks = new(
        "RR2004.hooks", ImmutableArray<string>.Empty, "(none)",
        "Documentation-comment IDs of members that are exceptional-access hooks whatever their names.",
        OptionParsers.DocumentationIdList, "RR2004");

    public static readonly Option<LogLevelThreshold> MinLogLevel = new(
        "RR3001.min_log_level", LogLevelThreshold.Trace, "trace",
        "Lowest log level whose calls are checked: trace, debug, information, warning, error or critical. Calls whose level is not a constant are always checked.",
        LogLevelThresholdParser.Parse, "RR3001", "RR3002", "RR3003");
}

/// <summary>Log levels in Microsoft.Extensions.Logging order; other frameworks' levels are mapped onto these.</summary>
internal enum LogLevelThreshold
{
    Trace = 0,
    Debug = 1,
    Information = 2,
    Warning = 3,
    Error = 4,
    Critical = 5,
}

internal static class LogLevelThresholdParser
{
    public static bool Parse(string raw, out LogLevelThreshold value, out string error)
    {
        switch (raw.Trim().ToLowerInvariant())
        {
            case "trace":
            case "verbose":
                value = LogLevelThreshold.Trace;
                break;
            case "debug":
                value = LogLevelThreshold.Debug;
                break;
            case "information":
            case "info":
                value = LogLevelThreshold.Information;
                break;
            case "warning":
            case "warn":
                value = LogLevelThreshold.Warning;
                break;
            case "error":
                value = LogLevelThreshold.Error;
                break;
            case "critical":
            case "fatal":
                value = LogLevelThreshold.Critical;
                break;
            default:
                value = LogLevelThreshold.Trace;
                error = "expected trace, debug, information, warning, error or critical";
                return false;
        }

        error = string.Empty;
        return true;
    }
}
