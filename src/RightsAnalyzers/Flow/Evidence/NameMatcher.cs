using System.Collections.Immutable;

namespace RightsAnalyzers.Flow.Evidence;

/// <summary>The outcome of the name tier for one identifier.</summary>
internal sealed class NameMatch
{
    public NameMatch(NameCategory category, bool weak)
    {
        Category = category;
        Weak = weak;
    }

    public NameCategory Category { get; }

    /// <summary>Matched through a person-context phrase (<c>customer.Name</c>): lower confidence.</summary>
    public bool Weak { get; }
}

/// <summary>Matches split identifiers against <see cref="NameTaxonomy"/> and the configured extra names.</summary>
internal static class NameMatcher
{
    /// <summary>The category of user-configured names (<c>rights_analyzers.pii_names</c>).</summary>
    public static readonly NameCategory Configured = new("configured", "personal data (a configured name)", LabelKind.PersonalData, string.Empty);

    public static NameMatch? Match(ImmutableArray<string> tokens, ImmutableArray<string> context, ImmutableHashSet<string> extraNames, ImmutableHashSet<string> excludedNames)
    {
        if (tokens.IsEmpty)
        {
            return null;
        }

        foreach (var token in tokens)
        {
            if (extraNames.Contains(token))
            {
                return new NameMatch(Configured, weak: false);
            }
        }

        foreach (var category in NameTaxonomy.Categories)
        {
            if (HasAny(tokens, category.Excludes))
            {
                continue;
            }

            if (MatchesAny(tokens, category.Phrases, excludedNames))
            {
                return new NameMatch(category, weak: category.LowConfidence);
            }

            if (!category.PersonContextPhrases.IsEmpty &&
                MatchesAny(tokens, category.PersonContextPhrases, excludedNames) &&
                (HasPersonNoun(tokens) || HasPersonNoun(context)))
            {
                return new NameMatch(category, weak: true);
            }
        }

        return null;
    }

    internal static bool HasPersonNoun(ImmutableArray<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (NameTaxonomy.PersonNouns.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAny(ImmutableArray<string> tokens, System.Collections.Generic.HashSet<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (words.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAny(ImmutableArray<string> tokens, ImmutableArray<string[]> phrases, ImmutableHashSet<string> excludedNames)
    {
        foreach (var phrase in phrases)
        {
            if (Contains(tokens, phrase) && !Mentions(phrase, excludedNames))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Mentions(string[] phrase, ImmutableHashSet<string> words)
    {
        if (words.IsEmpty)
        {
            return false;
        }

        foreach (var token in phrase)
        {
            if (words.Contains(token))
            {
                return true;
            }
        }

        return words.Contains(string.Concat(phrase));
    }

    /// <summary>True when <paramref name="phrase"/> occurs as contiguous tokens, or joined as one token ("user name" in "username").</summary>
    private static bool Contains(ImmutableArray<string> tokens, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= tokens.Length; start++)
        {
            var matched = true;
            for (var i = 0; i < phrase.Length; i++)
            {
                if (tokens[start + i] != phrase[i])
                {
                    matched = false;
                    break;
                }
            }

            if (matched)
            {
                return true;
            }
        }

        if (phrase.Length > 1)
        {
            var joined = string.Concat(phrase);
            foreach (var token in tokens)
            {
                if (token == joined)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
