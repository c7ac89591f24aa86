using System.Collections.Immutable;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>
/// End to end, as a user gets it: pack the tool, install it from the .nupkg into a temporary tool path, and audit a
/// copy of the sample app (which references nothing) in every format.
/// </summary>
public sealed class PackagedToolTests
{
    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Installed_tool_audits_the_sample_in_every_format()
    {
        using var work = new ScratchDirectory();
        var packages = Path.Combine(work.Path, "packages");
        var pack = await ProcessRunner.RunAsync("dotnet", new[] { "pack", Path.Combine(TestFiles.RepoRoot, "src", "RightsAnalyzers.Audit"), "-c", "Release", "-o", packages }, TestFiles.RepoRoot);
        Assert.True(pack.Code == 0, pack.Stdout + pack.Stderr);
        var nupkg = Path.GetFileName(Assert.Single(Directory.GetFiles(packages, "RightsAnalyzers.Audit.*.nupkg")));
        var version = nupkg["RightsAnalyzers.Audit.".Length..^".nupkg".Length];

        // A private package folder: an earlier build with the same version must not be served from the cache.
        var tools = Path.Combine(work.Path, "tools");
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work.Path, "nuget") };
        var install = await ProcessRunner.RunAsync("dotnet", new[] { "tool", "install", "--tool-path", tools, "--add-source", packages, "RightsAnalyzers.Audit", "--version", version }, work.Path, isolated);
        Assert.True(install.Code == 0, install.Stdout + install.Stderr);
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "rights-audit.exe" : "rights-audit");

        using var clinic = TestFiles.CopyClinic(project: true);
        var project = Path.Combine(clinic.Path, "Clinic.csproj");
        var expected = ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>.Empty;
        foreach (var format in new[] { "json", "sarif", "html", "markdown", "text" })
        {
            var output = Path.Combine(work.Path, "report." + format);
            var run = await ProcessRunner.RunAsync(tool, new[] { project, "--format", format, "--output", output }, work.Path);
            Assert.True(run.Code == 1, $"{format}: exit {run.Code}\n{run.Stderr}");
            Assert.Contains("Loaded project 1: Clinic", run.Stderr, StringComparison.Ordinal);

            // The tool restored the copy on its first run; the oracle reads the same restored packages.
            if (expected.IsEmpty)
            {
                expected = await ExpectedDiagnostics.ForProjectAsync(clinic.Path);
                Assert.NotEmpty(expected);
            }

            var text = File.ReadAllText(output);
            foreach (var diagnostic in expected)
            {
                var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
                var encoded = format switch
                {
                    "html" => System.Net.WebUtility.HtmlEncode(message),
                    "json" or "sarif" => JsonEncodedText.Encode(message, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
                    "markdown" => message.Replace("|", "\\|", StringComparison.Ordinal),
                    _ => message,
                };
                Assert.Contains(encoded, text, StringComparison.Ordinal);
            }
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(work.Path, "report.json")));
        Assert.Equal(expected.Length, json.RootElement.GetProperty("findings").GetArrayLength());
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(work.Path, "report.sarif")));
        Assert.Equal(expected.Length, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());

        // Report on stdout for the loose files; a bad path exits 2 and says which.
        var loose = await ProcessRunner.RunAsync(tool, new[] { clinic.Path, "--loose", "-q" }, work.Path);
        Assert.Equal(1, loose.Code);
        Assert.Contains("BY RECOMMENDATION", loose.Stdout, StringComparison.Ordinal);
        var missing = await ProcessRunner.RunAsync(tool, new[] { Path.Combine(clinic.Path, "Missing.csproj") }, work.Path);
        Assert.Equal(2, missing.Code);
        Assert.Contains("Missing.csproj' does not exist", missing.Stderr, StringComparison.Ordinal);
    }
}
