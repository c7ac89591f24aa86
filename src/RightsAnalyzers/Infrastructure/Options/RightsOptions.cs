using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RightsAnalyzers.Infrastructure.Options;

/// <summary>An option whose configured value could not be parsed; reported as RR0001.</summary>
internal readonly struct InvalidOption
{
    public InvalidOption(OptionDefinition option, string value, string error)
    {
        Option = option;
        Value = value;
        Error = error;
    }

    public OptionDefinition Option { get; }

    public string Value { get; }

    public string Error { get; }
}

/// <summary>
/// Every option parsed once for one set of analyzer config options (one per distinct .editorconfig section set).
/// Invalid values fall back to the default and are remembered for RR0001.
/// </summary>
internal sealed class RightsOptions
{
    private readonly object[] values;

    private RightsOptions(object[] values, ImmutableArray<InvalidOption> invalid)
    {
        this.values = values;
        Invalid = invalid;
    }

    /// <summary>The options with every default in force.</summary>
    public static RightsOptions Default { get; } = Parse(null, null);

    public ImmutableArray<InvalidOption> Invalid { get; }

    public T Get<T>(Option<T> option)
        where T : notnull
        => (T)values[option.Index];

    /// <summary>The parsed value of any option, untyped (tests and diagnostics).</summary>
    internal object Get(OptionDefinition option) => values[option.Index];

    internal static RightsOptions Parse(AnalyzerConfigOptions? local, AnalyzerConfigOptions? global)
    {
        var all = OptionCatalog.All;
        var values = new object[all.Length];
        var invalid = ImmutableArray.CreateBuilder<InvalidOption>();
        for (var i = 0; i < all.Length; i++)
        {
            var option = all[i];
            if (TryGetRaw(local, global, option.Key, out var raw))
            {
                if (option.TryParse(raw, out var value, out var error))
                {
                    values[i] = value;
                    continue;
                }

                invalid.Add(new InvalidOption(option, raw, error));
            }

            values[i] = option.DefaultValue;
        }

        return new RightsOptions(values, invalid.ToImmutable());
    }

    private static bool TryGetRaw(AnalyzerConfigOptions? local, AnalyzerConfigOptions? global, string key, out string raw)
    {
        // A per-file (.editorconfig section) value wins over a global one (.globalconfig or build property).
        if ((local is not null && local.TryGetValue(key, out var value)) ||
            (global is not null && global.TryGetValue(key, out value)))
        {
            raw = value.Trim();
            return true;
        }

        raw = string.Empty;
        return false;
    }
}

/// <summary>
/// Per-compilation cache of parsed options, keyed by the options object the compiler shares between files of the
/// same configuration. Lives in a compilation-start scope, never in a static.
/// </summary>
internal sealed class OptionsCache
{
    private readonly AnalyzerOptions analyzerOptions;
    private readonly ConditionalWeakTable<AnalyzerConfigOptions, RightsOptions> parsed = new();
    private readonly ConditionalWeakTable<AnalyzerConfigOptions, RightsOptions>.CreateValueCallback create;

    public OptionsCache(AnalyzerOptions analyzerOptions)
    {
        this.analyzerOptions = analyzerOptions;
        var global = analyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions;
        create = local => RightsOptions.Parse(local, global);
    }

    public RightsOptions Get(SyntaxTree? tree)
    {
        var provider = analyzerOptions.AnalyzerConfigOptionsProvider;
        var local = tree is null ? provider.GlobalOptions : provider.GetOptions(tree);
        return parsed.GetValue(local, create);
    }
}
