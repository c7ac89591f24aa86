using System;
using System.Globalization;
using System.IO;
using System.Linq;
using RightsAnalyzers.Corpus;
using RightsAnalyzers.Harness;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

try
{
    if (args.Length > 0 && args[0] == "generate")
    {
        return Generate(args.Skip(1).ToArray());
    }

    if (args.Length > 0 && args[0] == "selfcheck")
    {
        return SelfCheck.Run(args.Length > 2 && args[1] == "--write" ? args[2] : null);
    }

    if (args.Length > 0 && args[0] == "report")
    {
        return Measurement.Rerender(HarnessOptions.Parse(args.Skip(1).ToArray()));
    }

    var runArgs = args.Length > 0 && args[0] == "run" ? args.Skip(1).ToArray() : args;
    if (runArgs.Contains("--help") || runArgs.Contains("-h"))
    {
        Console.WriteLine(HarnessOptions.Usage);
        return 0;
    }

    return Measurement.Run(HarnessOptions.Parse(runArgs), HarnessOptions.Describe(runArgs));
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(HarnessOptions.Usage);
    return 2;
}

// `generate`: writes one corpus's sources, e.g. to look at them or to build them by hand.
static int Generate(string[] args)
{
    string Value(string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    var flavour = Value("--flavour", "dense");
    var output = Value("--out", "artifacts/corpus");
    var sizes = Value("--pathological", "10000,5000,100").Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
    var files = flavour == "pathological"
        ? CorpusGenerator.GeneratePathological(new PathologicalOptions(sizes[0], sizes[1], sizes[2]))
        : CorpusGenerator.Generate(new CorpusOptions(Enum.Parse<CorpusFlavour>(flavour, ignoreCase: true),
            int.Parse(Value("--lines", "10000"), CultureInfo.InvariantCulture), int.Parse(Value("--seed", "8"), CultureInfo.InvariantCulture)));
    foreach (var file in files)
    {
        file.WriteUnder(output);
    }

    Console.WriteLine($"{files.Count} files, {files.Sum(f => f.Lines)} lines in {Path.GetFullPath(output)}");
    return 0;
}
