using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RightsAnalyzers.Corpus;

/// <summary>
/// Writes a corpus: one module of files per domain entity, added until the target line count is reached, plus the
/// host files. Deterministic: one <see cref="Random"/> seeded from the options drives every choice, and all numbers
/// are formatted with the invariant culture.
/// </summary>
public static class CorpusGenerator
{
    public static IReadOnlyList<CorpusFile> Generate(CorpusOptions options)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return GenerateInvariant(options);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>The pathological "bounded work" file (see <see cref="Pathological"/>).</summary>
    public static IReadOnlyList<CorpusFile> GeneratePathological(PathologicalOptions options)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return new[]
            {
                new CorpusFile("Program.cs", "System.Console.WriteLine(Acme.Stress.Pathological.Run());\n"),
                new CorpusFile("Pathological.cs", Pathological.Write(options)),
            };
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static IReadOnlyList<CorpusFile> GenerateInvariant(CorpusOptions options)
    {
        var random = new Random(options.Seed);
        var files = new List<CorpusFile> { new("Common/ClaimsSnapshot.cs", HostFiles.Common()) };
        var entities = new List<Entity>();
        var lines = files.Sum(f => f.Lines) + 60; // the host files written last
        for (var index = 0; lines < options.TargetLines; index++)
        {
            var entity = Entity.ForModule(index);
            entities.Add(entity);
            foreach (var file in Module(options, entity, random))
            {
                files.Add(file);
                lines += file.Lines;
            }
        }

        files.Add(new CorpusFile("CorpusServices.cs", HostFiles.Registration(options.Flavour, entities)));
        files.Add(new CorpusFile("Program.cs", HostFiles.Program(options.Flavour)));
        return files;
    }

    private static IEnumerable<CorpusFile> Module(CorpusOptions options, Entity e, Random random)
    {
        var folder = e.Area + "/" + e.Plural + "/";
        if (options.Flavour == CorpusFlavour.Dense)
        {
            yield return new CorpusFile(folder + e.Name + "Dto.cs", DenseData.Dto(e, random));
            yield return new CorpusFile(folder + e.Name + "Repository.cs", DenseData.Repository(e, random, options.UseSourceGenerators));
            yield return new CorpusFile(folder + e.Name + "Service.cs", DenseService.Service(e, random));
            yield return new CorpusFile(folder + e.Plural + "Controller.cs", DenseWeb.Controller(e, random));
            yield return new CorpusFile(folder + e.Name + "Helpers.cs", DenseWeb.Helpers(e, random));
        }
        else
        {
            yield return new CorpusFile(folder + e.Name + ".cs", OrdinaryModule.Model(e, random));
            yield return new CorpusFile(folder + e.Name + "Pricing.cs", OrdinaryModule.Pricing(e, random));
            yield return new CorpusFile(folder + e.Name + "Scheduler.cs", OrdinaryModule.Scheduling(e, random));
            yield return new CorpusFile(folder + e.Name + "Handler.cs", OrdinaryHandler.Handler(e, random));
        }
    }
}
