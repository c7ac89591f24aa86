using System.Linq;
using System.Threading.Tasks;
using RightsAnalyzers.Audit.Analysis;
using RightsAnalyzers.Audit.Model;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>The target's .editorconfig and in-source suppressions are honoured; --config overrides them.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task The_targets_editorconfig_is_honoured()
    {
        using var folder = new ScratchDirectory();
        folder.Write("Weak.cs", Cli.WeakHash);
        folder.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.RR1001.severity = none\n");
        var report = await new AuditRunner().RunAsync(new AuditRequest(folder.Path));
        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task Config_option_overrides_the_targets_settings()
    {
        using var folder = new ScratchDirectory();
        folder.Write("Weak.cs", Cli.WeakHash);
        folder.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.RR1001.severity = none\n");
        var config = folder.Write("audit/auditor.editorconfig", "[*.cs]\ndotnet_analyzer_diagnostic.category-Rights.Crypto.severity = error\ndotnet_diagnostic.RR1001.severity = error\n");
        var report = await new AuditRunner().RunAsync(new AuditRequest(folder.Path, ConfigPath: config));
        Assert.Equal(FindingSeverity.Error, Assert.Single(report.Findings).Severity);
    }

    [Fact]
    public async Task Min_severity_filters_and_sets_the_exit_code()
    {
        using var folder = new ScratchDirectory();
        folder.Write("Weak.cs", Cli.WeakHash);
        var config = folder.Write("../" + System.IO.Path.GetFileName(folder.Path) + ".editorconfig", "[*.cs]\ndotnet_diagnostic.RR1001.severity = suggestion\n");
        var (info, _, _) = await Cli.RunAsync(folder.Path, "--config", config, "-q");
        var (warning, stdout, _) = await Cli.RunAsync(folder.Path, "--config", config, "--min-severity", "warning", "-q", "-f", "json");
        System.IO.File.Delete(config);
        Assert.Equal(1, info);
        Assert.Equal(0, warning);
        Assert.Contains("\"belowMinSeverity\": 1", stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_option_in_config_is_reported_as_RR0001_without_a_location()
    {
        using var folder = new ScratchDirectory();
        folder.Write("Weak.cs", Cli.WeakHash);
        var config = folder.Write("audit/auditor.editorconfig", "[*.cs]\nRR1001.allow_non_security_uses = maybe\n");
        var report = await new AuditRunner().RunAsync(new AuditRequest(folder.Path, ConfigPath: config));
        var invalid = Assert.Single(report.Findings, f => f.RuleId == "RR0001");
        Assert.Null(invalid.Location);
        Assert.Contains("maybe", invalid.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pragma_suppressed_findings_are_listed_but_not_counted()
    {
        using var folder = new ScratchDirectory();
        folder.Write("Weak.cs", "#pragma warning disable RR1001\n" + Cli.WeakHash);
        var report = await new AuditRunner().RunAsync(new AuditRequest(folder.Path));
        Assert.Empty(report.Findings);
        Assert.True(Assert.Single(report.Suppressed).IsSuppressed);
        var (code, _, _) = await Cli.RunAsync(folder.Path, "-q");
        Assert.Equal(0, code);
    }
}
