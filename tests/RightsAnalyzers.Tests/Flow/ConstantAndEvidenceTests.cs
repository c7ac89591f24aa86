using System.Linq;
using System.Threading.Tasks;
using static RightsAnalyzers.Tests.Flow.FlowHarness;

namespace RightsAnalyzers.Tests.Flow;

/// <summary>Constant-derived data (for hard-coded keys and IVs) and the evidence tiers.</summary>
public sealed class ConstantAndEvidenceTests
{
    [Theory]
    [InlineData("P.Probe(new byte[] { 1, 2, 3 });")]
    [InlineData("P.Probe(new byte[16]);")]
    [InlineData("P.Probe(Encoding.UTF8.GetBytes(\"s3cr3t\"));")]
    [InlineData("P.Probe(Convert.FromBase64String(\"c2VjcmV0\"));")]
    [InlineData("P.Probe(Convert.FromHexString(\"00112233\"));")]
    [InlineData("P.Probe(\"s3cr3t\"u8.ToArray());")]
    [InlineData("var k = Encoding.ASCII.GetBytes(\"k\" + \"ey\"); P.Probe(k);")]
    [InlineData("P.Probe(Keys.Fixed);")]
    [InlineData("P.Probe(Encoding.UTF8.GetBytes(Keys.Text));")]
    [InlineData("P.Probe(Keys.Make());")]
    [InlineData("P.Probe(Keys.FromText(\"abc\"));")]
    public async Task Constant_derived_data_is_constant(string statements)
    {
        var labels = await ProbeOneAsync("class T { void M() { " + statements + " } }" + Keys);
        Assert.True(labels.IsConstant);
        Assert.NotNull(labels.ConstantSource);
    }

    [Theory]
    [InlineData("var iv = new byte[16]; RandomNumberGenerator.Fill(iv); P.Probe(iv);")]
    [InlineData("P.Probe(RandomNumberGenerator.GetBytes(16));")]
    [InlineData("P.Probe(Encoding.UTF8.GetBytes(\"k\" + secret));")]
    [InlineData("P.Probe(Keys.FromText(secret));")]
    [InlineData("var b = new byte[4]; b[0] = (byte)secret.Length; P.Probe(b);")]
    public async Task Data_with_a_runtime_part_is_not_constant(string statements)
    {
        var labels = await ProbeOneAsync("class T { void M(string secret) { " + statements + " } }" + Keys);
        Assert.False(labels.IsConstant);
    }

    [Fact]
    public async Task Each_evidence_tier_is_recognised()
    {
        var results = await ProbeAsync("""
            using System.ComponentModel.DataAnnotations;
            using Microsoft.AspNetCore.Identity;
            class T
            {
                void M(Person p, HttpContext http, System.Net.Mail.MailAddress to)
                {
                    P.Probe(p.Contact);
                    P.Probe(p.Secret);
                    P.Probe(to);
                    P.Probe(http.User.Identity!.Name);
                    P.Probe(p.HomePhone);
                }
            }
            public sealed class Person
            {
                [EmailAddress] public string Contact { get; set; } = "";
                [ProtectedPersonalData] public string Secret { get; set; } = "";
                public string HomePhone { get; set; } = "";
            }
            """);
        Assert.Equal(new[] { "Attribute", "Attribute", "Type", "Api", "Name" }, results.Select(r => r.Labels.Single().Tier.ToString()));
        Assert.Equal("PersonalData:email", Kinds(results[0]));
        Assert.Equal("PersonalData:email", Kinds(results[2]));
        Assert.Equal("PersonalData:username", Kinds(results[3]));
        Assert.Equal("PersonalData:phone", Kinds(results[4]));
    }

    [Fact]
    public async Task Configured_names_and_attributes_change_the_evidence()
    {
        var results = await ProbeAsync(
            """
            class T { void M(Member m) { P.Probe(m.LoyaltyCard); P.Probe(m.Email); P.Probe(m.Notes); } }
            [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class SensitiveAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class PublicInfoAttribute : System.Attribute { }
            public sealed class Member
            {
                public string LoyaltyCard { get; set; } = "";
                [PublicInfo] public string Email { get; set; } = "";
                [Sensitive] public string Notes { get; set; } = "";
            }
            """,
            "rights_analyzers.pii_names = loyalty\nrights_analyzers.non_pii_attributes = PublicInfo\nrights_analyzers.pii_attributes = App.Nothing, SensitiveAttribute");
        Assert.Equal("PersonalData:configured", Kinds(results[0]));
        Assert.Empty(results[1].Labels);
        Assert.Equal("PersonalData:personal-data", Kinds(results[2]));
    }

    [Theory]
    [InlineData("EmailTemplate")]
    [InlineData("PasswordPolicy")]
    [InlineData("ShipDate")]
    [InlineData("ZipFile")]
    [InlineData("IpcChannel")]
    [InlineData("EmailQueue")]
    [InlineData("FileName")]
    [InlineData("HostName")]
    [InlineData("Skip")]
    [InlineData("Relationship")]
    [InlineData("MaxAge")]
    public async Task Name_look_alikes_are_not_personal(string name)
    {
        var labels = await ProbeOneAsync("class T { void M(Thing t) { P.Probe(t." + name + "); } } public sealed class Thing { public string " + name + " { get; set; } = \"\"; }");
        Assert.DoesNotContain("PersonalData", Kinds(labels));
        Assert.DoesNotContain("Credential", Kinds(labels));
    }

    [Theory]
    [InlineData("EmailAddress", "PersonalData:email")]
    [InlineData("E_Mail", "PersonalData:email")]
    [InlineData("UserPassword", "Credential:password")]
    [InlineData("RefreshToken", "Credential:token")]
    [InlineData("ApiKey", "Credential:api-key")]
    [InlineData("ClientIp", "NetworkAddress:ip-address")]
    [InlineData("Ssn", "PersonalData:government-id")]
    [InlineData("Religion", "PersonalData:beliefs")]
    [InlineData("DateOfBirth", "PersonalData:date-of-birth")]
    [InlineData("MacAddress", "DeviceIdentifier:device-id")]
    [InlineData("ConnectionString", "Credential:connection-string")]
    public async Task Name_tier_positives(string name, string expected)
    {
        var labels = await ProbeOneAsync("class T { void M(Thing t) { P.Probe(t." + name + "); } } public sealed class Thing { public string " + name + " { get; set; } = \"\"; }");
        Assert.Equal(expected, Kinds(labels));
    }

    [Fact]
    public async Task Bare_name_counts_only_in_a_person_context()
    {
        var results = await ProbeAsync("class T { void M(Customer c, Product p) { P.Probe(c.Name); P.Probe(p.Name); } } public sealed class Customer { public string Name { get; set; } = \"\"; } public sealed class Product { public string Name { get; set; } = \"\"; }");
        Assert.Equal("PersonalData:person-name", Kinds(results[0]));
        Assert.True(results[0].Labels.Single().LowConfidence);
        Assert.Empty(results[1].Labels);
    }

    private const string Keys = """

        static class Keys
        {
            public static readonly byte[] Fixed = { 9, 8, 7 };
            public const string Text = "k3y";
            public static byte[] Make() => new byte[] { 1, 2 };
            public static byte[] FromText(string s) => Encoding.UTF8.GetBytes(s);
        }
        """;
}
