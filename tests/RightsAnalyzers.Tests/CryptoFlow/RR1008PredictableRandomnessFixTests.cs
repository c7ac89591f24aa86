using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RightsAnalyzers.Families.Crypto.PredictableRandomnessAnalyzer,
    RightsAnalyzers.CodeFixes.Crypto.PredictableRandomnessCodeFixProvider>;

namespace RightsAnalyzers.Tests.CryptoFlow;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR1008PredictableRandomnessFixTests
{
    private const string Usings = "using System; using System.Security.Cryptography;\n";

    [Fact]
    public Task Next_and_NextBytes_become_RandomNumberGenerator()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                private static readonly Random random = new();

                void M(Aes aes)
                {
                    var otp = {|#0:random.Next(100000, 1000000)|};
                    var pin = {|#1:Random.Shared.Next(10000)|};
                    var sessionId = {|#2:random.Next().ToString()|};
                    var salt = new byte[16];
                    {|#4:random.NextBytes({|#3:salt|})|};
                    var buffer = new byte[32];
                    {|#6:new Random().NextBytes(buffer)|};
                    aes.Key = {|#5:buffer|};
                }
            }
            """,
            Usings + """
            class C
            {
                private static readonly Random random = new();

                void M(Aes aes)
                {
                    var otp = RandomNumberGenerator.GetInt32(100000, 1000000);
                    var pin = RandomNumberGenerator.GetInt32(10000);
                    var sessionId = RandomNumberGenerator.GetInt32(int.MaxValue).ToString();
                    var salt = new byte[16];
                    RandomNumberGenerator.Fill(salt);
                    var buffer = new byte[32];
                    RandomNumberGenerator.Fill(buffer);
                    aes.Key = buffer;
                }
            }
            """,
            new DiagnosticResult(Rules.PredictableRandomness).WithLocation(0).WithArguments("'random.Next(100000, 1000000)'", "a one-time code ('otp')"),
            new DiagnosticResult(Rules.PredictableRandomness).WithLocation(1).WithArguments("'Random.Shared.Next(10000)'", "a PIN ('pin')"),
            new DiagnosticResult(Rules.PredictableRandomness).WithLocation(2).WithArguments("'random.Next()'", "an Authorization header ('sessionId')"),
            new DiagnosticResult(Rules.PredictableRandomness).WithLocation(3).WithLocation(4).WithArguments("'random.NextBytes(salt)'", "a salt ('salt')"),
            new DiagnosticResult(Rules.PredictableRandomness).WithLocation(5).WithLocation(6).WithArguments("'new Random().NextBytes(buffer)'", "the key given to Aes.Key"));

    [Fact]
    public Task The_helper_call_is_fixed_once_for_all_its_security_uses_and_the_using_is_added()
        => Verify.VerifyAsync(
            """
            using System;
            using System.Text;

            class Tokens
            {
                private readonly Random rng = new Random();
                private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

                string Code(int length)
                {
                    var sb = new StringBuilder();
                    for (var i = 0; i < length; i++)
                    {
                        sb.Append(Alphabet[{|#1:rng.Next(Alphabet.Length)|}]);
                    }

                    return sb.ToString();
                }

                void Issue()
                {
                    var resetToken = {|#0:Code(24)|};
                    var inviteCode = {|#2:Code(8)|};
                    Console.WriteLine(resetToken + inviteCode);
                }
            }
            """,
            """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class Tokens
            {
                private readonly Random rng = new Random();
                private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

                string Code(int length)
                {
                    var sb = new StringBuilder();
                    for (var i = 0; i < length; i++)
                    {
                        sb.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
                    }

                    return sb.ToString();
                }

                void Issue()
                {
                    var resetToken = Code(24);
                    var inviteCode = Code(8);
                    Console.WriteLine(resetToken + inviteCode);
                }
            }
            """,
            new DiagnosticResult(Rules.PredictableRandomness).WithLocation(0).WithLocation(1).WithArguments("'rng.Next(Alphabet.Length)'", "a one-time code ('resetToken')"),
            new DiagnosticResult(Rules.PredictableRandomness).WithLocation(2).WithLocation(1).WithArguments("'rng.Next(Alphabet.Length)'", "an invitation code ('inviteCode')"));

    [Fact]
    public Task No_fix_where_there_is_no_direct_equivalent_or_the_receiver_has_side_effects()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                Random Make() => new Random();

                void M()
                {
                    var token = {|#0:Random.Shared.NextInt64().ToString()|};
                    var secret = {|#1:Make().Next(100)|};
                }
            }
            """,
            Usings + """
            class C
            {
                Random Make() => new Random();

                void M()
                {
                    var token = {|#0:Random.Shared.NextInt64().ToString()|};
                    var secret = {|#1:Make().Next(100)|};
                }
            }
            """,
            new DiagnosticResult(Rules.PredictableRandomness).WithLocation(0).WithArguments("'Random.Shared.NextInt64()'", "a security token ('token')"),
            new DiagnosticResult(Rules.PredictableRandomness).WithLocation(1).WithArguments("'Make().Next(100)'", "an API key ('secret')"));
}
