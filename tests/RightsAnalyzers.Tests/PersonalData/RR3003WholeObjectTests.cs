using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.PersonalData.PersonalDataInLogsAnalyzer>;

namespace RightsAnalyzers.Tests.PersonalData;

public sealed class RR3003WholeObjectTests
{
    private const string ResetRequest = """

        // Real-world pattern 3: a request DTO with email, reset token and new password.
        public sealed class ResetPasswordRequest
        {
            public string {|#1:Email|} { get; set; } = "";
            public string ResetToken { get; set; } = "";
            public string NewPassword { get; set; } = "";
            public string Locale { get; set; } = "";
        }
        """;

    [Fact]
    public Task Serilog_destructuring_lists_the_personal_members()
        => Verify.VerifyWithPackagesAsync(
            """
            using Serilog;
            class C
            {
                void M(ILogger log, ResetPasswordRequest request)
                {
                    log.Information("Reset requested {@Request}", {|#0:request|});
                    log.Information("Reset requested for locale {Locale}", request.Locale);
                }
            }
            """ + ResetRequest,
            Verify.Diagnostic(Rules.WholeObjectInLog).WithLocation(0).WithLocation(1)
                .WithArguments("'request'", "ResetPasswordRequest", "destructured member by member",
                    "'Email' (an email address), 'ResetToken' (a one-time code), 'NewPassword' (a password)", "a log", "ILogger.Information"));

    [Fact]
    public Task MEL_destructuring_ForContext_and_diagnostic_context_with_destructureObjects()
        => Verify.VerifyWithPackagesAsync(
            """
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, Serilog.ILogger log, Serilog.IDiagnosticContext diagnostics, ResetPasswordRequest request)
                {
                    logger.LogInformation("Reset {@Request} at {Time}", {|RR3003:request|}, System.DateTime.UtcNow);
                    var scoped = log.ForContext("Request", {|RR3003:request|}, destructureObjects: true);
                    diagnostics.Set("Request", {|RR3003:request|}, destructureObjects: true);
                    // Without destructuring, a class is rendered by its ToString: the type name.
                    logger.LogInformation("Reset {Request}", request);
                }
            }
            """ + ResetRequest);

    [Fact]
    public Task LogProperties_parameter_of_a_LoggerMessage_method()
        => Verify.VerifyWithPackagesAsync(
            """
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, ResetPasswordRequest request) => Log.ResetRequested(logger, {|RR3003:request|});
            }

            static partial class Log
            {
                [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Reset requested")]
                public static partial void ResetRequested(ILogger logger, [LogProperties] ResetPasswordRequest request);

                public static partial void ResetRequested(ILogger logger, ResetPasswordRequest request) { }
            }
            """ + ResetRequest);

    [Fact]
    public Task Serialized_entities_directly_through_a_local_and_through_a_helper()
        => Verify.VerifyWithPackagesAsync(
            """
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, Patient patient, Appointment appointment)
                {
                    logger.LogInformation("Saved {Json}", {|#0:JsonSerializer.Serialize(patient)|});
                    var json = JsonSerializer.Serialize(patient);
                    logger.LogInformation({|RR3003:$"Saved {json}"|});
                    logger.LogInformation("Saved {Json}", {|RR3003:Dump(patient)|});
                    logger.LogInformation("Saved {Json}", JsonSerializer.Serialize(appointment));
                }

                static string Dump(Patient p) => JsonSerializer.Serialize(p);
            }

            public sealed class Patient
            {
                public int Id { get; set; }
                public string FullName { get; set; } = "";
                public string Diagnosis { get; set; } = "";
                [JsonIgnore] public string Email { get; set; } = "";
            }

            public sealed class Appointment
            {
                public int Id { get; set; }
                public System.DateTime Start { get; set; }
                public int PatientId { get; set; }
            }
            """,
            Verify.Diagnostic(Rules.WholeObjectInLog).WithLocation(0)
                .WithArguments("'JsonSerializer.Serialize(patient)'", "Patient", "serialized to JSON",
                    "'FullName' (a person's name), 'Diagnosis' (health data)", "a log", "LogInformation"));

    [Fact]
    public Task Records_print_their_members_nested_objects_and_collections_count()
        => Verify.VerifyWithPackagesAsync(
            """
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            public record Customer(string {|#1:Email|}, string City);
            public record Order(int Id, Customer Customer);
            public sealed class Batch { public List<Customer> Customers { get; set; } = new(); }
            class C
            {
                void M(ILogger logger, Customer customer, Order order, Batch batch)
                {
                    logger.LogInformation("Customer {C}", {|RR3003:customer|});
                    System.Console.WriteLine({|RR3003:$"Order {order}"|});
                    logger.LogInformation("Batch {@B}", {|#0:batch|});
                }
            }
            """,
            Verify.Diagnostic(Rules.WholeObjectInLog).WithLocation(0)
                .WithLocation(1)
                .WithArguments("'batch'", "Batch", "destructured member by member", "'Customers.Email' (an email address)", "a log", "LogInformation"));

    [Fact]
    public Task Request_objects_and_claims_collections_logged_wholesale()
        => Verify.VerifyWithPackagesAsync(
            """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;
            class C
            {
                void M(ILogger logger, Serilog.ILogger log, HttpContext context)
                {
                    logger.LogInformation("Claims {Claims}", {|RR3003:context.User.Claims|});
                    logger.LogInformation("Headers {H}", {|RR3003:context.Request.Headers|});
                    log.Information("Request {@Request}", {|RR3003:context.Request|});
                    logger.LogInformation("Query {Q}", {|RR3003:context.Request.Query|});
                    logger.LogInformation("Path {Path}", context.Request.Path);
                    logger.LogInformation("Request {R}", context.Request);
                }
            }
            """);

    [Fact]
    public Task Objects_without_personal_members_and_explicitly_non_personal_members_stay_quiet()
        => Verify.VerifyWithPackagesAsync(
            """
            using Microsoft.Extensions.Compliance.Classification;
            using Microsoft.Extensions.Logging;
            public sealed class Slot
            {
                public int Id { get; set; }
                public string Room { get; set; } = "";
                public int PatientId { get; set; }
                [NoDataClassification] public string SupportEmail { get; set; } = "";
                public bool HasEmail { get; set; }
            }
            public record Summary(int Count, string Clinic);
            class C
            {
                void M(ILogger logger, Slot slot, Summary summary)
                {
                    logger.LogInformation("Slot {@Slot}", slot);
                    logger.LogInformation("Summary {S}", summary);
                }
            }
            """);

    [Fact]
    public Task Name_only_members_in_person_context_are_info()
        => Verify.VerifyWithPackagesAsync(
            """
            using Microsoft.Extensions.Logging;
            public sealed class Customer
            {
                public int Id { get; set; }
                public string {|#1:Name|} { get; set; } = "";
            }
            class C
            {
                void M(ILogger logger, Customer customer) => logger.LogInformation("{@Customer}", {|#0:customer|});
            }
            """,
            Verify.Diagnostic(Rules.WholeObjectInLogInfo).WithLocation(0).WithLocation(1)
                .WithArguments("'customer'", "Customer", "destructured member by member", "'Name' (a person's name)", "a log", "LogInformation"));
}
