// DotNetRegExpEngine: IRegExpEngine over System.Text.RegularExpressions, with the pattern translated by
// RegExpTranslator. Compiled matchers are cached process-wide in a bounded LRU keyed by (pattern, flags)
// — plain strings, so the cache never pins a collectible handler assembly. Every match runs with a time
// limit: catastrophic backtracking surfaces as RegExpTimeoutException (a JavaScript error), never a hang.
using System.Text.RegularExpressions;

namespace Oden.Runtime.Builtins;

public sealed class DotNetRegExpEngine : IRegExpEngine
{
    /// <summary>The engine the RegExp builtins use.</summary>
    public static DotNetRegExpEngine Default { get; } = new(capacity: 512, matchTimeout: TimeSpan.FromSeconds(2));

    private readonly int _capacity;
    private readonly TimeSpan _matchTimeout;
    private readonly Dictionary<(string, RegExpFlags), LinkedListNode<(string Pattern, RegExpFlags Flags, RegExpMatcher Matcher)>> _map = [];
    private readonly LinkedList<(string Pattern, RegExpFlags Flags, RegExpMatcher Matcher)> _lru = new();
    private readonly Lock _lock = new();

    public DotNetRegExpEngine(int capacity, TimeSpan matchTimeout)
    {
        _capacity = capacity;
        _matchTimeout = matchTimeout;
    }

    public TimeSpan MatchTimeout => _matchTimeout;

    public RegExpMatcher Compile(string pattern, RegExpFlags flags)
    {
        // g and d do not change the compiled program; they share one entry.
        RegExpFlags key = flags & ~(RegExpFlags.Global | RegExpFlags.HasIndices);
        lock (_lock)
        {
            if (_map.TryGetValue((pattern, key), out var node))
            {
                _lru.Remove(node);
                _lru.AddFirst(node);
                return node.Value.Matcher.Flags == flags ? node.Value.Matcher : ((DotNetRegExpMatcher)node.Value.Matcher).WithFlags(flags);
            }
        }

        // Translate and build outside the lock (a race only builds twice).
        RegExpTranslator t = RegExpTranslator.Translate(pattern, flags);
        // The translator folds case itself (CaseFolding): .NET's IgnoreCase equivalences are not ECMAScript's.
        var options = RegexOptions.CultureInvariant;
        Regex regex;
        try
        {
            regex = new Regex(t.NetPattern, options, _matchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new RegExpSyntaxException("Unsupported pattern (" + e.Message + ")");
        }

        // A pattern anchored at line starts also gets the same program behind \G, run at each line start.
        Regex? anchored = t.LineStartAnchored ? new Regex("\\G(?:" + t.NetPattern + ")", options, _matchTimeout) : null;
        var matcher = new DotNetRegExpMatcher(pattern, flags, t.CaptureCount, t.GroupNames, regex, anchored);
        lock (_lock)
        {
            if (!_map.ContainsKey((pattern, key)))
            {
                _map[(pattern, key)] = _lru.AddFirst((pattern, key, matcher));
                if (_map.Count > _capacity)
                {
                    var last = _lru.Last!;
                    _lru.RemoveLast();
                    _map.Remove((last.Value.Pattern, last.Value.Flags));
                }
            }
        }

        return matcher;
    }

    /// <summary>The translated .NET pattern (for tests and diagnostics).</summary>
    public static string TranslateForDiagnostics(string pattern, RegExpFlags flags) => RegExpTranslator.Translate(pattern, flags).NetPattern;
}

internal sealed class DotNetRegExpMatcher : RegExpMatcher
{
    /// <summary>
    /// Matches run by the interpreter before the program is compiled to IL. A pattern used this often is
    /// in a loop: RegexOptions.Compiled costs a few milliseconds once and then matches several times faster
    /// (same backtracking semantics, same captures). Patterns used less often never pay for the compile.
    /// </summary>
    internal const int CompileThreshold = 256;

    private readonly TieredRegex _tiered;

    /// <summary>
    /// For a pattern whose matches all start at line starts (RegExpTranslator.LineStartAnchored): the program
    /// behind \G, tried at each line start from the search position on, instead of letting .NET try every
    /// position its first atom could match at.
    /// </summary>
    private readonly TieredRegex? _lineStarts;

    private readonly bool _unicode;
    private DotNetRegExpMatcher? _unsticky;

    private static readonly System.Buffers.SearchValues<char> s_lineTerminators = System.Buffers.SearchValues.Create("\n\r\u2028\u2029");

    public DotNetRegExpMatcher(string source, RegExpFlags flags, int captureCount, string?[] groupNames, Regex regex, Regex? lineStarts = null)
        : this(source, flags, captureCount, groupNames, new TieredRegex(regex), lineStarts is null ? null : new TieredRegex(lineStarts))
    {
    }

    private DotNetRegExpMatcher(string source, RegExpFlags flags, int captureCount, string?[] groupNames, TieredRegex tiered, TieredRegex? lineStarts)
        : base(source, flags, captureCount, groupNames)
    {
        _tiered = tiered;
        _lineStarts = lineStarts;
        _unicode = (flags & (RegExpFlags.Unicode | RegExpFlags.UnicodeSets)) != 0;
    }

    public Regex Regex => _tiered.Current;

    /// <summary>The same compiled program under other g/d flags (they do not change the program).</summary>
    public DotNetRegExpMatcher WithFlags(RegExpFlags flags) => new(Source, flags, CaptureCount, GroupNames, _tiered, _lineStarts);

    /// <summary>The first line start at or after <paramref name="from"/> (a position after a line terminator, or 0), or -1.</summary>
    private static int LineStartFrom(string input, int from)
    {
        if (from == 0 || (from <= input.Length && s_lineTerminators.Contains(input[from - 1]))) return from;
        int t = from >= input.Length ? -1 : input.AsSpan(from).IndexOfAny(s_lineTerminators);
        return t < 0 ? -1 : from + t + 1;
    }

    /// <summary>The line start after the one at <paramref name="at"/>, or -1.</summary>
    private static int NextLineStart(string input, int at) => at < input.Length ? LineStartFrom(input, at + 1) : -1;

    /// <summary>The first match at a line start at or after <paramref name="index"/>, or null.</summary>
    private Match? MatchAtLineStarts(string input, int index)
    {
        Regex anchored = _lineStarts!.Next();
        for (int at = LineStartFrom(input, index); at >= 0; at = NextLineStart(input, at))
        {
            Match m = anchored.Match(input, at);
            if (m.Success) return m;
        }

        return null;
    }

    public override RegExpMatcher WithoutSticky()
    {
        if ((Flags & RegExpFlags.Sticky) == 0) return this;
        return _unsticky ??= (DotNetRegExpMatcher)DotNetRegExpEngine.Default.Compile(Source, Flags & ~RegExpFlags.Sticky);
    }

    public override RegExpMatch? Match(string input, int index)
    {
        try
        {
            if (_lineStarts is not null)
            {
                Match? first = MatchAtLineStarts(input, index);
                return first is null ? null : ToRegExpMatch(first);
            }

            Regex regex = _tiered.Next();
            Match m = regex.Match(input, index);
            while (m.Success && _unicode && m.Index > index && m.Index < input.Length
                && char.IsLowSurrogate(input[m.Index]) && char.IsHighSurrogate(input[m.Index - 1]))
            {
                // With u the search advances by code points: a match may not start inside a pair.
                m = regex.Match(input, m.Index + 1);
            }

            return m.Success ? ToRegExpMatch(m) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            throw Timeout();
        }
    }

    private RegExpMatch ToRegExpMatch(Match m)
    {
        var spans = new int[(CaptureCount + 1) * 2];
        spans[0] = m.Index;
        spans[1] = m.Length;
        for (int i = 1; i <= CaptureCount; i++)
        {
            Group g = m.Groups[i];
            spans[i * 2] = g.Success ? g.Index : -1;
            spans[i * 2 + 1] = g.Success ? g.Length : 0;
        }

        return new RegExpMatch(spans);
    }

    public override bool MatchBounds(string input, int index, out int start, out int length)
    {
        try
        {
            if (_lineStarts is not null)
            {
                Regex anchored = _lineStarts.Next();
                for (int at = LineStartFrom(input, index); at >= 0; at = NextLineStart(input, at))
                {
                    Regex.ValueMatchEnumerator e = anchored.EnumerateMatches(input, at);
                    if (e.MoveNext())
                    {
                        start = e.Current.Index;
                        length = e.Current.Length;
                        return true;
                    }
                }

                start = -1;
                length = 0;
                return false;
            }

            // EnumerateMatches runs the same program without materialising a Match or its groups.
            Regex regex = _tiered.Next();
            int from = index;
            while (true)
            {
                Regex.ValueMatchEnumerator e = regex.EnumerateMatches(input, from);
                if (!e.MoveNext())
                {
                    start = -1;
                    length = 0;
                    return false;
                }

                ValueMatch m = e.Current;
                if (_unicode && m.Index > index && m.Index < input.Length
                    && char.IsLowSurrogate(input[m.Index]) && char.IsHighSurrogate(input[m.Index - 1]))
                {
                    // With u the search advances by code points: a match may not start inside a pair.
                    from = m.Index + 1;
                    continue;
                }

                start = m.Index;
                length = m.Length;
                return true;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            throw Timeout();
        }
    }

    private RegExpTimeoutException Timeout() =>
        new("Regular expression /" + Source + "/ took too long to match (catastrophic backtracking?)");

    /// <summary>The interpreted program, replaced by its compiled form once it has matched often enough.</summary>
    private sealed class TieredRegex(Regex regex)
    {
        private Regex _current = regex;
        private int _uses;

        public Regex Current => _current;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Regex Next()
        {
            // A racy count is fine: the threshold is a heuristic, and the swap is one reference write.
            if (_uses > CompileThreshold) return _current;
            if (++_uses <= CompileThreshold) return _current;
            Regex compiled = new(_current.ToString(), _current.Options | RegexOptions.Compiled, _current.MatchTimeout);
            Volatile.Write(ref _current, compiled);
            return compiled;
        }
    }
}
