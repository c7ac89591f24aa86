using System;
using System.IO;
using System.Linq;

namespace RightsAnalyzers.Harness;

/// <summary>
/// Restores, warms up and times clean builds. Every build is a fresh process tree: <c>--disable-build-servers</c>
/// (no MSBuild node reuse, no compiler server) and <c>-p:UseSharedCompilation=false</c> (csc starts as a fresh process of its own,
/// not VBCSCompiler), so no run inherits a warm JIT or analyzer cache from the one before — the cost a CI agent pays.
/// </summary>
internal sealed class BuildRunner
{
    private readonly Workspace workspace;
    private readonly TimeSpan timeout;

    public BuildRunner(Workspace workspace, TimeSpan timeout)
    {
        this.workspace = workspace;
        this.timeout = timeout;
    }

    /// <summary>Per-build limit for the next builds (the bounded-work check uses a shorter one).</summary>
    public TimeSpan BuildTimeout { get; set; }

    public void Restore(string project)
    {
        var result = ProcessRunner.Run(Path.GetDirectoryName(project)!, "dotnet", timeout, "restore", project, "-nologo", "-v:q");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("restore failed for " + project + ":\n" + Tail(result.Output));
        }
    }

    public BuildSample Build(string project, BenchConfiguration configuration, string corpus, string flavour, int lines, int round)
    {
        var log = Path.Combine(workspace.Logs, $"{corpus}.{configuration.Id}.{(round < 0 ? "warmup" : "run" + round)}.log");
        var result = ProcessRunner.Run(Path.GetDirectoryName(project)!, "dotnet", BuildTimeout > TimeSpan.Zero ? BuildTimeout : timeout,
            "build", project, "--no-restore", "-t:Rebuild", "--disable-build-servers", "-nologo",
            "-p:UseSharedCompilation=false", "-p:ReportAnalyzer=true",
            "-v:q", "-clp:ErrorsOnly;NoSummary", "-flp:v=d;logfile=" + log + ";PerformanceSummary");
        var report = File.Exists(log) ? AnalyzerReport.Parse(log) : new AnalyzerReport();
        var succeeded = result.ExitCode == 0 && report.Found;
        if (!succeeded)
        {
            Console.WriteLine(result.TimedOut
                ? $"[harness]   stopped at the time limit ({result.Elapsed.TotalSeconds:0} s); log: {log}"
                : $"[harness]   build failed (exit {result.ExitCode}, analyzer report {(report.Found ? "found" : "missing")}); log: {log}\n{Tail(result.Output)}");
        }

        var own = report.Assemblies.Where(a => configuration.Owns(a.Key)).Sum(a => a.Value);
        return new BuildSample(corpus, flavour, lines, configuration.Id, round, succeeded, result.Elapsed.TotalSeconds,
            report.CscSeconds, report.TotalSeconds, own, report.Assemblies, report.Classes, log, result.TimedOut);
    }

    /// <summary>Shuts down any build server left by earlier work, so the first timed build starts like the others.</summary>
    public void ShutDownBuildServers()
        => ProcessRunner.Run(workspace.Root, "dotnet", TimeSpan.FromMinutes(2), "build-server", "shutdown");

    private static string Tail(string output)
    {
        var lines = output.Split('\n');
        return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 30)));
    }
}
