using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.PersonalData.PersonalDataInLogsAnalyzer>;

namespace RightsAnalyzers.Tests.PersonalData;

/// <summary>RR3001 at every sink family of issue #6, against the real packages.</summary>
public sealed class RR3001SinkFamiliesTests
{
    private const string Patient = """

        public sealed class Patient
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
        }
        """;

    [Fact]
    public Task Microsoft_extensions_logging_calls_scopes_and_level_overloads()
        => Verify.VerifyWithPackagesAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Booked {Email}", [|patient.Email|]);
                    logger.LogError(new Exception(), "Failed for {Phone}", [|patient.PhoneNumber|]);
                    logger.Log(LogLevel.Warning, "Booked {Email}", [|patient.Email|]);
                    using var scope = logger.BeginScope("Patient {Email}", [|patient.Email|]);
                    logger.LogInformation([|$"Booked {patient.Email}"|]);
                }
            }
            """ + Patient);

    [Fact]
    public Task LoggerMessage_Define_and_DefineScope_delegates_are_sinks()
        => Verify.VerifyWithPackagesAsync(
            """
            using System;
            using Microsoft.Extensions.Logging;
            class C
            {
                private static readonly Action<ILogger, string, Exception?> Booked =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Booked {Email}");
                private static readonly Func<ILogger, string, IDisposable?> PatientScope =
                    LoggerMessage.DefineScope<string>("Patient {Email}");

                void M(ILogger logger, Patient patient)
                {
                    Booked(logger, {|#0:patient.Email|}, null);
                    using var scope = PatientScope(logger, [|patient.Email|]);
                }
            }
            """ + Patient,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'patient.Email'", "an email address", "name evidence", "a log", "LoggerMessage delegate"));

    [Fact]
    public Task LoggerMessage_partial_methods_are_sinks_at_their_call_sites()
        => Verify.VerifyWithPackagesAsync(
            """
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    Log.Booked(logger, {|#0:patient.Email|}, patient.Id);
                    Log.Noise(logger, patient.Email);
                }
            }

            static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Booked {Email} as {PatientId}")]
                public static partial void Booked(ILogger logger, string email, int patientId);

                // The logging generator does not run in tests: the implementation part is written by hand.
                public static partial void Booked(ILogger logger, string email, int patientId) { }

                [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Noise {Email}")]
                public static partial void Noise(ILogger logger, string email);

                public static partial void Noise(ILogger logger, string email) { }
            }
            """ + Patient,
            "RR3001.min_log_level = information",
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'patient.Email'", "an email address", "name evidence", "a log", "Log.Booked"));

    [Fact]
    public Task Serilog_log_context_enrichers_and_diagnostic_context_are_sinks()
        => Verify.VerifyWithPackagesAsync(
            """
            using Serilog;
            using Serilog.Context;
            using Microsoft.AspNetCore.Http;
            class C
            {
                void M(ILogger log, IDiagnosticContext diagnostics, HttpContext http, Patient patient)
                {
                    log.Information("Patient {Email}", [|patient.Email|]);
                    Log.Error("Patient {Email}", [|patient.Email|]);
                    var scoped = log.ForContext("Email", [|patient.Email|]);
                    using var pushed = LogContext.PushProperty("Email", [|patient.Email|]);
                    diagnostics.Set("ClientIP", [|http.Connection.RemoteIpAddress|]);
                    diagnostics.Set("Path", http.Request.Path);
                }
            }
            """ + Patient);

    [Fact]
    public Task NLog_loggers_and_scope_properties_are_sinks()
        => Verify.VerifyWithPackagesAsync(
            """
            using NLog;
            class C
            {
                private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

                void M(Patient patient)
                {
                    Logger.Info("Patient {Email}", [|patient.Email|]);
                    Logger.Warn([|"Patient " + patient.Email|]);
                    using var scope = ScopeContext.PushProperty("Email", [|patient.Email|]);
                    var e = new LogEventInfo(LogLevel.Info, "clinic", "booked");
                    e.Properties["Email"] = [|patient.Email|];
                    GlobalDiagnosticsContext.Set("Phone", [|patient.PhoneNumber|]);
                }
            }
            """ + Patient);

    [Fact]
    public Task Log4net_loggers_and_context_properties_are_sinks()
        => Verify.VerifyWithPackagesAsync(
            """
            using log4net;
            class C
            {
                private static readonly ILog Log = LogManager.GetLogger(typeof(C));

                void M(Patient patient)
                {
                    Log.Info([|patient.Email|]);
                    Log.InfoFormat("Patient {0}", [|patient.Email|]);
                    ThreadContext.Properties["email"] = [|patient.Email|];
                    LogicalThreadContext.Properties["phone"] = [|patient.PhoneNumber|];
                }
            }
            """ + Patient);

    [Fact]
    public Task Console_debug_trace_trace_source_event_source_and_event_log_are_sinks()
        => Verify.VerifyWithPackagesAsync(
            """
            using System;
            using System.Diagnostics;
            using System.Diagnostics.Tracing;
            class C
            {
                void M(Patient patient, TraceSource source, ClinicEvents events)
                {
                    Console.WriteLine([|patient.Email|]);
                    Console.Write("Patient {0}", [|patient.Email|]);
                    Debug.WriteLine([|patient.Email|]);
                    Trace.TraceInformation("Patient {0}", [|patient.Email|]);
                    source.TraceEvent(TraceEventType.Information, 1, "Patient {0}", [|patient.Email|]);
                    events.Booked({|#0:patient.Email|});
                    EventLog.WriteEntry("Clinic", [|"Booked " + patient.Email|]);
                }
            }

            [EventSource(Name = "Clinic")]
            sealed class ClinicEvents : EventSource
            {
                [Event(1)]
                public void Booked(string value) => WriteEvent(1, value);
            }
            """ + Patient,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'patient.Email'", "an email address", "name evidence", "a log", "EventSource.WriteEvent (via Booked)"));

    [Fact]
    public Task Configured_log_sinks_are_sinks()
        => Verify.VerifyWithPackagesAsync(
            """
            namespace Clinic;
            static class Audit
            {
                public static void Write(string line) => System.IO.File.AppendAllText("audit.txt", line);
            }
            class C
            {
                void M(Patient patient)
                {
                    Audit.Write({|#0:patient.Email|});
                }
            }
            """ + Patient,
            "rights_analyzers.log_sinks = M:Clinic.Audit.Write(System.String)",
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'patient.Email'", "an email address", "name evidence", "a log", "Audit.Write"));

    [Fact]
    public Task Half_typed_code_still_reports_what_binds_and_never_throws()
        => Verify.VerifyWithPackagesAsync(
            """
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Booked {Email}", {|CS0103:missing|}.Email);
                    logger.LogInformation("Booked {Email}", [|patient.Email|]);
                    logger.{|CS1061:LogInformaton|}("Booked {Email}", patient.Email);
                }
            }
            """ + Patient);
}
