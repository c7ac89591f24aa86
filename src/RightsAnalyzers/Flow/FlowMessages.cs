using Microsoft.CodeAnalysis;
using RightsAnalyzers.Flow.Tables;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow;

/// <summary>Shared wording and reporting for the flow rules, so every family says the same thing the same way.</summary>
internal static class FlowMessages
{
    public static string SinkPlace(SinkKind kind) => kind switch
    {
        SinkKind.Log => "a log",
        SinkKind.Console => "the console",
        SinkKind.Telemetry => "telemetry",
        SinkKind.Network => "the network",
        SinkKind.Response => "an HTTP response",
        SinkKind.File => "a file",
        _ => "a sink",
    };

    public static string Evidence(Label label)
    {
        if (label.Pseudonymized)
        {
            return "hashed, which is pseudonymisation, not anonymisation";
        }

        var tier = label.Tier switch
        {
            EvidenceTier.Attribute => "attribute evidence",
            EvidenceTier.Type => "type evidence",
            EvidenceTier.Api => "API evidence",
            _ => "name evidence",
        };
        return label.LowConfidence ? tier + ", low confidence" : tier;
    }

    public static string EvidenceProperty(Label label) => label.Tier switch
    {
        EvidenceTier.Attribute => EvidenceKinds.Attribute,
        EvidenceTier.Type => EvidenceKinds.Type,
        EvidenceTier.Api => EvidenceKinds.Api,
        _ => EvidenceKinds.Name,
    };

    /// <summary>The most convincing label: confident before weak, plain before hashed, special categories first, then by tier.</summary>
    public static Label? Best(LabelSet labels, System.Func<Label, bool> relevant)
    {
        Label? best = null;
        foreach (var label in labels.Labels)
        {
            if (!relevant(label))
            {
                continue;
            }

            if (best is null || Rank(label) < Rank(best))
            {
                best = label;
            }
        }

        return best;
    }

    /// <summary>Reports one finding for <paramref name="label"/> reaching <paramref name="hit"/>, weak findings through the Info variant.</summary>
    public static void Report(in FlowSite site, DiagnosticDescriptor rule, DiagnosticDescriptor infoVariant, Label label, SinkHit hit)
    {
        var descriptor = label.LowConfidence || label.Pseudonymized ? infoVariant : rule;
        site.Report(RightsDiagnostic.Create(
            descriptor,
            hit.Value.Syntax.GetLocation(),
            label.Source,
            EvidenceProperty(label),
            label.Category,
            label.Description,
            label.Display,
            Evidence(label),
            SinkPlace(hit.Kind),
            hit.Describe()));
    }

    private static int Rank(Label label)
        => (label.LowConfidence ? 100 : 0) + (label.Pseudonymized ? 50 : 0) + (label.Special ? 0 : 10) + (int)label.Tier;
}
