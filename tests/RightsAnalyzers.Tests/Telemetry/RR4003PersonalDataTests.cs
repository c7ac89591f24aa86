using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.Telemetry.DeanonymizingTelemetryAnalyzer>;

namespace RightsAnalyzers.Tests.Telemetry;

public sealed class RR4003PersonalDataTests
{
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
    public Task Email_as_a_span_tag_is_reported_with_evidence()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            class C
            {
                void M(Activity activity, Patient patient) => activity.SetTag("patient", {|#0:patient.Email|});
            }
            """ + Patient,
            Verify.Diagnostic(Rules.PersonalDataInTelemetry).WithLocation(0)
                .WithArguments("'patient.Email'", "an email address", "name evidence", "telemetry", "Activity.SetTag"));

    [Fact]
    public Task Every_sink_family_is_a_sink()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            using Microsoft.ApplicationInsights;
            using Microsoft.ApplicationInsights.DataContracts;
            using OpenTelemetry;
            using OpenTelemetry.Resources;
            using OpenTelemetry.Trace;
            class C
            {
                private static readonly ActivitySource Source = new("clinic");
                private static readonly Meter Meter = new("clinic");
                private static readonly Histogram<double> Latency = Meter.CreateHistogram<double>("latency");

                void M(Activity activity, TelemetrySpan span, TelemetryClient telemetry, Patient patient, RequestTelemetry request)
                {
                    activity.AddTag("email", {|RR4003:patient.Email|});
                    activity.AddBaggage("email", {|RR4003:patient.Email|});
                    activity.AddEvent(new ActivityEvent("booked", tags: new ActivityTagsCollection { { "email", {|RR4003:patient.Email|} } }));
                    Source.StartActivity("book", ActivityKind.Server, default(ActivityContext), {|RR4003:new[] { new KeyValuePair<string, object?>("email", patient.Email) }|});
                    var tags = new TagList();
                    tags.Add("email", {|RR4003:patient.Email|});
                    Latency.Record(1.0, {|RR4003:new KeyValuePair<string, object?>("dx", patient.Diagnosis)|});
                    span.SetAttribute("email", {|RR4003:patient.Email|});
                    Baggage.SetBaggage("email", {|RR4003:patient.Email|});
                    ResourceBuilder.CreateDefault().AddAttributes({|RR4003:new[] { new KeyValuePair<string, object>("owner", patient.Email) }|});
                    telemetry.TrackTrace({|RR4003:"booked " + patient.Email|});
                    telemetry.Context.GlobalProperties["email"] = {|RR4003:patient.Email|};
                    request.Properties.Add("email", {|RR4003:patient.Email|});
                    telemetry.Context.User.AuthenticatedUserId = {|RR4003:patient.Email|};
                    Sentry.SentrySdk.CaptureMessage({|RR4003:"booked " + patient.Email|});
                    Sentry.SentrySdk.AddBreadcrumb({|RR4003:patient.Email|});
                    Sentry.SentrySdk.ConfigureScope(scope =>
                    {
                        scope.SetExtra("dx", {|RR4003:patient.Diagnosis|});
                        scope.Contexts["patient"] = {|RR4003:patient.Email|};
                        scope.User = new Sentry.SentryUser { Email = {|RR4003:patient.Email|} };
                    });
                }
            }
            """ + Patient);

    [Fact]
    public Task Identifying_keys_flow_through_dictionaries_and_helpers()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            using Microsoft.ApplicationInsights;
            class C
            {
                void M(Activity activity, TelemetryClient telemetry, string name, Patient patient)
                {
                    activity.SetTag("user.email", {|RR4003:name|});
                    activity.SetTag("user.full_name", {|RR4003:name|});
                    activity.SetTag("enduser.id", {|RR4003:name|});
                    var properties = new Dictionary<string, string> { ["contact"] = patient.Email };
                    Track(telemetry, {|RR4003:properties|});
                }

                static void Track(TelemetryClient telemetry, IDictionary<string, string> properties) => telemetry.TrackEvent("booked", properties);
            }
            """ + Patient);

    [Fact]
    public Task Linkable_account_ids_are_info()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            class C
            {
                void M(Activity activity, int number) => activity.SetTag({|#1:"user.id"|}, {|#0:number|});
            }
            """,
            Verify.Diagnostic(Rules.PersonalDataInTelemetryInfo).WithLocation(0).WithLocation(1)
                .WithArguments("the attribute key 'user.id'", "a linkable account identifier", "API evidence, low confidence", "telemetry", "Activity.SetTag"));

    [Fact]
    public Task Hashed_personal_data_is_info_and_redacted_data_is_quiet()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            using Microsoft.Extensions.Compliance.Redaction;
            class C
            {
                void M(Activity activity, Redactor redactor, Patient patient)
                {
                    activity.SetTag("patient", redactor.Redact(patient.Email));
                    var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes({|#1:patient.Email|})));
                    activity.SetTag("patient", {|#0:hash|});
                }
            }
            """ + Patient,
            Verify.Diagnostic(Rules.PersonalDataInTelemetryInfo).WithLocation(0).WithLocation(1)
                .WithArguments("'patient.Email'", "an email address", "hashed, which is pseudonymisation, not anonymisation", "telemetry", "Activity.SetTag"));

    [Fact]
    public Task Look_alikes_stay_quiet()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            class C
            {
                void M(Activity activity, Patient patient, List<string> recipients)
                {
                    activity.SetTag("template", patient.EmailTemplate);
                    activity.SetTag("has.email", patient.HasEmail);
                    activity.SetTag("email.length", patient.Email.Length);
                    activity.SetTag("recipients", recipients.Count);
                    activity.SetTag("user.email", "nobody@example.com");
                    activity.SetTag("user.email_verified", patient.HasEmail);
                    activity.DisplayName = "book";
                }
            }
            """ + Patient);

    [Fact]
    public Task Configured_sanitizer_and_names_change_the_verdict()
        => Verify.VerifyWithPackagesAsync(
            RR4001DeviceIdentifierTests.Usings + """
            namespace App
            {
                static class Anonymizer
                {
                    public static string Scrub(string value) => "";
                }

                class C
                {
                    void M(Activity activity, Patient patient, string loyaltynumber)
                    {
                        activity.SetTag("patient", Anonymizer.Scrub(patient.Email));
                        activity.SetTag("card", {|RR4003:loyaltynumber|});
                    }
                }
            }
            """ + Patient,
            "rights_analyzers.sanitizers = M:App.Anonymizer.Scrub(System.String)\nrights_analyzers.pii_names = loyaltynumber");
}
