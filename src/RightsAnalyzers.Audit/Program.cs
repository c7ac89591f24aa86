using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RightsAnalyzers.Audit.Cli;

namespace RightsAnalyzers.Audit;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Reports use "—" and "…"; without this a Windows console would show them as '?'.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            return await App.RunAsync(args, Console.Out, Console.Error, cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("rights-audit: cancelled").ConfigureAwait(false);
            return App.Failure;
        }
#pragma warning disable CA1031 // Anything unforeseen still has to end as "could not audit" (2), never as "no findings".
        catch (Exception e)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync("rights-audit: internal error: " + e).ConfigureAwait(false);
            return App.Failure;
        }
    }
}
