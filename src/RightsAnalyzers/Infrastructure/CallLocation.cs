using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RightsAnalyzers.Infrastructure;

/// <summary>Locations for calls inside fluent chains.</summary>
internal static class CallLocation
{
    /// <summary>
    /// From the member name to the closing parenthesis: in <c>new LoggerConfiguration().Enrich.WithClientIp()</c>
    /// only <c>WithClientIp()</c> is underlined, not the whole chain before it.
    /// </summary>
    public static Location Of(IOperation invocation)
    {
        var syntax = invocation.Syntax;
        if (syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call)
        {
            return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(access.Name.SpanStart, call.Span.End));
        }

        if (syntax is InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } conditional)
        {
            return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(binding.Name.SpanStart, conditional.Span.End));
        }

        return syntax.GetLocation();
    }
}
