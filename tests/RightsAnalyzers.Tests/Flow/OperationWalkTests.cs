using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Tests.Verifiers;

namespace RightsAnalyzers.Tests.Flow;

/// <summary>The package's own operation walk visits exactly what Roslyn's Descendants does, in the same order.</summary>
public sealed class OperationWalkTests
{
    [Fact]
    public async Task Every_body_of_the_sample_app_is_walked_as_Roslyn_walks_it()
    {
        var sources = InProcessAnalysis.Folder("samples/Clinic").Append(("/GlobalUsings.cs", InProcessAnalysis.WebGlobalUsings));
        var compilation = CSharpCompilation.Create(
            "Walk",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Item2, new CSharpParseOptions(LanguageVersion.Latest), s.Item1)),
            await InProcessAnalysis.ReferencesAsync(TestReferences.Net100),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var bodies = 0;
        var operations = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax))
            {
                if (model.GetOperation(declaration) is not { } root)
                {
                    continue;
                }

                bodies++;
                var walked = Walk(OperationWalk.DescendantsAndSelf(root));
                Assert.Equal(root.DescendantsAndSelf().ToList(), walked);
                Assert.Equal(root.Descendants().ToList(), Walk(OperationWalk.Descendants(root)));
                operations += walked.Count;

                // A walk nested in another (as summaries do) is independent of it.
                var outer = 0;
                foreach (var operation in OperationWalk.Descendants(root))
                {
                    outer++;
                    if (operation is IInvocationOperation invocation)
                    {
                        Assert.Equal(invocation.DescendantsAndSelf().ToList(), Walk(OperationWalk.DescendantsAndSelf(invocation)));
                    }
                }

                Assert.Equal(walked.Count - 1, outer);

                // Walks nested three deep, the inner ones left early, lend their stacks back in any order.
                var expected = root.DescendantsAndSelf().ToList();
                var index = 0;
                foreach (var operation in OperationWalk.DescendantsAndSelf(root))
                {
                    Assert.Same(expected[index++], operation);
                    foreach (var child in OperationWalk.Descendants(operation))
                    {
                        var first = true;
                        foreach (var grandchild in OperationWalk.DescendantsAndSelf(child))
                        {
                            Assert.Same(child, grandchild);
                            first = false;
                            break;
                        }

                        Assert.False(first);
                        break;
                    }
                }

                Assert.Equal(expected.Count, index);
            }
        }

        Assert.True(bodies > 50, "the sample app has " + bodies + " bodies");
        Assert.True(operations > 1000, "the sample app has " + operations + " operations");
    }

    private static System.Collections.Generic.List<IOperation> Walk(OperationWalk.Walk walk)
    {
        var list = new System.Collections.Generic.List<IOperation>();
        foreach (var operation in walk)
        {
            list.Add(operation);
        }

        return list;
    }
}
