using System.Text;

namespace RightsAnalyzers.Corpus;

/// <summary>How big the "bounded work" inputs are (issue #8: 10,000 statements, 5,000 parts, deep lambdas).</summary>
public sealed record PathologicalOptions(int Statements = 10_000, int ConcatParts = 5_000, int LambdaDepth = 100);

/// <summary>
/// One file of inputs that make naive flow analysis run away: a method body of many statements whose 64 string
/// locals feed each other through branches and loops, one concatenation of thousands of parts (a left-deep
/// binary tree that a recursive walker would follow to the bottom), and lambdas nested inside lambdas, each
/// capturing its parent's parameter. Personal data enters at the top and reaches log sinks throughout, so a flow
/// engine has to carry labels the whole way.
/// </summary>
internal static class Pathological
{
    private const int Locals = 64;

    public static string Write(PathologicalOptions options)
    {
        var text = new StringBuilder();
        text.Append("""
            using System;
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Logging.Abstractions;

            namespace Acme.Stress;

            public sealed record Person(string FullName, string Email, string PhoneNumber, string StreetAddress);

            public static class Pathological
            {
                public static int Run()
                {
                    var logger = NullLogger.Instance;
                    var person = new Person("Ada Lovelace", "ada@example.com", "+44 20 7946 0000", "12 St James's Square");
                    return LongBody(logger, person, 3).Length + Concatenation(logger, person, 3).Length + NestedLambdas(logger, person);
                }

            """);
        LongBody(text, options.Statements);
        Concatenation(text, options.ConcatParts);
        NestedLambdas(text, options.LambdaDepth);
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>Exactly <paramref name="statements"/> statements, counting each if, for and nested statement.</summary>
    private static void LongBody(StringBuilder text, int statements)
    {
        text.Append("    public static string LongBody(ILogger logger, Person person, int n)\n    {\n");
        var count = 0;
        for (var i = 0; i < Locals; i++, count++)
        {
            var init = (i % 4) switch { 0 => "person.Email", 1 => "person.FullName", 2 => "person.PhoneNumber", _ => "\"v" + i + "\"" };
            text.Append("        string s").Append(i).Append(" = ").Append(init).Append(";\n");
        }

        const int Chunk = 500;
        var chunk = 0;
        while (count < statements - 1)
        {
            var inLoop = chunk % 2 == 0 && statements - count > 2;
            var indent = inLoop ? "            " : "        ";
            if (inLoop)
            {
                text.Append("        for (var k").Append(chunk).Append(" = 0; k").Append(chunk).Append(" < n; k").Append(chunk).Append("++)\n        {\n");
                count++;
            }

            for (var j = 0; j < Chunk && count < statements - 1; j++)
            {
                var a = (count * 7 + 3) % Locals;
                var b = (count * 13 + 5) % Locals;
                if (j % 50 == 49)
                {
                    text.Append(indent).Append("logger.LogInformation(\"step {Value}\", s").Append(a).Append(");\n");
                    count++;
                }
                else if (j % 10 == 9 && statements - 1 - count >= 3)
                {
                    text.Append(indent).Append("if (s").Append(a).Append(".Length > ").Append(j % 17).Append(") { s").Append(a).Append(" = s").Append(b)
                        .Append(" + \"").Append(j).Append("\"; } else { s").Append(b).Append(" = person.StreetAddress; }\n");
                    count += 3;
                }
                else
                {
                    text.Append(indent).Append('s').Append(a).Append(" = s").Append(b).Append(" + s").Append((a + b) % Locals).Append(".Substring(0, 1);\n");
                    count++;
                }
            }

            if (inLoop)
            {
                text.Append("        }\n");
            }

            chunk++;
        }

        text.Append("        return s0;\n    }\n\n");
    }

    private static void Concatenation(StringBuilder text, int parts)
    {
        text.Append("    public static string Concatenation(ILogger logger, Person person, int n)\n    {\n");
        text.Append("        var number = n.ToString(System.Globalization.CultureInfo.InvariantCulture);\n");
        text.Append("        var text =");
        for (var i = 0; i < parts; i++)
        {
            text.Append(i == 0 ? " " : (i % 8 == 0 ? "\n            + " : " + "));
            text.Append((i % 5) switch
            {
                0 => "person.Email",
                1 => "\"|" + i + "|\"",
                2 => "number",
                3 => "person.FullName",
                _ => "\";\"",
            });
        }

        text.Append(";\n        logger.LogInformation(text);\n        return text;\n    }\n\n");
    }

    /// <summary>Each level declares a delegate whose body declares the next; the innermost logs.</summary>
    private static void NestedLambdas(StringBuilder text, int depth)
    {
        text.Append("    public static int NestedLambdas(ILogger logger, Person person)\n    {\n");
        for (var level = 0; level < depth; level++)
        {
            var pad = new string(' ', 8 + (level * 4));
            text.Append(pad).Append("Func<string, string> f").Append(level).Append(" = a").Append(level).Append(" =>\n")
                .Append(pad).Append("{\n");
        }

        var innermost = new string(' ', 8 + (depth * 4));
        text.Append(innermost).Append("logger.LogInformation(\"deep {Value}\", a").Append(depth - 1).Append(" + person.Email);\n")
            .Append(innermost).Append("return a").Append(depth - 1).Append(";\n");
        for (var level = depth - 1; level >= 0; level--)
        {
            var pad = new string(' ', 8 + (level * 4));
            text.Append(pad).Append("};\n");
            if (level > 0)
            {
                text.Append(pad).Append("return f").Append(level).Append("(a").Append(level - 1).Append(" + \"").Append(level).Append("\");\n");
            }
        }

        text.Append("        return f0(person.Email).Length;\n    }\n");
    }
}
