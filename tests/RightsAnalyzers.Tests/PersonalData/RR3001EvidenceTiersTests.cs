using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.PersonalData.PersonalDataInLogsAnalyzer>;

namespace RightsAnalyzers.Tests.PersonalData;

/// <summary>RR3001 per evidence tier (DESIGN §3): the message names the tier and the category.</summary>
public sealed class RR3001EvidenceTiersTests
{
    private const string Usings = """
        using System.ComponentModel.DataAnnotations;
        using Microsoft.Extensions.Logging;

        """;

    [Fact]
    public Task Attribute_tier_data_classification_subclass()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using Microsoft.Extensions.Compliance.Classification;
            sealed class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new DataClassification("Clinic", "Private")) { }
            }
            class Visit
            {
                [PrivateData] public string Notes { get; set; } = "";
                [NoDataClassification] public string Email { get; set; } = "";
            }
            class C
            {
                void M(ILogger logger, Visit visit)
                {
                    logger.LogInformation("Notes {Notes}", {|#0:visit.Notes|});
                    logger.LogInformation("Contact {Email}", visit.Email);
                }
            }
            """,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'visit.Notes'", "classified data ([PrivateData])", "attribute evidence", "a log", "LogInformation"));

    [Fact]
    public Task Attribute_tier_identity_personal_data()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using Microsoft.AspNetCore.Identity;
            class Member
            {
                [PersonalData] public string Nickname { get; set; } = "";
                [ProtectedPersonalData] public string HomeTown { get; set; } = "";
            }
            class C
            {
                void M(ILogger logger, Member member)
                {
                    logger.LogInformation("Hi {N}", {|#0:member.Nickname|});
                    logger.LogInformation("From {T}", {|#1:member.HomeTown|});
                }
            }
            """,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'member.Nickname'", "a person's name ([PersonalData])", "attribute evidence", "a log", "LogInformation"),
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(1)
                .WithArguments("'member.HomeTown'", "personal data ([ProtectedPersonalData])", "attribute evidence", "a log", "LogInformation"));

    [Fact]
    public Task Attribute_tier_data_annotations()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class Contact
            {
                [EmailAddress] public string Primary { get; set; } = "";
                [Phone] public string Secondary { get; set; } = "";
                [DataType(DataType.PostalCode)] public string Where { get; set; } = "";
            }
            class C
            {
                void M(ILogger logger, Contact contact)
                {
                    logger.LogInformation("{A}", {|#0:contact.Primary|});
                    logger.LogInformation("{B}", {|#1:contact.Secondary|});
                    logger.LogInformation("{C}", {|#2:contact.Where|});
                }
            }
            """,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'contact.Primary'", "an email address ([EmailAddress])", "attribute evidence", "a log", "LogInformation"),
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(1)
                .WithArguments("'contact.Secondary'", "a phone number ([Phone])", "attribute evidence", "a log", "LogInformation"),
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(2)
                .WithArguments("'contact.Where'", "a postal code ([DataType(PostalCode)])", "attribute evidence", "a log", "LogInformation"));

    [Fact]
    public Task Configured_attributes_add_and_remove_evidence()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            [System.AttributeUsage(System.AttributeTargets.Property)] sealed class SensitiveAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Property)] sealed class PublicInfoAttribute : System.Attribute { }
            class Visit
            {
                [Sensitive] public string Reason { get; set; } = "";
                [PublicInfo] public string Email { get; set; } = "";
            }
            class C
            {
                void M(ILogger logger, Visit visit)
                {
                    logger.LogInformation("{R}", {|#0:visit.Reason|});
                    logger.LogInformation("{E}", visit.Email);
                }
            }
            """,
            "rights_analyzers.pii_attributes = Sensitive\nrights_analyzers.non_pii_attributes = PublicInfoAttribute",
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'visit.Reason'", "personal data ([SensitiveAttribute])", "attribute evidence", "a log", "LogInformation"));

    [Fact]
    public Task Configured_names_add_and_remove_name_evidence()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class Visit
            {
                public string LoyaltyNumber { get; set; } = "";
                public string Diagnosis { get; set; } = "";
            }
            class C
            {
                void M(ILogger logger, Visit visit)
                {
                    logger.LogInformation("{L}", {|#0:visit.LoyaltyNumber|});
                    logger.LogInformation("{D}", visit.Diagnosis);
                }
            }
            """,
            "rights_analyzers.pii_names = loyalty\nrights_analyzers.pii_names_excluded = diagnosis",
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'visit.LoyaltyNumber'", "personal data (a configured name)", "name evidence", "a log", "LogInformation"));

    [Fact]
    public Task Type_tier_mail_address_ip_address_and_claims_principal()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using System.Net;
            using System.Net.Mail;
            using System.Security.Claims;
            class C
            {
                void M(ILogger logger, MailAddress to, IPAddress peer, ClaimsPrincipal principal)
                {
                    logger.LogInformation("To {To}", {|#0:to|});
                    logger.LogInformation("Peer {Peer}", {|#1:peer|});
                    logger.LogInformation("Principal {P}", {|#2:principal|});
                }
            }
            """,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'to'", "an email address (MailAddress)", "type evidence", "a log", "LogInformation"),
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(1)
                .WithArguments("'peer'", "an IP address (IPAddress)", "type evidence", "a log", "LogInformation"),
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(2)
                .WithArguments("'principal'", "a user's identity and claims (ClaimsPrincipal)", "type evidence", "a log", "LogInformation"));

    [Fact]
    public Task Api_tier_remote_ip_identity_name_and_claims()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using System.Security.Claims;
            using Microsoft.AspNetCore.Http;
            class C
            {
                void M(ILogger logger, HttpContext context)
                {
                    logger.LogInformation("{Ip}", [|context.Connection.RemoteIpAddress|]);
                    logger.LogInformation("{User}", {|#0:context.User.Identity!.Name|});
                    var email = {|#2:context.User.FindFirstValue(ClaimTypes.Email)|};
                    logger.LogInformation("{Who}", {|#1:email|});
                    logger.LogInformation("{Sub}", context.User.FindFirstValue(ClaimTypes.NameIdentifier));
                }
            }
            """,
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(0)
                .WithArguments("'context.User.Identity!.Name'", "the signed-in user's name", "API evidence", "a log", "LogInformation"),
            Verify.Diagnostic(Rules.PersonalDataInLog).WithLocation(1).WithLocation(2)
                .WithArguments("'context.User.FindFirstValue(ClaimTypes.Email)'", "the user's email claim", "API evidence", "a log", "LogInformation"));

    [Fact]
    public Task Innocent_template_words_do_not_decide_the_value_does()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(ILogger logger, string userName, string prefix)
                {
                    // Real-world pattern 4: the template says Key, the value is a user name.
                    var key = prefix + userName;
                    logger.LogInformation("Caching libraries for {Key}", [|key|]);
                    // The template mentions email, the value is a count.
                    logger.LogInformation("Sent {EmailCount} emails", prefix.Length);
                }
            }
            """);

    [Fact]
    public Task Quiet_look_alikes_of_the_issue()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using System;
            using System.Collections.Generic;
            using System.Threading;
            class Shipment
            {
                public string EmailTemplate { get; set; } = "";
                public string PasswordPolicy { get; set; } = "";
                public DateTime ShipDate { get; set; }
                public string ZipFile { get; set; } = "";
                public string IpcChannel { get; set; } = "";
                public bool HasEmail { get; set; }
                public Guid OrderId { get; set; }
                public string OrderNumber { get; set; } = "";
            }
            class C
            {
                void M(ILogger logger, Shipment s, List<string> recipients, CancellationToken token)
                {
                    logger.LogInformation("{T}", s.EmailTemplate);
                    logger.LogInformation("{P}", s.PasswordPolicy);
                    logger.LogInformation("{C}", recipients.Count);
                    logger.LogInformation("{D}", s.ShipDate);
                    logger.LogInformation("{Z}", s.ZipFile);
                    logger.LogInformation("{I}", s.IpcChannel);
                    logger.LogInformation("{H}", s.HasEmail);
                    logger.LogInformation("{O} {N}", s.OrderId, s.OrderNumber);
                    logger.LogInformation("{Cancelled}", token.IsCancellationRequested);
                    logger.LogInformation("{Token}", token);
                    logger.LogInformation("Sending the email confirmation for order {OrderId}", s.OrderId);
                }
            }
            """);

    [Fact]
    public Task Configured_sanitizers_clean_the_value()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            namespace Clinic;
            static class Scrub
            {
                public static string Mask(string value) => value.Substring(0, 1) + "***";
            }
            class C
            {
                void M(ILogger logger, string email)
                {
                    logger.LogInformation("{E}", Scrub.Mask(email));
                    logger.LogInformation("{E}", [|email|]);
                }
            }
            """,
            "rights_analyzers.sanitizers = M:Clinic.Scrub.Mask(System.String)");
}
