using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RightsAnalyzers.Tests.Verifiers;

/// <summary>
/// Verifiers for rules about ASP.NET Core, EF Core, Serilog, Sentry, OpenTelemetry and Application Insights
/// configuration: .NET 10 reference assemblies plus the real packages the test project references.
/// </summary>
public static class WebAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => AnalyzerVerifier<TAnalyzer>.VerifyWithPackagesAsync(source, expected);

    /// <summary>The packages without the ASP.NET Core shared framework: a console, desktop or worker app.</summary>
    public static async Task VerifyWithoutAspNetCoreAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = source, ReferenceAssemblies = TestReferences.Net100 };
        foreach (var reference in await TestReferences.WebAndPackagesAsync())
        {
            if (reference.Display?.Contains("aspnetcore.app.ref", System.StringComparison.OrdinalIgnoreCase) != true)
            {
                test.TestState.AdditionalReferences.Add(reference);
            }
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}

/// <summary>The code-fix counterpart; FixAll in document, project and solution scope stays on (library default).</summary>
public static class WebCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static async Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CodeFixVerifier<TAnalyzer, TCodeFix>.Test { TestCode = source, FixedCode = fixedSource, ReferenceAssemblies = TestReferences.Net100 };
        test.TestState.AdditionalReferences.AddRange(await TestReferences.WebAndPackagesAsync());
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
