// Prints diagnostics the way compilers do:
//   handler.js:3:5: error ODN1001: SyntaxError: Unexpected token
//     let x = = 2;
//             ^
// One formatter for odenc (stderr) and the host (reload results and the log); odenc references Oden.Hosting.
using System.Text;
using Oden.Compiler;
using Oden.Compiler.Diagnostics;

namespace Oden.Hosting.Loading;

internal static class DiagnosticFormatter
{
    public static string Format(Diagnostic diagnostic, Func<string, SourceFile?> findSource)
    {
        var sb = new StringBuilder(diagnostic.ToString());
        SourceSpan span = diagnostic.Span;
        if (!span.IsNone && findSource(span.Path) is { } source)
        {
            string line = source.GetLine(span.StartLine);
            if (line.Length > 0)
            {
                // Tabs stay tabs so that the caret lines up in a terminal.
                int column = Math.Clamp(span.StartColumn - 1, 0, line.Length);
                var caret = new StringBuilder();
                for (int i = 0; i < column; i++) caret.Append(line[i] == '\t' ? '\t' : ' ');
                int width = span.EndLine == span.StartLine ? Math.Max(1, Math.Min(span.EndColumn - span.StartColumn, line.Length - column)) : 1;
                caret.Append('^', width);
                sb.Append('\n').Append("  ").Append(line).Append('\n').Append("  ").Append(caret);
            }
        }

        return sb.ToString();
    }

    /// <summary>Each diagnostic with its excerpt, from the compilation's sources (else the file on disk).</summary>
    public static IEnumerable<string> Format(IEnumerable<Diagnostic> diagnostics, OdenCompilation compilation)
    {
        IReadOnlyList<SourceFile>? sources = null;
        foreach (Diagnostic d in diagnostics)
        {
            yield return Format(d, path => (sources ??= compilation.SourceFiles).FirstOrDefault(f => f.Path == path) ?? ReadIfExists(path));
        }
    }

    private static SourceFile? ReadIfExists(string path)
    {
        try
        {
            return File.Exists(path) ? new SourceFile(path, File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
