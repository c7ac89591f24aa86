using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RightsAnalyzers.Benchmarks;

/// <summary>
/// <c>--allocs [dense|ordinary] [lines] [rounds]</c>: what the package allocates beyond binding, by type. Analyzes one
/// generated corpus several times with the binding-only analyzer alone and then with every analyzer, counting the
/// runtime's allocation-tick events (one per ~100 KB allocated, with the type that crossed the mark), and prints the
/// types whose share grew most. A sample, not an exact count: use several rounds, and read it as "where to look".
/// </summary>
internal static class Allocs
{
    public static async Task<int> Run(string[] args)
    {
        var (_, _, compilation) = CorpusCompilation.FromArguments(args, defaultLines: 4000);
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        await Analysis.Run(compilation, AnalyzerCatalog.Create(AnalyzerCatalog.All).Add(new OperationsOnlyAnalyzer()), "warm");
        using var listener = new Listener();
        listener.Counts.Clear();
        for (var i = 0; i < rounds; i++)
        {
            await Analysis.Run(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new OperationsOnlyAnalyzer()), "b");
        }

        var baseline = new Dictionary<string, long>(listener.Counts);
        listener.Counts.Clear();
        for (var i = 0; i < rounds; i++)
        {
            await Analysis.Run(compilation, AnalyzerCatalog.Create(AnalyzerCatalog.All).Add(new OperationsOnlyAnalyzer()), "r");
        }

        var rights = new Dictionary<string, long>(listener.Counts);
        Console.WriteLine($"KB per round: baseline {baseline.Values.Sum() / 1024.0 / rounds:0}, with package {rights.Values.Sum() / 1024.0 / rounds:0}");
        foreach (var name in rights.Keys.Union(baseline.Keys).OrderByDescending(k => rights.GetValueOrDefault(k) - baseline.GetValueOrDefault(k)).Take(40))
        {
            Console.WriteLine($"  {(rights.GetValueOrDefault(name) - baseline.GetValueOrDefault(name)) / 1024.0 / rounds,8:0} KB  {name}");
        }

        return 0;
    }

    private sealed class Listener : EventListener
    {
        public ConcurrentDictionary<string, long> Counts { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName == "GCAllocationTick_V4" && e.Payload is { } payload && e.PayloadNames is { } names)
            {
                var type = payload[names.IndexOf("TypeName")]?.ToString() ?? "?";
                var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
                Counts.AddOrUpdate(type, amount, (_, n) => n + amount);
            }
        }
    }
}
