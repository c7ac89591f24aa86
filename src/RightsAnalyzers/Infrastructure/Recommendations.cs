using System.Collections.Immutable;

namespace RightsAnalyzers.Infrastructure;

/// <summary>The thirteen recommendations, in order. The wording of the summaries follows seeds/.</summary>
public static class Recommendations
{
    public static readonly Recommendation ProtectHumanRights = new(1, "protect and respect human rights",
        "Cybersecurity policies and decision-making processes should protect and respect human rights.", true);

    public static readonly Recommendation RightsByDesign = new(2, "human rights respecting by design",
        "Cybersecurity laws, policies and practices should be human rights respecting by design from their inception.", true);

    public static readonly Recommendation SecurityOfPersons = new(3, "security of persons, especially those at risk",
        "Cybersecurity should enhance the security of persons online and offline, considering the disproportionate threats faced by individuals and groups at risk.", true);

    public static readonly Recommendation InternationalLaw = new(4, "consistent with international law",
        "Cybersecurity laws, policies and practices should be consistent with international law, including international human rights law and international humanitarian law.", false);

    public static readonly Recommendation NotAPretext = new(5, "not a pretext for violating rights",
        "Cybersecurity should not be used as a pretext to violate human rights, especially free expression, association, assembly and privacy.", true);

    public static readonly Recommendation IncidentResponse = new(6, "incident responses that respect rights",
        "Responses to cyber incidents should not violate human rights.", true);

    public static readonly Recommendation IntegrityOfInfrastructure = new(7, "integrity and security of the Internet",
        "Cybersecurity should uphold the stability and security of the Internet and not undermine the integrity of infrastructure, hardware, software and services.", true);

    public static readonly Recommendation EncryptionAndAnonymity = new(8, "encryption and anonymity enable rights",
        "Cybersecurity should reflect the key role of encryption and anonymity in enabling free expression, association, assembly and privacy.", true);

    public static readonly Recommendation ProtectiveTechnology = new(9, "do not impede protective technology",
        "Cybersecurity should not impede technological developments that contribute to the protection of human rights.", false);

    public static readonly Recommendation OpenProcess = new(10, "open, inclusive and transparent development",
        "Cybersecurity laws, policies and practices should be developed through open, inclusive and transparent approaches involving all stakeholders.", false);

    public static readonly Recommendation Education = new(11, "education and literacy",
        "Stakeholders should promote education, digital literacy, and technical and legal training.", false);

    public static readonly Recommendation SharedPractice = new(12, "share rights-respecting practice",
        "Human rights respecting cybersecurity best practices should be shared and promoted among all stakeholders.", false);

    public static readonly Recommendation CapacityBuilding = new(13, "rights-respecting capacity building",
        "Cybersecurity capacity building should promote human rights respecting approaches.", false);

    /// <summary>All thirteen, ordered by number.</summary>
    public static ImmutableArray<Recommendation> All { get; } = ImmutableArray.Create(
        ProtectHumanRights, RightsByDesign, SecurityOfPersons, InternationalLaw, NotAPretext, IncidentResponse,
        IntegrityOfInfrastructure, EncryptionAndAnonymity, ProtectiveTechnology, OpenProcess, Education,
        SharedPractice, CapacityBuilding);

    /// <summary>The recommendation with the given number, or null when there is none.</summary>
    public static Recommendation? Get(int number) => number >= 1 && number <= All.Length ? All[number - 1] : null;
}
