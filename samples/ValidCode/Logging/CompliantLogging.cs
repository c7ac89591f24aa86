using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Logging;

namespace ValidCode.Logging;

public sealed class Appointment
{
    public int Id { get; set; }
    public int PatientId { get; set; }
    public DateTime Start { get; set; }
    public string EmailTemplate { get; set; } = "";
    public bool HasEmail { get; set; }
    public string ZipFile { get; set; } = "";
}

/// <summary>Logging that keeps people out of the log: ids, redaction, derived values and look-alike names.</summary>
public sealed class CompliantLogging(ILogger<CompliantLogging> logger, Redactor redactor)
{
    public void Booked(Appointment appointment, string email, string passwordPolicy, IReadOnlyList<string> recipients, CancellationToken token)
    {
        logger.LogInformation("Booked appointment {AppointmentId} for patient {PatientId} at {Start}", appointment.Id, appointment.PatientId, appointment.Start);
        logger.LogInformation("Reminder for {Email}", redactor.Redact(email));
        logger.LogInformation("Sending the email confirmation using {Template} to {Count} recipients", appointment.EmailTemplate, recipients.Count);
        logger.LogInformation("Has email: {HasEmail}, email length {Length}, cancelled: {Cancelled}", appointment.HasEmail, email.Length, token.IsCancellationRequested);
        logger.LogInformation("Policy {Policy}, export {ZipFile}", passwordPolicy, appointment.ZipFile);

        // Ids, dates and templates only: destructuring reveals nobody.
        logger.LogInformation("Appointment {@Appointment}", appointment);

        if (appointment.Id <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(appointment), appointment.Id, "Appointment id must be positive");
        }
    }
}
