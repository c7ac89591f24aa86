using System.Text;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Flow.Tables;

namespace RightsAnalyzers.Families.Telemetry;

/// <summary>
/// RR4005's test: a value is a device fingerprint when it combines device attributes of at least two kinds, at least
/// one of them a stable identifier (machine name + processor count is; OS description + processor count is not), or
/// when an API builds one by construction (DeviceIdBuilder). Hashed parts count: hashing is not anonymisation.
/// </summary>
internal static class DeviceFingerprint
{
    /// <summary>The identifier label to point at (the additional location), or null when the value is no fingerprint.</summary>
    public static Label? Anchor(LabelSet labels, out string parts)
    {
        parts = string.Empty;
        Label? anchor = null;
        var strongCategories = 0;
        var weak = false;
        var seen = new StringBuilder();
        foreach (var label in labels.Labels)
        {
            if (label.Kind != LabelKind.DeviceIdentifier)
            {
                continue;
            }

            if (label.Category == ApiSources.DeviceFingerprintCategory)
            {
                parts = label.Display;
                return label;
            }

            var marker = "|" + label.Category + "|";
            if (seen.ToString().Contains(marker))
            {
                continue;
            }

            seen.Append(marker);
            if (label.Category == ApiSources.DeviceAttributeCategory)
            {
                weak = true;
                continue;
            }

            strongCategories++;
            anchor ??= label;
        }

        if (anchor is null || strongCategories + (weak ? 1 : 0) < 2)
        {
            return null;
        }

        parts = Describe(labels);
        return anchor;
    }

    /// <summary>"the machine name, the operating-system user name and a device attribute".</summary>
    private static string Describe(LabelSet labels)
    {
        var names = new System.Collections.Generic.List<string>();
        foreach (var label in labels.Labels)
        {
            if (label.Kind == LabelKind.DeviceIdentifier && !names.Contains(label.Display))
            {
                names.Add(label.Display);
            }
        }

        if (names.Count == 1)
        {
            return names[0];
        }

        return string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1];
    }
}
