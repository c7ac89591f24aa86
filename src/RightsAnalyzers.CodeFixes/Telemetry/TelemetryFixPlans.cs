using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.CodeFixes.Telemetry;

/// <summary>What each telemetry fix would change, worked out from the reported value (null: no safe rewrite).</summary>
internal static class TelemetryFixPlans
{
    public const string HelperName = "NetworkPrefix";

    /// <summary>Key/value methods whose whole call can go: the tag is dropped, nothing else is lost.</summary>
    private static readonly string[] TagMethods = { "SetTag", "AddTag", "SetBaggage", "AddBaggage", "SetAttribute", "SetExtra", "Add", "TryAdd" };

    public sealed class RemovalPlan
    {
        public RemovalPlan(SyntaxNode node, ExpressionSyntax? replacement)
        {
            Node = node;
            Replacement = replacement;
        }

        public SyntaxNode Node { get; }

        /// <summary>For a call in a fluent chain (<c>a.SetTag(k, v).SetTag(…)</c>): its receiver takes its place.</summary>
        public ExpressionSyntax? Replacement { get; }
    }

    public static RemovalPlan? Removal(SyntaxNode root, Diagnostic diagnostic)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
        {
            return null;
        }

        switch (value.Parent)
        {
            // activity.SetTag("k", value); scope.SetExtra("k", value); properties.Add("k", value);
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list } when list.Arguments.Count >= 2 && list.Arguments[0] != value.Parent:
                return IsTagMethod(invocation) ? RemoveCall(invocation) : null;

            // telemetry.Context.User.Id = value;  properties["k"] = value;
            case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement } assignment when assignment.Right == value:
                return new RemovalPlan(statement, null);

            // new SentryUser { Email = value }; new Dictionary<…> { ["k"] = value }
            case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } entry when entry.Right == value:
                return new RemovalPlan(entry, null);

            // new TagList { { "k", value } }
            case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression, Parent: InitializerExpressionSyntax } element:
                return new RemovalPlan(element, null);
        }

        // A bag or collection sent whole: remove the entry that holds the value's source, when the source is inside it.
        if (diagnostic.AdditionalLocations.Count > 0 && diagnostic.AdditionalLocations[0].SourceTree == root.SyntaxTree)
        {
            var source = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
            for (var current = source; current is not null && current != value; current = current.Parent)
            {
                if (current.Parent is InitializerExpressionSyntax && value.Span.Contains(current.Span) && current != value)
                {
                    return new RemovalPlan(current, null);
                }
            }
        }

        return null;
    }

    private static bool IsTagMethod(InvocationExpressionSyntax invocation)
    {
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
        return name is not null && System.Array.IndexOf(TagMethods, name) >= 0;
    }

    private static RemovalPlan? RemoveCall(InvocationExpressionSyntax invocation)
    {
        // activity?.SetTag(k, v); is a conditional access whose WhenNotNull is the call.
        SyntaxNode top = invocation;
        if (invocation.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == invocation)
        {
            top = access;
        }

        if (top.Parent is ExpressionStatementSyntax statement)
        {
            return new RemovalPlan(statement, null);
        }

        // Fluent chain: activity.SetTag("a", x).SetTag("b", y) → activity.SetTag("b", y).
        if (top == invocation && invocation.Expression is MemberAccessExpressionSyntax receiver && invocation.Parent is MemberAccessExpressionSyntax)
        {
            return new RemovalPlan(invocation, receiver.Expression);
        }

        return null;
    }

    public sealed class TruncationPlan
    {
        public TruncationPlan(ExpressionSyntax value, BlockSyntax block)
        {
            Value = value;
            Block = block;
        }

        public ExpressionSyntax Value { get; }

        public BlockSyntax Block { get; }
    }

    /// <summary>An IP address value (IPAddress, or a string or header value holding one) sent where a string fits.</summary>
    public static TruncationPlan? Truncation(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.Id != Rules.NetworkAddressInTelemetry.Id ||
            !diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Category, out var category) || category != "ip-address" ||
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value ||
            value is InterpolatedStringExpressionSyntax or BinaryExpressionSyntax)
        {
            return null;
        }

        var info = model.GetTypeInfo(value, cancellationToken);
        var type = info.Type;
        var target = info.ConvertedType;
        var carriesAddress = type is { SpecialType: SpecialType.System_String } || type?.Name is "IPAddress" or "StringValues";
        var stringFits = target is { SpecialType: SpecialType.System_String or SpecialType.System_Object };
        return carriesAddress && stringFits && EnclosingBlock(value) is { } block ? new TruncationPlan(value, block) : null;
    }

    /// <summary>The body block of the method, accessor, constructor or local function: the helper is declared there.</summary>
    private static BlockSyntax? EnclosingBlock(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseMethodDeclarationSyntax method:
                    return method.Body;
                case AccessorDeclarationSyntax accessor:
                    return accessor.Body;
                case LocalFunctionStatementSyntax local:
                    return local.Body;
                case TypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    public static bool DeclaresHelper(BlockSyntax block)
    {
        foreach (var statement in block.Statements)
        {
            if (statement is LocalFunctionStatementSyntax { Identifier.ValueText: HelperName })
            {
                return true;
            }
        }

        return false;
    }

    public static ExpressionSyntax WrapInHelper(ExpressionSyntax value)
        => SyntaxFactory.InvocationExpression(
                SyntaxFactory.IdentifierName(HelperName),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))))
            .WithTriviaFrom(value);

    /// <summary>Keeps the network, not the household: the first 24 bits of IPv4, 48 bits of IPv6.</summary>
    public static StatementSyntax Helper(bool nullableAnnotations)
    {
        var q = nullableAnnotations ? "?" : string.Empty;
        var text = $$"""
            // Keeps the network, not the person: the /24 of an IPv4 address, the /48 of an IPv6 address.
            static string{{q}} NetworkPrefix(object{{q}} address)
            {
                if (address is null || !System.Net.IPAddress.TryParse(address.ToString(), out var ip))
                {
                    return null;
                }

                if (ip.IsIPv4MappedToIPv6)
                {
                    ip = ip.MapToIPv4();
                }

                var bytes = ip.GetAddressBytes();
                var prefix = new byte[bytes.Length];
                var keep = bytes.Length == 4 ? 3 : 6;
                for (var i = 0; i < keep; i++)
                {
                    prefix[i] = bytes[i];
                }

                return new System.Net.IPAddress(prefix) + (bytes.Length == 4 ? "/24" : "/48");
            }
            """;
        var statement = SyntaxFactory.ParseStatement(text);
        return statement.WithLeadingTrivia(statement.GetLeadingTrivia().Insert(0, SyntaxFactory.EndOfLine("\n"))).WithAdditionalAnnotations(Formatter.Annotation);
    }
}
