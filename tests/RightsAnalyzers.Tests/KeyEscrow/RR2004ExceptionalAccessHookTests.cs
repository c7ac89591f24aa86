using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.KeyEscrow.ExceptionalAccessHookAnalyzer>;

namespace RightsAnalyzers.Tests.KeyEscrow;

public sealed class RR2004ExceptionalAccessHookTests
{
    private const string Usings = RR2001PrivateKeyLeavesTests.Usings;

    private const string Hooks = """

        public interface IKeyEscrow { void Deposit(string userId, byte[] key); }
        public sealed class LawfulInterceptor { public void Mirror(string text) { } public void Ping(int count, bool flag) { } }
        public static class Vendor { public static void UploadBackdoorCopy(object payload) { } public static void MasterKeyDeposit(byte[] blob) { } }
        public sealed class Message { public string Body { get; set; } = ""; public string PatientEmail { get; set; } = ""; }
        """;

    [Fact]
    public Task Key_handed_to_an_escrow_interface_names_hook_reason_and_what_it_receives()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(IKeyEscrow escrow, Aes aes, string userId) => escrow.Deposit(userId, {|#0:aes.Key|});
            }
            """ + Hooks,
            Verify.Diagnostic(Rules.ExceptionalAccessHook).WithLocation(0)
                .WithArguments("IKeyEscrow.Deposit", "its name says 'escrow'", "key material 'aes.Key'", "API evidence"));

    [Fact]
    public Task Content_through_a_local_and_personal_data_through_a_helper_are_reported()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                private readonly LawfulInterceptor tap = new();

                void Send(Message message)
                {
                    var plaintext = message.Body.Trim();
                    tap.Mirror({|#0:plaintext|});
                    Vendor.UploadBackdoorCopy({|#1:Sender(message)|});
                }

                static string Sender(Message message) => {|#2:message.PatientEmail|};
            }
            """ + Hooks,
            Verify.Diagnostic(Rules.ExceptionalAccessHook).WithLocation(0)
                .WithArguments("LawfulInterceptor.Mirror", "its name says 'lawfulintercept'", "content 'plaintext'", "a value computed at run time"),
            Verify.Diagnostic(Rules.ExceptionalAccessHook).WithLocation(1).WithLocation(2)
                .WithArguments("Vendor.UploadBackdoorCopy", "its name says 'backdoor'", "an email address 'message.PatientEmail'", "name evidence"));

    [Fact]
    public Task Master_key_and_key_recovery_names_match_on_joined_tokens()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class KeyRecoveryAgent { public void Submit(byte[] wrapped) { } }
            class C
            {
                void M(RSA rsa, byte[] wrapped)
                {
                    Vendor.MasterKeyDeposit([|rsa.ExportPkcs8PrivateKey()|]);
                    new KeyRecoveryAgent().Submit([|wrapped|]);
                }
            }
            """ + Hooks);

    [Fact]
    public Task Configured_hooks_are_reported_whatever_their_names()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            namespace App
            {
                public sealed class ComplianceGateway { public void Forward(string conversation) { } }
                class C
                {
                    void M(ComplianceGateway gateway, string conversation) => gateway.Forward([|conversation|]);
                }
            }
            """,
            "RR2004.hooks = M:App.ComplianceGateway.Forward(System.String)");

    [Fact]
    public Task Hook_names_option_replaces_the_built_in_list()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class TelemetryShadow { public void Copy(string text) { } }
            class EscrowPayments { public void Hold(string buyerEmail) { } }
            class C
            {
                void M(string text, string email)
                {
                    new TelemetryShadow().Copy([|text|]);
                    new EscrowPayments().Hold(email);
                }
            }
            """,
            "RR2004.hook_names = shadow, lawful_intercept");

    [Fact]
    public Task Look_alikes_stay_quiet()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            using Microsoft.AspNetCore.DataProtection;
            class AccountService
            {
                public void RecoverPassword(string email) { }
                public void SendRecoveryEmail(string email) { }
            }
            class KeyEscrowClient
            {
                public void Deposit(byte[] key) => DepositCore(key);
                private void DepositCore(byte[] key) { }
            }
            class C
            {
                void M(AccountService accounts, string email, LawfulInterceptor tap, IKeyEscrow escrow, IDataProtector protector, byte[] key)
                {
                    accounts.RecoverPassword(email);
                    accounts.SendRecoveryEmail(email);
                    tap.Ping(3, true);
                    tap.Mirror("static notice");
                    escrow.Deposit("tenant", protector.Protect(key));
                    var backdoorCount = 0;
                    Console.WriteLine(backdoorCount);
                }
            }
            """ + Hooks);

    [Fact]
    public Task Half_typed_code_does_not_crash()
        => Verify.VerifyWithPackagesAsync(
            Usings + """
            class C
            {
                void M(IKeyEscrow escrow, byte[] key)
                {
                    escrow.{|CS1061:DepositAll|}(key);
                    {|CS0103:KeyEscrow|}.Deposit(key);
                }
            }
            """ + Hooks);
}
