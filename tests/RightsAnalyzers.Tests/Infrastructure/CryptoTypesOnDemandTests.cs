using System.Linq;
using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Infrastructure;

/// <summary>
/// Business code that never uses System.Security.Cryptography should not pay for loading its types: the crypto rules
/// and the member tables resolve them on the first use of a crypto type (docs/performance.md, changes 37 and 38).
/// </summary>
public sealed class CryptoTypesOnDemandTests
{
    private const string Business = """
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;

        namespace Shop;

        public sealed record Order(int Number, decimal Total);

        public sealed class OrderService
        {
            private readonly Dictionary<int, Order> orders = new();
            private readonly ILogger<OrderService> logger;

            public OrderService(ILogger<OrderService> logger) => this.logger = logger;

            public bool Add(Order order)
            {
                var added = orders.TryAdd(order.Number, order);
                logger.LogInformation("{Count} orders", orders.Count);
                return added;
            }

            public string Encode(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));
        }
        """;

    [Fact]
    public async Task Code_without_cryptography_resolves_no_type_of_System_Security_Cryptography()
    {
        var result = await InProcessAnalysis.RunAsync(new[] { ("/Shop.cs", Business) });
        Assert.Empty(result.Exceptions);

        var requested = AnalyzedCompilationTypes(result).RequestedNames;
        Assert.Contains(requested, name => name.StartsWith("Microsoft.Extensions.Logging.", System.StringComparison.Ordinal));
        Assert.DoesNotContain(requested, name => name.StartsWith("System.Security.Cryptography.", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Code_with_cryptography_still_gets_its_findings()
    {
        var result = await InProcessAnalysis.RunAsync(new[] { ("/Shop.cs", Business + """

            public static class Digest
            {
                public static byte[] Of(byte[] data) => System.Security.Cryptography.MD5.HashData(data);
                public static System.Security.Cryptography.RSA Key() => System.Security.Cryptography.RSA.Create(1024);
            }
            """) });

        Assert.Empty(result.Exceptions);
        Assert.Contains(result.Diagnostics, d => d.Id == "RR1001");
        Assert.Contains(result.Diagnostics, d => d.Id == "RR1004");
        Assert.Contains(AnalyzedCompilationTypes(result).RequestedNames, name => name.StartsWith("System.Security.Cryptography.", System.StringComparison.Ordinal));
    }

    /// <summary>The analyzers see the driver's copy of the compilation (same trees): its shared instance is the one they asked.</summary>
    private static WellKnownTypes AnalyzedCompilationTypes(InProcessAnalysis.Result result)
    {
        var tree = result.Compilation.SyntaxTrees.First();
        var shared = (System.Collections.IEnumerable)typeof(WellKnownTypes).GetField("Shared", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        foreach (var entry in shared)
        {
            var compilation = (Microsoft.CodeAnalysis.Compilation)entry.GetType().GetProperty("Key")!.GetValue(entry)!;
            if (compilation.SyntaxTrees.Contains(tree))
            {
                return (WellKnownTypes)entry.GetType().GetProperty("Value")!.GetValue(entry)!;
            }
        }

        throw new Xunit.Sdk.XunitException("no analyzer asked for a type of the analyzed compilation");
    }
}
