using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RightsAnalyzers.Families.KeyEscrow;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Tests.Verifiers;
using Verify = RightsAnalyzers.Tests.Verifiers.AnalyzerVerifier<RightsAnalyzers.Families.KeyEscrow.RootCertificateInstallAnalyzer>;

namespace RightsAnalyzers.Tests.KeyEscrow;

public sealed class RR2005RootCertificateInstallTests
{
    private const string Usings = "using System.Security.Cryptography.X509Certificates;\n";

    [Theory]
    [InlineData("new X509Store(StoreName.Root)")]
    [InlineData("new X509Store(StoreName.Root, StoreLocation.LocalMachine)")]
    [InlineData("new X509Store(StoreName.AuthRoot, StoreLocation.CurrentUser)")]
    [InlineData("new X509Store(StoreName.Root, StoreLocation.LocalMachine, OpenFlags.ReadWrite)")]
    [InlineData("new X509Store(\"Root\", StoreLocation.LocalMachine)")]
    [InlineData("new X509Store(\"authroot\")")]
    [InlineData("new X509Store(storeLocation: StoreLocation.LocalMachine, storeName: StoreName.Root)")]
    public Task Adding_to_a_root_store_through_a_local_is_reported(string creation)
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(X509Certificate2 certificate)
                {
                    var store = CREATION;
                    store.Open(OpenFlags.ReadWrite);
                    [|store.Add(certificate)|];
                    store.Close();
                }
            }
            """.Replace("CREATION", creation, System.StringComparison.Ordinal));

    [Fact]
    public Task Using_declarations_statements_fields_and_AddRange_are_reported()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                private readonly X509Store machineRoot = new(StoreName.Root, StoreLocation.LocalMachine);
                private X509Store? assigned;

                void UsingDeclaration(X509Certificate2 certificate)
                {
                    using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
                    store.Open(OpenFlags.ReadWrite);
                    [|store.Add(certificate)|];
                }

                void UsingStatement(X509Certificate2Collection chain)
                {
                    using (X509Store store = new X509Store(StoreName.AuthRoot, StoreLocation.LocalMachine))
                    {
                        store.Open(OpenFlags.MaxAllowed);
                        [|store.AddRange(chain)|];
                    }
                }

                void FieldInitialisedAtDeclaration(X509Certificate2 certificate)
                {
                    machineRoot.Open(OpenFlags.ReadWrite);
                    [|machineRoot.Add(certificate)|];
                }

                void FieldAssignedInTheMethod(X509Certificate2 certificate)
                {
                    assigned = new X509Store(StoreName.Root);
                    assigned.Open(OpenFlags.ReadWrite);
                    [|assigned.Add(certificate)|];
                    [|new X509Store(StoreName.Root).Add(certificate)|];
                }
            }
            """);

    [Fact]
    public Task Message_names_the_call_and_the_store_and_points_at_the_store_creation()
        => Verify.VerifyAsync(
            Usings + """
            class C
            {
                void M(X509Certificate2 certificate)
                {
                    using var store = {|#1:new X509Store(StoreName.Root, StoreLocation.LocalMachine)|};
                    {|#0:store.Add(certificate)|};
                }
            }
            """,
            new DiagnosticResult(Rules.RootCertificateInstalled).WithLocation(0).WithLocation(1)
                .WithArguments("X509Store.Add", "LocalMachine\\Root"));

    [Fact]
    public Task Reading_root_stores_and_adding_to_other_stores_are_quiet()
        => Verify.VerifyAsync(Usings + """
            class C
            {
                void M(X509Certificate2 certificate, string thumbprint, StoreName configured)
                {
                    using var root = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
                    root.Open(OpenFlags.ReadOnly);
                    var found = root.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
                    foreach (var existing in root.Certificates) { _ = existing.Subject; }

                    using var my = new X509Store(StoreName.My, StoreLocation.CurrentUser);
                    my.Open(OpenFlags.ReadWrite);
                    my.Add(certificate);

                    // Intermediates confer no trust on their own: a chain still needs a trusted root.
                    using var intermediates = new X509Store(StoreName.CertificateAuthority, StoreLocation.CurrentUser);
                    intermediates.Open(OpenFlags.ReadWrite);
                    intermediates.Add(certificate);

                    using var byName = new X509Store("TrustedPeople");
                    byName.Open(OpenFlags.ReadWrite);
                    byName.Add(certificate);

                    // A store name that is not a constant is not traced (no value flow here).
                    using var fromSettings = new X509Store(configured);
                    fromSettings.Open(OpenFlags.ReadWrite);
                    fromSettings.Add(certificate);

                    var collection = new X509Certificate2Collection();
                    collection.Add(certificate);
                }
            }
            """);

    [Theory]
    [InlineData("using System.Security.Cryptography.X509Certificates; class C { void M(X509Certificate2 c) { var s = new X509Store(StoreName.Root); s.Add(; } }")]
    [InlineData("using System.Security.Cryptography.X509Certificates; class C { void M(X509Certificate2 c) { var s = new X509Store(StoreName.); s.Add(c); } }")]
    [InlineData("using System.Security.Cryptography.X509Certificates; class C { void M(X509Certificate2 c) { unknown.Add(c); new X509Store(Missing.Root).Add(c); } }")]
    public async Task Half_typed_code_is_crash_free_and_quiet(string source)
    {
        var result = await InProcessAnalysis.RunAsync(new[] { ("/Test.cs", source) }, analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new RootCertificateInstallAnalyzer()));
        Assert.NotEmpty(result.CompilerErrors);
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.Diagnostics.Where(d => d.Id is "RR2005" || d.Id.StartsWith("AD", System.StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Diagnostics_carry_evidence_category_and_recommendations()
    {
        var source = Usings + "class C { void M(X509Certificate2 c) { using var s = new X509Store(StoreName.AuthRoot); s.Add(c); } }";
        var result = await InProcessAnalysis.RunAsync(new[] { ("/Test.cs", source) }, analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new RootCertificateInstallAnalyzer()));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("api", diagnostic.Properties[DiagnosticPropertyNames.Evidence]);
        Assert.Equal("auth-root-store", diagnostic.Properties[DiagnosticPropertyNames.Category]);
        Assert.Equal("7,8", diagnostic.Properties[DiagnosticPropertyNames.Recommendations]);
        Assert.Single(diagnostic.AdditionalLocations);
    }
}
