using System;
using System.IO;

namespace RightsAnalyzers.Corpus;

/// <summary>One generated source file, with its path relative to the corpus root.</summary>
public sealed record CorpusFile(string Path, string Text)
{
    public int Lines { get; } = CountLines(Text);

    public void WriteUnder(string root)
    {
        var full = System.IO.Path.Combine(root, Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Text);
    }

    private static int CountLines(string text)
    {
        var lines = 0;
        foreach (var c in text.AsSpan())
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        return lines;
    }
}
