using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.PersonalData.PersonalDataInLogsAnalyzer>;

namespace RightsAnalyzers.Tests.PersonalData;

public sealed class RR3001PersonalDataInLogsTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;
        using Microsoft.AspNetCore.Http;

        """;

    private const string Patient = """

        public sealed class Patient
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string Diagnosis { get; set; } = "";
            public string EmailTemplate { get; set; } = "";
            public bool HasEmail { get; set; }
        }
        """;

    [Fact]
    public Task Direct_argument_is_reported_with_evidence_and_sink()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(ILogger logger, Patient patient) => logger.LogInformation("Booked {Email}", {|#0:patient.Email|});
            }
            """ + Patient,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'patient.Email'", "an email address", "name evidence", "a log", "LogInformation"));

    [Fact]
    public Task Flow_through_a_local_interpolation_and_a_helper_is_reported()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                private readonly ILogger logger;
                C(ILogger logger) => this.logger = logger;

                void Book(Patient patient)
                {
                    var address = {|#1:patient.Email|};
                    var line = $"booking for {address}";
                    Audit({|#0:line|});
                }

                void Audit(string message) => logger.LogInformation(message);
            }
            """ + Patient,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0).WithLocation(1)
                .WithArguments("'patient.Email'", "an email address", "name evidence", "a log", "LogInformation (via Audit)"));

    [Fact]
    public Task Special_categories_are_named_as_such()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(ILogger logger, Patient patient) => logger.LogWarning("Dx {D}", {|#0:patient.Diagnosis|});
            }
            """ + Patient,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'patient.Diagnosis'", "health data (a special category of personal data)", "name evidence", "a log", "LogWarning"));

    [Fact]
    public Task Client_ip_from_the_connection_is_reported()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(ILogger<C> logger, HttpContext context)
                {
                    var ip = context.Connection.RemoteIpAddress;
                    logger.LogInformation("Request from {Ip}", [|ip|]);
                }
            }
            """);

    [Fact]
    public Task Serilog_console_and_debug_are_sinks()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(Serilog.ILogger log, Patient patient)
                {
                    log.Information("Patient {Email}", [|patient.Email|]);
                    Serilog.Log.Warning("Patient {Email}", [|patient.Email|]);
                    Console.WriteLine([|patient.Email|]);
                    System.Diagnostics.Debug.WriteLine([|"patient " + patient.Email|]);
                }
            }
            """ + Patient);

    [Fact]
    public Task Look_alikes_stay_quiet()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(ILogger logger, Patient patient, List<string> recipients)
                {
                    logger.LogInformation("Template {T}", patient.EmailTemplate);
                    logger.LogInformation("Has email {H}", patient.HasEmail);
                    logger.LogInformation("Email length {L}", patient.Email.Length);
                    logger.LogInformation("Recipients {Count}", recipients.Count);
                    logger.LogInformation("Patient {Id}", patient.Id);
                    logger.LogInformation("Sending the email confirmation now");
                    logger.LogInformation("Email present: {P}", !string.IsNullOrEmpty(patient.Email));
                }
            }
            """ + Patient);

    [Fact]
    public Task Redacted_values_stay_quiet_and_hashed_values_are_info()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using Microsoft.Extensions.Compliance.Redaction;
            class C
            {
                void M(ILogger logger, Redactor redactor, Patient patient)
                {
                    logger.LogInformation("Patient {Email}", redactor.Redact(patient.Email));
                    var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes({|#1:patient.Email|})));
                    logger.LogInformation("Patient {Hash}", {|#0:hash|});
                }
            }
            """ + Patient,
            Verify.Diagnostic(Rules.PersonalDataInLogInfo).WithLocation(0).WithLocation(1)
                .WithArguments("'patient.Email'", "an email address", "hashed, which is pseudonymisation, not anonymisation", "a log", "LogInformation"));

    [Fact]
    public Task Min_log_level_exempts_lower_levels()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogDebug("Patient {Email}", patient.Email);
                    logger.LogWarning("Patient {Email}", [|patient.Email|]);
                    logger.Log(LogLevel.Trace, "Patient {Email}", patient.Email);
                }
            }
            """ + Patient,
            "RR3001.min_log_level = information");
}
