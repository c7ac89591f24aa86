using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.PersonalData.PersonalDataInExceptionAnalyzer>;

namespace RightsAnalyzers.Tests.PersonalData;

public sealed class RR3005PersonalDataInExceptionTests
{
    private const string Patient = """

        public sealed class Patient
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string Diagnosis { get; set; } = "";
        }

        public sealed class BookingException : System.Exception
        {
            public BookingException(string message) : base(message) { }
        }
        """;

    [Fact]
    public Task Interpolated_message_is_reported_with_evidence_and_exception_type()
        => Verify.VerifyWithPackagesAsync(
            """
            using System;
            class C
            {
                void M(Patient patient) => throw new InvalidOperationException({|#0:$"No slot for {{|#1:patient.Email|}}"|});
            }
            """ + Patient,
            Verify.Diagnostic(Rules.PersonalDataInException).WithLocation(0).WithLocation(1)
                .WithArguments("'patient.Email'", "an email address", "name evidence", "InvalidOperationException"));

    [Fact]
    public Task Custom_exceptions_locals_and_helpers()
        => Verify.VerifyWithPackagesAsync(
            """
            using System;
            class C
            {
                void M(Patient patient)
                {
                    var message = "Cannot book " + {|#1:patient.Diagnosis|};
                    if (patient.Id == 0) throw new BookingException({|#0:message|});
                    throw new BookingException([|Describe(patient)|]);
                }

                static string Describe(Patient p) => string.Format("Patient {0}", p.Email);
            }
            """ + Patient,
            Verify.Diagnostic(Rules.PersonalDataInException).WithLocation(0).WithLocation(1)
                .WithArguments("'patient.Diagnosis'", "health data (a special category of personal data)", "name evidence", "BookingException"));

    [Fact]
    public Task Api_and_credential_sources_are_reported()
        => Verify.VerifyWithPackagesAsync(
            """
            using System;
            using Microsoft.AspNetCore.Http;
            class C
            {
                void M(HttpContext context, string password)
                {
                    if (context.Connection.RemoteIpAddress is null) return;
                    throw new UnauthorizedAccessException([|"Rejected " + context.Connection.RemoteIpAddress|]);
                }

                void N(string password) => throw new ArgumentException([|$"Bad password {password}"|], nameof(password));
            }
            """);

    [Fact]
    public Task Ids_parameter_names_literals_and_derived_values_stay_quiet()
        => Verify.VerifyWithPackagesAsync(
            """
            using System;
            class C
            {
                void M(Patient patient, Exception inner)
                {
                    if (patient.Id < 0) throw new ArgumentOutOfRangeException(nameof(patient), patient.Id, "Patient id must be positive");
                    if (patient.Email.Length == 0) throw new ArgumentException("Email is required", nameof(patient.Email));
                    if (string.IsNullOrEmpty(patient.Diagnosis)) throw new InvalidOperationException($"Patient {patient.Id} has no diagnosis", inner);
                    throw new BookingException("Booking failed for the patient's email " + patient.Email.Length);
                }
            }
            """ + Patient);
}
