using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Robustness;

/// <summary>
/// Issue #9: inputs built to make an analyzer run away. Each must complete, without a stack overflow, well inside a
/// generous smoke bound (a bound against hangs, not a timing test: the benchmark in bench/ measures speed).
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan SmokeBound = TimeSpan.FromMinutes(2);

    private const string Header = """
        using System;
        using System.Security.Cryptography;
        using Microsoft.Extensions.Logging;
        public sealed class Customer { public string Email { get; set; } = ""; }

        """;

    [Fact]
    public Task A_method_with_ten_thousand_statements()
    {
        // One chain of 10,000 locals, each built from the one before: the locals' fixpoint settles it in source order.
        var body = new StringBuilder();
        body.AppendLine("var s0 = c.Email;");
        for (var i = 1; i < 10_000; i++)
        {
            body.AppendLine($"var s{i} = s{i - 1} + \"{i % 10}\";");
        }

        body.AppendLine("logger.LogInformation(\"{S}\", s9999);");
        return AssertCompletesAsync(Header + "class T { void M(ILogger logger, Customer c) { " + body + " } }", expectRR3001: true);
    }

    [Fact]
    public Task Locals_that_feed_each_other_through_branches_and_loops()
    {
        // Sixty-four locals assigned from each other in a loop with branches: resolved together, not path by path.
        var body = new StringBuilder();
        for (var i = 0; i < 64; i++)
        {
            body.AppendLine($"var v{i} = \"seed{i}\";");
        }

        body.AppendLine("for (var round = 0; round < 100; round++) {");
        for (var i = 0; i < 64; i++)
        {
            body.AppendLine($"if (round % {i % 7 + 2} == 0) v{i} = v{(i + 1) % 64} + v{(i * 5 + 3) % 64}; else v{(i + 7) % 64} = v{i} + \"x\";");
        }

        body.AppendLine("}");
        body.AppendLine("v17 = v17 + c.Email;");
        body.AppendLine("logger.LogInformation(\"{V}\", v3);");
        return AssertCompletesAsync(Header + "class T { void M(ILogger logger, Customer c) { " + body + " } }", expectRR3001: true);
    }

    [Fact]
    public Task A_five_thousand_part_concatenation_and_interpolation()
    {
        var concatenation = string.Join(" + ", Enumerable.Range(0, 5_000).Select(i => i == 2_500 ? "c.Email" : "\"p" + i + "\""));
        var interpolation = "$\"" + string.Concat(Enumerable.Range(0, 5_000).Select(i => i == 4_000 ? "{c.Email}" : "p" + i + "{c.GetHashCode()}")) + "\"";
        return AssertCompletesAsync(
            Header + "class T { void M(ILogger logger, Customer c) { logger.LogInformation(" + concatenation + "); logger.LogInformation(" + interpolation + "); } }",
            expectRR3001: true);
    }

    [Fact]
    public Task Deeply_nested_lambdas()
    {
        var expression = "c.Email";
        for (var i = 0; i < 300; i++)
        {
            expression = "((Func<string>)(() => " + expression + "))()";
        }

        return AssertCompletesAsync(Header + "class T { void M(ILogger logger, Customer c) { logger.LogInformation(" + expression + "); } }", expectRR3001: null);
    }

    [Fact]
    public Task Mutually_recursive_helpers_for_the_summaries()
    {
        var helpers = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            helpers.AppendLine($"string H{i}(string s, int n) => n <= 0 ? s : H{(i + 1) % 200}(s, n - 1) + H{(i * 7 + 3) % 200}(s, n - 2);");
        }

        return AssertCompletesAsync(
            Header + "class T { ILogger logger = null!; " + helpers + " void M(Customer c) { logger.LogInformation(H0(c.Email, 5)); } }",
            expectRR3001: true);
    }

    [Fact]
    public async Task A_cancelled_analysis_stops_promptly()
    {
        // 30,000 statements over 1,000 methods, cancelled from inside the analysis once a hundred log calls have been
        // seen, so the cancellation always lands while methods are being bound and analysed. (A timer started before
        // the analysis sometimes fired after it had finished: the analyzers got faster than the test assumed.)
        var body = string.Concat(Enumerable.Range(0, 30).Select(i => $"var s{i} = c.Email + \"{i}\"; logger.LogInformation(s{i});\n"));
        var methods = string.Concat(Enumerable.Range(0, 1_000).Select(m => $"void M{m}(ILogger logger, Customer c) {{ {body} }}\n"));
        var source = Header + "class T { " + methods + " }";
        using var cancellation = new CancellationTokenSource();
        var trigger = new CancelAfterCalls(cancellation, calls: 100);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InProcessAnalysis.RunAsync(
            new[] { ("/T.cs", source) }, analyzers: Meta.Catalog.Analyzers.Add(trigger), cancellationToken: cancellation.Token));
        Assert.True(trigger.CancelledAt is not null, "the analysis finished before a hundred calls were seen");
        var stopping = trigger.CancelledAt!.Elapsed;
        Assert.True(stopping < SmokeBound, "cancellation took " + stopping);
    }

    /// <summary>Cancels the analysis from inside it, at the given invocation; takes no part in the findings.</summary>
    [Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    private sealed class CancelAfterCalls : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer
    {
        private readonly CancellationTokenSource cancellation;
        private readonly int calls;
        private int seen;

        public CancelAfterCalls(CancellationTokenSource cancellation, int calls)
        {
            this.cancellation = cancellation;
            this.calls = calls;
        }

        public Stopwatch? CancelledAt { get; private set; }

        public override System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> SupportedDiagnostics { get; } =
            System.Collections.Immutable.ImmutableArray.Create(new Microsoft.CodeAnalysis.DiagnosticDescriptor("TEST0001", "Cancels", "Cancels", "Test", Microsoft.CodeAnalysis.DiagnosticSeverity.Hidden, isEnabledByDefault: true));

        public override void Initialize(Microsoft.CodeAnalysis.Diagnostics.AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(
                _ =>
                {
                    if (Interlocked.Increment(ref seen) == calls)
                    {
                        CancelledAt = Stopwatch.StartNew();
                        cancellation.Cancel();
                    }
                },
                Microsoft.CodeAnalysis.OperationKind.Invocation);
        }
    }

    private static async Task AssertCompletesAsync(string source, bool? expectRR3001)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await InProcessAnalysis.RunAsync(new[] { ("/T.cs", source) });
        stopwatch.Stop();

        Assert.Empty(result.CompilerErrors);
        Assert.True(result.Exceptions.IsEmpty, string.Join("\n", result.Exceptions));
        Assert.True(stopwatch.Elapsed < SmokeBound, "analysis took " + stopwatch.Elapsed);
        if (expectRR3001 is { } expected)
        {
            Assert.Equal(expected, result.Diagnostics.Any(d => d.Id == "RR3001"));
        }
    }
}
