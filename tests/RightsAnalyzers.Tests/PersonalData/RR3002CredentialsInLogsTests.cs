using System.Threading.Tasks;
using RightsAnalyzers.Infrastructure;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.PersonalData.PersonalDataInLogsAnalyzer>;

namespace RightsAnalyzers.Tests.PersonalData;

public sealed class RR3002CredentialsInLogsTests
{
    [Fact]
    public Task Passwords_passphrases_tokens_keys_secrets_and_codes_by_name()
        => Verify.VerifyWithPackagesAsync(
            """
            using Microsoft.Extensions.Logging;
            class Login
            {
                public string Password { get; set; } = "";
                public string Passphrase { get; set; } = "";
                public string AccessToken { get; set; } = "";
                public string RefreshToken { get; set; } = "";
                public string IdToken { get; set; } = "";
                public string ApiKey { get; set; } = "";
                public string ClientSecret { get; set; } = "";
                public string OtpCode { get; set; } = "";
            }
            class C
            {
                void M(ILogger logger, Login login)
                {
                    logger.LogDebug("{P}", {|#0:login.Password|});
                    logger.LogDebug("{P}", {|RR3002:login.Passphrase|});
                    logger.LogDebug("{T}", {|RR3002:login.AccessToken|});
                    logger.LogDebug("{T}", {|RR3002:login.RefreshToken|});
                    logger.LogDebug("{T}", {|RR3002:login.IdToken|});
                    logger.LogDebug("{K}", {|RR3002:login.ApiKey|});
                    logger.LogDebug("{S}", {|RR3002:login.ClientSecret|});
                    logger.LogDebug("{O}", {|RR3002:login.OtpCode|});
                }
            }
            """,
            Verify.Diagnostic(Rules.CredentialInLog).WithLocation(0)
                .WithArguments("'login.Password'", "a password", "name evidence", "a log", "LogDebug"));

    [Fact]
    public Task Headers_tokens_and_connection_strings_from_apis()
        => Verify.VerifyWithPackagesAsync(
            """
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Authentication;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.Logging;
            class C
            {
                async Task M(ILogger logger, HttpContext context, IConfiguration configuration)
                {
                    logger.LogInformation("{A}", {|#0:context.Request.Headers["Authorization"]|});
                    logger.LogInformation("{C}", {|RR3002:context.Request.Headers.Cookie|});
                    logger.LogInformation("{S}", {|RR3002:context.Response.Headers["Set-Cookie"]|});
                    var token = await {|#2:context.GetTokenAsync("access_token")|};
                    logger.LogInformation("{T}", {|#1:token|});
                    logger.LogInformation("{Db}", {|RR3002:configuration.GetConnectionString("Clinic")|});
                    logger.LogInformation("{Agent}", context.Request.Headers.UserAgent);
                }
            }
            """,
            Verify.Diagnostic(Rules.CredentialInLog).WithLocation(0)
                .WithArguments("'context.Request.Headers[\"Authorization\"]'", "the Authorization header", "API evidence", "a log", "LogInformation"),
            Verify.Diagnostic(Rules.CredentialInLog).WithLocation(1).WithLocation(2)
                .WithArguments("'context.GetTokenAsync(\"access_token\")'", "an OAuth token", "API evidence", "a log", "LogInformation"));

    [Fact]
    public Task Credential_flows_through_a_local_and_a_helper()
        => Verify.VerifyWithPackagesAsync(
            """
            using Serilog;
            class C
            {
                private readonly ILogger log;
                C(ILogger log) => this.log = log;

                void Reset(string newPassword)
                {
                    var line = "reset to " + newPassword;
                    Trace({|RR3002:line|});
                }

                void Trace(string message) => log.Debug(message);
            }
            """);

    [Fact]
    public Task Password_policy_and_token_settings_stay_quiet()
        => Verify.VerifyWithPackagesAsync(
            """
            using System.Threading;
            using Microsoft.Extensions.Logging;
            class Settings
            {
                public int PasswordMinLength { get; set; }
                public string PasswordPolicy { get; set; } = "";
                public string TokenEndpoint { get; set; } = "";
                public string ApiKeyHeaderName { get; set; } = "";
            }
            class C
            {
                void M(ILogger logger, Settings settings, string password, CancellationToken cancellationToken)
                {
                    logger.LogInformation("{L}", settings.PasswordMinLength);
                    logger.LogInformation("{P}", settings.PasswordPolicy);
                    logger.LogInformation("{E}", settings.TokenEndpoint);
                    logger.LogInformation("{H}", settings.ApiKeyHeaderName);
                    logger.LogInformation("{Len}", password.Length);
                    logger.LogInformation("{Set}", !string.IsNullOrEmpty(password));
                    logger.LogInformation("{C}", cancellationToken);
                }
            }
            """);
}
