using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Flow;

/// <summary>
/// Optional libraries (gRPC, BouncyCastle) cost nothing where they are not referenced, and the table's any-method
/// entries match the methods of derived types only.
/// </summary>
public sealed class WhereReferencedTests
{
    private const string Client = """
        using Grpc.Core;

        public sealed class Request { }

        public sealed class VaultClient : ClientBase<VaultClient>
        {
            public VaultClient(CallInvoker callInvoker) : base(callInvoker) { }
            private VaultClient(ClientBaseConfiguration configuration) : base(configuration) { }
            public AsyncUnaryCall<Request> StoreAsync(Request request) => throw new System.NotSupportedException();
            public static VaultClient Create(CallInvoker invoker) => new(invoker);
            protected override VaultClient NewInstance(ClientBaseConfiguration configuration) => new(configuration);
        }
        """;

    [Fact]
    public async Task Without_grpc_or_bouncycastle_no_entry_is_registered_for_them()
    {
        var engine = await EngineAsync("class C { }", withPackages: false);
        Assert.DoesNotContain(engine.SinkTable.Values, rule => rule.Display.StartsWith("a gRPC", System.StringComparison.Ordinal));
        Assert.DoesNotContain(engine.Factories.Values, display => display.Contains("OpenPGP"));
    }

    [Fact]
    public async Task With_grpc_a_generated_client_call_is_a_network_sink_but_the_base_class_and_static_members_are_not()
    {
        var engine = await EngineAsync(Client, withPackages: true);
        Assert.Contains(engine.Factories.Values, display => display.Contains("OpenPGP"));
        var client = engine.Compilation.GetTypeByMetadataName("VaultClient")!;

        var call = engine.SinkTable.Find(client.GetMembers("StoreAsync").Single());
        Assert.NotNull(call);
        Assert.Equal("a gRPC call", call!.Display);

        Assert.Null(engine.SinkTable.Find(client.GetMembers("Create").Single()));
        Assert.Null(engine.SinkTable.Find(client.GetMembers("NewInstance").Single()));
        var clientBase = engine.Compilation.GetTypeByMetadataName("Grpc.Core.ClientBase`1")!;
        Assert.Null(engine.SinkTable.Find(clientBase.GetMembers("WithHost").Single()));
    }

    private static async Task<FlowEngine> EngineAsync(string source, bool withPackages)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), "/Test.cs");
        // InProcessAnalysis.ReferencesAsync adds the packages; without them, the bare framework.
        var references = withPackages
            ? await InProcessAnalysis.ReferencesAsync(TestReferences.Net100)
            : await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, System.Threading.CancellationToken.None);

        var compilation = CSharpCompilation.Create("WhereReferenced", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new InProcessAnalysis.TestConfigProvider(ImmutableArray.Create(tree), null));
        return FlowEngine.Create(compilation, options);
    }
}
