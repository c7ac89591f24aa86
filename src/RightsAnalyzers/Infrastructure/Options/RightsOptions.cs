using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RightsAnalyzers.Infrastructure.Options;

/// <summary>An option whose configured value could not be parsed; reported as RR0001.</summary>
internal sealed class InvalidOption
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

    internal static RightsOptions Parse(AnalyzerConfigOptions? local, AnalyzerConfigOptions? global) => FromRaw(ReadRaw(local, global));

    /// <summary>The configured text of every option (null where it is not set), per-file values winning over global ones.</summary>
    internal static string?[] ReadRaw(AnalyzerConfigOptions? local, AnalyzerConfigOptions? global)
    {
        var all = OptionCatalog.All;
        var raw = new string?[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            raw[i] = TryGetRaw(local, global, all[i].Key, out var value) ? value : null;
        }

        return raw;
    }

    /// <summary>
    /// As <see cref="ReadRaw(AnalyzerConfigOptions?, AnalyzerConfigOptions?)"/>, with the global values already read
    /// (<paramref name="globalRaw"/>, from <c>ReadRaw(null, global)</c>): a file's options then cost one lookup per
    /// option instead of two for each option it does not set — most of them (docs/performance.md, change 40).
    /// </summary>
    internal static string?[] ReadRaw(AnalyzerConfigOptions local, string?[] globalRaw)
    {
        var all = OptionCatalog.All;
        var raw = new string?[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            raw[i] = local.TryGetValue(all[i].Key, out var value) ? value.Trim() : globalRaw[i];
        }

        return raw;
    }

    internal static RightsOptions FromRaw(string?[] raw)
    {
        var all = OptionCatalog.All;
        var values = new object[all.Length];
        var invalid = ImmutableArray.CreateBuilder<InvalidOption>();
        for (var i = 0; i < all.Length; i++)
        {
            var option = all[i];
            if (raw[i] is { } text)
            {
                if (option.TryParse(text, out var value, out var error))
                {
                    values[i] = value;
                    continue;
                }

                invalid.Add(new InvalidOption(option, text, error));
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
/// Per-compilation cache of parsed options. The command-line compiler hands every file its own options object, even
/// when files share one configuration, so the objects are only a first-level key: options are interned by their
/// configured values, and every file with the same values gets the same <see cref="RightsOptions"/> — and with it
/// the same flow scope, personal-data classifier and caches (docs/performance.md). One per analysis, shared by its
/// analyzers through <see cref="For"/> and kept only as long as the driver's options object lives.
/// </summary>
internal sealed class OptionsCache
{
    /// <summary>Weakly keyed by the driver's options object, which every analyzer of one analysis is handed.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalyzerOptions, OptionsCache> Shared = new();

    private readonly AnalyzerOptions analyzerOptions;
    private readonly AnalyzerConfigOptions global;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RightsOptions> byValues = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Each file's options, looked up once: every operation of every body asks, and asking the provider and the
    /// options table each time was a measured twentieth of the flow rules' time (docs/performance.md, change 26).
    /// </summary>
    private readonly AnswerCache<SyntaxTree, RightsOptions> byTree = new(ReferenceComparer<SyntaxTree>.Instance);
    private readonly LastLookup<SyntaxTree, RightsOptions> last = new();
    private RightsOptions? globalOptions;
    private string?[]? globalRaw;

    public OptionsCache(AnalyzerOptions analyzerOptions)
    {
        this.analyzerOptions = analyzerOptions;
        global = analyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions;
    }

    /// <summary>
    /// The cache every analyzer of one analysis shares: each file's options are read and interned once, not once per
    /// analyzer that asks (docs/performance.md, change 36). Call from a compilation-start action.
    /// </summary>
    public static OptionsCache For(AnalyzerOptions analyzerOptions) => Shared.GetValue(analyzerOptions, static o => new OptionsCache(o));

    public RightsOptions Get(SyntaxTree? tree)
    {
        var provider = analyzerOptions.AnalyzerConfigOptionsProvider;
        if (tree is null)
        {
            return globalOptions ??= Intern(RightsOptions.ReadRaw(provider.GlobalOptions, global));
        }

        // Read once per file (byTree): the options object is the compiler's own for the file, so a table keyed by it
        // (a ConditionalWeakTable, which locks on every insert) only added a lock per file (change 30). The last
        // file's answer needs no lookup at all (change 36).
        if (last.TryGet(tree, out var recent))
        {
            return recent;
        }

        return last.Remember(tree, byTree.TryGetValue(tree, out var known) ? known : byTree.GetOrAdd(tree, Intern(RightsOptions.ReadRaw(provider.GetOptions(tree), GlobalRaw))));
    }

    /// <summary>The global values, read once (a race reads them twice, to the same values).</summary>
    private string?[] GlobalRaw => globalRaw ??= RightsOptions.ReadRaw(null, global);

    private RightsOptions Intern(string?[] raw)
    {
        var key = new System.Text.StringBuilder();
        foreach (var value in raw)
        {
            // Unset and set-to-empty differ; '\u0001' cannot occur in an .editorconfig value.
            key.Append(value is null ? "\u0002" : value).Append('\u0001');
        }

        return byValues.GetOrAdd(key.ToString(), _ => RightsOptions.FromRaw(raw));
    }
}
