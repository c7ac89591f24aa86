using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Infrastructure;

/// <summary>
/// The cached "is this a crypto type" test that the key gate and the crypto rules' object-creation checks ask first
/// (docs/performance.md, changes 30 and 33): System.Security.Cryptography and the namespaces below it, nothing else.
/// </summary>
public sealed class CryptoNamespaceTests
{
    private const string Source = """
        namespace App
        {
            public sealed class Md5Subclass : System.Security.Cryptography.MD5
            {
                protected override void HashCore(byte[] array, int ibStart, int cbSize) { }
                protected override byte[] HashFinal() => new byte[16];
                public override void Initialize() { }
            }

            public class Grandchild : System.Security.Cryptography.Rfc2898DeriveBytes
            {
                public Grandchild() : base("p", 16, 600000, System.Security.Cryptography.HashAlgorithmName.SHA256) { }
            }

            public class Plain { }
        }

        namespace App.Security.Cryptography
        {
            public class LookAlike { }
        }

        namespace Security.Cryptography
        {
            public class RootLookAlike { }
        }
        """;

    [Theory]
    [InlineData("System.Security.Cryptography.MD5", true, true)]
    [InlineData("System.Security.Cryptography.X509Certificates.X509Certificate2", true, true)]
    [InlineData("App.Md5Subclass", false, true)]
    [InlineData("App.Grandchild", false, true)]
    [InlineData("App.Plain", false, false)]
    [InlineData("App.Security.Cryptography.LookAlike", false, false)]
    [InlineData("Security.Cryptography.RootLookAlike", false, false)]
    [InlineData("System.Collections.Generic.List`1", false, false)]
    [InlineData("System.String", false, false)]
    public async Task Declared_in_or_below_System_Security_Cryptography_or_inheriting_from_such_a_type(string metadataName, bool declares, bool declaresOrInherits)
    {
        var compilation = await CompileAsync();
        var type = compilation.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);
        var crypto = CryptoNamespace.For(compilation);

        // Twice: the second answers come from the caches, and constructed types share their definition's answer.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(declares, crypto.Declares(type));
            Assert.Equal(declaresOrInherits, crypto.DeclaresOrInherits(type));
        }

        if (type!.IsGenericType)
        {
            var constructed = type.Construct(compilation.GetSpecialType(SpecialType.System_Int32));
            Assert.Equal(declaresOrInherits, crypto.DeclaresOrInherits(constructed));
        }

        Assert.False(crypto.Declares(null));
        Assert.False(crypto.DeclaresOrInherits(null));
        Assert.Same(crypto, CryptoNamespace.For(compilation));
    }

    private static async Task<Compilation> CompileAsync()
    {
        var result = await InProcessAnalysis.RunAsync(new[] { ("/App.cs", Source) }, analyzers: ImmutableArray<DiagnosticAnalyzer>.Empty.Add(new RightsAnalyzers.Families.Crypto.WeakHashAnalyzer()));
        Assert.Empty(result.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return result.Compilation;
    }
}
