using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Flow.Evidence;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.Crypto.CryptoFlow;

/// <summary>
/// RR1008's name targets: identifiers that say a value guards something. A value already known to come from
/// System.Random that is stored under such a name is a security value. Matched on name tokens:
/// <list type="bullet">
/// <item>the credential categories of <see cref="NameTaxonomy"/> (password, access/refresh/session tokens, API keys and
/// secrets, one-time and reset codes and tokens, session ids and cookies), with their exclusions;</item>
/// <item>our own phrases: token, secret, salt, nonce, iv, otp, pin, passcode, session id/key, csrf/xsrf, code
/// verifier, activation/invite/unlock code, recovery/license key, credential(s);</item>
/// <item>"key" only on byte buffers (<see cref="KeyNames"/>): a string or int called key is usually a dictionary key.</item>
/// </list>
/// Names that describe a property of the secret rather than the secret (length, expiry, count, hash, …) and test
/// data (test, fake, dummy, mock, sample, demo, example, fixture) are excluded.
/// </summary>
internal sealed class SecurityNames
{
    private static readonly (string[] Phrase, string Category, string Display)[] Phrases =
    {
        (new[] { "token" }, "token", "a security token"),
        (new[] { "secret" }, "secret", "a secret"),
        (new[] { "salt" }, "salt", "a salt"),
        (new[] { "nonce" }, "nonce", "a nonce"),
        (new[] { "iv" }, "iv", "an IV"),
        (new[] { "initialization", "vector" }, "iv", "an IV"),
        (new[] { "otp" }, "one-time-code", "a one-time code"),
        (new[] { "pin" }, "pin", "a PIN"),
        (new[] { "passcode" }, "pin", "a passcode"),
        (new[] { "pass", "code" }, "pin", "a passcode"),
        (new[] { "session", "id" }, "session-id", "a session identifier"),
        (new[] { "sessionid" }, "session-id", "a session identifier"),
        (new[] { "session", "key" }, "session-key", "a session key"),
        (new[] { "csrf" }, "csrf-token", "an anti-forgery token"),
        (new[] { "xsrf" }, "csrf-token", "an anti-forgery token"),
        (new[] { "code", "verifier" }, "code-verifier", "a PKCE code verifier"),
        (new[] { "activation", "code" }, "one-time-code", "an activation code"),
        (new[] { "invite", "code" }, "one-time-code", "an invitation code"),
        (new[] { "invitation", "code" }, "one-time-code", "an invitation code"),
        (new[] { "unlock", "code" }, "one-time-code", "an unlock code"),
        (new[] { "recovery", "key" }, "recovery-key", "a recovery key"),
        (new[] { "license", "key" }, "license-key", "a license key"),
        (new[] { "credential" }, "credential", "a credential"),
        (new[] { "credentials" }, "credential", "a credential"),
    };

    /// <summary>Words that make the name about the secret's shape, timing or a test, not the secret itself.</summary>
    private static readonly HashSet<string> Excludes = new(StringComparer.Ordinal)
    {
        "cancellation", "length", "size", "count", "expiry", "expires", "expiration", "expire", "timeout", "delay", "index",
        "type", "name", "names", "lifetime", "seconds", "minutes", "ms", "attempt", "attempts", "retry", "retries", "max",
        "min", "format", "digits", "jitter", "sample", "display", "position", "offset", "page", "hash", "hashed", "policy",
        "test", "tests", "fake", "dummy", "mock", "demo", "example", "fixture", "faker", "bogus", "placeholder", "hint",
        "label", "validator", "validation", "handler", "provider", "source", "options", "prefix", "suffix",
    };

    private static readonly SecurityName KeyMaterial = new("symmetric-key", "key material");
    private static readonly SecurityName Configured = new("configured", "a security value (configured name)");

    private readonly ImmutableHashSet<string> extraNames;
    private readonly AnswerCache<string, SecurityName?> cache = new(StringComparer.Ordinal);

    public SecurityNames(ImmutableHashSet<string> extraNames) => this.extraNames = extraNames;

    /// <summary>What the name says the value is ("a one-time code"), or null when it is not a security name.</summary>
    public SecurityName? Classify(string name, ITypeSymbol? type)
    {
        if (name.Length == 0)
        {
            return null;
        }

        var display = cache.GetOrAdd(name, this, static (n, self) => self.Compute(n));
        if (display is null && type is not null && KeyNames.IsKeyBuffer(name, type) && !HasExcluded(NameTokenizer.Tokenize(name)))
        {
            return KeyMaterial;
        }

        return display;
    }

    /// <summary>True when a type, method or target name marks test data (a fixture that fakes a token is not a finding).</summary>
    public static bool IsTestName(string name)
    {
        foreach (var token in NameTokenizer.Tokenize(name))
        {
            if (token is "test" or "tests" or "fake" or "fakes" or "dummy" or "mock" or "mocks" or "fixture" or "faker" or "bogus" or "demo")
            {
                return true;
            }
        }

        return false;
    }

    private SecurityName? Compute(string name)
    {
        var tokens = NameTokenizer.Tokenize(name);
        if (tokens.IsEmpty || HasExcluded(tokens))
        {
            return null;
        }

        foreach (var token in tokens)
        {
            if (extraNames.Contains(token))
            {
                return Configured;
            }
        }

        // The credential categories of the shared taxonomy, with their own exclusions (passwordPolicy, tokenType…).
        if (NameMatcher.Match(tokens, ImmutableArray<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty) is { Weak: false } match &&
            match.Category.Kind == LabelKind.Credential && match.Category.Id != "connection-string")
        {
            return new SecurityName(match.Category.Id, match.Category.Display);
        }

        foreach (var (phrase, category, display) in Phrases)
        {
            if (Contains(tokens, phrase))
            {
                return new SecurityName(category, display);
            }
        }

        return null;
    }

    private static bool HasExcluded(ImmutableArray<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (Excludes.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(ImmutableArray<string> tokens, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= tokens.Length; start++)
        {
            var matched = true;
            for (var i = 0; i < phrase.Length && matched; i++)
            {
                matched = tokens[start + i] == phrase[i];
            }

            if (matched)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A security name's category (the <c>category</c> property) and how messages say it.</summary>
internal sealed class SecurityName
{
    public SecurityName(string category, string display)
    {
        Category = category;
        Display = display;
    }

    public string Category { get; }

    public string Display { get; }
}
