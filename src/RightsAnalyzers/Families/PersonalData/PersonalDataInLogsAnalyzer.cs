using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Flow;
using RightsAnalyzers.Flow.Evidence;
using RightsAnalyzers.Flow.Tables;
using RightsAnalyzers.Infrastructure;
using RightsAnalyzers.Infrastructure.Options;

namespace RightsAnalyzers.Families.PersonalData;

/// <summary>
/// RR3001 (personal data), RR3002 (credentials) and RR3003 (whole objects holding personal data) reaching a log, the console, Debug/Trace, EventSource or the event
/// log, directly or through locals, interpolation, helpers and <c>[LoggerMessage]</c> methods (the value-flow engine).
/// Linkable account ids are not findings here: logging the id instead of the person is the compliant pattern.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInLogsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Rules.PersonalDataInLog, Rules.PersonalDataInLogInfo, Rules.CredentialInLog, Rules.CredentialInLogInfo,
        Rules.WholeObjectInLog, Rules.WholeObjectInLogInfo);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics); // never analyzed: see RightsDiagnostic
        FlowDriver.Register(context, static () => new LogRule());
    }

    private sealed class LogRule : FlowRule
    {
        public override SinkKind Interest => SinkKind.Log | SinkKind.Console;

        public override void Judge(in FlowSite site, SinkHit hit, LabelSet labels)
        {
            // A value with syntax errors is still being typed: judge it once it parses (no squiggles flickering mid-word).
            if (hit.Value.Syntax.ContainsDiagnostics)
            {
                return;
            }

            // RR3001.min_log_level exempts lower levels; a call whose level is not a constant is always checked.
            if (hit.Level is { } level && level < (int)site.Options.Get(OptionCatalog.MinLogLevel))
            {
                return;
            }

            // A whole object is one finding (RR3003) listing its members, not one per member type.
            var wholeObject = WholeObjectJudge.Judge(site, hit, labels);
            if (labels.Labels.IsEmpty)
            {
                return;
            }

            if (FlowMessages.Best(labels, static l => l.Kind == LabelKind.Credential) is { } credential)
            {
                FlowMessages.Report(site, Rules.CredentialInLog, Rules.CredentialInLogInfo, credential, hit);
            }

            if (!wholeObject && FlowMessages.Best(labels, IsPersonal) is { } personal)
            {
                FlowMessages.Report(site, Rules.PersonalDataInLog, Rules.PersonalDataInLogInfo, personal, hit);
            }
        }

        private static bool IsPersonal(Label label)
            => label.Kind is LabelKind.PersonalData or LabelKind.NetworkAddress or LabelKind.Location &&
               label.Category != NameTaxonomy.AccountId;
    }
}
