using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Tests.Infrastructure;

public sealed class NameTokenizerTests
{
    [Theory]
    [InlineData("userEmailAddress", "user|email|address")]
    [InlineData("UserEmailAddress", "user|email|address")]
    [InlineData("HTTPRequest", "http|request")]
    [InlineData("IPAddress", "ip|address")]
    [InlineData("remoteIp", "remote|ip")]
    [InlineData("user_id", "user|id")]
    [InlineData("X-Forwarded-For", "x|forwarded|for")]
    [InlineData("SHA256Hash", "sha256|hash")]
    [InlineData("md5hash", "md5|hash")]
    [InlineData("x509Certificate", "x509|certificate")]
    [InlineData("2faCode", "2fa|code")]
    [InlineData("ComputeETag", "compute|e|tag")]
    [InlineData("user.email", "user|email")]
    [InlineData("_password", "password")]
    [InlineData("", "")]
    public void Splits_on_word_boundaries(string name, string expected)
        => Assert.Equal(expected, string.Join("|", NameTokenizer.Tokenize(name)));

    /// <summary>RR2004's prefilter stands for the tokens joined without splitting the name (docs/performance.md, change 36).</summary>
    [Theory]
    [InlineData("userEmailAddress")]
    [InlineData("HTTPRequest")]
    [InlineData("X-Forwarded-For")]
    [InlineData("SHA256Hash")]
    [InlineData("Lawful_Intercept.Or")]
    [InlineData("KeyEscrowÉtape2")]
    [InlineData("__")]
    [InlineData("")]
    public void Letters_and_digits_are_the_tokens_joined(string name)
        => Assert.Equal(string.Concat(NameTokenizer.Tokenize(name)), RightsAnalyzers.Families.KeyEscrow.HookMatcher.LettersAndDigits(name));
}
