using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace RightsAnalyzers.Harness;

/// <summary>The machine description fields of the report, read where the measurement runs.</summary>
internal sealed record MachineInfo(string Os, string Cpu, int Cores, string Memory, string Sdk, string Commit, string LoadAtStart)
{
    public string LoadAtEnd { get; set; } = "n/a";

    public static MachineInfo Read(string repositoryRoot) => new(
        RuntimeInformation.OSDescription + " (" + RuntimeInformation.OSArchitecture + ")",
        CpuModel(),
        Environment.ProcessorCount,
        MemoryTotal(),
        Trimmed(ProcessRunner.Run(repositoryRoot, "dotnet", TimeSpan.FromMinutes(1), "--version").Output),
        ReadCommit(repositoryRoot),
        Load());

    /// <summary>1-, 5- and 15-minute load averages; above the core count the numbers are not to be trusted.</summary>
    public static string Load()
        => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string CpuModel()
    {
        if (!File.Exists("/proc/cpuinfo"))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "unknown" : line.Substring(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim();
    }

    private static string MemoryTotal()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        if (line is null)
        {
            return "unknown";
        }

        var kb = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return (kb / 1024 / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " GiB";
    }

    private static string ReadCommit(string repositoryRoot)
    {
        var head = Trimmed(ProcessRunner.Run(repositoryRoot, "git", TimeSpan.FromMinutes(1), "rev-parse", "--short", "HEAD").Output);
        var dirty = ProcessRunner.Run(repositoryRoot, "git", TimeSpan.FromMinutes(1), "status", "--porcelain", "--untracked-files=no").Output.Trim().Length > 0;
        return head + (dirty ? " (with uncommitted changes)" : string.Empty);
    }

    private static string Trimmed(string text) => text.Trim().Split('\n').LastOrDefault()?.Trim() ?? string.Empty;
}
