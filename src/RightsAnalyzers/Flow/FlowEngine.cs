using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RightsAnalyzers.Flow.Evidence;
using RightsAnalyzers.Flow.Tables;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Flow;

/// <summary>The configuration a body is analysed under, with its evidence classifier.</summary>
internal sealed class FlowScope
{
    public FlowScope(FlowConfig config, PersonalDataClassifier classifier)
    {
        Config = config;
        Classifier = classifier;
    }

    public FlowConfig Config { get; }

    public PersonalDataClassifier Classifier { get; }
}

/// <summary>
/// The value-flow engine of one compilation (DESIGN §3): the source, sink and sanitizer tables resolved to
/// symbols, the per-configuration evidence classifiers, and the method-summary cache. Each family analyzer creates
/// one in its compilation-start action (shared per compilation, see <see cref="Create"/>); nothing here outlives the compilation.
/// </summary>
internal sealed class FlowEngine
{
    /// <summary>How many helper calls deep a summary looks (A calls B calls C …). Beyond it, default propagation.</summary>
    public const int MaxSummaryDepth = 6;

    private readonly OptionsCache options;
    private readonly ConditionalWeakTable<RightsOptions, FlowScope> scopes = new();
    private readonly AnswerCache<SyntaxTree, FlowScope> scopesByTree = new(ReferenceComparer<SyntaxTree>.Instance);
    private readonly LastLookup<SyntaxTree, FlowScope> lastScope = new();

    private readonly AnswerCache<IMethodSymbol, MethodSummary> summaries = new(SymbolEqualityComparer.Default);
    private readonly AnswerCache<IMethodSymbol, MethodSummary> returnSummaries = new(SymbolEqualityComparer.Default);
    private readonly AnswerCache<IFieldSymbol, LabelSet> fields = new(SymbolEqualityComparer.Default);
    private readonly AnswerCache<ISymbol, bool> autoProperties = new(SymbolEqualityComparer.Default);
    private readonly BodyAnalysis?[] recentBodies = new BodyAnalysis?[16];
    private int nextBody;

    private FlowEngine(Compilation compilation, AnalyzerOptions analyzerOptions)
    {
        Compilation = compilation;
        Types = WellKnownTypes.For(compilation);
        options = OptionsCache.For(analyzerOptions);
        Sources = ApiSources.Build(Types);
        SinkTable = Tables.Sinks.Build(Types);
        SinkContainers = SinkContainerTable.Build(Types);
        SanitizerTable = Sanitizers.Build(Types);
        Importers = KeyMaterialSources.EmbeddedKeyImporters(Types);
        Factories = KeyMaterialSources.EmbeddedKeyFactories(Types);
        LoggerMessageAttribute = Types.Get("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        RandomType = Types.Get("System.Random");
        Sinks = new SinkFinder(this);
    }

    public Compilation Compilation { get; }

    public WellKnownTypes Types { get; }

    public MemberTable<SourceRule> Sources { get; }

    public MemberTable<SinkRule> SinkTable { get; }

    public MemberTable<SinkRule> SinkContainers { get; }

    public MemberTable<SanitizerRule> SanitizerTable { get; }

    public MemberTable<string> Importers { get; }

    public MemberTable<string> Factories { get; }

    public INamedTypeSymbol? LoggerMessageAttribute { get; }

    public INamedTypeSymbol? RandomType { get; }

    public SinkFinder Sinks { get; }

    /// <summary>System.Random or a type derived from it: its instance methods produce predictable values (RR1008).</summary>
    public bool IsRandom(INamedTypeSymbol? type)
    {
        if (RandomType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, RandomType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Compilation-wide and weakly held, as Roslyn's own WellKnownTypeProvider: every flow analyzer of the package
    /// (logs, telemetry, key escrow, crypto flows) shares one engine per compilation, so each helper method is
    /// summarised and each symbol classified once rather than once per analyzer. The table never keeps a compilation
    /// alive: its key is weak and the engine is reachable only through it.
    /// </summary>
    private static readonly ConditionalWeakTable<Compilation, FlowEngine> Engines = new();

    public static FlowEngine Create(Compilation compilation, AnalyzerOptions analyzerOptions)
        => Engines.GetValue(compilation, c => new FlowEngine(c, analyzerOptions));

    /// <summary>
    /// Whether any sink of <paramref name="kinds"/> can exist in this compilation: a modelled sink type is
    /// referenced or the user configured one. When false, an analyzer registers nothing (DESIGN §3, cost control).
    /// </summary>
    public bool MayHaveSinks(SinkKind kinds, SyntaxTree? anyTree)
    {
        if (SinkTable.HasKind(kinds))
        {
            return true;
        }

        var config = ScopeFor(anyTree).Config;
        return ((kinds & SinkKind.Log) != 0 && (!config.LogSinks.IsEmpty || LoggerMessageAttribute is not null)) ||
               ((kinds & SinkKind.Telemetry) != 0 && !config.TelemetrySinks.IsEmpty) ||
               ((kinds & SinkKind.Network) != 0 && !config.NetworkSinks.IsEmpty);
    }

    public FlowScope ScopeFor(SyntaxTree? tree)
    {
        // Each file's scope, looked up once (docs/performance.md, change 26); the last file's without a lookup, as
        // the operations of a body come one after another from one file (change 36).
        if (tree is not null && lastScope.TryGet(tree, out var recent))
        {
            return recent;
        }

        if (tree is not null && scopesByTree.TryGetValue(tree, out var known))
        {
            return lastScope.Remember(tree, known);
        }

        var parsed = options.Get(tree);
        var scope = scopes.GetValue(parsed, p =>
        {
            var config = new FlowConfig(p, Compilation);
            return new FlowScope(config, new PersonalDataClassifier(Types, config));
        });
        return tree is null ? scope : scopesByTree.GetOrAdd(tree, scope);
    }

    /// <summary>
    /// The analysis of one body (method, accessor, lambda-containing initializer), shared by every flow analyzer of
    /// the package that looks at the body: the driver hands each analyzer the same operation block, one after the
    /// other, and each used to collect the body's local facts and solve its locals again (docs/performance.md). A few
    /// recent bodies are kept — analyzers visit a block close together in time — so nothing accumulates.
    /// </summary>
    public BodyAnalysis Analyze(IOperation root, CancellationToken cancellationToken)
    {
        lock (recentBodies)
        {
            foreach (var recent in recentBodies)
            {
                if (recent is not null && ReferenceEquals(recent.Root, root) && recent.CancellationToken == cancellationToken)
                {
                    return recent;
                }
            }

            var analysis = new BodyAnalysis(this, ScopeFor(root.Syntax.SyntaxTree), root, summaryOf: null, SummaryStack.Empty, cancellationToken, shared: true);
            recentBodies[nextBody] = analysis;
            nextBody = (nextBody + 1) % recentBodies.Length;
            return analysis;
        }
    }

    /// <summary>
    /// The summary of a method with a body in this compilation, or <see cref="MethodSummary.Unknown"/>. Summaries
    /// computed without hitting the depth bound or a recursion cut are cached; the others are recomputed relative
    /// to the call path, which keeps results independent of analysis order (issue #9, determinism).
    /// </summary>
    /// <param name="returnsOnly">
    /// Only <see cref="MethodSummary.Returns"/> is needed (the value of a call or a computed property): the callee's
    /// sinks are not looked for, which is most of a summary's work on code full of logging (docs/performance.md). A
    /// full summary already made serves as well; the returns are the same either way.
    /// </param>
    public MethodSummary Summarize(IMethodSymbol method, SummaryStack stack, CancellationToken cancellationToken, out bool complete, bool returnsOnly = false)
    {
        method = (method.PartialImplementationPart ?? method).OriginalDefinition;
        if (summaries.TryGetValue(method, out var cached) || (returnsOnly && returnSummaries.TryGetValue(method, out cached)))
        {
            complete = true;
            return cached;
        }

        if (stack.Contains(method) || stack.Depth >= MaxSummaryDepth)
        {
            complete = false;
            return MethodSummary.Unknown;
        }

        var body = BodyOf(method, cancellationToken);
        if (body is null)
        {
            complete = true;
            summaries.TryAdd(method, MethodSummary.Unknown);
            return MethodSummary.Unknown;
        }

        var analysis = new BodyAnalysis(this, ScopeFor(body.Syntax.SyntaxTree), body, method, stack.Push(method), cancellationToken);
        var summary = analysis.Summarize(includeSinks: !returnsOnly);
        complete = !analysis.Incomplete;
        if (complete)
        {
            (returnsOnly ? returnSummaries : summaries).TryAdd(method, summary);
        }

        return summary;
    }

    /// <summary>Whether a static readonly or const field holds constant-derived data (a hard-coded key, IV or salt).</summary>
    public LabelSet FieldValue(IFieldSymbol field, SummaryStack stack, CancellationToken cancellationToken)
    {
        if (field.HasConstantValue)
        {
            return LabelSet.Constant(field.Locations.Length > 0 ? field.Locations[0] : null);
        }

        if (!field.IsReadOnly || !field.IsStatic)
        {
            return LabelSet.Empty;
        }

        if (fields.TryGetValue(field, out var known))
        {
            return known;
        }

        var value = LabelSet.Empty;
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            if (SemanticModelFor(node.SyntaxTree).GetOperation(node, cancellationToken) is IFieldInitializerOperation initializer)
            {
                var analysis = new BodyAnalysis(this, ScopeFor(node.SyntaxTree), initializer, null, stack, cancellationToken);
                value = analysis.Eval(initializer.Value);
            }
            else if (node is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer: { } equals } &&
                     SemanticModelFor(node.SyntaxTree).GetOperation(equals, cancellationToken) is IFieldInitializerOperation fieldInitializer)
            {
                var analysis = new BodyAnalysis(this, ScopeFor(node.SyntaxTree), fieldInitializer, null, stack, cancellationToken);
                value = analysis.Eval(fieldInitializer.Value);
            }
        }

        // Only constant-ness matters for fields: labels of other methods' values are not tracked across members.
        value = value.IsConstant ? LabelSet.Constant(value.ConstantSource) : LabelSet.Empty;
        fields.TryAdd(field, value);
        return value;
    }

    /// <summary>
    /// Whether <paramref name="property"/> has a backing field (an auto-property: reading it runs no code of the app).
    /// Cached per property: the answer reads every member of the containing type, which the public API hands out as
    /// a new array on every call (docs/performance.md, change 31).
    /// </summary>
    public bool IsAutoProperty(ISymbol property)
    {
        property = property.OriginalDefinition;
        return autoProperties.GetOrAdd(property, static p => HasBackingField(p));
    }

    private static bool HasBackingField(ISymbol property)
    {
        foreach (var member in property.ContainingType.GetMembers())
        {
            if (member is IFieldSymbol { AssociatedSymbol: { } associated } && SymbolEqualityComparer.Default.Equals(associated, property))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The body of a method declared in this compilation (for family-specific summaries), or null.</summary>
    public IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            var model = SemanticModelFor(node.SyntaxTree);
            switch (model.GetOperation(node, cancellationToken))
            {
                case IMethodBodyOperation body when body.BlockBody is not null || body.ExpressionBody is not null:
                    return body;
                case ILocalFunctionOperation local when local.Body is not null:
                    return local;
                case IBlockOperation block:
                    return block;
            }

            // Property accessors declared as expression bodies (int P => …) come back as the arrow clause.
            if (node is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { ExpressionBody: { } arrow } &&
                model.GetOperation(arrow, cancellationToken) is { } arrowOperation)
            {
                return arrowOperation;
            }
        }

        return null;
    }

#pragma warning disable RS1030, RS0030 // Summaries need the callee's operations. Under the compiler's analyzer driver GetSemanticModel returns the driver's cached model; calls are on demand, cached and depth-bounded.
    private SemanticModel SemanticModelFor(SyntaxTree tree) => Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030, RS0030
}

/// <summary>The helper methods being summarised on the current path: guards recursion and bounds depth.</summary>
internal readonly struct SummaryStack
{
    public static readonly SummaryStack Empty = new(ImmutableList<IMethodSymbol>.Empty);

    private readonly ImmutableList<IMethodSymbol> methods;

    private SummaryStack(ImmutableList<IMethodSymbol> methods) => this.methods = methods;

    public int Depth => methods?.Count ?? 0;

    public bool Contains(IMethodSymbol method)
    {
        if (methods is null)
        {
            return false;
        }

        foreach (var existing in methods)
        {
            if (SymbolEqualityComparer.Default.Equals(existing, method))
            {
                return true;
            }
        }

        return false;
    }

    public SummaryStack Push(IMethodSymbol method) => new((methods ?? ImmutableList<IMethodSymbol>.Empty).Add(method));
}
