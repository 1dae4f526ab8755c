// The one interface between the RegExp builtins and a regular-expression engine (DESIGN.md §3: "Translation
// JS → .NET lives behind one interface"). The builtins own everything JavaScript-specific that is not
// matching: flags parsing, lastIndex, the global/sticky loops, result arrays, the Symbol.* protocols. An
// engine compiles a (pattern, flags) pair once into a RegExpMatcher, which is immutable and thread-safe,
// so one matcher serves every realm (regex literals keep theirs in a static field of the generated code).
namespace Oden.Runtime.Builtins;

/// <summary>The RegExp flags, in the order of the flags getter ("dgimsuvy").</summary>
[Flags]
public enum RegExpFlags : ushort
{
    None = 0,
    HasIndices = 1,   // d
    Global = 2,       // g
    IgnoreCase = 4,   // i
    Multiline = 8,    // m
    DotAll = 16,      // s
    Unicode = 32,     // u
    UnicodeSets = 64, // v
    Sticky = 128,     // y
}

public interface IRegExpEngine
{
    /// <summary>Compiles a pattern; throws <see cref="RegExpSyntaxException"/> for an early error or unsupported syntax.</summary>
    RegExpMatcher Compile(string pattern, RegExpFlags flags);
}

/// <summary>A compiled pattern. Immutable and safe to share between threads and realms.</summary>
public abstract class RegExpMatcher
{
    protected RegExpMatcher(string source, RegExpFlags flags, int captureCount, string?[] groupNames)
    {
        Source = source;
        Flags = flags;
        CaptureCount = captureCount;
        GroupNames = groupNames;
        HasNamedGroups = groupNames.Any(n => n is not null);
    }

    public string Source { get; }

    public RegExpFlags Flags { get; }

    /// <summary>The number of capturing groups (group 0, the whole match, not counted).</summary>
    public int CaptureCount { get; }

    /// <summary>The name of each group 0..CaptureCount, or null for an unnamed one.</summary>
    public string?[] GroupNames { get; }

    public bool HasNamedGroups { get; }

    private Shape? _groupsShape;

    /// <summary>The shape of a match's "groups" object: its named groups in order, as data properties.</summary>
    internal Shape GroupsShape
    {
        get
        {
            if (_groupsShape is not null) return _groupsShape;
            Shape shape = Shape.Empty;
            foreach (string? name in GroupNames)
            {
                if (name is not null) shape = shape.AddProperty(PropertyKey.FromString(name), PropertyFlags.Default);
            }

            return _groupsShape = shape;
        }
    }

    /// <summary>
    /// Matches at <paramref name="index"/> (sticky) or at the first position at or after it, as the
    /// spec's RegExpBuiltinExec loop does. Returns null when there is no match. Throws
    /// <see cref="RegExpTimeoutException"/> when the match exceeds the engine's time limit.
    /// </summary>
    public abstract RegExpMatch? Match(string input, int index);

    /// <summary>
    /// As <see cref="Match"/>, for a caller that needs only where the whole match lies (test, split and
    /// replace without captures): no capture positions are collected and nothing is allocated.
    /// </summary>
    public abstract bool MatchBounds(string input, int index, out int start, out int length);

    /// <summary>The same pattern without the y flag (the search that RegExp.prototype[@@split]'s sticky loop amounts to).</summary>
    public abstract RegExpMatcher WithoutSticky();
}

/// <summary>The capture positions of one match: group i spans [Start(i), Start(i) + Length(i)) or did not participate.</summary>
public sealed class RegExpMatch
{
    private readonly int[] _spans; // (start, length) pairs; start -1 = unmatched

    public RegExpMatch(int[] spans)
    {
        _spans = spans;
    }

    public int GroupCount => _spans.Length / 2;

    public int Index => _spans[0];

    public int EndIndex => _spans[0] + _spans[1];

    public bool IsMatched(int group) => _spans[group * 2] >= 0;

    public int Start(int group) => _spans[group * 2];

    public int Length(int group) => _spans[group * 2 + 1];

    public string? Value(string input, int group) => _spans[group * 2] < 0 ? null : input.Substring(_spans[group * 2], _spans[group * 2 + 1]);
}

/// <summary>An invalid or unsupported pattern; the builtins turn it into a JavaScript SyntaxError.</summary>
public sealed class RegExpSyntaxException(string message) : Exception(message);

/// <summary>A match that ran past the engine's time limit (catastrophic backtracking).</summary>
public sealed class RegExpTimeoutException(string message) : Exception(message);

/// <summary>Flags parsing and printing.</summary>
public static class RegExpFlagsParser
{
    /// <summary>Parses a flags string; false on an unknown or repeated flag.</summary>
    public static bool TryParse(string text, out RegExpFlags flags)
    {
        flags = RegExpFlags.None;
        foreach (char c in text)
        {
            RegExpFlags f = c switch
            {
                'd' => RegExpFlags.HasIndices,
                'g' => RegExpFlags.Global,
                'i' => RegExpFlags.IgnoreCase,
                'm' => RegExpFlags.Multiline,
                's' => RegExpFlags.DotAll,
                'u' => RegExpFlags.Unicode,
                'v' => RegExpFlags.UnicodeSets,
                'y' => RegExpFlags.Sticky,
                _ => RegExpFlags.None,
            };
            if (f == RegExpFlags.None || (flags & f) != 0) return false;
            flags |= f;
        }

        // u and v are mutually exclusive.
        return (flags & (RegExpFlags.Unicode | RegExpFlags.UnicodeSets)) != (RegExpFlags.Unicode | RegExpFlags.UnicodeSets);
    }

    public static string ToString(RegExpFlags flags)
    {
        Span<char> buffer = stackalloc char[8];
        int n = 0;
        if ((flags & RegExpFlags.HasIndices) != 0) buffer[n++] = 'd';
        if ((flags & RegExpFlags.Global) != 0) buffer[n++] = 'g';
        if ((flags & RegExpFlags.IgnoreCase) != 0) buffer[n++] = 'i';
        if ((flags & RegExpFlags.Multiline) != 0) buffer[n++] = 'm';
        if ((flags & RegExpFlags.DotAll) != 0) buffer[n++] = 's';
        if ((flags & RegExpFlags.Unicode) != 0) buffer[n++] = 'u';
        if ((flags & RegExpFlags.UnicodeSets) != 0) buffer[n++] = 'v';
        if ((flags & RegExpFlags.Sticky) != 0) buffer[n++] = 'y';
        return new string(buffer[..n]);
    }
}
