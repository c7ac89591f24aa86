namespace RightsAnalyzers.Audit.Model;

/// <summary>A project (or the loose-files compilation) that was analysed.</summary>
/// <param name="CompilerErrors">Errors the compiler reported; findings may be incomplete where code does not bind.</param>
/// <param name="FirstCompilerError">The first of those errors, to say what was missing.</param>
public sealed record AuditedProject(string Name, string? FilePath, int FileCount, int CompilerErrors, string? FirstCompilerError);
