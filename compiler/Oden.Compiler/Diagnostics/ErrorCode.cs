// Stable diagnostic codes. A code never changes meaning once released; retire a code rather than
// reuse it. ODN1xxx: the script is not a program we compile (syntax, early errors, unsupported
// features, modules). ODN9xxx: the compiler failed; a bug of ours, reported instead of thrown.
namespace Oden.Compiler.Diagnostics;

public enum ErrorCode
{
    /// <summary>A SyntaxError: the parser's, or an early error the binder found.</summary>
    SyntaxError = 1001,
    /// <summary>Valid JavaScript that a later issue implements.</summary>
    NotSupportedYet = 1002,
    /// <summary>ES module syntax (import/export): Oden scripts are CommonJS.</summary>
    ModuleSyntax = 1003,
    /// <summary>Nesting deeper than the compiler's stack allows.</summary>
    NestingTooDeep = 1004,
    /// <summary>A literal relative <c>require('./x')</c> names a file that does not exist.</summary>
    ModuleNotFound = 1005,
    /// <summary>A source or module file could not be read.</summary>
    FileNotReadable = 1006,
    /// <summary>An internal compiler failure, reported as a diagnostic instead of an exception.</summary>
    InternalError = 9001,
}

public static class ErrorCodeExtensions
{
    public static string ToCodeString(this ErrorCode code) => "ODN" + ((int)code).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
