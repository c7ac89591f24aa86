using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Flow.Tables;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Flow;

/// <summary>
/// The member tables (sinks, sources, crypto parameters) look a member up by name, then on its type, the type's base
/// types and its interfaces. Which of those types have entries is cached per type (docs/performance.md, change 30);
/// the answers must be the ones the uncached walk gave, in the same order of precedence.
/// </summary>
public sealed class MemberTableTests
{
    private const string Source = """
        namespace App
        {
            public interface IEntry { void Put(int value); }
            public class Root : IEntry { public virtual void Put(int value) { } }
            public class Middle : Root { public override void Put(int value) { } }
            public class Leaf : Middle { public override void Put(int value) { } }
            public class Own : Middle { public override void Put(int value) { } }
            public class Implementer : IEntry { public void Put(int value) { } }
            public class Unrelated { public void Put(int value) { } }
            public class Box<T> { public void Put(T value) { } }
        }
        """;

    [Fact]
    public async Task Lookups_follow_the_type_then_its_bases_nearest_first_then_its_interfaces()
    {
        var compilation = await CompileAsync();
        var table = new MemberTable<string>()
            .Add(WellKnownTypes.For(compilation), "App.IEntry", "Put", "interface")
            .Add(WellKnownTypes.For(compilation), "App.Root", "Put", "root")
            .Add(WellKnownTypes.For(compilation), "App.Middle", "Put", "middle")
            .Add(WellKnownTypes.For(compilation), "App.Own", "Put", "own")
            .Add(WellKnownTypes.For(compilation), "App.Box`1", "Put", "box");

        // Asked twice each: the second answer comes from the per-member cache (change 41), built on the per-type one.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("middle", table.Find(Put(compilation, "App.Leaf")));
            Assert.Equal("own", table.Find(Put(compilation, "App.Own")));
            Assert.Equal("middle", table.Find(Put(compilation, "App.Middle")));
            Assert.Equal("root", table.Find(Put(compilation, "App.Root")));
            Assert.Equal("interface", table.Find(Put(compilation, "App.Implementer")));
            Assert.Null(table.Find(Put(compilation, "App.Unrelated")));
        }

        // A member of a constructed type matches the entry of its definition.
        // Asked twice: a constructed member is not a definition, so it is answered afresh each time, the same way.
        var boxOfInt = compilation.GetTypeByMetadataName("App.Box`1")!.Construct(compilation.GetSpecialType(SpecialType.System_Int32));
        Assert.Equal("box", table.Find(boxOfInt.GetMembers("Put").Single()));
        Assert.Equal("box", table.Find(boxOfInt.GetMembers("Put").Single()));
        Assert.Equal("box", table.Find(compilation.GetTypeByMetadataName("App.Box`1")!.GetMembers("Put").Single()));
    }

    [Fact]
    public async Task A_type_without_entries_among_its_ancestors_finds_nothing_for_any_name()
    {
        var compilation = await CompileAsync();
        var table = new MemberTable<string>().Add(WellKnownTypes.For(compilation), "App.Root", "Put,Other", "root");

        Assert.Null(table.Find(Put(compilation, "App.Unrelated")));
        Assert.Null(table.Find(Put(compilation, "App.Implementer")));
        Assert.Equal("root", table.Find(Put(compilation, "App.Leaf")));
        Assert.Null(table.Find(compilation.GetTypeByMetadataName("App.Leaf")!.GetMembers(".ctor").Single()));
    }

    [Fact]
    public async Task A_type_is_resolved_only_when_a_lookup_meets_its_member_name_on_a_type_of_its_name()
    {
        var compilation = await CompileAsync();
        var types = WellKnownTypes.For(compilation);
        var table = new MemberTable<string>()
            .Add(types, "App.Root", "Put", "root")
            .Add(types, "App.Middle", "Other", "middle")
            .Add(types, "App.Own", "Put", "own")
            .Add(types, "No.Such.Type", "Put", "missing");

        Assert.DoesNotContain("App.Root", types.RequestedNames);
        Assert.True(table.HasMember("Put"));
        Assert.Null(table.Find(Put(compilation, "App.Unrelated")));
        Assert.DoesNotContain("App.Root", types.RequestedNames);

        Assert.Equal("root", table.Find(Put(compilation, "App.Leaf")));
        Assert.Contains("App.Root", types.RequestedNames);
        Assert.Contains("App.Middle", types.RequestedNames);
        Assert.DoesNotContain("App.Own", types.RequestedNames);
        Assert.DoesNotContain("No.Such.Type", types.RequestedNames);

        // Asking whether anything is referenced stops at the first referenced type; counting resolves them all.
        Assert.False(table.IsEmpty);
        Assert.Equal(3, table.Count);
        Assert.Contains("No.Such.Type", types.RequestedNames);
        Assert.True(new MemberTable<string>().Add(types, "No.Such.Type", "Put", "missing").IsEmpty);
    }

    [Theory]
    [InlineData("App.Root", "Root")]
    [InlineData("App.Box`1", "Box")]
    [InlineData("Grpc.Core.Metadata+Entry", "Entry")]
    [InlineData("Grpc.Core.ClientBase`1", "ClientBase")]
    [InlineData("Local", "Local")]
    public void Simple_names_are_what_the_type_symbol_calls_itself(string metadataName, string expected)
        => Assert.Equal(expected, MemberTable<string>.SimpleName(metadataName));

    private static ISymbol Put(Compilation compilation, string type)
        => compilation.GetTypeByMetadataName(type)!.GetMembers("Put").Single();

    private static async Task<Compilation> CompileAsync()
    {
        var result = await InProcessAnalysis.RunAsync(new[] { ("/App.cs", Source) }, analyzers: ImmutableArray<DiagnosticAnalyzer>.Empty.Add(new RightsAnalyzers.Families.Crypto.WeakHashAnalyzer()));
        Assert.Empty(result.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return result.Compilation;
    }
}
