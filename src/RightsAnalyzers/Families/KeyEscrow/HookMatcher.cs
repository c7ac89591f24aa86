using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Families.KeyEscrow;

/// <summary>
/// Decides whether a called member is an exceptional-access hook (RR2004) under one configuration: configured in
/// <c>RR2004.hooks</c>, or named with a hook word (<c>RR2004.hook_names</c>) in the member's or its type's name.
/// Results are cached per member; one instance lives per configuration and compilation.
/// </summary>
internal sealed class HookMatcher
{
    /// <summary>Endings a hook word may carry inside its last token: Escrowed, Interceptor, Backdoors, KeyRecoveryService.</summary>
    private static readonly string[] Suffixes = { "s", "ed", "er", "ers", "or", "ors", "ion", "ions", "ing" };

    private readonly ImmutableArray<string> names;
    private readonly ImmutableHashSet<ISymbol> configured;
    private readonly AnswerCache<ISymbol, HookMatch?> cache = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The hook word of each identifier, or null: a type's name is asked once per method of the type called, and most
    /// identifiers contain no hook word at all (docs/performance.md, change 35).
    /// </summary>
    private readonly AnswerCache<string, string?> words = new(StringComparer.Ordinal);

    public HookMatcher(RightsOptions options, Compilation compilation)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var name in options.Get(OptionCatalog.HookNames))
        {
            var normalized = name.ToLowerInvariant().Replace("_", string.Empty).Replace("-", string.Empty).Trim();
            if (normalized.Length > 0)
            {
                builder.Add(normalized);
            }
        }

        names = builder.ToImmutable();
        var symbols = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var id in options.Get(OptionCatalog.Hooks))
        {
            // An ID naming nothing here is simply unused (another project of the solution may declare it).
            foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
            {
                symbols.Add(symbol.OriginalDefinition);
            }
        }

        configured = symbols.ToImmutable();
    }

    public HookMatch? Match(IMethodSymbol method)
    {
        var original = method.ReducedFrom ?? method;
        original = original.OriginalDefinition;
        return cache.GetOrAdd(original, this, static (m, self) => self.Compute(m));
    }

    private HookMatch? Compute(ISymbol member)
    {
        var method = (IMethodSymbol)member;
        var type = method.ContainingType;
        if (!configured.IsEmpty && (configured.Contains(method) || (type is not null && configured.Contains(type.OriginalDefinition))))
        {
            return new HookMatch(Display(method), "configured in RR2004.hooks", "configured", EvidenceKinds.Configuration);
        }

        // A property setter or accessor is named after its property (set_EscrowKey → EscrowKey).
        var name = method.AssociatedSymbol?.Name ?? method.Name;
        var word = MatchName(method.MethodKind == MethodKind.Constructor ? null : name) ?? MatchName(type?.Name);
        return word is null ? null : new HookMatch(Display(method), "its name says '" + word + "'", word, EvidenceKinds.Name);
    }

    private static string Display(IMethodSymbol method)
    {
        var type = method.ContainingType;
        return method.MethodKind == MethodKind.Constructor ? type?.Name ?? method.Name : (type is null ? method.Name : type.Name + "." + method.Name);
    }

    /// <summary>A hook word equal to a run of the name's tokens joined (key+escrow, lawful+intercept+or), or null.</summary>
    private string? MatchName(string? identifier)
    {
        if (identifier is null || names.IsEmpty)
        {
            return null;
        }

        return words.GetOrAdd(identifier, this, static (id, self) => self.MatchTokens(id));
    }

    private string? MatchTokens(string identifier)
    {
        // Every run of tokens is a part of the tokens joined — the name's letters and digits, lower-cased — so a hook
        // word found in none of it cannot start a run, and most names stop here without being split into tokens.
        var all = LettersAndDigits(identifier);
        var any = false;
        foreach (var hook in names)
        {
            if (all.IndexOf(hook, StringComparison.Ordinal) >= 0)
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return null;
        }

        var tokens = NameTokenizer.Tokenize(identifier);
        for (var start = 0; start < tokens.Length; start++)
        {
            var joined = string.Empty;
            for (var end = start; end < tokens.Length && joined.Length < 40; end++)
            {
                joined += tokens[end];
                foreach (var hook in names)
                {
                    if (joined.Length >= hook.Length && joined.StartsWith(hook, StringComparison.Ordinal) &&
                        IsEnding(joined, hook.Length, joined.Length - tokens[end].Length))
                    {
                        return hook;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>What <see cref="NameTokenizer.Tokenize"/>'s tokens joined give: the letters and digits, lower-cased.</summary>
    internal static string LettersAndDigits(string identifier)
    {
        var chars = new char[identifier.Length];
        var length = 0;
        foreach (var c in identifier)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, length);
    }

    /// <summary>The hook must end where the run ends, or inside the last token followed only by a common ending.</summary>
    private static bool IsEnding(string joined, int hookEnd, int lastTokenStart)
    {
        if (hookEnd == joined.Length)
        {
            return true;
        }

        if (hookEnd <= lastTokenStart)
        {
            return false;
        }

        var rest = joined.Substring(hookEnd);
        return Array.IndexOf(Suffixes, rest) >= 0;
    }
}

/// <summary>Why a member is a hook, for the message and the diagnostic's properties.</summary>
internal sealed class HookMatch
{
    public HookMatch(string display, string reason, string category, string evidence)
    {
        Display = display;
        Reason = reason;
        Category = category;
        Evidence = evidence;
    }

    public string Display { get; }

    public string Reason { get; }

    public string Category { get; }

    public string Evidence { get; }
}
