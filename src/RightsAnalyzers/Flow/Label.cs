using Microsoft.CodeAnalysis;

namespace RightsAnalyzers.Flow;

/// <summary>What a value carries. One value can carry several labels (an interpolated string of an email and an IP).</summary>
internal enum LabelKind : byte
{
    /// <summary>Private asymmetric key material (RSA/EC/DSA private parameters, PKCS#8, PFX).</summary>
    PrivateKey,

    /// <summary>Symmetric keys, derived keys, shared secrets.</summary>
    SecretKey,

    /// <summary>Personal data of the RR3001 taxonomy (email, names, health, government ids, …).</summary>
    PersonalData,

    /// <summary>Credentials and secrets: passwords, tokens, API keys, Authorization/Cookie headers, connection strings.</summary>
    Credential,

    /// <summary>Stable device or account identifiers: machine name, MAC, machine GUID, hardware serials, OS user name.</summary>
    DeviceIdentifier,

    /// <summary>IP addresses and forwarding headers.</summary>
    NetworkAddress,

    /// <summary>Precise location: coordinates.</summary>
    Location,

    /// <summary>Output of <c>System.Random</c>.</summary>
    WeakRandom,

    /// <summary>A public key or certificate built from constants or embedded resources (a third party's key shipped in the app).</summary>
    EmbeddedKey,

    /// <summary>
    /// Data compiled into the application that is not a literal: an embedded resource's stream, or a stream or reader over
    /// constant bytes. A key imported from it is an <see cref="EmbeddedKey"/> just as one imported from a literal.
    /// </summary>
    EmbeddedData,

    /// <summary>Symbolic: "the value of parameter N", used while computing a method summary.</summary>
    Parameter,

    /// <summary>A whole object rendered member by member (serialized to JSON); <see cref="Label.ObjectType"/> says whose members.</summary>
    WholeObject,
}

/// <summary>How a label was established, most confident first (DESIGN §3).</summary>
internal enum EvidenceTier : byte
{
    Attribute,
    Type,
    Api,
    Name,
}

/// <summary>
/// A fact about a value and where it came from. Immutable and shared: sources create one label per source site.
/// </summary>
internal sealed class Label
{
    public Label(LabelKind kind, string category, string display, EvidenceTier tier, string description, Location? source, bool lowConfidence = false, bool special = false, ITypeSymbol? objectType = null)
    {
        ObjectType = objectType;
        Kind = kind;
        Category = category;
        Display = display;
        Tier = tier;
        Description = description;
        Source = source;
        LowConfidence = lowConfidence;
        Special = special;
    }

    private Label(Label other, bool pseudonymized)
    {
        Kind = other.Kind;
        Category = other.Category;
        Display = other.Display;
        Tier = other.Tier;
        Description = other.Description;
        Source = other.Source;
        LowConfidence = other.LowConfidence;
        Special = other.Special;
        ParameterOrdinal = other.ParameterOrdinal;
        ObjectType = other.ObjectType;
        Pseudonymized = pseudonymized;
    }

    private Label(int parameterOrdinal, string name)
    {
        Kind = LabelKind.Parameter;
        Category = name;
        Display = name;
        Tier = EvidenceTier.Api;
        Description = name;
        ParameterOrdinal = parameterOrdinal;
    }

    public LabelKind Kind { get; }

    /// <summary>A short machine-readable category: email, health, ip-address, machine-name, rsa-private-key…</summary>
    public string Category { get; }

    /// <summary>How messages name the category: "an email address", "health data (a special category of personal data)".</summary>
    public string Display { get; }

    public EvidenceTier Tier { get; }

    /// <summary>What the source is, for messages: <c>'user.Email'</c>, <c>'Environment.MachineName'</c>.</summary>
    public string Description { get; }

    /// <summary>Where the value came from; the diagnostic's additional location.</summary>
    public Location? Source { get; }

    /// <summary>A weak match (bare name in person context, linkable account id): reported through the Info variant.</summary>
    public bool LowConfidence { get; }

    /// <summary>A special category of personal data (health, religion, …) or a government identifier.</summary>
    public bool Special { get; }

    /// <summary>Hashed or otherwise pseudonymised: still linkable, reported as Info, never dropped.</summary>
    public bool Pseudonymized { get; }

    /// <summary>For <see cref="LabelKind.Parameter"/>: the parameter's ordinal.</summary>
    public int ParameterOrdinal { get; } = -1;

    /// <summary>For <see cref="LabelKind.WholeObject"/>: the static type of the object whose members the value renders.</summary>
    public ITypeSymbol? ObjectType { get; }

    public static Label ForParameter(IParameterSymbol parameter) => new(parameter.Ordinal, parameter.Name);

    public Label AsPseudonymized() => Pseudonymized ? this : new Label(this, pseudonymized: true);

    public override string ToString() => Kind + ":" + Category + (Pseudonymized ? " (pseudonymized)" : string.Empty) + " from " + Description;
}
