using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Crypto.PredictableRandomnessAnalyzer>;

namespace RightsAnalyzers.Tests.CryptoFlow;

public sealed class RR1008PredictableRandomnessTests
{
    private const string Usings = "using System; using System.Linq; using System.Text; using System.Collections.Generic; using System.Security.Cryptography;\n";

    [Fact]
    public Task Random_bytes_reaching_keys_ivs_nonces_and_salts_are_reported()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                private static readonly Random Rng = new Random();

                void M(Aes aes, AesGcm gcm, byte[] p, byte[] c, byte[] tag, string password, byte[] storedKey)
                {
                    var buffer = new byte[32];
                    {|#1:Rng.NextBytes(buffer)|};
                    aes.Key = {|#0:buffer|};

                    var iv = new byte[16];
                    {|#3:Random.Shared.NextBytes({|#2:iv|})|};
                    using var e = aes.CreateEncryptor(storedKey, iv);

                    var n = new byte[12];
                    {|#5:Rng.NextBytes(n)|};
                    gcm.Encrypt({|#4:n|}, p, c, tag);

                    var s = new byte[16];
                    {|#7:new Random(42).NextBytes(s)|};
                    var derived = Rfc2898DeriveBytes.Pbkdf2(password, {|#6:s|}, 600_000, HashAlgorithmName.SHA256, 32);
                }
            }
            """,
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(0).WithLocation(1).WithArguments("'Rng.NextBytes(buffer)'", "the key given to Aes.Key"),
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(2).WithLocation(3).WithArguments("'Random.Shared.NextBytes(iv)'", "an IV ('iv')"),
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(4).WithLocation(5).WithArguments("'Rng.NextBytes(n)'", "the nonce given to AesGcm.Encrypt"),
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(6).WithLocation(7).WithArguments("'new Random(42).NextBytes(s)'", "the salt given to Rfc2898DeriveBytes.Pbkdf2"));

    [Fact]
    public Task Security_named_locals_properties_parameters_and_returns_are_reported()
        => Verify.VerifyAsync(
            Usings + """
            class User { public string ResetToken { get; set; } = ""; public string SessionId { get; set; } = ""; }

            class C
            {
                private readonly Random random = new();

                void M(User user)
                {
                    var otp = {|#0:random.Next(100000, 999999)|};
                    user.ResetToken = {|#1:random.Next().ToString("x8")|};
                    user.SessionId = {|#2:Guid.NewGuid().ToString() + random.Next()|};
                    SendInvite(user, {|#3:random.NextInt64().ToString()|});
                }

                string GenerateApiKey() => {|#4:Convert.ToBase64String(BitConverter.GetBytes(Random.Shared.NextInt64()))|};

                void SendInvite(User user, string invitationCode) { }
            }
            """,
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(0).WithArguments("'random.Next(100000, 999999)'", "a one-time code ('otp')"),
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(1).WithArguments("'random.Next()'", "a one-time code ('ResetToken')"),
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(2).WithArguments("'random.Next()'", "an Authorization header ('SessionId')"),
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(3).WithArguments("'random.NextInt64()'", "an invitation code (parameter 'invitationCode' of 'SendInvite')"),
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(4).WithArguments("'Random.Shared.NextInt64()'", "an API key (returned by 'GenerateApiKey')"));

    [Fact]
    public Task Random_output_behind_a_computed_property_and_a_helper_is_found_in_a_body_that_never_names_Random()
        => Verify.VerifyAsync(
            Usings + """
            class User { public string ResetToken { get; set; } = ""; }

            class C
            {
                private readonly Random random = new();

                private string Suffix => {|#1:random.Next()|}.ToString("x8");

                private string Pick() => Suffix;

                void M(User user, int count)
                {
                    var total = count * 2;
                    user.ResetToken = {|#0:Pick()|};
                }
            }
            """,
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(0).WithLocation(1).WithArguments("'random.Next()'", "a one-time code ('ResetToken')"));

    [Fact]
    public Task Random_output_returned_as_a_number_by_a_helper_is_found_and_void_helpers_that_use_Random_change_nothing()
        => Verify.VerifyAsync(
            Usings + """
            class User { public string ResetToken { get; set; } = ""; public string DisplayOrder { get; set; } = ""; }

            class C
            {
                private readonly Random random = new();

                // Numbers keep Random output (a six-digit code); the gate follows helpers that return them.
                private int Code() => {|#1:random.Next(100000, 999999)|};

                // A helper returning nothing, or a flag, hands no Random output back: the gate does not follow it.
                private void Shuffle(List<int> items) { for (var i = items.Count - 1; i > 0; i--) { var j = random.Next(i + 1); (items[i], items[j]) = (items[j], items[i]); } }

                private bool Coin() => random.Next(2) == 0;

                void M(User user, List<int> items)
                {
                    Shuffle(items);
                    user.DisplayOrder = Coin() ? "asc" : "desc";
                    user.ResetToken = {|#0:Code().ToString()|};
                }
            }
            """,
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(0).WithLocation(1).WithArguments("'random.Next(100000, 999999)'", "a one-time code ('ResetToken')"));

    [Fact]
    public Task RandomString_beside_SecureRandomString_depends_on_the_helper_and_the_use()
        => Verify.VerifyAsync(
            Usings + """
            static class StringUtil
            {
                private static readonly Random random = new Random();
                private const string Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

                public static string RandomString(int length)
                    => new string(Enumerable.Repeat(Chars, length).Select(s => s[{|#1:random.Next(s.Length)|}]).ToArray());

                public static string SecureRandomString(int length)
                    => RandomNumberGenerator.GetString(Chars, length);
            }

            class Accounts
            {
                void Register(Dictionary<string, string> store)
                {
                    var password = {|#0:StringUtil.RandomString(16)|};
                    var resetToken = StringUtil.SecureRandomString(32);
                    var tempFileName = StringUtil.RandomString(8) + ".tmp";
                    var cacheBuster = StringUtil.RandomString(6);
                    store["p"] = password;
                }
            }
            """,
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(0).WithLocation(1).WithArguments("'random.Next(s.Length)'", "a password ('password')"));

    [Fact]
    public Task Index_choice_and_string_builders_carry_the_weakness()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                string NewPassword()
                {
                    const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
                    var rnd = new Random();
                    var sb = new StringBuilder();
                    for (var i = 0; i < 12; i++)
                    {
                        sb.Append(alphabet[{|#1:rnd.Next(alphabet.Length)|}]);
                    }

                    return {|#0:sb.ToString()|};
                }
            }
            """,
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(0).WithLocation(1).WithArguments("'rnd.Next(alphabet.Length)'", "a password (returned by 'NewPassword')"));

    [Fact]
    public Task Jitter_shuffles_sampling_games_ui_and_test_data_stay_quiet()
        => Verify.VerifyAsync(
            Usings + """
            class Service
            {
                private readonly Random rng = new();
                private readonly double sampleRate = 0.1;

                TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Pow(2, attempt) * 100 + rng.Next(100));

                List<string> Shuffle(List<string> questions) => questions.OrderBy(_ => rng.Next()).ToList();

                bool ShouldSample() => Random.Shared.NextDouble() < sampleRate;

                int RollDice() => rng.Next(1, 7);

                string RandomColour() => $"#{rng.Next(0x1000000):X6}";

                void Retry()
                {
                    var delay = rng.Next(50, 500);
                    var tokenExpiryJitter = rng.Next(60);
                    var passwordLength = rng.Next(12, 20);
                    var key = rng.Next();
                    var lookup = new Dictionary<int, string> { [key] = "x" };
                    Console.WriteLine(delay + tokenExpiryJitter + passwordLength + lookup.Count);
                }
            }

            class AccountTests
            {
                void Creates_a_user()
                {
                    var password = "Pw" + new Random().Next();
                    Console.WriteLine(password);
                }
            }

            class Seeder
            {
                void Seed()
                {
                    var fakeToken = Random.Shared.Next().ToString();
                    var secureToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
                    var otp = RandomNumberGenerator.GetInt32(100000, 1000000);
                    Console.WriteLine(fakeToken + secureToken + otp);
                }
            }
            """);

    [Fact]
    public Task Configured_security_names_extend_the_list()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(Random random)
                {
                    var voucher = {|#0:random.Next(1_000_000)|};
                    Console.WriteLine(voucher);
                }
            }
            """,
            "RR1008.security_names = Voucher",
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(0).WithArguments("'random.Next(1_000_000)'", "a security value (configured name) ('voucher')"));

    [Fact]
    public Task Without_the_option_the_same_name_is_quiet()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(Random random)
                {
                    var voucher = random.Next(1_000_000);
                    Console.WriteLine(voucher);
                }
            }
            """);

    [Fact]
    public Task Half_typed_code_does_not_throw()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(Random random, Aes aes)
                {
                    var token = random.{|CS1061:Nope|}();
                    aes.Key = {|CS0103:Missing|};
                    var otp = {|#0:random.Next(6)|};
                    aes.IV = {|CS1525:;|}
                }
            }
            """,
            Verify.Diagnostic(Rules.PredictableRandomness).WithLocation(0).WithArguments("'random.Next(6)'", "a one-time code ('otp')"));
}
