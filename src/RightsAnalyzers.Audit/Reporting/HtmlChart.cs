using System;
using System.Globalization;
using System.Net;
using System.Text;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Reporting;

/// <summary>An inline SVG bar chart of findings per recommendation: all thirteen rows, so the gaps show too.</summary>
internal static class HtmlChart
{
    private const int Width = 1040;
    private const int RowHeight = 28;
    private const int LabelWidth = 380;
    private const int BarMax = 560;

    public static string Recommendations(ReportSummary summary)
    {
        var max = 1;
        foreach (var item in summary.ByRecommendation)
        {
            max = Math.Max(max, item.Count);
        }

        var height = (summary.ByRecommendation.Length * RowHeight) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"Findings per recommendation\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        var y = 4;
        foreach (var item in summary.ByRecommendation)
        {
            var recommendation = item.Recommendation;
            var hasRule = !item.Rules.IsEmpty;
            var label = WebUtility.HtmlEncode(recommendation.Number.ToString(CultureInfo.InvariantCulture) + ". " + recommendation.ShortTitle);
            var muted = hasRule ? string.Empty : " class=\"lbl-muted\"";
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{WebUtility.HtmlEncode(recommendation.Summary)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 18}\"{muted}>{label}</text>");
            // A faint track shows the scale even for a zero.
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{BarMax}\" height=\"16\" rx=\"4\" fill=\"#eef1f6\"/>");
            if (hasRule)
            {
                var width = item.Count == 0 ? 0 : Math.Max(4, (int)Math.Round(BarMax * (double)item.Count / max));
                if (width > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{width}\" height=\"16\" rx=\"4\" fill=\"{Colour(item.Count, max)}\"/>");
                }

                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"count\" x=\"{LabelWidth + BarMax + 12}\" y=\"{y + 18}\">{item.Count.ToString(CultureInfo.InvariantCulture)}</text>");
            }
            else
            {
                var why = recommendation.HasCodeRule ? "no rule yet" : "no code rule";
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"lbl-muted\" x=\"{LabelWidth + BarMax + 12}\" y=\"{y + 18}\">{why}</text>");
            }

            svg.Append("</g>");
            y += RowHeight;
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Deeper colour for the recommendations with the most findings.</summary>
    private static string Colour(int count, int max) => ((double)count / max) switch
    {
        >= 0.66 => "#c2410c",
        >= 0.33 => "#ea8a2e",
        _ => "#f4b860",
    };
}
