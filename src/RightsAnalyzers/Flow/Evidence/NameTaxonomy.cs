using System.Collections.Immutable;

namespace RightsAnalyzers.Flow.Evidence;

/// <summary>
/// The name tier's categories (research: privacy-peers.md §(b), after CodeQL, Bearer, Privado and Presidio, with
/// our own token-boundary matching and exclusions). Order matters: the first matching category wins, so the more
/// specific ones (credentials, device ids) come before the broad ones (names, addresses).
/// </summary>
internal static class NameTaxonomy
{
    /// <summary>Nouns that make a bare <c>Name</c>, <c>Address</c> or <c>Location</c> about a person.</summary>
    public static readonly ImmutableHashSet<string> PersonNouns = ImmutableHashSet.Create(
        "user", "users", "customer", "customers", "client", "patient", "patients", "member", "employee", "person", "people",
        "contact", "applicant", "account", "profile", "subscriber", "recipient", "sender", "author", "owner", "cardholder",
        "guardian", "student", "citizen", "voter", "driver", "passenger", "buyer", "seller", "attendee", "candidate",
        "visitor", "identity", "holder", "beneficiary", "donor", "volunteer", "staff", "doctor", "clinician", "caller");

    private const string NotData = "template templates subject body settings setting config configuration enabled notification notifications " +
                                   "confirmed verified provider queue regex pattern validator validation type label count required server host " +
                                   "smtp format length max min policy policies field column key prefix suffix option options service sender " +
                                   "property header claim changed error message hint placeholder mask masked redacted hash hashed";

    public static readonly ImmutableArray<NameCategory> Categories = ImmutableArray.Create(
        // Credentials first: "passwordHash" is still about the password's secrecy only if unhashed, so hash excludes it.
        new NameCategory("password", "a password", LabelKind.Credential,
            "password, passwd, pwd, passphrase, pass phrase, pin code",
            excludes: "policy policies hash hashed salt length min max required requirements reset expiry expires expired changed change " +
                      "strength validator validation options option field label hint placeholder regex pattern format rules history count"),
        new NameCategory("token", "an access token", LabelKind.Credential,
            "access token, refresh token, id token, bearer token, auth token, bearer, jwt, session token, csrf token, xsrf token, api token, security token",
            excludes: "type types handler handlers validation validator parameters lifetime expiry expires expiration endpoint url uri count length source cancellation name names provider options"),
        new NameCategory("api-key", "an API key", LabelKind.Credential,
            "api key, apikey, subscription key, access key, secret key, client secret, app secret, consumer secret, shared secret, secret, signing key, master key, encryption key",
            excludes: "name names id header headers length size policy manager store vault provider rotation field option options type expires expiry version"),
        new NameCategory("one-time-code", "a one-time code", LabelKind.Credential,
            "otp, totp, hotp, mfa code, two factor code, 2fa code, 2fa, verification code, reset code, recovery code, confirmation code, security code, auth code, authorization code, reset token, confirmation token, recovery token, verification token, email token",
            excludes: "length digits expiry expires window options provider length count type"),
        new NameCategory("authorization-header", "an Authorization header", LabelKind.Credential,
            "authorization, authorization header, cookie, cookies, set cookie, session cookie, session id",
            excludes: "policy policies handler handlers options requirement requirements service scheme schemes name names count builder container consent"),
        new NameCategory("connection-string", "a connection string", LabelKind.Credential,
            "connection string, connectionstring, conn string, connstr, dsn, sas token, sas",
            excludes: "name names builder timeout key"),

        // Network and device identifiers.
        new NameCategory("ip-address", "an IP address", LabelKind.NetworkAddress,
            "ip, ip address, ip addr, ipv4, ipv6, remote ip, client ip, user ip, remote address, remote addr, x forwarded for, forwarded for, x real ip, real ip, user host address, cf connecting ip, true client ip",
            excludes: "server local bind listen loopback gateway dns allow allowed block blocked range cidr subnet mask whitelist allowlist blocklist count version family header headers policy options"),
        new NameCategory("device-id", "a device identifier", LabelKind.DeviceIdentifier,
            "mac address, physical address, hw address, hardware id, hardware address, device id, device uuid, device guid, device serial, device fingerprint, machine id, machine guid, machine name, host id, computer name, hostname, host name, serial number, bios serial, board serial, motherboard serial, processor id, cpu id, disk serial, volume serial, system uuid, product uuid, imei, imsi, meid, iccid, udid, idfa, idfv, advertising id, android id, installation id, install id, browser fingerprint",
            excludes: "certificate cert thumbprint key tls ssh public format length"),
        new NameCategory("precise-location", "a precise location", LabelKind.Location,
            "latitude, longitude, lat, lng, lon, lat lng, lat lon, geo location, geolocation, geo point, geo coordinates, geo coordinate, geo position, gps, gps location, gps position, coordinates, geohash",
            excludes: "format precision count",
            personContextPhrases: "location, position",
            allowsNumbers: true),

        // Special categories of personal data (GDPR Art. 9) and government identifiers.
        new NameCategory("health", "health data (a special category of personal data)", LabelKind.PersonalData,
            "medical, medical record, health record, health condition, health status, health history, diagnosis, diagnoses, disease, illness, medication, medications, prescription, prescriptions, disability, disabilities, pregnancy, pregnant, hiv, blood type, blood group, blood pressure, blood glucose, heart rate, symptoms, allergies, treatment notes, clinical notes",
            excludes: "check checks endpoint endpoints probe probes service services type types count code codes", special: true),
        new NameCategory("biometric", "biometric data (a special category of personal data)", LabelKind.PersonalData,
            "biometric, biometrics, face template, face embedding, face image, face print, voice print, voiceprint, iris scan, iris template, fingerprint template, fingerprint image, genetic, genome, dna",
            special: true),
        new NameCategory("beliefs", "religious or political beliefs (a special category of personal data)", LabelKind.PersonalData,
            "religion, religious, faith, political view, political views, political opinion, political affiliation, party affiliation, trade union, union membership, union member",
            special: true),
        new NameCategory("ethnicity", "ethnic origin (a special category of personal data)", LabelKind.PersonalData,
            "ethnicity, ethnic origin, ethnic, racial, national origin",
            personContextPhrases: "race", special: true),
        new NameCategory("sexuality", "sexual orientation or sex life (a special category of personal data)", LabelKind.PersonalData,
            "sexual orientation, sexual preference, sex life, sexual history, gender identity",
            special: true),
        new NameCategory("criminal-record", "criminal-record data (a special category of personal data)", LabelKind.PersonalData,
            "criminal record, criminal history, conviction, convictions, arrest record, immigration status, asylum, refugee status",
            special: true),
        new NameCategory("government-id", "a government identifier", LabelKind.PersonalData,
            "ssn, nino, itin, social security, social security number, national id, national insurance, national insurance number, national identity, passport, passport number, driver license, drivers license, driving licence, driver licence, tax id, tax number, id card, identity card, identity number, identity document, resident id, voter id, aadhaar, pesel, nhs number, medicare number",
            excludes: "type types format photo expiry country issuer", special: true),

        // Direct identifiers.
        new NameCategory("email", "an email address", LabelKind.PersonalData,
            "email, e mail, emails, email address, mail address, email addresses",
            excludes: NotData + " token tokens confirmation sent send sending"),
        new NameCategory("phone", "a phone number", LabelKind.PersonalData,
            "phone, phone number, telephone, mobile, mobile number, cell phone, msisdn, fax, tel",
            excludes: NotData + " country area code app company business office radio dialog form device devices platform os version"),
        new NameCategory("person-name", "a person's name", LabelKind.PersonalData,
            "first name, given name, middle name, last name, surname, family name, full name, legal name, maiden name, birth name, nick name, nickname, real name, preferred name, fname, lname, forename, fullname",
            excludes: "file host machine server class type method member property field column table schema db queue topic event metric app service assembly namespace resource role claim tenant container bucket header param key format",
            personContextPhrases: "name, display name"),
        new NameCategory("username", "a user name", LabelKind.PersonalData,
            "user name, username, login, login name, account name, screen name, upn, principal name, sam account name",
            excludes: "db database sql postgres mongo aws smtp service proxy attempt attempts page url uri endpoint path count failed failure policy"),
        new NameCategory("postal-address", "a postal address", LabelKind.PersonalData,
            "street, street address, address line, address line1, address line2, home address, postal address, mailing address, billing address, shipping address, delivery address, residential address, post code, postcode, postal code, zip, zip code, house number",
            excludes: "ip mac email server host remote local memory base return web url endpoint wallet contract network bind listen proxy physical logical port public private file archive stream zipped path folder directory entry",
            personContextPhrases: "address"),
        new NameCategory("date-of-birth", "a date of birth", LabelKind.PersonalData,
            "dob, bday, birth date, birthdate, birth day, birthday, birth year, date of birth, birth place, age",
            excludes: "max min cache cookie ttl seconds token", allowsNumbers: true),
        new NameCategory("financial", "financial data", LabelKind.PersonalData,
            "credit card, debit card, payment card, bank card, card number, ccn, cvv, cvv2, cvc, iban, routing number, bank account, account number, sort code, salary, income, net worth, credit score, credit rating",
            excludes: "type types brand format validator gift length count", allowsNumbers: true),
        new NameCategory("communications", "private communications", LabelKind.PersonalData,
            "message body, message text, message content, chat message, chat log, chat history, sms body, sms text, email body, email content, email text, direct message, private message, transcript, voicemail, call log, search query, search term, search terms, browsing history, visited url, visited urls, contact list, contacts list, address book, diary, journal entry, user prompt",
            excludes: "template format length count id"),

        // Linkable pseudonymous identifiers: not a finding in logs (they are the compliant replacement), Info in telemetry.
        new NameCategory("account-id", "a linkable account identifier", LabelKind.PersonalData,
            "user id, userid, customer id, account id, member id, patient id, subscriber id, person id, profile id, player id, employee id, citizen id, student id, uid, user guid, user key, session key",
            excludes: "correlation trace span request operation activity tenant order product transaction message claim type",
            lowConfidence: true, allowsNumbers: true));

    /// <summary>Categories whose labels are linkable identifiers rather than personal data a log may not hold.</summary>
    public const string AccountId = "account-id";
}
