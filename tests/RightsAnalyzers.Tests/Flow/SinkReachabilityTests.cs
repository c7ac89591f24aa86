using System.Linq;
using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using static RightsAnalyzers.Tests.Flow.FlowHarness;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.PersonalData.PersonalDataInLogsAnalyzer>;

namespace RightsAnalyzers.Tests.Flow;

/// <summary>
/// The cost gate in front of helper summaries (SinkReachability): a helper whose body and callees contain no sink is
/// not summarised. "Cannot reach" must be exact, whatever order helpers are asked about; findings must not change.
/// </summary>
public sealed class SinkReachabilityTests
{
    private const string Helpers = """
        class T
        {
            private readonly ILogger logger = null!;
            static int Price(int amount, int discount) => Apply(amount, discount) + Round(amount);
            static int Apply(int amount, int discount) => amount - discount;
            static int Round(int amount) => amount / 10 * 10;
            void Audit(string value) => Write(value);
            void Write(string value) => logger.LogInformation("{Value}", value);
            void Forward(string value, int hops) { if (hops > 0) { Bounce(value, hops - 1); } }
            void Bounce(string value, int hops) { if (hops == 0) { Audit(value); } else { Forward(value, hops); } }
            static int Even(int n) => n == 0 ? 1 : Odd(n - 1);
            static int Odd(int n) => n == 0 ? 0 : Even(n - 1);
        }
        """;

    [Fact]
    public async Task Pure_helpers_cannot_reach_a_sink_and_logging_helpers_can()
    {
        var answers = await MayReachSinkAsync(Helpers, "Price", "Apply", "Audit", "Write");
        Assert.Equal(new[] { false, false, true, true }, answers);
    }

    [Theory]
    [InlineData("Forward", "Bounce")]
    [InlineData("Bounce", "Forward")]
    public async Task Mutually_recursive_helpers_that_log_are_found_whichever_is_asked_first(string first, string second)
    {
        var answers = await MayReachSinkAsync(Helpers, first, second);
        Assert.Equal(new[] { true, true }, answers);
    }

    [Fact]
    public async Task Mutually_recursive_helpers_without_a_sink_are_never_wrongly_cleared_of_one()
    {
        // The recursion cut answers "may reach" (compute the summary): imprecise but safe; the helpers' callers still
        // come out clean because the summaries themselves find no sink.
        var answers = await MayReachSinkAsync(Helpers, "Even", "Odd", "Price");
        Assert.Equal(new[] { true, true, false }, answers);
    }

    [Theory]
    [InlineData("body:Price", "Apply", "body:Audit", "Write", "body:Even", "Odd", "Price", "Audit", "Even")]
    [InlineData("Apply", "body:Apply", "Write", "body:Write", "Odd", "body:Odd", "body:Price", "body:Audit", "body:Even")]
    [InlineData("body:Forward", "Bounce", "body:Bounce", "Forward", "body:Round", "Round", "Price", "body:Price", "Even")]
    public async Task A_body_shares_its_answer_with_its_method_asked_as_a_callee_in_either_order(params string[] order)
    {
        // The driver asks with a whole body in hand; its answer is the method's, cached for callers and reused.
        var expected = order.Select(name => name.EndsWith("Price", System.StringComparison.Ordinal) ||
                                            name.EndsWith("Apply", System.StringComparison.Ordinal) ||
                                            name.EndsWith("Round", System.StringComparison.Ordinal) ? false : true).ToArray();
        var answers = await MayReachSinkAsync(Helpers, order);
        Assert.Equal(expected, answers);
    }

    [Fact]
    public Task A_value_reaching_a_log_through_recursive_helpers_is_still_reported()
        => Verify.VerifyWithPackagesAsync(
            """
            using Microsoft.Extensions.Logging;
            class C
            {
                private readonly ILogger logger = null!;
                void Book(Patient patient) => Forward({|#0:patient.Email|}, 2);
                void Forward(string value, int hops) { if (hops > 0) { Bounce(value, hops - 1); } }
                void Bounce(string value, int hops) { if (hops == 0) { logger.LogInformation("{Value}", value); } else { Forward(value, hops); } }
                int Total(int a, int b) => Add(a, b);
                static int Add(int a, int b) => a + b;
            }

            public sealed class Patient { public string Email { get; set; } = ""; }
            """,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'patient.Email'", "an email address", "name evidence", "a log", "LogInformation (via Bounce) (via Forward)"));
}
