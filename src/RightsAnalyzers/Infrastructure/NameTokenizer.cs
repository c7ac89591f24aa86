using System.Collections.Generic;
using System.Collections.Immutable;

namespace RightsAnalyzers.Infrastructure;

/// <summary>
/// Splits identifiers into lower-case word tokens on PascalCase, camelCase, acronym, digit-run, '_', '-', '.' and
/// space boundaries: <c>userEmailAddress</c> → user, email, address; <c>HTTPRequest</c> → http, request;
/// <c>X-Forwarded-For</c> → x, forwarded, for; <c>SHA256Hash</c> → sha256, hash. Digits stay with the letters
/// before them so algorithm names survive.
/// </summary>
internal static class NameTokenizer
{
    public static ImmutableArray<string> Tokenize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return ImmutableArray<string>.Empty;
        }

        var tokens = ImmutableArray.CreateBuilder<string>();
        var text = name!;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(text, ref start, i, tokens);
                continue;
            }

            if (start < 0)
            {
                start = i;
                continue;
            }

            var previous = text[i - 1];
            var boundary =
                (char.IsUpper(c) && char.IsLower(previous)) ||
                (char.IsUpper(c) && char.IsDigit(previous)) ||
                (char.IsLower(c) && char.IsDigit(previous) && HasLetter(text, start, i)) ||
                // "HTTPRequest": the last capital of an acronym starts the next word.
                (char.IsLower(c) && char.IsUpper(previous) && i - 1 > start && char.IsUpper(text[i - 2]));
            if (boundary)
            {
                var cut = char.IsLower(c) && char.IsUpper(previous) && i - 1 > start ? i - 1 : i;
                Flush(text, ref start, cut, tokens);
                start = cut;
            }
        }

        Flush(text, ref start, text.Length, tokens);
        return tokens.ToImmutable();
    }

    /// <summary>"md5hash" splits after the digits, "2fa" does not: only a token that began with letters ends at its digits.</summary>
    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void Flush(string text, ref int start, int end, ImmutableArray<string>.Builder tokens)
    {
        if (start >= 0 && end > start)
        {
            tokens.Add(text.Substring(start, end - start).ToLowerInvariant());
        }

        start = -1;
    }

    /// <summary>True when any token of <paramref name="name"/> is in <paramref name="words"/>.</summary>
    public static bool ContainsAny(string? name, ISet<string> words)
    {
        foreach (var token in Tokenize(name))
        {
            if (words.Contains(token))
            {
                return true;
            }
        }

        return false;
    }
}
