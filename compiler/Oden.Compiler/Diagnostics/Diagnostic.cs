// One message about the script. Immutable. Prints as compilers do:
//   handler.js:3:5: error ODN1001: SyntaxError: Unexpected token
// (the source excerpt with a caret is the CLI's job: DiagnosticFormatter).
namespace Oden.Compiler.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

public sealed class Diagnostic
{
    public Diagnostic(ErrorCode code, DiagnosticSeverity severity, SourceSpan span, string message)
    {
        Code = code;
        Severity = severity;
        Span = span;
        Message = message;
    }

    public ErrorCode Code { get; }
    public DiagnosticSeverity Severity { get; }
    public SourceSpan Span { get; }
    public string Message { get; }

    /// <summary>"ODN1001".</summary>
    public string Id => Code.ToCodeString();

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var location = Span.IsNone ? Span.Path : $"{Span.Path}:{Span.StartLine}:{Span.StartColumn}";
        return $"{location}: {severity} {Id}: {Message}";
    }
}
