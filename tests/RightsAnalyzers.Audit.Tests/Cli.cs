using System.IO;
using System.Threading.Tasks;
using RightsAnalyzers.Audit.Cli;

namespace RightsAnalyzers.Audit.Tests;

/// <summary>Runs the command in-process: the same code as the installed tool minus the process start.</summary>
internal static class Cli
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await App.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public const string WeakHash = "using System.Security.Cryptography;\nclass Weak { byte[] H(byte[] b) => MD5.HashData(b); }\n";

    public const string StrongHash = "using System.Security.Cryptography;\nclass Strong { byte[] H(byte[] b) => SHA256.HashData(b); }\n";
}
