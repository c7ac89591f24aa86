using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RightsAnalyzers.Infrastructure;

namespace RightsAnalyzers.Families.PersonalData;

/// <summary>
/// The personal-data rules besides the log flow (which runs as its own analyzer, <see cref="PersonalDataInLogsAnalyzer"/>,
/// the package's largest): personal data in exception messages and over-broad request logging, registered as one
/// analyzer (<see cref="CompositeAnalyzer"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataExposureAnalyzer : CompositeAnalyzer
{
    public PersonalDataExposureAnalyzer()
        : base(new PersonalDataInExceptionAnalyzer(), new RequestLoggingConfigurationAnalyzer())
    {
    }
}
