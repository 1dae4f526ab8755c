// Collects diagnostics from every phase. Not thread-safe: a compilation runs its phases on one
// thread. The message helpers keep wording in one place, so that the same error reads the same
// way wherever it is found.
namespace Oden.Compiler.Diagnostics;

public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public int Count => _items.Count;

    public bool HasErrors { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        if (diagnostic.IsError) HasErrors = true;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    public void Error(ErrorCode code, SourceSpan span, string message) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Error, span, message));

    /// <summary>ODN1001 "SyntaxError: message".</summary>
    public void SyntaxError(SourceSpan span, string message) =>
        Error(ErrorCode.SyntaxError, span, "SyntaxError: " + message);

    /// <summary>ODN1002 "'feature' is not supported yet".</summary>
    public void NotSupported(SourceSpan span, string feature) =>
        Error(ErrorCode.NotSupportedYet, span, $"'{feature}' is not supported yet");

    /// <summary>ODN1004 "nesting too deep".</summary>
    public void NestingTooDeep(SourceSpan span) =>
        Error(ErrorCode.NestingTooDeep, span, "nesting too deep: the program nests expressions or statements deeper than the compiler supports");

    /// <summary>In source order (file, line, column), stable for equal positions.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.Select((d, i) => (d, i))
              .OrderBy(p => p.d.Span.Path, StringComparer.Ordinal)
              .ThenBy(p => p.d.Span.StartLine)
              .ThenBy(p => p.d.Span.StartColumn)
              .ThenBy(p => p.i)
              .Select(p => p.d)
              .ToList();

    public IReadOnlyList<Diagnostic> ToList() => _items.ToList();
}
