using System;
using System.IO;
using RightsAnalyzers.Audit.Model;
using RightsAnalyzers.Audit.Reporting;

namespace RightsAnalyzers.Audit.Cli;

/// <summary>The parsed command line. Parsing is hand-written: seven options do not need a parser dependency.</summary>
public sealed record CommandLine(
    string? Path,
    ReportFormat Format,
    string? Output,
    FindingSeverity MinSeverity,
    string? ConfigPath,
    bool Restore,
    bool Loose,
    bool Quiet,
    bool ShowHelp,
    bool ShowVersion)
{
    public const string Usage = """
        Usage: rights-audit <path> [options]

        Audits C# code with the RightsAnalyzers rules and writes a report organised by the Freedom Online
        Coalition's recommendations. <path> is a .sln, .slnx or .csproj file, or a folder (a folder holding one
        solution or project is audited as that; any other folder as loose .cs files).

        Options:
          -f, --format <text|markdown|html|sarif|json>  Report format (default: from --output's extension, else text)
          -o, --output <file>                           Write the report to a file instead of stdout
          --min-severity <info|warning>                 Lowest severity reported and counted for the exit code (default: info)
          --config <file>                               An .editorconfig laid over the target's own settings
          --loose                                       Audit a folder's .cs files even if it holds a project
          --no-restore                                  Do not run 'dotnet restore' for unrestored projects
          -q, --quiet                                   No progress on stderr
          -h, --help                                    Show this help
          --version                                     Show the tool and analyzer versions

        Exit codes: 0 no findings at or above --min-severity, 1 findings, 2 usage or load error.
        """;

    public static CommandLine Parse(string[] args)
    {
        string? path = null, output = null, config = null, format = null, severity = null;
        bool restore = true, loose = false, quiet = false, help = false, version = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? inline = null;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
            {
                inline = arg.Substring(eq + 1);
                arg = arg.Substring(0, eq);
            }

            string Value()
            {
                if (inline is not null)
                {
                    return inline;
                }

                if (i + 1 >= args.Length || args[i + 1].Length == 0)
                {
                    throw new CommandLineException($"option '{arg}' needs a value");
                }

                return args[++i];
            }

            switch (arg)
            {
                case "-f" or "--format": format = Value(); break;
                case "-o" or "--output": output = Value(); break;
                case "--min-severity": severity = Value(); break;
                case "--config": config = Value(); break;
                case "--loose": loose = true; break;
                case "--no-restore": restore = false; break;
                case "-q" or "--quiet": quiet = true; break;
                case "-h" or "--help" or "-?": help = true; break;
                case "--version": version = true; break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1)
                    {
                        throw new CommandLineException($"unknown option '{arg}'");
                    }

                    if (path is not null)
                    {
                        throw new CommandLineException($"unexpected argument '{arg}': only one path can be audited at a time (already have '{path}')");
                    }

                    path = arg;
                    break;
            }
        }

        if (path is null && !help && !version)
        {
            throw new CommandLineException("missing path: give a .sln, .slnx or .csproj file or a folder to audit");
        }

        return new CommandLine(path, ParseFormat(format, output), output, ParseSeverity(severity), config, restore, loose, quiet, help, version);
    }

    private static ReportFormat ParseFormat(string? format, string? output)
    {
        if (format is not null)
        {
            return ReportFormats.Parse(format)
                ?? throw new CommandLineException($"unknown format '{format}' for --format: expected text, markdown, html, sarif or json");
        }

        return output is null ? ReportFormat.Text : ReportFormats.FromExtension(System.IO.Path.GetExtension(output)) ?? ReportFormat.Text;
    }

    private static FindingSeverity ParseSeverity(string? severity) => severity?.ToLowerInvariant() switch
    {
        null or "info" => FindingSeverity.Info,
        "warning" => FindingSeverity.Warning,
        _ => throw new CommandLineException($"unknown severity '{severity}' for --min-severity: expected info or warning"),
    };
}

/// <summary>A mistake on the command line; the tool prints the message and the usage hint, and exits with code 2.</summary>
public sealed class CommandLineException : Exception
{
    public CommandLineException(string message)
        : base(message)
    {
    }
}
