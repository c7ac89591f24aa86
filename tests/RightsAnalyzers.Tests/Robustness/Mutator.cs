using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace RightsAnalyzers.Tests.Robustness;

/// <summary>
/// Seeded mutations of C# source, the kinds of broken code an IDE analyzer sees on every keystroke: truncated
/// mid-token, lines deleted, braces dropped, tokens shuffled, blocks duplicated.
/// </summary>
internal sealed class Mutator
{
    private readonly Random random;

    public Mutator(int seed) => random = new Random(seed);

    public string Mutate(string source)
    {
        return random.Next(5) switch
        {
            0 => Truncate(source),
            1 => DeleteLines(source),
            2 => DropBraces(source),
            3 => ShuffleTokens(source),
            _ => DuplicateBlock(source),
        };
    }

    private string Truncate(string source) => source.Substring(0, random.Next(source.Length));

    private string DeleteLines(string source)
    {
        var lines = source.Split('\n').ToList();
        for (var i = random.Next(1, 4); i > 0 && lines.Count > 1; i--)
        {
            lines.RemoveAt(random.Next(lines.Count));
        }

        return string.Join("\n", lines);
    }

    private string DropBraces(string source)
    {
        var chars = source.ToCharArray().ToList();
        var braces = Enumerable.Range(0, chars.Count).Where(i => chars[i] is '{' or '}' or '(' or ')' or ';').ToList();
        foreach (var index in braces.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).OrderByDescending(i => i))
        {
            chars.RemoveAt(index);
        }

        return new string(chars.ToArray());
    }

    private string ShuffleTokens(string source)
    {
        var tokens = SyntaxFactory.ParseTokens(source).Select(t => t.ToFullString()).ToList();
        if (tokens.Count < 4)
        {
            return source;
        }

        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var a = random.Next(tokens.Count);
            var b = Math.Min(tokens.Count - 1, a + random.Next(1, 8));
            (tokens[a], tokens[b]) = (tokens[b], tokens[a]);
        }

        return string.Concat(tokens);
    }

    private string DuplicateBlock(string source)
    {
        var lines = source.Split('\n').ToList();
        if (lines.Count < 2)
        {
            return source + source;
        }

        var start = random.Next(lines.Count);
        var length = Math.Min(lines.Count - start, random.Next(1, 12));
        lines.InsertRange(random.Next(lines.Count), lines.GetRange(start, length));
        return string.Join("\n", lines);
    }
}
