using System.Linq;
using System.Threading.Tasks;
using static RightsAnalyzers.Tests.Flow.FlowHarness;

namespace RightsAnalyzers.Tests.Flow;

/// <summary>Locals are solved on demand, group by group: the answer must not depend on which value is asked first.</summary>
public sealed class OnDemandLocalsTests
{
    private const string Customer = "\npublic sealed class Customer { public string Email { get; set; } = \"\"; public string Phone { get; set; } = \"\"; }\n";

    private static string Body(string probes) => """
        class T
        {
            void M(Customer c, int n)
            {
                var a = "";
                var b = "";
                var unrelated = "total";
                for (var i = 0; i < n; i++)
                {
                    var t = a;
                    a = b + "-";
                    b = t + c.Email;
                }

                var derived = a + "/" + unrelated;
                var phone = c.Phone;
                var constant = "x" + "y";
        """ + probes + """
            }
        }
        """ + Customer;

    [Fact]
    public async Task Locals_that_feed_each_other_come_out_the_same_whichever_is_asked_first()
    {
        var forward = await ProbeSharingBodiesAsync(Body("P.Probe(a); P.Probe(b); P.Probe(derived); P.Probe(phone); P.Probe(unrelated); P.Probe(constant);"));
        var backward = await ProbeSharingBodiesAsync(Body("P.Probe(constant); P.Probe(unrelated); P.Probe(phone); P.Probe(derived); P.Probe(b); P.Probe(a);"));
        var separate = await ProbeAsync(Body("P.Probe(a); P.Probe(b); P.Probe(derived); P.Probe(phone); P.Probe(unrelated); P.Probe(constant);"));

        // phone: from Customer.Phone and from the local's own name.
        var expected = new[] { "PersonalData:email", "PersonalData:email", "PersonalData:email", "PersonalData:phone,PersonalData:phone", string.Empty, string.Empty };
        Assert.Equal(expected, forward.Select(Kinds));
        Assert.Equal(expected.Reverse(), backward.Select(Kinds));
        Assert.Equal(expected, separate.Select(Kinds));
        Assert.True(forward[5].IsConstant && backward[0].IsConstant, "a constant stays constant");
        Assert.False(forward[0].IsConstant, "a loop-fed local is not constant");
    }
}
