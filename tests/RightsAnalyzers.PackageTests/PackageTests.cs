using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace RightsAnalyzers.PackageTests;

[Collection(PackedFeedCollection.Name)]
public sealed class PackageTests
{
    private const string WeakHashCode = """
        using System.Security.Cryptography;

        namespace Consumer;

        public static class Signer
        {
            public static byte[] Fingerprint(byte[] document) => MD5.HashData(document);
        }
        """;

    private readonly PackedFeed feed;

    public PackageTests(PackedFeed feed) => this.feed = feed;

    [Fact]
    public void Root_pack_produces_the_analyzer_package_with_the_documented_layout()
    {
        using var zip = ZipFile.OpenRead(feed.AnalyzerPackage);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/RightsAnalyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/RightsAnalyzers.CodeFixes.dll", entries);
        Assert.Contains("build/RightsAnalyzers.props", entries);
        Assert.Contains("build/RightsAnalyzers.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal));

        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(nuspecStream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("RightsAnalyzers", metadata.Element(ns + "id")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
        Assert.Null(metadata.Element(ns + "dependencies"));
    }

    [Theory]
    [InlineData("linux-x64", 0x8664 ^ 0x7B79)]
    [InlineData("linux-arm64", 0xAA64 ^ 0x7B79)]
    [InlineData("osx-x64", 0x8664 ^ 0x4644)]
    [InlineData("osx-arm64", 0xAA64 ^ 0x4644)]
    [InlineData("win-x64", 0x8664)]
    public void The_package_carries_a_ReadyToRun_image_of_the_same_assembly_per_platform(string runtime, int machine)
    {
        // The machine field of a ReadyToRun image is the architecture XOR the target OS's marker (Linux 0x7B79,
        // Apple 0x4644, Windows none): an image for the wrong platform would never be picked by the runtime.
        using var zip = ZipFile.OpenRead(feed.AnalyzerPackage);
        var (portableMvid, portableVersion, portableNative) = Inspect(zip, "analyzers/dotnet/cs/RightsAnalyzers.dll", out _);
        var (mvid, version, native) = Inspect(zip, $"tools/readytorun/{runtime}/RightsAnalyzers.dll", out var actualMachine);

        Assert.False(portableNative);
        Assert.True(native, "no ReadyToRun header");
        Assert.Equal(machine, actualMachine);
        Assert.Equal(portableMvid, mvid);
        Assert.Equal(portableVersion, version);
    }

    [Fact]
    public void A_command_line_build_compiles_with_the_ReadyToRun_image_and_reports_the_same_findings()
    {
        var runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var precompiled = new ConsumerProject(feed, "ReadyToRunConsumer", WeakHashCode);
        var (exitCode, output) = precompiled.Build("-v:d");
        Assert.True(exitCode == 0, output);
        Assert.Contains($"/readytorun/{runtime}/RightsAnalyzers.dll", output.Replace('\\', '/'));
        var precompiledFindings = File.ReadAllText(precompiled.SarifPath);

        var portable = new ConsumerProject(feed, "PortableConsumer", WeakHashCode, "<RightsAnalyzersReadyToRun>false</RightsAnalyzersReadyToRun>");
        (exitCode, output) = portable.Build("-v:d");
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("/readytorun/", output.Replace('\\', '/'));
        Assert.Contains("/analyzers/dotnet/cs/RightsAnalyzers.dll", output.Replace('\\', '/'));

        Assert.Equal(Results(File.ReadAllText(portable.SarifPath)), Results(precompiledFindings));
        Assert.Contains("RR1001", Results(precompiledFindings));
    }

    [Fact]
    public void Design_time_builds_keep_the_portable_assembly()
    {
        // What an IDE loads comes from design-time builds: always the portable assembly, never a platform image.
        var consumer = new ConsumerProject(feed, "DesignTimeConsumer", WeakHashCode);
        var packages = "-p:RestorePackagesPath=" + Path.Combine(feed.Root, "packages");
        Assert.Equal(0, PackedFeed.Run(consumer.Directory, "dotnet", "restore", packages).ExitCode);

        var (exitCode, output) = PackedFeed.Run(consumer.Directory, "dotnet", "msbuild", "-nologo", packages, "-p:DesignTimeBuild=true",
            "-t:ResolveLockFileAnalyzers;_RightsAnalyzersUseReadyToRun", "-getItem:Analyzer");
        Assert.True(exitCode == 0, output);
        var analyzers = output.Replace('\\', '/');
        Assert.Contains("/analyzers/dotnet/cs/RightsAnalyzers.dll", analyzers);
        Assert.DoesNotContain("/readytorun/", analyzers);
    }

    private static (System.Guid Mvid, System.Version Version, bool ReadyToRun) Inspect(ZipArchive zip, string entry, out int machine)
    {
        using var stream = new MemoryStream();
        using (var source = zip.GetEntry(entry)!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        machine = (int)pe.PEHeaders.CoffHeader.Machine;
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        var version = metadata.GetAssemblyDefinition().Version;
        return (mvid, version, pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);
    }

    private static string Results(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("ruleId").GetString() + " " + r.GetProperty("message").GetProperty("text").GetString())
            .OrderBy(r => r, System.StringComparer.Ordinal);
        return string.Join("\n", results);
    }

    [Fact]
    public void Only_the_two_shipping_packages_are_packed()
    {
        var packages = Directory.GetFiles(feed.Feed, "*.nupkg").Select(Path.GetFileName).OrderBy(n => n).ToList();
        Assert.All(packages, p => Assert.Matches(@"^RightsAnalyzers(\.Audit)?\.\d+\.\d+\.\d+.*\.nupkg$", p));
        Assert.Contains(packages, p => System.Text.RegularExpressions.Regex.IsMatch(p!, @"^RightsAnalyzers\.\d"));
        Assert.Contains(packages, p => System.Text.RegularExpressions.Regex.IsMatch(p!, @"^RightsAnalyzers\.Audit\.\d"));
        Assert.Equal(2, packages.Count);
    }

    [Fact]
    public void A_fresh_consumer_sees_RR1001_as_a_build_warning_and_in_SARIF()
    {
        var consumer = new ConsumerProject(feed, "FreshConsumer", WeakHashCode);
        var (exitCode, output) = consumer.Build();

        Assert.True(exitCode == 0, output);
        Assert.Contains("warning RR1001", output);
        Assert.Contains("MD5.HashData uses MD5", output);

        using var sarif = JsonDocument.Parse(File.ReadAllText(consumer.SarifPath));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var finding = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "RR1001");
        Assert.Equal("warning", finding.GetProperty("level").GetString());
        var properties = finding.GetProperty("properties").GetProperty("customProperties");
        Assert.Equal("api", properties.GetProperty("evidence").GetString());
        Assert.Equal("md5", properties.GetProperty("category").GetString());
        Assert.Equal("7,8", properties.GetProperty("recommendations").GetString());
    }

    [Fact]
    public void Warnings_as_errors_fail_the_build()
    {
        var consumer = new ConsumerProject(feed, "StrictConsumer", WeakHashCode);
        var (exitCode, output) = consumer.Build("-warnaserror");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error RR1001", output);
    }

    [Fact]
    public void Editorconfig_severities_for_a_rule_and_a_category_take_effect_in_a_real_build()
    {
        var error = new ConsumerProject(feed, "SeverityError", WeakHashCode);
        File.WriteAllText(Path.Combine(error.Directory, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.RR1001.severity = error\n");
        var (exitCode, output) = error.Build();
        Assert.NotEqual(0, exitCode);
        Assert.Contains("error RR1001", output);

        var none = new ConsumerProject(feed, "SeverityNone", WeakHashCode);
        File.WriteAllText(Path.Combine(none.Directory, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-Rights.Crypto.severity = none\n");
        (exitCode, output) = none.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("RR1001", output);
    }

    [Fact]
    public void Mode_strict_raises_info_findings_to_warnings()
    {
        // RR3005 (personal data in an exception message) is Info by default: in SARIF, not in the build output.
        const string ExceptionCode = """
            namespace Consumer;

            public sealed class Patient { public string Email { get; set; } = ""; }

            public static class Booking
            {
                public static void Check(Patient patient)
                {
                    if (patient.Email.Length == 0)
                    {
                        throw new System.InvalidOperationException("No booking for " + patient.Email);
                    }
                }
            }
            """;
        var normal = new ConsumerProject(feed, "InfoDefault", ExceptionCode);
        var (exitCode, output) = normal.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("warning RR3005", output);
        Assert.Contains("\"RR3005\"", File.ReadAllText(normal.SarifPath));

        var strict = new ConsumerProject(feed, "InfoStrict", ExceptionCode, "<RightsAnalysisMode>strict</RightsAnalysisMode>");
        (exitCode, output) = strict.Build();
        Assert.True(exitCode == 0, output);
        Assert.Contains("warning RR3005", output);
    }

    [Fact]
    public void Dotnet_format_applies_the_packaged_fixes_in_bulk()
    {
        var consumer = new ConsumerProject(feed, "FormatConsumer", """
            using System.Security.Cryptography;

            namespace Consumer;

            public static class Signer
            {
                public static byte[] Fingerprint(byte[] document) => MD5.HashData(document);
                public static object Legacy() => SHA1.Create();
                public static byte[] Derive(byte[] password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 10_000, HashAlgorithmName.SHA256, 32);
            }
            """);
        var restore = PackedFeed.Run(consumer.Directory, "dotnet", "restore", "-p:RestorePackagesPath=" + Path.Combine(feed.Root, "packages"));
        Assert.True(restore.ExitCode == 0, restore.Output);

        // One rule per run: dotnet format merges the fix-all changes of several diagnostics in one document
        // nondeterministically, and sometimes dropped one of them.
        foreach (var id in new[] { "RR1001", "RR1009" })
        {
            var format = PackedFeed.Run(consumer.Directory, "dotnet", "format", "analyzers", "FormatConsumer.csproj", "--diagnostics", id, "--severity", "info", "--no-restore");
            Assert.True(format.ExitCode == 0, format.Output);
        }

        var code = File.ReadAllText(Path.Combine(consumer.Directory, "Code.cs"));
        Assert.Contains("SHA256.HashData(document)", code);
        Assert.Contains("SHA256.Create()", code);
        Assert.DoesNotContain("MD5", code);
        Assert.Contains("600_000", code);
    }

    [Fact]
    public void Mode_none_removes_the_analyzers()
    {
        var consumer = new ConsumerProject(feed, "NoneConsumer", WeakHashCode, "<RightsAnalysisMode>none</RightsAnalysisMode>");
        var (exitCode, output) = consumer.Build();

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("RR1001", output);
    }

    [Fact]
    public void Mode_strict_builds_with_warnings_and_an_unknown_mode_is_RR0001()
    {
        var strict = new ConsumerProject(feed, "StrictMode", WeakHashCode, "<RightsAnalysisMode>strict</RightsAnalysisMode>");
        var (exitCode, output) = strict.Build();
        Assert.True(exitCode == 0, output);
        Assert.Contains("warning RR1001", output);

        var unknown = new ConsumerProject(feed, "UnknownMode", WeakHashCode, "<RightsAnalysisMode>paranoid</RightsAnalysisMode>");
        (exitCode, output) = unknown.Build();
        Assert.True(exitCode == 0, output);
        Assert.Contains("warning RR0001", output);
        Assert.Contains("'paranoid'", output);
        Assert.Contains("warning RR1001", output);
    }
}
