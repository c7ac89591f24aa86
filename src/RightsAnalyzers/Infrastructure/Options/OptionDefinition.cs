using System.Collections.Immutable;
using System.Globalization;

namespace RightsAnalyzers.Infrastructure.Options;

/// <summary>
/// One configuration key read from .editorconfig / .globalconfig. Rule-scoped keys look like
/// <c>RR1004.min_rsa_key_size</c>, package-wide keys like <c>rights_analyzers.sanitizers</c>.
/// </summary>
internal abstract class OptionDefinition
{
    protected OptionDefinition(string key, string defaultText, string description, ImmutableArray<string> usedBy)
    {
        Key = key;
        DefaultText = defaultText;
        Description = description;
        UsedBy = usedBy;
    }

    /// <summary>The key exactly as users write it (matching is case-insensitive, as in .editorconfig).</summary>
    public string Key { get; }

    /// <summary>The default as users would write it; quoted in RR0001 messages and docs.</summary>
    public string DefaultText { get; }

    public string Description { get; }

    /// <summary>The rule IDs whose behaviour this option changes; each rule's docs page must mention the key.</summary>
    public ImmutableArray<string> UsedBy { get; }

    /// <summary>Position in <see cref="OptionCatalog.All"/>; the index into a parsed <see cref="RightsOptions"/>.</summary>
    public int Index { get; internal set; }

    internal abstract object DefaultValue { get; }

    /// <summary>Parses a raw value; on failure <paramref name="error"/> says why in a few words.</summary>
    internal abstract bool TryParse(string raw, out object value, out string error);
}

/// <summary>A typed option; read it with <see cref="RightsOptions.Get{T}(Option{T})"/>.</summary>
internal sealed class Option<T> : OptionDefinition
    where T : notnull
{
    private readonly Parser parse;

    public delegate bool Parser(string raw, out T value, out string error);

    public Option(string key, T defaultValue, string defaultText, string description, Parser parse, params string[] usedBy)
        : base(key, defaultText, description, ImmutableArray.Create(usedBy))
    {
        Default = defaultValue;
        this.parse = parse;
    }

    public T Default { get; }

    internal override object DefaultValue => Default;

    internal override bool TryParse(string raw, out object value, out string error)
    {
        if (parse(raw, out var typed, out error))
        {
            value = typed;
            return true;
        }

        value = Default;
        return false;
    }
}

/// <summary>Parsers shared by the option definitions.</summary>
internal static class OptionParsers
{
    public static Option<int>.Parser Integer(int min, int max) => (string raw, out int value, out string error) =>
    {
        var text = raw.Replace("_", string.Empty);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            error = string.Empty;
            return true;
        }

        error = "expected a whole number from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture);
        return false;
    };

    public static bool Boolean(string raw, out bool value, out string error)
    {
        switch (raw.ToLowerInvariant())
        {
            case "true":
                value = true;
                error = string.Empty;
                return true;
            case "false":
                value = false;
                error = string.Empty;
                return true;
            default:
                value = false;
                error = "expected true or false";
                return false;
        }
    }

    /// <summary>A comma-separated list of identifier-like tokens (letters, digits, '_', '-', '.').</summary>
    public static bool TokenList(string raw, out ImmutableArray<string> value, out string error)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in raw.Split(','))
        {
            var token = part.Trim();
            if (token.Length == 0)
            {
                continue;
            }

            foreach (var c in token)
            {
                if (!char.IsLetterOrDigit(c) && c != '_' && c != '-' && c != '.')
                {
                    value = ImmutableArray<string>.Empty;
                    error = "'" + token + "' is not a name: use letters, digits, '_', '-' or '.', separated by commas";
                    return false;
                }
            }

            builder.Add(token);
        }

        value = builder.ToImmutable();
        error = string.Empty;
        return true;
    }

    /// <summary>A comma-separated list of documentation-comment IDs such as <c>M:Ns.Type.Method(System.String)</c>.</summary>
    public static bool DocumentationIdList(string raw, out ImmutableArray<string> value, out string error)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in SplitOutsideParentheses(raw))
        {
            var id = part.Trim();
            if (id.Length == 0)
            {
                continue;
            }

            if (id.Length < 3 || id[1] != ':' || "MTPFE".IndexOf(id[0]) < 0)
            {
                value = ImmutableArray<string>.Empty;
                error = "'" + id + "' is not a documentation-comment ID such as M:Namespace.Type.Method(System.String)";
                return false;
            }

            builder.Add(id);
        }

        value = builder.ToImmutable();
        error = string.Empty;
        return true;
    }

    /// <summary>Commas inside a parameter list belong to the ID, not to the list.</summary>
    private static ImmutableArray<string> SplitOutsideParentheses(string raw)
    {
        var parts = ImmutableArray.CreateBuilder<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            switch (raw[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth <= 0:
                    parts.Add(raw.Substring(start, i - start));
                    start = i + 1;
                    break;
            }
        }

        parts.Add(raw.Substring(start));
        return parts.ToImmutable();
    }
}
