// One JavaScript source: its path as it appears in diagnostics and debug info, and its text.
namespace Oden.Compiler;

public sealed class SourceFile
{
    public SourceFile(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        Text = text;
    }

    /// <summary>The path used in diagnostics, stack traces and the PDB document.</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>The text of 1-based line <paramref name="line"/>, without its terminator; empty when out of range.</summary>
    public string GetLine(int line)
    {
        if (line < 1) return "";
        int start = 0;
        for (int current = 1; current < line; current++)
        {
            int next = IndexOfLineBreak(start);
            if (next < 0) return "";
            start = next + (Text[next] == '\r' && next + 1 < Text.Length && Text[next + 1] == '\n' ? 2 : 1);
        }
        int end = IndexOfLineBreak(start);
        return end < 0 ? Text[start..] : Text[start..end];
    }

    private int IndexOfLineBreak(int from)
    {
        for (int i = from; i < Text.Length; i++)
        {
            char c = Text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029') return i;
        }
        return -1;
    }
}
