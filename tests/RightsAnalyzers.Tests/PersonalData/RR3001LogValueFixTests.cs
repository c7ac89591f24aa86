using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.CodeFixes.PersonalData;
using RightsAnalyzers.Families.PersonalData;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.PersonalData;

/// <summary>Each fix test also runs FixAll in document, project and solution scope (library default).</summary>
public sealed class RR3001LogValueFixTests
{
    private const string Remove = "LogValueCodeFixProvider.Remove";
    private const string Redact = "LogValueCodeFixProvider.Redact";
    private const string UseIdentifier = "LogValueCodeFixProvider.UseIdentifier";

    private const string Patient = """

        public sealed class Patient
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
        }
        """;

    [Fact]
    public Task Remove_drops_the_argument_and_its_hole_keeping_template_and_args_aligned()
        => VerifyAsync<PersonalDataInLogsAnalyzer>(
            """
            using System;
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, log4net.ILog log, Patient patient, DateTime time)
                {
                    logger.LogInformation("User {Email} booked for {Time}", [|patient.Email|], time);
                    logger.LogInformation("Patient {Email} {Phone} booked at {Time}", [|patient.Email|], [|patient.PhoneNumber|], time);
                    log.InfoFormat("Patient {0} booked {1}", [|patient.Email|], time);
                    logger.LogWarning([|$"Booked {patient.Email} today"|]);
                }
            }
            """ + Patient,
            """
            using System;
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, log4net.ILog log, Patient patient, DateTime time)
                {
                    logger.LogInformation("User booked for {Time}", time);
                    logger.LogInformation("Patient booked at {Time}", time);
                    log.InfoFormat("Patient booked {0}", time);
                    logger.LogWarning($"Booked today");
                }
            }
            """ + Patient,
            Remove);

    [Fact]
    public Task Redact_wraps_the_value_in_the_redactor_in_scope()
        => VerifyAsync<PersonalDataInLogsAnalyzer>(
            """
            using Microsoft.Extensions.Compliance.Redaction;
            using Microsoft.Extensions.Logging;
            class C
            {
                private readonly Redactor redactor;
                C(Redactor redactor) => this.redactor = redactor;

                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Booked {Email}", [|patient.Email|]);
                    logger.LogInformation([|$"Booked {patient.Email}"|]);
                }

                static void S(ILogger logger, IRedactorProvider redactors, Patient patient)
                    => logger.LogInformation("Booked {Phone}", [|patient.PhoneNumber|]);
            }
            """ + Patient,
            """
            using Microsoft.Extensions.Compliance.Redaction;
            using Microsoft.Extensions.Logging;
            class C
            {
                private readonly Redactor redactor;
                C(Redactor redactor) => this.redactor = redactor;

                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Booked {Email}", redactor.Redact(patient.Email));
                    logger.LogInformation($"Booked {redactor.Redact(patient.Email)}");
                }

                static void S(ILogger logger, IRedactorProvider redactors, Patient patient)
                    => logger.LogInformation("Booked {Phone}", redactors.GetRedactor(Microsoft.Extensions.Compliance.Classification.DataClassification.Unknown).Redact(patient.PhoneNumber));
            }
            """ + Patient,
            Redact);

    [Fact]
    public Task Use_identifier_logs_the_entity_id_and_renames_the_hole()
        => VerifyAsync<PersonalDataInLogsAnalyzer>(
            """
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Booked {Email}", [|patient.Email|]);
                    logger.LogInformation("Saved {@Patient}", {|RR3003:patient|});
                    logger.LogInformation([|$"Booked {patient.Email}"|]);
                }
            }
            """ + Patient,
            """
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, Patient patient)
                {
                    logger.LogInformation("Booked {PatientId}", patient.Id);
                    logger.LogInformation("Saved {PatientId}", patient.Id);
                    logger.LogInformation($"Booked {patient.Id}");
                }
            }
            """ + Patient,
            UseIdentifier);

    [Fact]
    public Task Credentials_are_removed_never_replaced_by_an_id()
        => VerifyAsync<PersonalDataInLogsAnalyzer>(
            """
            using Microsoft.Extensions.Logging;
            class Login { public int Id { get; set; } public string Password { get; set; } = ""; }
            class C
            {
                void M(ILogger logger, Login login) => logger.LogDebug("Login {Id} with {Password}", login.Id, {|RR3002:login.Password|});
            }
            """,
            """
            using Microsoft.Extensions.Logging;
            class Login { public int Id { get; set; } public string Password { get; set; } = ""; }
            class C
            {
                void M(ILogger logger, Login login) => logger.LogDebug("Login {Id} with", login.Id);
            }
            """,
            Remove);

    [Fact]
    public Task Exception_message_hole_is_removed()
        => VerifyAsync<PersonalDataInExceptionAnalyzer>(
            """
            using System;
            class C
            {
                void M(Patient patient) => throw new InvalidOperationException([|$"No slot for {patient.Email} today"|]);
            }
            """ + Patient,
            """
            using System;
            class C
            {
                void M(Patient patient) => throw new InvalidOperationException($"No slot for today");
            }
            """ + Patient,
            Remove);

    private static async Task VerifyAsync<TAnalyzer>(string source, string fixedSource, string equivalenceKey)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CodeFixVerifier<TAnalyzer, LogValueCodeFixProvider>.Test
        {
            ReferenceAssemblies = TestReferences.Net100,
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.TestState.AdditionalReferences.AddRange(await TestReferences.WebAndPackagesAsync());
        await test.RunAsync();
    }
}
