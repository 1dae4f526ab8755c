// A location in a source file. Lines and columns are 1-based, as compilers print them and as
// portable PDB sequence points want them (Acornima's columns are 0-based: convert at the boundary,
// in SourceSpan.From). The end is exclusive.
namespace Oden.Compiler.Diagnostics;

public readonly record struct SourceSpan(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static SourceSpan None(string path) => new(path, 0, 0, 0, 0);

    public bool IsNone => StartLine == 0;

    /// <summary>From an Acornima location (1-based lines, 0-based columns).</summary>
    public static SourceSpan From(string path, in Acornima.SourceLocation location) =>
        new(path, location.Start.Line, location.Start.Column + 1, location.End.Line, location.End.Column + 1);

    public static SourceSpan From(string path, Acornima.Ast.Node node) => From(path, node.Location);

    /// <summary>A span covering this one and <paramref name="other"/> (same file).</summary>
    public SourceSpan Union(SourceSpan other)
    {
        if (IsNone) return other;
        if (other.IsNone) return this;
        var (sl, sc) = (StartLine, StartColumn) .CompareTo((other.StartLine, other.StartColumn)) <= 0 ? (StartLine, StartColumn) : (other.StartLine, other.StartColumn);
        var (el, ec) = (EndLine, EndColumn).CompareTo((other.EndLine, other.EndColumn)) >= 0 ? (EndLine, EndColumn) : (other.EndLine, other.EndColumn);
        return new SourceSpan(Path, sl, sc, el, ec);
    }

    public override string ToString() => $"{Path}:{StartLine}:{StartColumn}";
}
