using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace RightsAnalyzers.Harness;

/// <summary>
/// What one build log says about analyzer time. <c>-p:ReportAnalyzer=true</c> at detailed verbosity prints
/// "Total analyzer execution time: N seconds." and then, per analyzer assembly, a line with the assembly's full name
/// followed by one indented line per analyzer class; the generator table after it is not analyzer time. Times are
/// summed over threads (analyzers run concurrently), so they can exceed the compiler's wall time.
/// </summary>
internal sealed class AnalyzerReport
{
    private static readonly Regex Total = new(@"Total analyzer execution time: ([0-9.]+) seconds", RegexOptions.Compiled);
    private static readonly Regex Row = new(@"^\s+(<?[0-9.]+)\s+<?[0-9]+\s+(\S.*?)\s*$", RegexOptions.Compiled);
    private static readonly Regex CscTask = new(@"^\s+([0-9]+) ms\s+Csc\s+", RegexOptions.Compiled);

    public double TotalSeconds { get; private set; }

    /// <summary>Compiler task time (the Csc task in the task performance summary), in seconds; 0 if absent.</summary>
    public double CscSeconds { get; private set; }

    /// <summary>Seconds per analyzer assembly simple name (e.g. <c>RightsAnalyzers</c>).</summary>
    public Dictionary<string, double> Assemblies { get; } = new(StringComparer.Ordinal);

    /// <summary>Seconds per analyzer class, keyed "assembly simple name|class full name" (rule IDs dropped).</summary>
    public Dictionary<string, double> Classes { get; } = new(StringComparer.Ordinal);

    public bool Found { get; private set; }

    public static AnalyzerReport Parse(string logPath) => Parse(File.ReadLines(logPath));

    public static AnalyzerReport Parse(IEnumerable<string> lines)
    {
        var report = new AnalyzerReport();
        var inTable = false;
        string? assembly = null;
        foreach (var line in lines)
        {
            if (CscTask.Match(line) is { Success: true } csc)
            {
                report.CscSeconds += double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture) / 1000.0;
                continue;
            }

            if (Total.Match(line) is { Success: true } total)
            {
                report.Found = true;
                report.TotalSeconds += Seconds(total.Groups[1].Value);
                inTable = true;
                assembly = null;
                continue;
            }

            if (!inTable)
            {
                continue;
            }

            if (line.Contains("Total generator execution time", StringComparison.Ordinal) || line.Contains("NOTE:", StringComparison.Ordinal))
            {
                inTable = false;
                continue;
            }

            if (Row.Match(line) is not { Success: true } row)
            {
                continue;
            }

            var seconds = Seconds(row.Groups[1].Value);
            var name = row.Groups[2].Value;
            var comma = name.IndexOf(", Version=", StringComparison.Ordinal);
            if (comma > 0)
            {
                assembly = name.Substring(0, comma);
                report.Assemblies[assembly] = report.Assemblies.GetValueOrDefault(assembly) + seconds;
            }
            else if (assembly is not null)
            {
                var paren = name.IndexOf(" (", StringComparison.Ordinal);
                var key = assembly + "|" + (paren > 0 ? name.Substring(0, paren) : name);
                report.Classes[key] = report.Classes.GetValueOrDefault(key) + seconds;
            }
        }

        return report;
    }

    /// <summary>"&lt;0.001" counts as zero: below the report's resolution.</summary>
    private static double Seconds(string text)
        => text.StartsWith('<') ? 0 : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
