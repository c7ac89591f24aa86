using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Infrastructure.Options;
using ConfigVerify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Infrastructure.ConfigurationAnalyzer>;
using HashVerify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.WeakHashAnalyzer>;

namespace RightsAnalyzers.Tests.Infrastructure;

public sealed class ConfigurationTests
{
    private const string Code = "class C { }";

    [Fact]
    public Task Invalid_number_reports_RR0001_naming_key_value_reason_and_default()
        => ConfigVerify.VerifyAsync(
            Code,
            "RR1004.min_rsa_key_size = 2k",
            ConfigVerify.Diagnostic(Rules.InvalidConfiguration).WithNoLocation()
                .WithArguments("RR1004.min_rsa_key_size", "2k", "expected a whole number from 512 to 16384", "2048"));

    [Theory]
    [InlineData("RR1004.min_rsa_key_size = 100", "RR1004.min_rsa_key_size", "100", "expected a whole number from 512 to 16384", "2048")]
    [InlineData("RR1001.allow_non_security_uses = yes", "RR1001.allow_non_security_uses", "yes", "expected true or false", "true")]
    [InlineData("RR3001.min_log_level = loud", "RR3001.min_log_level", "loud", "expected trace, debug, information, warning, error or critical", "trace")]
    [InlineData("rights_analyzers.pii_names = nhs number", "rights_analyzers.pii_names", "nhs number", "'nhs number' is not a name: use letters, digits, '_', '-' or '.', separated by commas", "(none)")]
    [InlineData("rights_analyzers.log_sinks = Clinic.Log.Write", "rights_analyzers.log_sinks", "Clinic.Log.Write", "'Clinic.Log.Write' is not a documentation-comment ID such as M:Namespace.Type.Method(System.String)", "(none)")]
    public Task Each_option_kind_rejects_bad_values(string line, string key, string value, string reason, string defaultText)
        => ConfigVerify.VerifyAsync(
            Code,
            line,
            ConfigVerify.Diagnostic(Rules.InvalidConfiguration).WithNoLocation().WithArguments(key, value, reason, defaultText));

    [Theory]
    [InlineData("RR1004.min_rsa_key_size = 3072")]
    [InlineData("RR1004.min_rsa_key_size = 3_072")]
    [InlineData("rr1004.MIN_RSA_KEY_SIZE = 4096")]
    [InlineData("RR1001.allow_non_security_uses = False")]
    [InlineData("RR3001.min_log_level = information")]
    [InlineData("rights_analyzers.pii_names = nhsnumber, loyalty_id")]
    [InlineData("rights_analyzers.log_sinks = M:Clinic.Log.Write(System.String,System.Object[]), M:Clinic.Audit.Record(System.String)")]
    [InlineData("RR9999.unknown_option = whatever")]
    [InlineData("rights_analyzers.not_an_option = 12")]
    public Task Valid_values_and_unknown_keys_are_accepted_silently(string line)
        => ConfigVerify.VerifyAsync(Code, line);

    [Fact]
    public Task Each_bad_value_is_reported_once_however_many_files_share_it()
    {
        var test = new ConfigVerify.Test();
        test.TestState.Sources.Add(("/0/A.cs", "class A { }"));
        test.TestState.Sources.Add(("/0/B.cs", "class B { }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nRR1009.min_salt_bytes = 0\n"));
        test.ExpectedDiagnostics.Add(ConfigVerify.Diagnostic(Rules.InvalidConfiguration).WithNoLocation()
            .WithArguments("RR1009.min_salt_bytes", "0", "expected a whole number from 1 to 1024", "16"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_globalconfig_value_is_read_and_checked()
    {
        var test = new ConfigVerify.Test { TestCode = Code };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nRR1004.min_ec_key_size = huge\n"));
        test.ExpectedDiagnostics.Add(ConfigVerify.Diagnostic(Rules.InvalidConfiguration).WithNoLocation()
            .WithArguments("RR1004.min_ec_key_size", "huge", "expected a whole number from 160 to 571", "224"));
        return test.RunAsync();
    }

    [Fact]
    public Task An_invalid_value_leaves_the_rule_on_its_default()
        => HashVerify.VerifyAsync(
            "using System; using System.Security.Cryptography; class C { string ComputeETag(byte[] b) => Convert.ToHexString(MD5.HashData(b)); }",
            "RR1001.allow_non_security_uses = sometimes");

    [Fact]
    public Task Per_folder_sections_apply_to_their_files_only()
    {
        const string Etag = "using System; using System.Security.Cryptography; class {0} {{ string ComputeETag(byte[] b) => Convert.ToHexString({1}); }}";
        var test = new HashVerify.Test();
        test.TestState.Sources.Add(("/src/App.cs", string.Format(Etag, "App", "MD5.HashData(b)")));
        test.TestState.Sources.Add(("/strict/Strict.cs", string.Format(Etag, "Strict", "[|MD5.HashData(b)|]")));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[strict/**.cs]\nRR1001.allow_non_security_uses = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_globalconfig_applies_to_every_file()
    {
        var test = new HashVerify.Test
        {
            TestCode = "using System; using System.Security.Cryptography; class C { string ComputeETag(byte[] b) => Convert.ToHexString([|MD5.HashData(b)|]); }",
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nRR1001.allow_non_security_uses = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Pragma_and_SuppressMessage_suppress()
        => HashVerify.VerifyAsync("""
            using System.Security.Cryptography;
            class C
            {
            #pragma warning disable RR1001 // Interop with a legacy partner, tracked in #12
                object M() => MD5.Create();
            #pragma warning restore RR1001
                [System.Diagnostics.CodeAnalysis.SuppressMessage("Rights.Crypto", "RR1001", Justification = "Legacy format")]
                object N() => SHA1.Create();
            }
            """);

    [Fact]
    public void Documentation_ids_may_contain_commas_inside_parameter_lists()
    {
        Assert.True(OptionParsers.DocumentationIdList("M:A.B.C(System.String,System.Int32), T:A.D", out var ids, out _));
        Assert.Equal(new[] { "M:A.B.C(System.String,System.Int32)", "T:A.D" }, ids.ToArray());
    }

    [Fact]
    public void Defaults_apply_when_nothing_is_configured()
    {
        var options = RightsOptions.Default;
        Assert.Empty(options.Invalid);
        Assert.Equal(2048, options.Get(OptionCatalog.MinRsaKeySize));
        Assert.Equal(600_000, options.Get(OptionCatalog.MinIterationsSha256));
        Assert.True(options.Get(OptionCatalog.WeakHashAllowNonSecurityUses));
        Assert.Contains("lawfulintercept", options.Get(OptionCatalog.HookNames));
        Assert.Equal(LogLevelThreshold.Trace, options.Get(OptionCatalog.MinLogLevel));
    }
}
