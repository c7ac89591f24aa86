using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RightsAnalyzers.Tests.Verifiers;

/// <summary>Thin alias over Microsoft.CodeAnalysis.Testing: markup sources, .editorconfig text, reference set.</summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static DiagnosticResult Diagnostic(string id) => DiagnosticResult.CompilerWarning(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => VerifyAsync(source, editorConfig: null, expected);

    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.WithEditorConfig(editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Against .NET 10, ASP.NET Core and the real logging/telemetry packages (TestReferences).</summary>
    public static Task VerifyWithPackagesAsync(string source, params DiagnosticResult[] expected)
        => VerifyWithPackagesAsync(source, editorConfig: null, expected);

    public static async Task VerifyWithPackagesAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = await CreateWithPackagesAsync().ConfigureAwait(false);
        test.TestCode = source;
        test.WithEditorConfig(editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync().ConfigureAwait(false);
    }

    public static async Task<Test> CreateWithPackagesAsync()
    {
        var test = new Test { ReferenceAssemblies = TestReferences.Net100 };
        test.TestState.AdditionalReferences.AddRange(await TestReferences.WebAndPackagesAsync().ConfigureAwait(false));
        return test;
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;

            // [|…|] means the analyzer's first descriptor (the main one) for analyzers with several.
            MarkupOptions = MarkupOptions.UseFirstDescriptor;
        }

        /// <summary>Adds a root .editorconfig with the given lines under <c>[*.cs]</c>.</summary>
        public Test WithEditorConfig(string? lines)
        {
            if (lines is not null)
            {
                TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + lines + "\n"));
            }

            return this;
        }
    }
}
