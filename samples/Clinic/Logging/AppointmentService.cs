using System.Text.Json;

namespace Clinic.Logging;

public sealed class Patient
{
    public int Id { get; set; }
    public string FullName { get; set; } = "";
    public string Email { get; set; } = "";
    public string Diagnosis { get; set; } = "";
}

/// <summary>Real-world pattern: a request DTO with the email, the reset token and the new password.</summary>
public sealed record PasswordResetRequest(string Email, string ResetToken, string NewPassword);

/// <summary>Books appointments and resets passwords, logging far too much along the way.</summary>
public sealed class AppointmentService(ILogger<AppointmentService> logger)
{
    public void Book(Patient patient, DateTime start)
    {
        // RR3001: every reader of the log learns who booked, and when.
        logger.LogInformation("Booked {Email} at {Start}", patient.Email, start);

        // RR3001 through a local and interpolation: a health condition in the log.
        var line = $"Booking for condition {patient.Diagnosis}";
        logger.LogInformation(line);

        // RR3003: the whole patient, serialized, lands in the log.
        logger.LogDebug("Saved {Patient}", JsonSerializer.Serialize(patient));

        if (start < DateTime.UtcNow)
        {
            // RR3005: the email travels with the exception to every log and crash reporter.
            throw new InvalidOperationException($"Slot in the past for {patient.Email}");
        }
    }

    public void ResetPassword(PasswordResetRequest request, HttpContext context)
    {
        // RR3003: destructuring writes the email, the reset token and the new password.
        logger.LogInformation("Password reset {@Request}", request);

        // RR3002: anyone who reads this line can act as the user.
        logger.LogDebug("Reset called with {Authorization}", context.Request.Headers.Authorization.ToString());
    }
}
