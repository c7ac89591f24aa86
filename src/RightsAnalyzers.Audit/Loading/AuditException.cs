using System;

namespace RightsAnalyzers.Audit.Loading;

/// <summary>
/// A problem the user can act on — a missing path, a project that does not load, a bad option value. The message
/// names the path or option at fault; the tool prints it and exits with code 2.
/// </summary>
public sealed class AuditException : Exception
{
    public AuditException(string message)
        : base(message)
    {
    }

    public AuditException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
