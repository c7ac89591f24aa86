using Microsoft.EntityFrameworkCore;

namespace Clinic.Data;

public sealed class Appointment
{
    public int Id { get; set; }

    public string PatientName { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}

public sealed class ClinicDbContext : DbContext
{
    public ClinicDbContext(DbContextOptions<ClinicDbContext> options)
        : base(options)
    {
    }

    public DbSet<Appointment> Appointments => Set<Appointment>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // RR3004: left on after a debugging session; every query parameter (patient names, reasons) is logged.
        optionsBuilder.EnableSensitiveDataLogging();
    }
}
