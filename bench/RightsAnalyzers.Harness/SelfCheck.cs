using System;
using System.Collections.Generic;
using System.Linq;

namespace RightsAnalyzers.Harness;

/// <summary>
/// <c>harness selfcheck</c>, run by .ci/run: parses a log excerpt in the compiler's ReportAnalyzer format and renders
/// the report and chart from made-up samples, so a change that breaks the harness shows up without a full run.
/// It checks shapes, never timings.
/// </summary>
internal static class SelfCheck
{
    private const string Log = """
                 Total analyzer execution time: 3.312 seconds.

                 Time (s)    %   Analyzer
                    1.787   53   RightsAnalyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
                    1.261   38      RightsAnalyzers.Families.PersonalData.PersonalDataInLogsAnalyzer (RR3001, RR3002)
                    0.526   15      RightsAnalyzers.Families.Crypto.WeakHashAnalyzer (RR1001)
                   <0.001   <1      RightsAnalyzers.Infrastructure.ConfigurationAnalyzer (RR0001)

                    0.868   26   Microsoft.CodeAnalysis.CSharp.NetAnalyzers, Version=10.0.401.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
                    0.490   14      Microsoft.CodeAnalysis.CSharp.NetAnalyzers.CSharpAvoidMultipleEnumerationsAnalyzer (CA1851)

                 NOTE: 1 diagnostic suppressors were found. Diagnostic suppressors never run concurrently.
                 Total generator execution time: 1.264 seconds.

                 Time (s)    %   Generator
                    0.863   68   Microsoft.Interop.ComInterfaceGenerator, Version=10.0.14.42308, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a
        Task Performance Summary:
             5969 ms  Csc                                        1 calls
        """;

    /// <summary>Checks; with <paramref name="writeTo"/>, also writes the fake report and chart there to look at.</summary>
    public static int Run(string? writeTo = null)
    {
        var failures = new List<string>();
        var report = AnalyzerReport.Parse(Log.Split('\n'));
        Check(failures, report.Found && Math.Abs(report.TotalSeconds - 3.312) < 1e-9, "total analyzer time");
        Check(failures, Math.Abs(report.CscSeconds - 5.969) < 1e-9, "Csc task time");
        Check(failures, report.Assemblies.Count == 2 && Math.Abs(report.Assemblies["RightsAnalyzers"] - 1.787) < 1e-9, "per-assembly times (generators excluded)");
        Check(failures, report.Classes.ContainsKey("RightsAnalyzers|RightsAnalyzers.Families.PersonalData.PersonalDataInLogsAnalyzer"), "per-class keys drop rule IDs");
        Check(failures, report.Classes["RightsAnalyzers|RightsAnalyzers.Infrastructure.ConfigurationAnalyzer"] == 0, "'<0.001' reads as zero");

        var result = Fake(report);
        var markdown = Report.Results(result, "images/performance.svg");
        foreach (var expected in new[] { "### Budget checks", "| RightsAnalyzers wall-time overhead | dense-1000 | +10.0%", "PersonalDataInLogsAnalyzer", "### Bounded work", "**did not finish**", "Validation run" })
        {
            Check(failures, markdown.Contains(expected, StringComparison.Ordinal), "report contains " + expected);
        }

        var svg = SvgChart.Write(result);
        if (writeTo is not null)
        {
            System.IO.Directory.CreateDirectory(writeTo);
            System.IO.File.WriteAllText(System.IO.Path.Combine(writeTo, "selfcheck.md"), markdown);
            System.IO.File.WriteAllText(System.IO.Path.Combine(writeTo, "selfcheck.svg"), svg);
        }

        Check(failures, svg.StartsWith("<svg", StringComparison.Ordinal) && svg.Contains("<polyline", StringComparison.Ordinal), "chart has series");
        foreach (var failure in failures)
        {
            Console.WriteLine("selfcheck FAILED: " + failure);
        }

        Console.WriteLine(failures.Count == 0 ? "harness selfcheck: ok" : $"harness selfcheck: {failures.Count} failed");
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Two dense sizes, baseline and RightsAnalyzers, one run each; the pathological build timed out.</summary>
    private static MeasurementResult Fake(AnalyzerReport report)
    {
        var configurations = BenchConfiguration.All("0.1.0").Take(2).ToList();
        var samples = new List<BuildSample>();
        foreach (var lines in new[] { 1000, 2000 })
        {
            foreach (var configuration in configurations)
            {
                var wall = lines / 100.0 * (configuration.Id == BenchConfiguration.RightsId ? 1.1 : 1.0);
                var own = report.Assemblies.Where(a => configuration.Owns(a.Key)).Sum(a => a.Value) * lines / 1000;
                samples.Add(new BuildSample("dense-" + lines, "dense", lines, configuration.Id, 0, true, wall, wall * 0.8,
                    report.TotalSeconds, own, report.Assemblies, report.Classes, "fake.log"));
            }
        }

        samples.Add(new BuildSample("pathological", "pathological", 9000, BenchConfiguration.RightsId, 0, false, 600, 0, 0, 0,
            new Dictionary<string, double>(), new Dictionary<string, double>(), "fake.log", TimedOut: true));
        var corpora = new[] { new CorpusInfo("dense-1000", "dense", 1000, 1000, 8), new CorpusInfo("dense-2000", "dense", 2000, 2000, 13), new CorpusInfo("pathological", "pathological", 9000, 9000, 2, "fake") };
        var machine = new MachineInfo("os", "cpu", 2, "1 GiB", "10.0", "abc", "0 0 0");
        return new MeasurementResult("bench/run.sh", DateTimeOffset.UnixEpoch, machine, "0.1.0", 1, configurations, corpora, samples);
    }

    private static void Check(List<string> failures, bool condition, string what)
    {
        if (!condition)
        {
            failures.Add(what);
        }
    }
}
