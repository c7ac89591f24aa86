using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Infrastructure.Options;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Robustness;

/// <summary>Issue #9: every option in the catalog, given an invalid value, reports RR0001 and falls back to its default.</summary>
public sealed class EveryOptionTests
{
    public static TheoryData<string> OptionKeys()
    {
        var data = new TheoryData<string>();
        foreach (var option in OptionCatalog.All)
        {
            data.Add(option.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OptionKeys))]
    public async Task An_invalid_value_reports_RR0001_naming_key_value_and_default(string key)
    {
        var option = OptionCatalog.All.Single(o => o.Key == key);
        const string Invalid = "%% not valid %%";
        Assert.False(option.TryParse(Invalid, out _, out var reason));

        var result = await InProcessAnalysis.RunAsync(
            new[] { ("/T.cs", "class T { }") },
            analyzers: ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new ConfigurationAnalyzer()),
            editorConfig: key + " = " + Invalid);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RR0001", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
        var message = diagnostic.GetMessage();
        Assert.Contains(key, message);
        Assert.Contains(Invalid, message);
        Assert.Contains(reason, message);
        Assert.Contains("'" + option.DefaultText + "'", message);

        // The rules see the default.
        var provider = new InProcessAnalysis.TestConfigProvider(ImmutableArray<SyntaxTree>.Empty, key + " = " + Invalid);
        var parsed = RightsOptions.Parse(provider.GlobalOptions, null);
        Assert.Single(parsed.Invalid);
        Assert.Equal(RightsOptions.Default.Get(option), parsed.Get(option));
    }
}
