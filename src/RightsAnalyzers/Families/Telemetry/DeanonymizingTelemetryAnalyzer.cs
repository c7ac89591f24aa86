using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Flow.Tables;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Telemetry;

/// <summary>
/// RR4001 (device and account identifiers), RR4002 (network addresses and precise locations), RR4003 (personal data,
/// including identifying attribute keys) and RR4005 (device fingerprints) reaching telemetry: traces, baggage,
/// metrics, Application Insights, Sentry and configured <c>telemetry_sinks</c>. One class, because one value at one
/// sink must be judged once: a fingerprint is reported as RR4005 only, not again as the RR4001 identifiers it is
/// made of. Network sinks (home-grown usage reporters) matter only for device identifiers and fingerprints.
/// </summary>
/// <remarks>The compiler runs it as a part of <see cref="TelemetryAnalyzer"/> (<see cref="Infrastructure.CompositeAnalyzer"/>).</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A part of TelemetryAnalyzer, which carries the attribute.")]
public sealed class DeanonymizingTelemetryAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Rules.DeviceIdentifierInTelemetry, Rules.DeviceIdentifierInTelemetryInfo,
        Rules.NetworkAddressInTelemetry, Rules.NetworkAddressInTelemetryInfo,
        Rules.PersonalDataInTelemetry, Rules.PersonalDataInTelemetryInfo,
        Rules.DeviceFingerprint, Rules.DeviceFingerprintBuilt);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        FlowDriver.Register(context, static () => new TelemetryRule());
        FingerprintConstruction.Register(context);
    }

    private sealed class TelemetryRule : FlowRule
    {
        public override SinkKind Interest => SinkKind.Telemetry | SinkKind.Network;

        public override void Judge(in FlowSite site, SinkHit hit, LabelSet labels)
        {
            // An optional parameter left at its default (Baggage.SetBaggage(k, v, baggage: default)) carries nothing.
            if (hit.Value.Parent is IArgumentOperation { ArgumentKind: ArgumentKind.DefaultValue })
            {
                return;
            }

            var network = hit.Kind == SinkKind.Network;
            // The key speaks only for values that say nothing themselves: the value's own evidence is more specific.
            if (!network && labels.Labels.IsEmpty && TelemetryKeys.LabelFor(hit.Key, hit.Value, site.Body.Scope.Config) is { } keyLabel)
            {
                labels = labels.Add(keyLabel);
            }

            if (labels.Labels.IsEmpty || HasInnerSink(site, hit))
            {
                return;
            }

            if (DeviceFingerprint.Anchor(labels, out var parts) is { } anchor)
            {
                site.Report(RightsDiagnostic.Create(
                    Rules.DeviceFingerprint, hit.Value.Syntax.GetLocation(), anchor.Source, FlowMessages.EvidenceProperty(anchor), ApiSources.DeviceFingerprintCategory,
                    Quote(hit.Value), parts, FlowMessages.SinkPlace(hit.Kind), hit.Describe()));
            }
            else if (FlowMessages.Best(labels, static l => l.Kind == LabelKind.DeviceIdentifier && l.Category != ApiSources.DeviceAttributeCategory) is { } device)
            {
                // A machine name sent to an endpoint the user configured is normal (research pattern 15); a
                // home-grown usage reporter is not. Network sinks get the Info variant; telemetry_sinks raise it.
                // Name-only evidence (a "HostName" property) is weak: servers' host names are operational data.
                var weak = network || device.Tier == EvidenceTier.Name;
                FlowMessages.Report(site, weak ? Rules.DeviceIdentifierInTelemetryInfo : Rules.DeviceIdentifierInTelemetry, Rules.DeviceIdentifierInTelemetryInfo, device, hit);
            }

            // Sending an IP or an email over HTTP is what many APIs are for; only telemetry is judged for these.
            if (network)
            {
                return;
            }

            if (FlowMessages.Best(labels, static l => l.Kind is LabelKind.NetworkAddress or LabelKind.Location) is { } place)
            {
                FlowMessages.Report(site, Rules.NetworkAddressInTelemetry, Rules.NetworkAddressInTelemetryInfo, place, hit);
            }

            if (FlowMessages.Best(labels, static l => l.Kind == LabelKind.PersonalData) is { } personal)
            {
                FlowMessages.Report(site, Rules.PersonalDataInTelemetry, Rules.PersonalDataInTelemetryInfo, personal, hit);
            }
        }
    }

    /// <summary>
    /// <c>scope.User = new SentryUser { Email = e }</c>, <c>AddEvent(new ActivityEvent(n, tags: new ActivityTagsCollection { … }))</c>:
    /// the innermost sink is reported, once, where the value is handed over; the enclosing ones would repeat it.
    /// </summary>
    private static bool HasInnerSink(in FlowSite site, SinkHit hit)
    {
        List<SinkHit>? inner = null;
        foreach (var operation in OperationWalk.DescendantsAndSelf(hit.Value))
        {
            if (operation is not (IInvocationOperation or IObjectCreationOperation or ISimpleAssignmentOperation))
            {
                continue;
            }

            inner ??= new List<SinkHit>();
            inner.Clear();
            site.Body.Engine.Sinks.Find(operation, site.Body.Scope, hit.Kind, SummaryStack.Empty, inner, site.CancellationToken);
            if (inner.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    internal static string Quote(IOperation operation)
    {
        var text = operation.Syntax.ToString();
        return "'" + (text.Length > 60 ? text.Substring(0, 57) + "…" : text) + "'";
    }
}
