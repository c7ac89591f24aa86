using System;
using Microsoft.CodeAnalysis;
using RightsAnalyzers.Flow.Evidence;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Flow.Tables;

/// <summary>
/// The API tier: members whose value is personal data, a credential, an identifier or key material, whatever the
/// names around them. One line per API; adding a source is adding a line here.
/// </summary>
internal static class ApiSources
{
    public static MemberTable<SourceRule> Build(WellKnownTypes t)
    {
        var table = new MemberTable<SourceRule>();

        // Network addresses (RR4002, RR3001).
        table.Add(t, "Microsoft.AspNetCore.Http.ConnectionInfo", "RemoteIpAddress", new SourceRule(LabelKind.NetworkAddress, "ip-address", "the client's IP address"))
             .Add(t, "Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature", "RemoteIpAddress", new SourceRule(LabelKind.NetworkAddress, "ip-address", "the client's IP address"))
             .Add(t, "System.Net.Sockets.Socket", "RemoteEndPoint", new SourceRule(LabelKind.NetworkAddress, "ip-address", "the peer's network address"))
             .Add(t, "System.Net.HttpListenerRequest", "RemoteEndPoint,UserHostAddress", new SourceRule(LabelKind.NetworkAddress, "ip-address", "the client's IP address"))
             .Add(t, "Microsoft.AspNetCore.Http.IHeaderDictionary", "XForwardedFor", new SourceRule(LabelKind.NetworkAddress, "ip-address", "the X-Forwarded-For header (client IP addresses)"))
             .Add(t, "Microsoft.AspNetCore.Http.IHeaderDictionary", "this[]", new SourceRule(site => Header(site.FirstConstantString())))
             .Add(t, "Microsoft.AspNetCore.Http.IHeaderDictionary", "Authorization,ProxyAuthorization", new SourceRule(LabelKind.Credential, "authorization-header", "the Authorization header"))
             .Add(t, "Microsoft.AspNetCore.Http.IHeaderDictionary", "Cookie,SetCookie", new SourceRule(LabelKind.Credential, "authorization-header", "the Cookie header"))
             .Add(t, "Microsoft.AspNetCore.Http.IRequestCookieCollection", "this[]", new SourceRule(LabelKind.Credential, "authorization-header", "a request cookie"))
             .Add(t, "System.Net.Http.Headers.HttpHeaders", "GetValues,TryGetValues", new SourceRule(site => Header(site.FirstConstantString())));

        // Identity (RR3001, RR4003).
        table.Add(t, "System.Security.Principal.IIdentity", "Name", new SourceRule(LabelKind.PersonalData, "username", "the signed-in user's name"))
             .Add(t, "System.Security.Claims.ClaimsPrincipal", "FindFirst,FindAll,FindFirstValue", new SourceRule(site => Claim(site.FirstConstantString()), readsOneItem: true))
             .Add(t, "System.Security.Claims.ClaimsIdentity", "FindFirst,FindAll,FindFirstValue", new SourceRule(site => Claim(site.FirstConstantString()), readsOneItem: true))
             .Add(t, "System.Security.Claims.PrincipalExtensions", "FindFirstValue", new SourceRule(site => Claim(site.FirstConstantString()), readsOneItem: true))
             .Add(t, "Microsoft.AspNetCore.Authentication.AuthenticationTokenExtensions", "GetTokenAsync,GetTokenValue", new SourceRule(LabelKind.Credential, "token", "an OAuth token"))
             .Add(t, "Microsoft.AspNetCore.Authentication.AuthenticationHttpContextExtensions", "GetTokenAsync", new SourceRule(LabelKind.Credential, "token", "an OAuth token"))
             .Add(t, "Microsoft.Extensions.Configuration.ConfigurationExtensions", "GetConnectionString", new SourceRule(LabelKind.Credential, "connection-string", "a connection string"))
             .Add(t, "Microsoft.Extensions.Configuration.IConfiguration", "this[]", new SourceRule(site => ConfigurationKey(site.FirstConstantString())));

        // Device and account identifiers (RR4001, RR4005).
        table.Add(t, "System.Environment", "MachineName", new SourceRule(LabelKind.DeviceIdentifier, "machine-name", "the machine name"))
             .Add(t, "System.Environment", "UserName", new SourceRule(LabelKind.DeviceIdentifier, "os-user-name", "the operating-system user name"))
             .Add(t, "System.Environment", "UserDomainName", new SourceRule(LabelKind.DeviceIdentifier, "os-user-name", "the user's domain name"))
             .Add(t, "System.Net.Dns", "GetHostName", new SourceRule(LabelKind.DeviceIdentifier, "machine-name", "the host name"))
             .Add(t, "System.Security.Principal.WindowsIdentity", "Name,User", new SourceRule(LabelKind.DeviceIdentifier, "os-account", "the Windows account name or SID"))
             .Add(t, "System.Net.NetworkInformation.NetworkInterface", "GetPhysicalAddress", new SourceRule(LabelKind.DeviceIdentifier, "mac-address", "a MAC address"))
             .Add(t, "Microsoft.Win32.Registry", "GetValue", new SourceRule(site => MachineGuid(site)))
             .Add(t, "Microsoft.Win32.RegistryKey", "GetValue", new SourceRule(site => MachineGuid(site)))
             .Add(t, "System.IO.File", "ReadAllText,ReadAllTextAsync,ReadAllLines,ReadAllLinesAsync,ReadAllBytes,ReadAllBytesAsync,OpenText,ReadLines", new SourceRule(site => MachineIdFile(site.FirstConstantString())))
             .Add(t, "System.Management.ManagementObjectSearcher", ".ctor", new SourceRule(site => WmiQuery(site)))
             .Add(t, "System.Management.ManagementClass", ".ctor", new SourceRule(site => WmiQuery(site)))
             .Add(t, "System.Management.ManagementObject", ".ctor", new SourceRule(site => WmiQuery(site)))
             .Add(t, "Windows.System.Profile.SystemIdentification", "GetSystemIdForPublisher,GetSystemIdForUser", new SourceRule(LabelKind.DeviceIdentifier, "hardware-serial", "the Windows system id (TPM/UEFI based)"))
             .Add(t, "Windows.Security.ExchangeActiveSyncProvisioning.EasClientDeviceInformation", "Id", new SourceRule(LabelKind.DeviceIdentifier, "machine-guid", "the EAS device id"))
             .Add(t, "Windows.System.UserProfile.AdvertisingManager", "AdvertisingId", new SourceRule(LabelKind.DeviceIdentifier, "advertising-id", "the advertising id"));

        // A ready-made fingerprint (the DeviceId package hashes machine name, MAC, serials… into one string): RR4005.
        table.Add(t, "DeviceId.DeviceIdBuilder", "ToString", new SourceRule(LabelKind.DeviceIdentifier, DeviceFingerprintCategory, "a device fingerprint (DeviceIdBuilder)"));

        // Weak device attributes: harmless alone (quiet in RR4001), but they add entropy to a fingerprint (RR4005).
        table.Add(t, "System.Environment", "ProcessorCount", new SourceRule(LabelKind.DeviceIdentifier, DeviceAttributeCategory, "the processor count", lowConfidence: true))
             .Add(t, "System.Environment", "OSVersion", new SourceRule(LabelKind.DeviceIdentifier, DeviceAttributeCategory, "the OS version", lowConfidence: true))
             .Add(t, "System.Environment", "SystemPageSize", new SourceRule(LabelKind.DeviceIdentifier, DeviceAttributeCategory, "the memory page size", lowConfidence: true))
             .Add(t, "System.Runtime.InteropServices.RuntimeInformation", "OSDescription", new SourceRule(LabelKind.DeviceIdentifier, DeviceAttributeCategory, "the OS description", lowConfidence: true))
             .Add(t, "System.Runtime.InteropServices.RuntimeInformation", "OSArchitecture,ProcessArchitecture", new SourceRule(LabelKind.DeviceIdentifier, DeviceAttributeCategory, "the CPU architecture", lowConfidence: true));

        // Weak randomness (RR1008).
        table.Add(t, "System.Random", "Next,NextDouble,NextInt64,NextSingle,GetItems,GetString,GetHexString", new SourceRule(LabelKind.WeakRandom, "system-random", "System.Random"));

        // Whole objects rendered member by member (RR3003): the label records the serialized object's type.
        var serialized = new SourceRule(LabelKind.WholeObject, "serialized-object", "a serialized object");
        table.Add(t, "System.Text.Json.JsonSerializer", "Serialize,SerializeToUtf8Bytes,SerializeToElement,SerializeToNode,SerializeToDocument", serialized)
             .Add(t, "Newtonsoft.Json.JsonConvert", "SerializeObject", serialized);

        KeyMaterialSources.Add(table, t);
        return table;
    }

    /// <summary>Category of weak device attributes (processor count, OS version): only part of a fingerprint.</summary>
    public const string DeviceAttributeCategory = "device-attribute";

    /// <summary>Category of a value that is a device fingerprint by construction.</summary>
    public const string DeviceFingerprintCategory = "device-fingerprint";

    /// <summary>Header names that carry credentials or client addresses.</summary>
    private static (LabelKind, string, string)? Header(string? name) => IdentifyingHeaders.GroupOf(name) switch
    {
        IdentifyingHeaders.Group.Credential => (LabelKind.Credential, "authorization-header", "the Authorization header"),
        IdentifyingHeaders.Group.Cookie => (LabelKind.Credential, "authorization-header", "the Cookie header"),
        IdentifyingHeaders.Group.ApiKey => (LabelKind.Credential, "api-key", "an API key header"),
        IdentifyingHeaders.Group.ClientAddress => (LabelKind.NetworkAddress, "ip-address", "the " + name + " header (client IP address)"),
        _ => null,
    };

    /// <summary>Claim types as URIs (ClaimTypes) or short OIDC names.</summary>
    private static (LabelKind, string, string)? Claim(string? type)
    {
        if (type is null)
        {
            return null;
        }

        var slash = type.LastIndexOf('/');
        var key = (slash >= 0 ? type.Substring(slash + 1) : type).ToLowerInvariant();
        return key switch
        {
            "emailaddress" or "email" or "upn" or "preferred_username" => (LabelKind.PersonalData, "email", "the user's email claim"),
            "name" or "givenname" or "given_name" or "surname" or "family_name" => (LabelKind.PersonalData, "person-name", "the user's name claim"),
            "mobilephone" or "homephone" or "otherphone" or "phone_number" => (LabelKind.PersonalData, "phone", "the user's phone claim"),
            "streetaddress" or "postalcode" or "address" or "locality" => (LabelKind.PersonalData, "postal-address", "the user's address claim"),
            "dateofbirth" or "birthdate" => (LabelKind.PersonalData, "date-of-birth", "the user's birth-date claim"),
            "nameidentifier" or "sub" or "oid" or "sid" => (LabelKind.PersonalData, NameTaxonomy.AccountId, "the user's identifier claim"),
            _ => null,
        };
    }

    /// <summary><c>configuration["Smtp:Password"]</c>: the key's own words say what the value is.</summary>
    private static (LabelKind, string, string)? ConfigurationKey(string? key)
    {
        if (key is null)
        {
            return null;
        }

        var tokens = NameTokenizer.Tokenize(key.Replace(':', '.'));
        var match = NameMatcher.Match(tokens, System.Collections.Immutable.ImmutableArray<string>.Empty,
            System.Collections.Immutable.ImmutableHashSet<string>.Empty, System.Collections.Immutable.ImmutableHashSet<string>.Empty);
        return match is { Category.Kind: LabelKind.Credential } ? (LabelKind.Credential, match.Category.Id, match.Category.Display + " from configuration") : null;
    }

    private static (LabelKind, string, string)? MachineGuid(SourceSite site)
    {
        foreach (var argument in site.Arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string text } &&
                text.Equals("MachineGuid", StringComparison.OrdinalIgnoreCase))
            {
                return (LabelKind.DeviceIdentifier, "machine-guid", "the Windows MachineGuid");
            }
        }

        return null;
    }

    private static (LabelKind, string, string)? MachineIdFile(string? path)
    {
        if (path is null)
        {
            return null;
        }

        return path.Replace('\\', '/') switch
        {
            "/etc/machine-id" or "/var/lib/dbus/machine-id" or "/etc/hostid" => (LabelKind.DeviceIdentifier, "machine-id", "the machine-id (" + path + ")"),
            var p when p.StartsWith("/sys/class/dmi/id/", StringComparison.Ordinal) => (LabelKind.DeviceIdentifier, "hardware-serial", "a hardware identifier (" + path + ")"),
            _ => null,
        };
    }

    /// <summary>The query may follow a scope argument (<c>new ManagementObjectSearcher(@"root\CIMV2", "SELECT …")</c>): look at every constant.</summary>
    private static (LabelKind, string, string)? WmiQuery(SourceSite site)
    {
        foreach (var argument in site.Arguments)
        {
            if (argument.Value.ConstantValue is { HasValue: true, Value: string query } && WmiQuery(query) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static (LabelKind, string, string)? WmiQuery(string query)
    {
        foreach (var wmiClass in new[] { "Win32_BIOS", "Win32_BaseBoard", "Win32_Processor", "Win32_DiskDrive", "Win32_ComputerSystemProduct", "Win32_PhysicalMedia", "Win32_NetworkAdapter" })
        {
            if (query.IndexOf(wmiClass, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return (LabelKind.DeviceIdentifier, "hardware-serial", "a hardware serial from WMI " + wmiClass);
            }
        }

        return null;
    }
}
