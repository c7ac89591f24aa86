using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Infrastructure;

internal static partial class Rules
{
    private const string TelemetryFlowMessage = "{0} is {1} ({2}) and reaches {3} through {4}";

    private const string FingerprintSentMessage = "{0} is a device fingerprint built from {1} and reaches {2} through {3}";

    private const string FingerprintBuiltMessage = "{0} builds a device fingerprint from {1}; hashing it keeps it stable and linkable";

    public static readonly DiagnosticDescriptor DeviceIdentifierInTelemetry = RuleDescriptors.Create(
        "RR4001",
        "Device or account identifier sent to telemetry",
        TelemetryFlowMessage,
        RuleCategories.Telemetry,
        "Machine names, OS user names, MAC addresses, machine GUIDs and hardware serials never change and are often the person's own name. Sent with usage data, they turn 'anonymous' telemetry into a record of which person's device did what, for every vendor and service the telemetry reaches.",
        new[] { 8, 3 });

    public static readonly DiagnosticDescriptor DeviceIdentifierInTelemetryInfo = RuleDescriptors.InfoVariant(DeviceIdentifierInTelemetry, TelemetryFlowMessage);

    public static readonly DiagnosticDescriptor NetworkAddressInTelemetry = RuleDescriptors.Create(
        "RR4002",
        "Network address or precise location sent to telemetry",
        TelemetryFlowMessage,
        RuleCategories.Telemetry,
        "An IP address or a pair of coordinates locates a person, often to a household, and links their sessions together. In telemetry it is copied to third-party services and joined with other data, which exposes where people are to anyone who can read or request it.",
        new[] { 8, 3 });

    public static readonly DiagnosticDescriptor NetworkAddressInTelemetryInfo = RuleDescriptors.InfoVariant(NetworkAddressInTelemetry, TelemetryFlowMessage);

    public static readonly DiagnosticDescriptor PersonalDataInTelemetry = RuleDescriptors.Create(
        "RR4003",
        "Personal data sent to telemetry",
        TelemetryFlowMessage,
        RuleCategories.Telemetry,
        "Traces, metrics, analytics events and crash reports leave the organisation by design. Emails, names and other personal data in them reach vendors, cross service boundaries in baggage and are joined with other data, undoing the anonymity that usage data promises.",
        new[] { 8, 3, 1 });

    public static readonly DiagnosticDescriptor PersonalDataInTelemetryInfo = RuleDescriptors.InfoVariant(PersonalDataInTelemetry, TelemetryFlowMessage);

    public static readonly DiagnosticDescriptor DeviceFingerprint = RuleDescriptors.Create(
        "RR4005",
        "Device fingerprint built from several identifiers",
        FingerprintSentMessage,
        RuleCategories.Telemetry,
        "Combining several device attributes (machine name, user name, MAC address, hardware serials, processor count) yields an identifier that is unique to one machine and survives reinstalls. Hashing it does not make it anonymous: the hash is just as stable and links every event from that device to the person using it.",
        new[] { 8, 3 });

    public static readonly DiagnosticDescriptor DeviceFingerprintBuilt = RuleDescriptors.InfoVariant(DeviceFingerprint, FingerprintBuiltMessage);
}
