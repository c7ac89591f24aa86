using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow;

/// <summary>
/// Names of the app's own hashing helpers (<c>Crc32</c>, <c>ComputeHash</c>, <c>Fnv1a</c>, <c>Checksum</c>): their
/// result is a pseudonym of their inputs. Home-grown hashes work on bytes and numbers, where the type filter would
/// otherwise lose what went in.
/// </summary>
internal static class HashHelperNames
{
    private static readonly string[] Hints = { "hash", "crc", "checksum", "digest", "fnv", "murmur", "sha", "md5" };

    public static bool IsHashHelper(string methodName)
    {
        // GetHashCode is an equality helper, not a digest of the data.
        if (methodName == "GetHashCode")
        {
            return false;
        }

        // Cheap substring test first: almost no method names get past it, so tokenizing is rare.
        if (!ContainsAny(methodName, Hints))
        {
            return false;
        }

        foreach (var token in NameTokenizer.Tokenize(methodName))
        {
            if (token is "hash" or "checksum" or "digest" or "fnv" or "fnv1a" or "murmur" or "murmur3" or "sha256" or "sha1" or "md5" ||
                token.StartsWith("crc", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, string[] parts)
    {
        foreach (var part in parts)
        {
            if (text.IndexOf(part, System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
