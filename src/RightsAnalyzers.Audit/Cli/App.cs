using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RightsAnalyzers.Audit.Analysis;
using RightsAnalyzers.Audit.Loading;
using RightsAnalyzers.Audit.Model;
using RightsAnalyzers.Audit.Reporting;

namespace RightsAnalyzers.Audit.Cli;

/// <summary>The command: parse, audit, write, choose the exit code. Writers are injected so tests run it in-process.</summary>
public static class App
{
    public const int NoFindings = 0;
    public const int Findings = 1;
    public const int Failure = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        CommandLine command;
        try
        {
            command = CommandLine.Parse(args);
        }
        catch (CommandLineException e)
        {
            await stderr.WriteLineAsync($"rights-audit: error: {e.Message}\nRun 'rights-audit --help' for usage.").ConfigureAwait(false);
            return Failure;
        }

        if (command.ShowHelp)
        {
            await stdout.WriteLineAsync(CommandLine.Usage).ConfigureAwait(false);
            return NoFindings;
        }

        if (command.ShowVersion)
        {
            await stdout.WriteLineAsync($"rights-audit {AnalyzerCatalog.VersionOf(typeof(App).Assembly)} (RightsAnalyzers {AuditRunner.Catalog.Version}, {AuditRunner.Catalog.Rules.Length} rules)").ConfigureAwait(false);
            return NoFindings;
        }

        try
        {
            var runner = new AuditRunner(command.Quiet ? null : line => stderr.WriteLine(line));
            var request = new AuditRequest(command.Path!, command.MinSeverity, command.ConfigPath, command.Restore, command.Loose);
            var report = await runner.RunAsync(request, cancellationToken).ConfigureAwait(false);
            var summary = ReportSummary.Create(report);
            var writer = ReportFormats.Writer(command.Format);
            if (command.Output is null)
            {
                writer.Write(summary, stdout);
            }
            else
            {
                WriteFile(command.Output, summary, writer);
                if (!command.Quiet)
                {
                    await stderr.WriteLineAsync($"Wrote {command.Format.ToString().ToLowerInvariant()} report to {Path.GetFullPath(command.Output)}").ConfigureAwait(false);
                }
            }

            if (!command.Quiet)
            {
                await stderr.WriteLineAsync($"{summary.Total} finding(s) at or above {report.MinSeverity.Name()} in {summary.FilesWithFindings} file(s).").ConfigureAwait(false);
            }

            return summary.Total > 0 ? Findings : NoFindings;
        }
        catch (AuditException e)
        {
            await stderr.WriteLineAsync($"rights-audit: error: {e.Message}").ConfigureAwait(false);
            return Failure;
        }
    }

    private static void WriteFile(string output, ReportSummary summary, IReportWriter writer)
    {
        try
        {
            var full = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var file = new StreamWriter(full, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(summary, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AuditException($"could not write --output '{output}': {e.Message}", e);
        }
    }
}
