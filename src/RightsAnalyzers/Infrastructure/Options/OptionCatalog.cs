using System.Collections.Immutable;

namespace RightsAnalyzers.Infrastructure.Options;

/// <summary>
/// Every option the package reads, one partial file per family. Docs and meta-tests enumerate <see cref="All"/>.
/// </summary>
internal static partial class OptionCatalog
{
    /// <summary>Package-wide key prefix.</summary>
    public const string PackagePrefix = "rights_analyzers.";

    /// <summary>All options, each with its <see cref="OptionDefinition.Index"/> set.</summary>
    public static ImmutableArray<OptionDefinition> All => Registry.Options;

    /// <summary>
    /// Built on first use, after every static field of <see cref="OptionCatalog"/> (in all its partial files) has
    /// been initialised — field initialisers across partial files run in no guaranteed order.
    /// </summary>
    private static class Registry
    {
        public static readonly ImmutableArray<OptionDefinition> Options = Build();

        private static ImmutableArray<OptionDefinition> Build()
        {
            var options = ImmutableArray.Create<OptionDefinition>(
                // Shared by the value-flow families.
                PiiAttributes, NonPiiAttributes, PiiNames, PiiNamesExcluded, Sanitizers, LogSinks, TelemetrySinks, NetworkSinks,
                // Weak cryptography.
                WeakHashAllowNonSecurityUses, MinRsaKeySize, MinEcKeySize, MinIterationsSha1, MinIterationsSha256, MinIterationsSha512, MinSaltBytes,
                // Weak cryptography, value flow.
                SecurityNames,
                // Key escrow.
                HookNames, Hooks,
                // Logging.
                MinLogLevel);
            for (var i = 0; i < options.Length; i++)
            {
                options[i].Index = i;
            }

            return options;
        }
    }
}
