using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Flow;
using static RightsAnalyzers.Tests.Flow.FlowHarness;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.PersonalData.PersonalDataInLogsAnalyzer>;

namespace RightsAnalyzers.Tests.Flow;

/// <summary>Method summaries, sanitizers, configured sinks and the depth bound.</summary>
public sealed class SummaryAndSanitizerTests
{
    private const string Customer = "\npublic sealed class Customer { public string Email { get; set; } = \"\"; public string First { get; set; } = \"\"; public string Last { get; set; } = \"\"; public string FullName => First + \" \" + Last; }\n";

    [Fact]
    public async Task A_helper_passes_its_parameter_to_its_return()
    {
        var labels = await ProbeOneAsync("class T { static string Wrap(string s) => \"<\" + s + \">\"; void M(Customer c) { P.Probe(Wrap(c.Email)); } }" + Customer);
        Assert.Equal("PersonalData:email", Kinds(labels));
    }

    [Fact]
    public async Task A_helper_returns_a_source_of_its_own()
    {
        var labels = await ProbeOneAsync("class T { static string Host() { var h = Environment.MachineName; return h.ToLowerInvariant(); } void M() { P.Probe(Host()); } }");
        Assert.Equal("DeviceIdentifier:machine-name", Kinds(labels));
    }

    [Fact]
    public async Task Helpers_two_levels_deep_and_local_functions_are_followed()
    {
        var labels = await ProbeOneAsync("""
            class T
            {
                static string Outer(string s) => Inner(s);
                static string Inner(string s) { string Local(string x) => x + "!"; return Local(s); }
                void M(Customer c) { P.Probe(Outer(c.Email)); }
            }
            """ + Customer);
        Assert.Equal("PersonalData:email", Kinds(labels));
    }

    [Fact]
    public async Task A_computed_property_is_what_its_getter_returns()
    {
        var labels = await ProbeOneAsync("class T { void M(Customer c) { P.Probe(c.FullName); } }" + Customer);
        Assert.Contains("PersonalData:person-name", Kinds(labels));
    }

    [Fact]
    public async Task Mutually_recursive_helpers_terminate_and_still_propagate()
    {
        var labels = await ProbeOneAsync("""
            class T
            {
                static string Ping(string s, int n) => n == 0 ? s : Pong(s, n - 1);
                static string Pong(string s, int n) => n == 0 ? s : Ping(s + ".", n - 1);
                void M(Customer c) { P.Probe(Ping(c.Email, 3)); }
            }
            """ + Customer);
        Assert.Contains("PersonalData:email", Kinds(labels));
    }

    [Fact]
    public async Task A_chain_beyond_the_depth_bound_falls_back_to_default_propagation()
    {
        // Twenty helpers in a chain: the summary stops at FlowEngine.MaxSummaryDepth and the rest is treated as an
        // unknown call, which passes its arguments on, so the email still arrives and nothing runs away.
        var helpers = string.Join("\n", Enumerable.Range(0, 20).Select(i => $"static string H{i}(string s) => H{i + 1}(s);")) + "\nstatic string H20(string s) => s;";
        var labels = await ProbeOneAsync("class T { " + helpers + " void M(Customer c) { P.Probe(H0(c.Email)); } }" + Customer);
        Assert.Contains("PersonalData:email", Kinds(labels));
    }

    [Fact]
    public async Task Redaction_and_data_protection_clean_hashing_pseudonymises()
    {
        var results = await ProbeAsync("""
            using Microsoft.Extensions.Compliance.Redaction;
            using Microsoft.AspNetCore.DataProtection;
            class T
            {
                void M(Customer c, Redactor redactor, IDataProtector protector)
                {
                    P.Probe(redactor.Redact(c.Email));
                    P.Probe(protector.Protect(c.Email));
                    P.Probe(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(c.Email))));
                    P.Probe(Hash(c.Email));
                }

                static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
            }
            """ + Customer);
        Assert.Empty(results[0].Labels);
        Assert.Empty(results[1].Labels);
        Assert.Equal("PersonalData:email#", Kinds(results[2]));
        Assert.Equal("PersonalData:email#", Kinds(results[3]));
    }

    [Fact]
    public async Task A_configured_sanitizer_cleans()
    {
        var labels = await ProbeOneAsync(
            "namespace App { class Privacy { public static string Mask(string s) => s; } class T { void M(Customer c) { P.Probe(Privacy.Mask(c.Email)); } } }" + Customer,
            "rights_analyzers.sanitizers = M:App.Privacy.Mask(System.String)");
        Assert.Empty(labels.Labels);
    }

    [Fact]
    public async Task Cancellation_stops_the_analysis()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<System.OperationCanceledException>(() => ProbeAsync("class T { void M(Customer c) { P.Probe(c.Email); } }" + Customer, cancellationToken: cancelled.Token));
    }

    [Fact]
    public Task A_configured_log_sink_is_a_sink()
        => Verify.VerifyWithPackagesAsync(
            """
            namespace App
            {
                public static class AuditLog { public static void Write(string message) { } }
                public sealed class Customer { public string Email { get; set; } = ""; }
                class T { void M(Customer c) => AuditLog.Write([|c.Email|]); }
            }
            """,
            "rights_analyzers.log_sinks = M:App.AuditLog.Write(System.String)");

    [Fact]
    public Task LoggerMessage_attribute_methods_and_Define_delegates_are_sinks()
        => Verify.VerifyWithPackagesAsync("""
            using System;
            using Microsoft.Extensions.Logging;
            public sealed class Customer { public string Email { get; set; } = ""; }
            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Booked {Email}")]
                public static partial void Booked(ILogger logger, string email);
                public static partial void Booked(ILogger logger, string email) { }

                public static readonly Action<ILogger, string, Exception?> Cancelled =
                    LoggerMessage.Define<string>(LogLevel.Warning, new EventId(2), "Cancelled {Email}");
            }
            class T
            {
                void M(ILogger logger, Customer c)
                {
                    Log.Booked(logger, [|c.Email|]);
                    Log.Cancelled(logger, [|c.Email|], null);
                }
            }
            """);
}
