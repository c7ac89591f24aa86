using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Infrastructure;

/// <summary>
/// WellKnownTypes resolves names through the merged namespaces instead of GetTypeByMetadataName (a performance change,
/// docs/performance.md). It must answer exactly as GetTypeByMetadataName does, for every name the package asks for.
/// </summary>
public sealed class WellKnownTypesTests
{
    [Fact]
    public async Task Every_name_the_analyzers_ask_for_resolves_as_GetTypeByMetadataName_does()
    {
        // Run every analyzer over the sample (all families, all packages referenced), then look at what each
        // compilation's shared instance was asked.
        var result = await InProcessAnalysis.RunAsync(InProcessAnalysis.Folder("samples/Clinic").Append(("/Usings.cs", InProcessAnalysis.WebGlobalUsings)));
        Assert.Empty(result.Exceptions);

        var shared = (IEnumerable)typeof(WellKnownTypes).GetField("Shared", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var checkedNames = 0;
        foreach (var entry in shared)
        {
            var compilation = (Compilation)entry.GetType().GetProperty("Key")!.GetValue(entry)!;
            var types = (WellKnownTypes)entry.GetType().GetProperty("Value")!.GetValue(entry)!;

            // The member tables resolve a type only when a lookup needs it (docs/performance.md, change 37): counting
            // their entries resolves every type they name, so those names are checked too.
            var engine = RightsAnalyzers.Flow.FlowEngine.Create(compilation, new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty));
            Assert.True(engine.SinkTable.Count + engine.Sources.Count + engine.SinkContainers.Count + engine.SanitizerTable.Count + engine.Importers.Count + engine.Factories.Count > 0);
            Assert.True(RightsAnalyzers.Families.Crypto.CryptoFlow.CryptoFlowContext.Create(compilation, new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty)).Table.Count > 0);
            foreach (var name in types.RequestedNames.ToList())
            {
                Assert.True(SymbolEqualityComparer.Default.Equals(compilation.GetTypeByMetadataName(name), types.Get(name)), name);
                checkedNames++;
            }
        }

        Assert.True(checkedNames >= 250, $"only {checkedNames} names were checked");
    }

    [Theory]
    [InlineData("System.Diagnostics.Metrics.Counter`1")]
    [InlineData("System.Collections.Generic.Dictionary`2")]
    [InlineData("System.Security.Cryptography.MD5")]
    [InlineData("System.Environment+SpecialFolder")]
    [InlineData("Serilog.Log")]
    [InlineData("No.Such.Namespace.Type")]
    [InlineData("System.NoSuchType")]
    [InlineData("System.Diagnostics.Metrics.Counter`x")]
    [InlineData("Local")]
    [InlineData("App.Local")]
    [InlineData("System.Runtime.CompilerServices.IsExternalInit")]
    public async Task Single_names_resolve_as_GetTypeByMetadataName_does(string name)
    {
        var result = await InProcessAnalysis.RunAsync(
            new[] { ("/A.cs", "class Local { } namespace App { class Local { } } namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }") },
            analyzers: System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>.Empty.Add(new RightsAnalyzers.Families.Crypto.WeakHashAnalyzer()));
        var types = WellKnownTypes.For(result.Compilation);
        Assert.True(SymbolEqualityComparer.Default.Equals(result.Compilation.GetTypeByMetadataName(name), types.Get(name)));
    }
}
