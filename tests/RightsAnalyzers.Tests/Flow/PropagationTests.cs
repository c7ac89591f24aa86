using System.Threading.Tasks;
using static RightsAnalyzers.Tests.Flow.FlowHarness;

namespace RightsAnalyzers.Tests.Flow;

/// <summary>Label propagation, one construct per case (DESIGN §3). The email comes from a name-tier member.</summary>
public sealed class PropagationTests
{
    private const string Customer = """

        public sealed class Customer { public string Email { get; set; } = ""; public int Id { get; set; } public string Note { get; set; } = ""; }
        public sealed record Contact(string Email, string Country);
        """;

    [Theory]
    [InlineData("var x = c.Email; P.Probe(x);")]
    [InlineData("string x; x = c.Email; P.Probe(x);")]
    [InlineData("P.Probe((object)c.Email);")]
    [InlineData("P.Probe($\"user {c.Email}!\");")]
    [InlineData("P.Probe(\"user \" + c.Email + \"!\");")]
    [InlineData("P.Probe(string.Format(\"user {0}\", c.Email));")]
    [InlineData("P.Probe(string.Concat(\"a\", c.Email));")]
    [InlineData("P.Probe(string.Join(\",\", new[] { c.Email, \"x\" }));")]
    [InlineData("var sb = new StringBuilder(); sb.Append(\"user \").Append(c.Email); P.Probe(sb.ToString());")]
    [InlineData("var sb = new StringBuilder(); sb.AppendLine(c.Email); P.Probe(sb);")]
    [InlineData("P.Probe(c.Email.ToString());")]
    [InlineData("P.Probe(c.Email.ToUpperInvariant().Trim());")]
    [InlineData("P.Probe(Convert.ToBase64String(Encoding.UTF8.GetBytes(c.Email)));")]
    [InlineData("P.Probe(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(c.Email)));")]
    [InlineData("P.Probe(new[] { \"a\", c.Email });")]
    [InlineData("P.Probe(new List<string> { c.Email });")]
    [InlineData("var list = new List<string>(); list.Add(c.Email); P.Probe(list);")]
    [InlineData("P.Probe(new Dictionary<string, string> { [\"email\"] = c.Email });")]
    [InlineData("var d = new Dictionary<string, object>(); d[\"email\"] = c.Email; P.Probe(d);")]
    [InlineData("P.Probe(new { Who = c.Email });")]
    [InlineData("P.Probe((c.Id, c.Email));")]
    [InlineData("var t = (c.Id, c.Email); P.Probe(t.Item2);")]
    [InlineData("P.Probe(new Contact(c.Email, \"NL\"));")]
    [InlineData("P.Probe(new Customer { Note = c.Email });")]
    [InlineData("P.Probe(new System.Net.Http.StringContent(c.Email));")]
    [InlineData("Customer? n = c; P.Probe(n?.Email);")]
    [InlineData("P.Probe(c.Note ?? c.Email);")]
    [InlineData("P.Probe(c.Id > 3 ? c.Email : \"none\");")]
    [InlineData("P.Probe(c.Id switch { 1 => c.Email, _ => \"\" });")]
    [InlineData("Func<string> f = () => c.Email; P.Probe(f);")]
    [InlineData("P.Probe(new[] { c }.Select(x => x.Email).ToList());")]
    [InlineData("string Local() => c.Email; P.Probe(Local());")]
    [InlineData("foreach (var e in new[] { c.Email }) { P.Probe(e); }")]
    [InlineData("var (a, b) = (c.Email, 1); P.Probe(a);")]
    [InlineData("var kv = new KeyValuePair<string, object?>(\"user.email\", c.Email); P.Probe(kv.Value);")]
    public async Task Email_label_survives(string statements)
    {
        var labels = await ProbeOneAsync("class T { void M(Customer c) { " + statements + " } }" + Customer);
        Assert.Contains("PersonalData:email", Kinds(labels));
    }

    [Theory]
    [InlineData("P.Probe(c.Email.Length);")]
    [InlineData("P.Probe(string.IsNullOrEmpty(c.Email));")]
    [InlineData("P.Probe(c.Email.Contains('@'));")]
    [InlineData("P.Probe(new[] { c.Email }.Count());")]
    [InlineData("P.Probe(c.Id);")]
    [InlineData("P.Probe(c.Note);")]
    [InlineData("P.Probe(\"Sending email to the customer\");")]
    [InlineData("P.Probe(nameof(c.Email));")]
    public async Task Derived_counts_booleans_ids_and_constants_carry_nothing(string statements)
    {
        var labels = await ProbeOneAsync("class T { void M(Customer c) { " + statements + " } }" + Customer);
        Assert.Empty(labels.Labels);
    }

    [Fact]
    public async Task Labels_remember_their_source()
    {
        var labels = await ProbeOneAsync("class T { void M(Customer c) { var x = c.Email; P.Probe(x); } }" + Customer);
        var label = Assert.Single(labels.Labels);
        Assert.Equal("'c.Email'", label.Description);
        Assert.Equal(RightsAnalyzers.Flow.EvidenceTier.Name, label.Tier);
        Assert.NotNull(label.Source);
        Assert.Equal("c.Email", label.Source!.SourceTree!.GetText().ToString(label.Source.SourceSpan));
    }

    [Fact]
    public async Task Several_sources_in_one_value_are_all_kept()
    {
        var labels = await ProbeOneAsync("""
            class T { void M(Customer c, HttpContext h) { P.Probe($"{c.Email} from {h.Connection.RemoteIpAddress} on {Environment.MachineName}"); } }
            """ + Customer);
        Assert.Equal("DeviceIdentifier:machine-name,NetworkAddress:ip-address,PersonalData:email", Kinds(labels));
    }
}
