using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.PersonalData;

/// <summary>
/// RR3003: a whole object reaches a log and is rendered member by member — destructured (<c>{@x}</c>,
/// <c>destructureObjects: true</c>), expanded by <c>[LogProperties]</c>, serialized to JSON, printed by a record's
/// compiler-generated <c>ToString</c> — or a collection that is personal wholesale (claims, headers, cookies, query, form).
/// </summary>
internal static class WholeObjectJudge
{
    /// <summary>Reports RR3003 for the value when it applies; true when it did (RR3001 then stays quiet on the same value).</summary>
    public static bool Judge(in FlowSite site, SinkHit hit, LabelSet labels)
    {
        var value = WholeObjects.Unwrap(hit.Value);
        var classifier = site.Body.Scope.Classifier;

        var destructured = Destructured(hit.Value);
        if (Wholesale(value.Type, destructured is not null) is { } wholesale)
        {
            Report(site, hit, Describe(value), value.Type!, "logged as a whole collection", wholesale.Members, wholesale.Category, EvidenceKinds.Type, null, lowConfidence: false);
            return true;
        }

        if (destructured is { } rendering && WholeObjects.IsRenderedObject(value.Type))
        {
            return ReportMembers(site, hit, Describe(value), value.Type!, rendering, null);
        }

        foreach (var label in labels.Labels)
        {
            if (label.Kind == LabelKind.WholeObject && label.ObjectType is { } serializedType &&
                ReportMembers(site, hit, label.Description, serializedType, WholeObjects.Rendering.Serialized, label.Source))
            {
                return true;
            }
        }

        // Records print every public member from their compiler-generated ToString, in an argument or an interpolation hole.
        if (IsRecord(value.Type))
        {
            return ReportMembers(site, hit, Describe(value), value.Type!, WholeObjects.Rendering.RecordToString, null);
        }

        if (value is IInterpolatedStringOperation interpolated)
        {
            foreach (var part in interpolated.Parts)
            {
                if (part is IInterpolationOperation hole && IsRecord(WholeObjects.Unwrap(hole.Expression).Type) &&
                    ReportMembers(site, hit, Describe(hole.Expression), WholeObjects.Unwrap(hole.Expression).Type!, WholeObjects.Rendering.RecordToString, null))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static WholeObjects.Rendering? Destructured(IOperation sinkValue)
    {
        if (MessageTemplate.HoleOf(sinkValue) is { Destructures: true })
        {
            return WholeObjects.Rendering.Destructured;
        }

        var argument = sinkValue.Parent as IArgumentOperation;
        if (argument?.Parent is IInvocationOperation invocation)
        {
            // Serilog's ForContext / LogContext.PushProperty / IDiagnosticContext.Set(name, value, destructureObjects: true).
            foreach (var other in invocation.Arguments)
            {
                if (other.Parameter?.Name == "destructureObjects" && other.Value.ConstantValue is { HasValue: true, Value: true })
                {
                    return WholeObjects.Rendering.Destructured;
                }
            }

            // [LoggerMessage] void Booked(ILogger logger, [LogProperties] Patient patient): every property is logged.
            if (argument.Parameter is { } parameter && HasLogProperties(parameter))
            {
                return WholeObjects.Rendering.LogProperties;
            }
        }

        return null;
    }

    private static bool HasLogProperties(IParameterSymbol parameter)
    {
        var definition = parameter.ContainingSymbol is IMethodSymbol { PartialDefinitionPart: { } part } && parameter.Ordinal < part.Parameters.Length
            ? part.Parameters[parameter.Ordinal]
            : parameter;
        foreach (var attribute in definition.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "LogPropertiesAttribute" } type && type.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Logging")
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReportMembers(in FlowSite site, SinkHit hit, string description, ITypeSymbol type, WholeObjects.Rendering rendering, Location? source)
    {
        var members = WholeObjects.PersonalMembers(type, site.Body.Scope.Classifier, rendering);
        if (members.Count == 0)
        {
            return false;
        }

        var best = members[0];
        var lowConfidence = true;
        foreach (var member in members)
        {
            lowConfidence &= member.Classification.LowConfidence;
            if (Rank(member) < Rank(best))
            {
                best = member;
            }
        }

        var how = rendering switch
        {
            WholeObjects.Rendering.Destructured => "destructured member by member",
            WholeObjects.Rendering.Serialized => "serialized to JSON",
            WholeObjects.Rendering.LogProperties => "expanded by [LogProperties]",
            _ => "printed by the record's ToString",
        };
        var evidence = FlowMessages.EvidenceProperty(new Label(best.Classification.Kind, best.Classification.Category, best.Classification.Display, best.Classification.Tier, string.Empty, null));
        source ??= best.Symbol.Locations.Length > 0 && best.Symbol.Locations[0].IsInSource ? best.Symbol.Locations[0] : null;
        Report(site, hit, description, WholeObjects.ElementType(type)!, how, WholeObjects.Describe(members), best.Classification.Category, evidence, source, lowConfidence);
        return true;
    }

    private static void Report(in FlowSite site, SinkHit hit, string description, ITypeSymbol type, string how, string members, string category, string evidence, Location? source, bool lowConfidence)
        => site.Report(RightsDiagnostic.Create(
            lowConfidence ? Rules.WholeObjectInLogInfo : Rules.WholeObjectInLog,
            hit.Value.Syntax.GetLocation(),
            source,
            evidence,
            category,
            description,
            type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            how,
            members,
            FlowMessages.SinkPlace(hit.Kind),
            hit.Describe()));

    /// <summary>Framework collections that are personal as a whole; HTTP request objects only when their members are rendered.</summary>
    private static (string Members, string Category)? Wholesale(ITypeSymbol? type, bool rendered)
    {
        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        // The simple name first: the display string is built for few values (docs/performance.md, change 36).
        if (type.Name is not ("IHeaderDictionary" or "HttpRequestHeaders" or "HttpHeaders" or "IRequestCookieCollection" or "IQueryCollection" or
            "IFormCollection" or "HttpRequest" or "HttpContext"))
        {
            return WholesaleClaims(type);
        }

        switch (type.ToDisplayString())
        {
            case "Microsoft.AspNetCore.Http.IHeaderDictionary" or "System.Net.Http.Headers.HttpRequestHeaders" or "System.Net.Http.Headers.HttpHeaders":
                return ("every header, including Authorization, Cookie and X-Forwarded-For", "http-headers");
            case "Microsoft.AspNetCore.Http.IRequestCookieCollection":
                return ("every cookie, including session and authentication cookies", "http-headers");
            case "Microsoft.AspNetCore.Http.IQueryCollection":
                return ("every query-string parameter (emails, tokens, search terms)", "http-request");
            case "Microsoft.AspNetCore.Http.IFormCollection":
                return ("every form field (names, addresses, passwords)", "http-request");
            case "Microsoft.AspNetCore.Http.HttpRequest" or "Microsoft.AspNetCore.Http.HttpContext" when rendered:
                return ("headers (Authorization, Cookie), query string, client address and signed-in user", "http-request");
        }

        return WholesaleClaims(type);
    }

    /// <summary>Claim.ToString() is "type: value", and every logger renders collections element by element.</summary>
    private static (string Members, string Category)? WholesaleClaims(ITypeSymbol type)
    {
        return WholeObjects.ElementType(type) is { Name: "Claim" } element && !SymbolEqualityComparer.Default.Equals(element, type) &&
               element.ContainingNamespace?.ToDisplayString() == "System.Security.Claims"
            ? ("every claim value (email, name, identifiers)", "identity")
            : null;
    }

    private static bool IsRecord(ITypeSymbol? type) => type is INamedTypeSymbol { IsRecord: true } && WholeObjects.IsRenderedObject(type);

    private static int Rank(PersonalMember member)
        => (member.Classification.LowConfidence ? 100 : 0) + (member.Classification.Special ? 0 : 10) + (int)member.Classification.Tier;

    private static string Describe(IOperation operation)
    {
        var text = WholeObjects.Unwrap(operation).Syntax.ToString();
        return "'" + (text.Length > 60 ? text.Substring(0, 57) + "…" : text) + "'";
    }
}
