using System;

namespace RightsAnalyzers.Corpus;

/// <summary>One domain entity; a module of generated files is written around it.</summary>
/// <param name="Name">Type-name stem, e.g. <c>Patient</c> or <c>Patient2</c> once the vocabulary wraps.</param>
/// <param name="Plural">e.g. <c>Patients</c>, for controllers and namespaces.</param>
/// <param name="Area">Bounded context, the middle part of the namespace.</param>
public sealed record Entity(string Name, string Plural, string Area)
{
    public string Lower => char.ToLowerInvariant(Name[0]) + Name.Substring(1);

    public string Namespace => "Acme." + Area + "." + Plural;

    private static readonly string[] Names =
    {
        "Patient", "Customer", "Order", "Invoice", "Account", "Appointment", "Shipment", "Employee", "Subscription",
        "Ticket", "Payment", "Member", "Booking", "Student", "Claim", "Device", "Donor", "Tenant", "Applicant",
        "Volunteer", "Courier", "Reservation", "Prescription", "Complaint", "Refund", "Lead", "Contract", "Visit",
        "Enrollment", "Voter", "Passenger", "Guest", "Borrower", "Supplier", "Driver", "Candidate", "Caregiver",
        "Subscriber", "Resident", "Traveler",
    };

    private static readonly string[] Areas =
    {
        "Care", "Sales", "Billing", "Identity", "Scheduling", "Logistics", "People", "Support", "Payments",
        "Community", "Education", "Housing", "Travel", "Lending", "Civic",
    };

    /// <summary>The entity of module <paramref name="index"/>: names are unique, areas rotate.</summary>
    public static Entity ForModule(int index)
    {
        var stem = Names[index % Names.Length];
        var round = index / Names.Length;
        var name = round == 0 ? stem : stem + (round + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var plural = name.EndsWith("y", StringComparison.Ordinal) && !name.EndsWith("ey", StringComparison.Ordinal)
            ? name.Substring(0, name.Length - 1) + "ies"
            : name + "s";
        return new Entity(name, plural, Areas[index % Areas.Length]);
    }
}
