using System;
using System.IO;
using System.Threading.Tasks;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>Exit codes 0/1/2 and error messages that name the path or option at fault.</summary>
public sealed class ExitCodeAndErrorTests
{
    [Fact]
    public async Task Clean_code_exits_0()
    {
        using var folder = new ScratchDirectory();
        folder.Write("Strong.cs", Cli.StrongHash);
        var (code, stdout, _) = await Cli.RunAsync(folder.Path, "-q");
        Assert.Equal(0, code);
        Assert.Contains("0 findings", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_exit_1_and_the_report_goes_to_stdout()
    {
        using var folder = new ScratchDirectory();
        folder.Write("Weak.cs", Cli.WeakHash);
        var (code, stdout, stderr) = await Cli.RunAsync(folder.Path);
        Assert.Equal(1, code);
        Assert.Contains("RR1001", stdout, StringComparison.Ordinal);
        Assert.Contains("Weak.cs:2:", stdout, StringComparison.Ordinal);
        Assert.Contains("analysing 1 source files", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("analysing", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_file_gets_the_format_of_its_extension()
    {
        using var folder = new ScratchDirectory();
        folder.Write("src/Weak.cs", Cli.WeakHash);
        var output = Path.Combine(folder.Path, "out", "report.sarif");
        var (code, stdout, stderr) = await Cli.RunAsync(Path.Combine(folder.Path, "src"), "--output", output);
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Contains(output, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_path_exits_2_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "rights-audit-tests", "no-such-folder-" + Guid.NewGuid().ToString("N"));
        var (code, stdout, stderr) = await Cli.RunAsync(missing);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"path '{missing}' does not exist", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "x", "--format", "pdf" }, "unknown format 'pdf' for --format")]
    [InlineData(new[] { "x", "--format=docx" }, "unknown format 'docx' for --format")]
    [InlineData(new[] { "x", "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "x", "--output" }, "option '--output' needs a value")]
    [InlineData(new[] { "x", "--min-severity", "error" }, "unknown severity 'error' for --min-severity")]
    [InlineData(new[] { "x", "y" }, "unexpected argument 'y'")]
    [InlineData(new string[0], "missing path")]
    public async Task Usage_errors_exit_2_naming_the_option(string[] args, string message)
    {
        var (code, _, stderr) = await Cli.RunAsync(args);
        Assert.Equal(2, code);
        Assert.Contains("rights-audit: error: " + message, stderr, StringComparison.Ordinal);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_config_file_exits_2_naming_it()
    {
        using var folder = new ScratchDirectory();
        folder.Write("Weak.cs", Cli.WeakHash);
        var config = Path.Combine(folder.Path, "absent.editorconfig");
        var (code, _, stderr) = await Cli.RunAsync(folder.Path, "--config", config);
        Assert.Equal(2, code);
        Assert.Contains($"config file '{config}' for --config does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsupported_file_exits_2_naming_it()
    {
        using var folder = new ScratchDirectory();
        var file = folder.Write("notes.txt", "hello");
        var (code, _, stderr) = await Cli.RunAsync(file);
        Assert.Equal(2, code);
        Assert.Contains($"'{file}' is not a .sln, .slnx or .csproj file or a folder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_without_code_exits_2_naming_it()
    {
        using var folder = new ScratchDirectory();
        var (code, _, stderr) = await Cli.RunAsync(folder.Path);
        Assert.Equal(2, code);
        Assert.Contains($"folder '{folder.Path}' holds no .cs files", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Malformed_project_exits_2_naming_it(bool restore)
    {
        using var folder = new ScratchDirectory();
        folder.Write("A.cs", Cli.WeakHash);
        var project = folder.Write("Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n<PropertyGroup><TargetFramework>net10.0</TargetFramework>\n</Project>\n");
        var (code, stdout, stderr) = await Cli.RunAsync(restore ? new[] { project } : new[] { project, "--no-restore" });
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"'{project}'", stderr, StringComparison.Ordinal);
        Assert.Contains("PropertyGroup", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Project_with_an_unknown_sdk_exits_2_naming_it()
    {
        using var folder = new ScratchDirectory();
        folder.Write("A.cs", Cli.WeakHash);
        var project = folder.Write("BadSdk.csproj", "<Project Sdk=\"No.Such.Sdk/1.0.0\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        var (code, _, stderr) = await Cli.RunAsync(project, "--no-restore");
        Assert.Equal(2, code);
        Assert.Contains($"project '{project}' failed to load", stderr, StringComparison.Ordinal);
        Assert.Contains("No.Such.Sdk", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_exits_0()
    {
        var (code, stdout, _) = await Cli.RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Contains("--min-severity <info|warning>", stdout, StringComparison.Ordinal);
    }
}
