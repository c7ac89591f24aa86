using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace RightsAnalyzers.Harness;

/// <summary>
/// The chart of the report as a self-written SVG (no plotting package on the machine): build wall time and each
/// configuration's own analyzer time against corpus size, medians; solid lines dense, dashed ordinary.
/// </summary>
internal static class SvgChart
{
    private const int PanelWidth = 460;
    private const int PanelHeight = 300;
    private const int Left = 60;
    private const int Top = 40;
    private const int Gap = 90;

    private static readonly string[] Colours = { "#555555", "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e" };

    public static string Write(MeasurementResult r)
    {
        var series = r.Samples.Where(s => s.Succeeded && s.Corpus != "pathological")
            .GroupBy(s => (s.Configuration, s.Flavour))
            .Select(g => (g.Key.Configuration, g.Key.Flavour, Points: g.GroupBy(s => s.Lines).OrderBy(p => p.Key)
                .Select(p => (Lines: (double)p.Key, Wall: Stats.Median(p.Select(s => s.WallSeconds)), Own: Stats.Median(p.Select(s => s.OwnAnalyzerSeconds))))
                .ToList()))
            .ToList();
        var width = Left + PanelWidth + Gap + PanelWidth + 30;
        var height = Top + PanelHeight + 76 + (22 * ((r.Configurations.Count + 1) / 2)) + 30;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append(Invariant($"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>\n"));
        var maxLines = series.SelectMany(s => s.Points).Select(p => p.Lines).DefaultIfEmpty(1).Max();
        Panel(svg, Left, "Clean build wall time (median, s)", maxLines, series.Select(s => (s.Configuration, s.Flavour, s.Points.Select(p => (p.Lines, p.Wall)).ToList())).ToList(), r);
        Panel(svg, Left + PanelWidth + Gap, "Own analyzer time (median, s)", maxLines, series.Select(s => (s.Configuration, s.Flavour, s.Points.Select(p => (p.Lines, p.Own)).ToList())).ToList(), r);
        Legend(svg, r, Top + PanelHeight + 66);
        if (series.Count == 0)
        {
            svg.Append(Invariant($"<text x=\"{width / 2}\" y=\"{Top + (PanelHeight / 2)}\" text-anchor=\"middle\" font-size=\"16\">not yet measured</text>\n"));
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, int x0, string title, double maxX, IReadOnlyList<(string Configuration, string Flavour, List<(double X, double Y)> Points)> series, MeasurementResult r)
    {
        var maxY = Nice(series.SelectMany(s => s.Points).Select(p => p.Y).Where(y => !double.IsNaN(y)).DefaultIfEmpty(1).Max());
        maxX = Nice(maxX);
        double Sx(double v) => x0 + (v / maxX * PanelWidth);
        double Sy(double v) => Top + PanelHeight - (v / maxY * PanelHeight);
        svg.Append(Invariant($"<text x=\"{x0 + (PanelWidth / 2)}\" y=\"{Top - 15}\" text-anchor=\"middle\" font-weight=\"bold\">{title}</text>\n"));
        svg.Append(Invariant($"<rect x=\"{x0}\" y=\"{Top}\" width=\"{PanelWidth}\" height=\"{PanelHeight}\" fill=\"none\" stroke=\"#999\"/>\n"));
        for (var i = 0; i <= 5; i++)
        {
            var yv = maxY * i / 5;
            var xv = maxX * i / 5;
            svg.Append(Invariant($"<line x1=\"{x0}\" x2=\"{x0 + PanelWidth}\" y1=\"{Sy(yv):0.0}\" y2=\"{Sy(yv):0.0}\" stroke=\"#eee\"/>\n"));
            svg.Append(Invariant($"<text x=\"{x0 - 6}\" y=\"{Sy(yv) + 4:0.0}\" text-anchor=\"end\">{Label(yv)}</text>\n"));
            svg.Append(Invariant($"<text x=\"{Sx(xv):0.0}\" y=\"{Top + PanelHeight + 16}\" text-anchor=\"middle\">{Label(xv)}</text>\n"));
        }

        svg.Append(Invariant($"<text x=\"{x0 + (PanelWidth / 2)}\" y=\"{Top + PanelHeight + 34}\" text-anchor=\"middle\">corpus size (lines)</text>\n"));
        foreach (var (configuration, flavour, points) in series)
        {
            var colour = Colour(r, configuration);
            var dash = flavour == "dense" ? string.Empty : " stroke-dasharray=\"6 4\"";
            var path = string.Join(' ', points.Where(p => !double.IsNaN(p.Y)).Select(p => Invariant($"{Sx(p.X):0.0},{Sy(p.Y):0.0}")));
            svg.Append(Invariant($"<polyline points=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>\n"));
            foreach (var p in points.Where(p => !double.IsNaN(p.Y)))
            {
                svg.Append(Invariant($"<circle cx=\"{Sx(p.X):0.0}\" cy=\"{Sy(p.Y):0.0}\" r=\"3\" fill=\"{colour}\"/>\n"));
            }
        }
    }

    private static void Legend(StringBuilder svg, MeasurementResult r, int y)
    {
        var x = Left;
        for (var i = 0; i < r.Configurations.Count; i++)
        {
            var row = y + (22 * (i / 2));
            var column = x + ((i % 2) * (PanelWidth + Gap));
            svg.Append(Invariant($"<line x1=\"{column}\" x2=\"{column + 24}\" y1=\"{row - 4}\" y2=\"{row - 4}\" stroke=\"{Colour(r, r.Configurations[i].Id)}\" stroke-width=\"3\"/>\n"));
            svg.Append(Invariant($"<text x=\"{column + 30}\" y=\"{row}\">{WebUtility.HtmlEncode(r.Configurations[i].Title)}</text>\n"));
        }

        var last = y + (22 * ((r.Configurations.Count + 1) / 2));
        svg.Append(Invariant($"<text x=\"{x}\" y=\"{last}\" fill=\"#555\">solid: dense corpus; dashed: ordinary corpus. Own analyzer time of the baseline = the SDK's default NetAnalyzers.</text>\n"));
    }

    private static string Colour(MeasurementResult r, string configuration)
    {
        var index = r.Configurations.Select(c => c.Id).ToList().IndexOf(configuration);
        return Colours[Math.Max(0, index) % Colours.Length];
    }

    /// <summary>The next 1, 2 or 5 times a power of ten at or above <paramref name="value"/>.</summary>
    private static double Nice(double value)
    {
        if (value <= 0 || double.IsNaN(value))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    private static string Label(double value)
        => value >= 1000 ? (value / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k" : value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
