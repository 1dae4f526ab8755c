// RegExpTranslator: parses a JavaScript pattern (ECMAScript 2023 grammar, with Annex B's extensions when
// the u flag is absent) and writes an equivalent .NET pattern for RegexOptions.CultureInvariant. Under i
// every literal and class is closed over ECMAScript's case classes (CaseFolding.cs) and the pattern runs
// case-sensitively; only backreferences compare with .NET's (?i:…). Every early error is a RegExpSyntaxException with V8's message.
//
// Why each construct is rewritten rather than passed through (.NET's defaults differ from JavaScript's):
// - \d \w \s \b are Unicode-aware in .NET: they become explicit ASCII / JS-whitespace classes.
// - '.' excludes only \n in .NET: it becomes [^\n\r\u2028\u2029] (any code unit with s).
// - ^ and $ : .NET's $ also matches before a final \n and its multiline mode knows only \n, so both
//   become lookarounds over JavaScript's line terminators.
// - .NET numbers named groups after unnamed ones: every capturing group is emitted as (?<N>…) with its
//   JavaScript number; names are kept in GroupNames.
// - A backreference to a group that has not participated matches the empty string in JavaScript and
//   fails in .NET: \N becomes (?:(?(N)\k<N>|)).
// - With u, a pattern works on code points: '.', negated classes and class escapes consume a whole
//   surrogate pair, astral literals and ranges become surrogate sequences.
// - Sticky (y) is \G(?:…) with Regex.Match(input, lastIndex).
// - Quantified groups follow RepeatMatcher (ES2023 22.2.2.3.1). Step 4 resets the captures inside the atom
//   on each iteration: the iteration starts by popping them with balancing groups, (?(N)(?<-N>)), which
//   keeps at most one capture per group, so a backreference to a reset group matches empty and the
//   match reports it undefined. Only groups that an iteration may leave unset (alternatives, a min-0
//   quantifier, a negative lookaround) or that a backreference in the loop reads get the pops: the
//   others are set by every iteration, so their last capture is already JavaScript's value.
//   Step 2 rejects an iteration past the minimum that matches the empty string. When such a loop's atom
//   can match empty, the pattern is translated a second time with a guard: X{m,n} becomes X{m} followed
//   by (?:pop flag; X; require flag){0,n-m}, where every consuming leaf in X sets the flag with a
//   conditional capture (?(flag)|(?<flag>)) (a* inside becomes (?:a+ flag)?, the same order of tries).
// Known differences left: inside such a guarded loop a backreference to a group that captured the empty
// string counts as consuming; a backreference under i compares with .NET's case equivalences; v-mode set
// operations under i run on the unfolded sets (the spec folds the operands first).
using System.Globalization;
using System.Text;

namespace Oden.Runtime.Builtins;

internal sealed partial class RegExpTranslator
{
    private const string LineTerminators = "\\n\\r\\u2028\\u2029";
    private const string SurrogatePair = "[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]";
    private const int MaxNesting = 400;

    private static readonly (int Lo, int Hi)[] s_digit = [('0', '9')];
    private static readonly (int Lo, int Hi)[] s_word = [('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];
    private static readonly (int Lo, int Hi)[] s_wordUnicodeIgnoreCase = [('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z'), (0x017F, 0x017F), (0x212A, 0x212A)];
    private static readonly (int Lo, int Hi)[] s_space =
    [
        (0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029),
        (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF),
    ];

    private readonly string _p;
    private readonly RegExpFlags _flags;
    private readonly bool _unicode;
    private readonly bool _ignoreCase;
    private readonly StringBuilder _out = new();
    private int _pos;
    private int _depth;
    private int _groupCount;
    private readonly int _totalGroups;
    private readonly List<string?> _groupNames = [null];
    private readonly Dictionary<string, int> _namedGroups;
    private readonly bool _hasNamedGroups;
    private readonly List<string> _namedReferences = [];

    // Capture reset and empty iterations (see "Quantified groups" in the header).
    private readonly HashSet<int>? _guardedAtoms;       // pass 2: source offsets of the loops that get a guard
    private readonly List<int> _loopsNeedingGuard = []; // pass 1: found while translating
    private readonly List<(int Flag, int LookaroundDepth)> _activeGuards = [];
    private int _guardCount;
    private int _lookaroundDepth;
    private bool _atomNullable;
    private bool _atomIsLeaf;
    private bool _atomIsBackreference;

    // Which groups need the per-iteration reset: events recorded while parsing, decided in Run.
    private readonly List<(int First, int Last, string? Reference)> _captureEvents = [];
    private readonly List<(int EventStart, int EventEnd, int First, int Last)> _quantifiedAtoms = [];

    private RegExpTranslator(string pattern, RegExpFlags flags, HashSet<int>? guardedAtoms = null)
    {
        _guardedAtoms = guardedAtoms;
        _p = pattern;
        _flags = flags;
        _unicode = (flags & (RegExpFlags.Unicode | RegExpFlags.UnicodeSets)) != 0;
        _ignoreCase = (flags & RegExpFlags.IgnoreCase) != 0;
        _namedGroups = new Dictionary<string, int>(StringComparer.Ordinal);
        _totalGroups = CountGroups(pattern, out _hasNamedGroups);
    }

    public string NetPattern { get; private set; } = "";

    /// <summary>
    /// Whether every match starts at a line start: the pattern begins with ^ under the m flag (not sticky) and
    /// its top level has no alternation. The matcher then tries only line starts, anchored there (a leading
    /// ^ translates to a lookbehind, which .NET's start-position search cannot use).
    /// </summary>
    public bool LineStartAnchored { get; private set; }

    private bool _topLevelAlternation;

    public int CaptureCount => _groupCount;

    public string?[] GroupNames => [.. _groupNames];

    /// <summary>Translates a pattern; throws RegExpSyntaxException.</summary>
    public static RegExpTranslator Translate(string pattern, RegExpFlags flags)
    {
        var t = new RegExpTranslator(pattern, flags);
        t.Run();
        if (t._loopsNeedingGuard.Count == 0) return t;

        // A quantified group that can match the empty string: translate again, now with the guards.
        var guarded = new RegExpTranslator(pattern, flags, [.. t._loopsNeedingGuard]);
        guarded.Run();
        return guarded;
    }

    private void Run()
    {
        bool sticky = (_flags & RegExpFlags.Sticky) != 0;
        if (sticky) _out.Append("\\G(?:");
        ParseDisjunction();
        if (_pos < _p.Length)
        {
            // Only an unmatched ')' stops a top-level disjunction.
            throw Error("Unmatched ')'");
        }

        if (sticky) _out.Append(')');

        // Every guard group is defined, even one whose loop has no leaf outside lookarounds ((?=(a))*),
        // by a branch that never matches.
        if (_guardCount > 0)
        {
            _out.Append("(?:(?!)");
            for (int g = 1; g <= _guardCount; g++) _out.Append("(?<").Append(GuardName(g)).Append(">)");
            _out.Append(")?");
        }

        foreach (string name in _namedReferences)
        {
            if (!_namedGroups.ContainsKey(name)) throw Error("Invalid named capture referenced");
        }

        NetPattern = ResolveResets(ResolveNamedReferences(_out.ToString()));
        LineStartAnchored = !sticky && (_flags & RegExpFlags.Multiline) != 0 && _p.Length > 0 && _p[0] == '^' && !_topLevelAlternation;
    }

    private RegExpSyntaxException Error(string message) => new(message);

    private bool More => _pos < _p.Length;

    private char Cur => _p[_pos];

    private bool Next(char c) => _pos < _p.Length && _p[_pos] == c;

    private bool Lookahead(string s) => string.CompareOrdinal(_p, _pos, s, 0, s.Length) == 0;

    // ---------------------------------------------------------------------------------------------
    // Disjunction, Alternative, Term
    // ---------------------------------------------------------------------------------------------

    /// <summary>Parses a Disjunction; returns whether it can match the empty string.</summary>
    private bool ParseDisjunction()
    {
        if (++_depth > MaxNesting) throw Error("Regular expression too large");
        int groupsBefore = _groupCount;
        bool nullable = ParseAlternative();
        bool alternatives = false;
        while (Next('|'))
        {
            _pos++;
            _out.Append('|');
            nullable |= ParseAlternative();
            alternatives = true;
        }

        if (alternatives && _depth == 1) _topLevelAlternation = true;

        // The groups of one alternative are not set when another one matches.
        if (alternatives && _groupCount > groupsBefore) _captureEvents.Add((groupsBefore + 1, _groupCount, null));
        _depth--;
        return nullable;
    }

    private bool ParseAlternative()
    {
        bool nullable = true;
        while (More && Cur != '|' && Cur != ')')
        {
            nullable &= ParseTerm();
        }

        return nullable;
    }

    /// <summary>Parses a Term; returns whether it can match the empty string.</summary>
    private bool ParseTerm()
    {
        int atomStart = _out.Length;
        int groupsBefore = _groupCount;
        int eventsBefore = _captureEvents.Count;
        int sourceStart = _pos;
        int guard = 0;
        if (_guardedAtoms is not null && _guardedAtoms.Contains(sourceStart))
        {
            guard = ++_guardCount;
            _activeGuards.Add((guard, _lookaroundDepth));
        }

        _atomNullable = false;
        _atomIsLeaf = true;
        _atomIsBackreference = false;
        char c = Cur;
        bool quantifiable = true;
        switch (c)
        {
            case '^':
                _pos++;
                _out.Append((_flags & RegExpFlags.Multiline) != 0 ? "(?<![^" + LineTerminators + "])" : "(?<![\\s\\S])");
                quantifiable = false;
                (_atomNullable, _atomIsLeaf) = (true, false);
                break;
            case '$':
                _pos++;
                _out.Append((_flags & RegExpFlags.Multiline) != 0 ? "(?![^" + LineTerminators + "])" : "(?![\\s\\S])");
                quantifiable = false;
                (_atomNullable, _atomIsLeaf) = (true, false);
                break;
            case '\\':
                quantifiable = ParseAtomEscape();
                break;
            case '(':
                quantifiable = ParseGroup();
                break;
            case '.':
                _pos++;
                bool dotAll = (_flags & RegExpFlags.DotAll) != 0;
                string set = dotAll ? "[\\s\\S]" : "[^" + LineTerminators + "]";
                _out.Append(_unicode ? "(?:" + SurrogatePair + "|" + set + ")" : set);
                break;
            case '[':
                if ((_flags & RegExpFlags.UnicodeSets) != 0)
                {
                    // A set with the empty string marks its non-empty alternatives itself.
                    if (ParseClassSetCharacterClass(ConsumedMark())) (_atomNullable, _atomIsLeaf) = (true, false);
                }
                else
                {
                    ParseClass();
                }

                break;
            case '*':
            case '+':
            case '?':
                throw Error("Nothing to repeat");
            case '{':
                if (_unicode) throw Error(TryParseBraceQuantifier(out _, out _, out _) ? "Nothing to repeat" : "Lone quantifier brackets");
                if (TryParseBraceQuantifier(out _, out _, out _)) throw Error("Nothing to repeat");
                _pos++;
                EmitCodePoint('{');
                break;
            case '}':
            case ']':
                if (_unicode) throw Error("Lone quantifier brackets");
                _pos++;
                EmitCodePoint(c);
                break;
            default:
                int cp = ReadPatternCodePoint();
                EmitCodePoint(cp);
                break;
        }

        if (guard != 0) _activeGuards.RemoveAt(_activeGuards.Count - 1);
        return ParseQuantifierIfAny(atomStart, quantifiable, groupsBefore, sourceStart, guard, eventsBefore);
    }

    /// <summary>
    /// After a leaf that consumed input: the conditional captures that mark every enclosing guarded loop
    /// iteration as having consumed something (only loops at the same lookaround depth: a lookaround
    /// does not advance its enclosing match). Empty outside guarded loops.
    /// </summary>
    private string ConsumedMark()
    {
        if (_activeGuards.Count == 0) return "";
        var sb = new StringBuilder();
        foreach (var (flag, depth) in _activeGuards)
        {
            if (depth != _lookaroundDepth) continue;
            string name = GuardName(flag);
            sb.Append("(?(").Append(name).Append(")|(?<").Append(name).Append(">))");
        }

        return sb.ToString();
    }

    private static string GuardName(int flag) => "oden" + flag.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// RepeatMatcher step 4's reset of groups first..last, as placeholders ("\u0003N\u0003") that Run turns
    /// into pops "(?(N)(?<-N>))" for the groups that need them and drops for the others.
    /// </summary>
    private static string ResetPlaceholders(int first, int last)
    {
        var sb = new StringBuilder();
        for (int k = first; k <= last; k++) sb.Append('\u0003').Append(k.ToString(CultureInfo.InvariantCulture)).Append('\u0003');
        return sb.ToString();
    }

    /// <summary>
    /// The groups whose captures must be reset on each iteration of every quantified atom around them: a group
    /// that some such atom may match without setting (it lies in one of several alternatives, under a
    /// quantifier with minimum 0, or in a negative lookaround) or that a backreference inside such an atom
    /// reads. Every other group is set by each iteration before anything reads it, so .NET's last capture is
    /// already JavaScript's value and the loop runs without pops.
    /// </summary>
    private bool[] GroupsNeedingReset()
    {
        var needs = new bool[_groupCount + 1];
        foreach (var (eventStart, eventEnd, first, last) in _quantifiedAtoms)
        {
            for (int e = eventStart; e < eventEnd; e++)
            {
                var (lo, hi, reference) = _captureEvents[e];
                if (reference is not null)
                {
                    int n = reference[0] == '\u0001' ? _namedGroups[reference[1..]] : int.Parse(reference, CultureInfo.InvariantCulture);
                    (lo, hi) = (n, n);
                }

                for (int g = Math.Max(lo, first); g <= Math.Min(hi, last); g++) needs[g] = true;
            }
        }

        return needs;
    }

    private string ResolveResets(string pattern)
    {
        if (!pattern.Contains('\u0003')) return pattern;
        bool[] needs = GroupsNeedingReset();
        var sb = new StringBuilder(pattern.Length);
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '\u0003')
            {
                sb.Append(pattern[i]);
                continue;
            }

            int end = pattern.IndexOf('\u0003', i + 1);
            string g = pattern.Substring(i + 1, end - i - 1);
            if (needs[int.Parse(g, CultureInfo.InvariantCulture)]) sb.Append("(?(").Append(g).Append(")(?<-").Append(g).Append(">))");
            i = end;
        }

        return sb.ToString();
    }

    /// <summary>Parses a quantifier after an atom, if any, and writes the quantified form; returns whether the term can match empty.</summary>
    private bool ParseQuantifierIfAny(int atomStart, bool quantifiable, int groupsBefore, int sourceStart, int guard, int eventsBefore)
    {
        bool atomNullable = _atomNullable, leaf = _atomIsLeaf, backreference = _atomIsBackreference;
        if (!TryParseQuantifier(out long min, out long max, out bool lazy))
        {
            if (leaf) _out.Append(ConsumedMark());
            return atomNullable;
        }

        if (!quantifiable) throw Error("Nothing to repeat");
        string atom = _out.ToString(atomStart, _out.Length - atomStart);
        _out.Length = atomStart;
        string lazySuffix = lazy ? "?" : "";
        string mark = leaf ? ConsumedMark() : "";

        if (mark.Length > 0 && max != 0)
        {
            // A leaf inside a guarded loop marks the loop's iteration when it matched at least once:
            // a* is (?:a{1,}mark)? (the same order of tries, greedy or lazy).
            if (min == 0) _out.Append("(?:").Append(Wrap(atom)).Append(Quantifier(1, max)).Append(lazySuffix).Append(mark).Append(')').Append('?').Append(lazySuffix);
            else _out.Append(Wrap(atom)).Append(Quantifier(min, max)).Append(lazySuffix).Append(mark);
            return min == 0;
        }

        // RepeatMatcher resets the captures inside the atom on every iteration (step 4): each iteration
        // first pops them. Each group then holds at most one capture, so one pop clears it.
        string reset = _groupCount > groupsBefore ? ResetPlaceholders(groupsBefore + 1, _groupCount) : "";
        if (reset.Length > 0)
        {
            _quantifiedAtoms.Add((eventsBefore, _captureEvents.Count, groupsBefore + 1, _groupCount));
            if (min == 0) _captureEvents.Add((groupsBefore + 1, _groupCount, null)); // zero iterations leave them unset
        }

        // RepeatMatcher's step 2: once min is reached, an iteration that matches the empty string fails.
        bool emptyCheck = atomNullable && !leaf && (max < 0 || max > min) && !backreference;
        if (emptyCheck && guard == 0)
        {
            // Pass 1 only notes the loop; Translate runs pass 2 with the guards.
            _loopsNeedingGuard.Add(sourceStart);
        }

        if (emptyCheck && guard != 0)
        {
            // X{min,max} = X{min} then X{0,max-min} whose iterations must consume: each starts by popping its
            // flag, every leaf inside sets it (ConsumedMark), and the iteration ends by requiring it.
            string name = GuardName(guard);
            if (min > 0) _out.Append("(?:").Append(reset).Append(atom).Append(')').Append(Quantifier(min, min));
            _out.Append("(?:").Append(reset).Append("(?(").Append(name).Append(")(?<-").Append(name).Append(">))")
                .Append(atom).Append("(?(").Append(name).Append(")|(?!))").Append(')')
                .Append(Quantifier(0, max < 0 ? -1 : max - min)).Append(lazySuffix);
            return true;
        }

        _out.Append(reset.Length > 0 ? "(?:" + reset + atom + ")" : Wrap(atom)).Append(Quantifier(min, max)).Append(lazySuffix);
        return atomNullable || min == 0;
    }

    private static string Wrap(string atom) => IsSingleNetAtom(atom) ? atom : "(?:" + atom + ")";

    private static string Quantifier(long min, long max)
    {
        int lo = (int)Math.Min(min, int.MaxValue);
        if (max < 0) return lo switch { 0 => "*", 1 => "+", _ => "{" + lo.ToString(CultureInfo.InvariantCulture) + ",}" };
        int hi = (int)Math.Min(max, int.MaxValue);
        if (lo == 0 && hi == 1) return "?";
        return lo == hi ? "{" + lo.ToString(CultureInfo.InvariantCulture) + "}" : "{" + lo.ToString(CultureInfo.InvariantCulture) + "," + hi.ToString(CultureInfo.InvariantCulture) + "}";
    }

    /// <summary>A quantifier at the current position: * + ? {n} {n,} {n,m}, then '?' for lazy.</summary>
    private bool TryParseQuantifier(out long min, out long max, out bool lazy)
    {
        min = max = 0;
        lazy = false;
        if (!More) return false;
        char c = Cur;
        if (c is '*' or '+' or '?')
        {
            _pos++;
            (min, max) = c switch { '*' => (0L, -1L), '+' => (1L, -1L), _ => (0L, 1L) };
        }
        else if (c == '{')
        {
            int save = _pos;
            if (!TryParseBraceQuantifier(out min, out max, out int end))
            {
                _pos = save;
                return false; // Annex B: a literal '{' follows (or u mode reports it as the next term).
            }

            _pos = end;
            if (max >= 0 && max < min) throw Error("numbers out of order in {} quantifier");
        }
        else
        {
            return false;
        }

        lazy = Next('?');
        if (lazy) _pos++;
        return true;
    }

    /// <summary>Whether an emitted fragment is one .NET atom (a char, an escape, a class or one group).</summary>
    private static bool IsSingleNetAtom(string atom)
    {
        if (atom.Length == 1) return true;
        if (atom.StartsWith("\\u", StringComparison.Ordinal) && atom.Length == 6) return true;
        if (atom.Length == 2 && atom[0] == '\\') return true;
        if (atom[0] == '[')
        {
            int end = ClassEnd(atom, 0);
            return end == atom.Length - 1;
        }

        if (atom[0] == '(')
        {
            int depth = 0;
            for (int i = 0; i < atom.Length; i++)
            {
                char c = atom[i];
                if (c == '\\') { i++; continue; }
                if (c == '[') { i = ClassEnd(atom, i); continue; }
                if (c == '(') depth++;
                else if (c == ')' && --depth == 0) return i == atom.Length - 1 && !atom.StartsWith("(?(", StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static int ClassEnd(string s, int start)
    {
        for (int i = start + 1; i < s.Length; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == ']') return i;
        }

        return s.Length;
    }

    /// <summary>{n}, {n,} or {n,m} at the current position (max -1 when unbounded).</summary>
    private bool TryParseBraceQuantifier(out long min, out long max, out int end)
    {
        min = max = -1;
        int i = _pos + 1;
        if (!TryReadDecimal(ref i, out min))
        {
            end = _pos;
            return false;
        }

        if (i < _p.Length && _p[i] == '}')
        {
            max = min;
            end = i + 1;
            return true;
        }

        if (i < _p.Length && _p[i] == ',')
        {
            i++;
            if (i < _p.Length && _p[i] == '}')
            {
                max = -1;
                end = i + 1;
                return true;
            }

            if (TryReadDecimal(ref i, out max) && i < _p.Length && _p[i] == '}')
            {
                end = i + 1;
                return true;
            }
        }

        end = _pos;
        return false;
    }

    private bool TryReadDecimal(ref int i, out long value)
    {
        value = 0;
        int start = i;
        while (i < _p.Length && _p[i] >= '0' && _p[i] <= '9')
        {
            value = Math.Min(value * 10 + (_p[i] - '0'), int.MaxValue + 1L);
            i++;
        }

        return i > start;
    }

    // ---------------------------------------------------------------------------------------------
    // Groups and assertions
    // ---------------------------------------------------------------------------------------------

    /// <summary>Parses a parenthesised construct; returns whether a quantifier may follow.</summary>
    private bool ParseGroup()
    {
        _pos++; // '('
        int openAt = _out.Length;
        bool quantifiable = true;
        bool lookaround = false;
        if (Lookahead("?:"))
        {
            _pos += 2;
            _out.Append("(?:");
        }
        else if (Lookahead("?=") || Lookahead("?!"))
        {
            _out.Append('(').Append(_p, _pos, 2);
            _pos += 2;
            quantifiable = !_unicode; // Annex B: QuantifiableAssertion
            lookaround = true;
        }
        else if (Lookahead("?<=") || Lookahead("?<!"))
        {
            _out.Append('(').Append(_p, _pos, 3);
            _pos += 3;
            quantifiable = false;
            lookaround = true;
        }
        else if (Lookahead("?<"))
        {
            _pos += 2;
            string name = ParseGroupName();
            if (_namedGroups.ContainsKey(name)) throw Error("Duplicate capture group name");
            int index = ++_groupCount;
            _namedGroups[name] = index;
            _groupNames.Add(name);
            _out.Append("(?<").Append(index.ToString(CultureInfo.InvariantCulture)).Append('>');
        }
        else if (Next('?'))
        {
            throw Error("Invalid group");
        }
        else
        {
            int index = ++_groupCount;
            _groupNames.Add(null);
            _out.Append("(?<").Append(index.ToString(CultureInfo.InvariantCulture)).Append('>');
        }

        int groupsBefore = _groupCount;
        if (lookaround) _lookaroundDepth++;
        bool nullable = ParseDisjunction();
        if (lookaround) _lookaroundDepth--;
        if (lookaround && _out[openAt + 2] == '!' || (lookaround && _out[openAt + 2] == '<' && _out[openAt + 3] == '!'))
        {
            // A negative lookaround never leaves its captures set.
            if (_groupCount > groupsBefore) _captureEvents.Add((groupsBefore + 1, _groupCount, null));
        }
        if (!Next(')')) throw Error("Unterminated group");
        _pos++;
        _out.Append(')');

        // A lookaround matches the empty string; a group as its contents do.
        (_atomNullable, _atomIsLeaf, _atomIsBackreference) = (lookaround || nullable, false, false);
        return quantifiable;
    }

    /// <summary>GroupName: an IdentifierName followed by '>'.</summary>
    private string ParseGroupName()
    {
        var sb = new StringBuilder();
        while (true)
        {
            if (!More) throw Error("Invalid capture group name");
            int cp;
            if (Cur == '\\')
            {
                // \uXXXX or \u{…} inside a group name.
                _pos++;
                if (!Next('u')) throw Error("Invalid capture group name");
                _pos++;
                cp = ParseUnicodeEscapeBody(allowBraces: true) ?? throw Error("Invalid Unicode escape");
            }
            else
            {
                cp = ReadPatternCodePoint();
            }

            if (cp == '>')
            {
                if (sb.Length == 0) throw Error("Invalid capture group name");
                return sb.ToString();
            }

            bool ok = sb.Length == 0 ? IsIdentifierStart(cp) : IsIdentifierPart(cp);
            if (!ok) throw Error("Invalid capture group name");
            sb.Append(char.ConvertFromUtf32(cp));
        }
    }

    private static bool IsIdentifierStart(int cp) =>
        cp == '$' || cp == '_' || (cp < 0x80 ? char.IsAsciiLetter((char)cp) : IsUnicodeLetter(cp));

    private static bool IsIdentifierPart(int cp) =>
        IsIdentifierStart(cp) || (cp < 0x80 ? char.IsAsciiDigit((char)cp) : cp is 0x200C or 0x200D || IsUnicodeIdPart(cp));

    private static bool IsUnicodeLetter(int cp)
    {
        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    private static bool IsUnicodeIdPart(int cp)
    {
        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return IsUnicodeLetter(cp) || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>Counts the capturing groups of a pattern (for \N and \k decisions) without validating it.</summary>
    private static int CountGroups(string p, out bool hasNamed)
    {
        int count = 0;
        hasNamed = false;
        bool inClass = false;
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') { inClass = true; continue; }
            if (c != '(') continue;
            if (i + 1 < p.Length && p[i + 1] == '?')
            {
                if (i + 2 < p.Length && p[i + 2] == '<' && i + 3 < p.Length && p[i + 3] != '=' && p[i + 3] != '!')
                {
                    count++;
                    hasNamed = true;
                }

                continue;
            }

            count++;
        }

        return count;
    }

    // ---------------------------------------------------------------------------------------------
    // Escapes outside classes
    // ---------------------------------------------------------------------------------------------

    /// <summary>Parses '\' AtomEscape (or an assertion \b, \B); returns whether a quantifier may follow.</summary>
    private bool ParseAtomEscape()
    {
        _pos++; // '\'
        if (!More) throw Error("\\ at end of pattern");
        char c = Cur;
        switch (c)
        {
            case 'b':
                _pos++;
                _out.Append("(?:(?<=" + WordClass() + ")(?!" + WordClass() + ")|(?<!" + WordClass() + ")(?=" + WordClass() + "))");
                (_atomNullable, _atomIsLeaf) = (true, false);
                return false;
            case 'B':
                _pos++;
                _out.Append("(?:(?<=" + WordClass() + ")(?=" + WordClass() + ")|(?<!" + WordClass() + ")(?!" + WordClass() + "))");
                (_atomNullable, _atomIsLeaf) = (true, false);
                return false;
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                _pos++;
                EmitClass(ClassEscapeRanges(c, out bool negated), negated);
                return true;
            case 'p' or 'P' when _unicode:
                _pos++;
                EmitClass(ParseUnicodeProperty(c == 'P'), negated: false);
                return true;
            case 'k' when _unicode || _hasNamedGroups:
                _pos++;
                if (!Next('<')) throw Error("Invalid named reference");
                _pos++;
                string name = ParseGroupName();
                _namedReferences.Add(name);
                // The group may be defined later: reference it by name now, fix the number at the end.
                EmitBackreference(name);
                return true;
        }

        if (c >= '1' && c <= '9')
        {
            // DecimalEscape: a backreference when it names an existing group.
            int save = _pos;
            int i = _pos;
            TryReadDecimal(ref i, out long n);
            if (n <= _totalGroups)
            {
                _pos = i;
                EmitBackreference((int)n);
                return true;
            }

            if (_unicode) throw Error("Invalid escape");
            _pos = save;
            if (c >= '8')
            {
                // Annex B: \8 and \9 are identity escapes.
                _pos++;
                EmitCodePoint(c);
                return true;
            }

            EmitCodePoint(ParseLegacyOctal());
            return true;
        }

        EmitCodePoint(ParseCharacterEscape(inClass: false));
        return true;
    }

    // A backreference matches the empty string when its group is unset (or empty); inside a guarded loop
    // it marks the iteration as consuming when the group is set (an empty capture is taken as consuming:
    // see the header's known differences).
    private void EmitBackreference(int group)
    {
        string g = group.ToString(CultureInfo.InvariantCulture);
        _out.Append("(?:(?(").Append(g).Append(')').Append(_ignoreCase ? "(?i:\\k<" : "\\k<").Append(g).Append(_ignoreCase ? ">)" : ">").Append(ConsumedMark()).Append("|))");
        _captureEvents.Add((0, -1, g));
        (_atomNullable, _atomIsLeaf, _atomIsBackreference) = (true, false, true);
    }

    private void EmitBackreference(string name)
    {
        // Named references are resolved to numbers once all groups are known (see Run).
        _out.Append("(?:(?(\u0001").Append(name).Append("\u0001)").Append(_ignoreCase ? "(?i:\\k<\u0001" : "\\k<\u0001").Append(name).Append(_ignoreCase ? "\u0001>)" : "\u0001>").Append(ConsumedMark()).Append("|))");
        _captureEvents.Add((0, -1, "\u0001" + name));
        (_atomNullable, _atomIsLeaf, _atomIsBackreference) = (true, false, true);
    }

    /// <summary>A legacy octal escape (Annex B): up to three octal digits, value ≤ 0o377.</summary>
    private int ParseLegacyOctal()
    {
        int value = _p[_pos++] - '0';
        if (More && Cur >= '0' && Cur <= '7')
        {
            value = value * 8 + (_p[_pos++] - '0');
            if (value < 32 && More && Cur >= '0' && Cur <= '7') value = value * 8 + (_p[_pos++] - '0');
        }

        return value;
    }

    /// <summary>CharacterEscape (the '\' already consumed): returns the code point it denotes.</summary>
    private int ParseCharacterEscape(bool inClass)
    {
        char c = _p[_pos++];
        switch (c)
        {
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return '\v';
            case 'c':
                if (More && char.IsAsciiLetter(Cur)) return _p[_pos++] % 32;
                if (!_unicode && inClass && More && (char.IsAsciiDigit(Cur) || Cur == '_')) return _p[_pos++] % 32;
                if (_unicode) throw Error("Invalid unicode escape");
                _pos--; // Annex B: "\c" is a backslash followed by 'c'.
                return '\\';
            case '0':
                if (!(More && char.IsAsciiDigit(Cur))) return 0;
                if (_unicode) throw Error("Invalid decimal escape");
                _pos--;
                return ParseLegacyOctal();
            case 'x':
                if (_pos + 1 < _p.Length && char.IsAsciiHexDigit(_p[_pos]) && char.IsAsciiHexDigit(_p[_pos + 1]))
                {
                    int v = int.Parse(_p.AsSpan(_pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    _pos += 2;
                    return v;
                }

                if (_unicode) throw Error("Invalid escape");
                return 'x';
            case 'u':
                int? u = ParseUnicodeEscapeBody(allowBraces: _unicode);
                if (u is int cp) return cp;
                if (_unicode) throw Error("Invalid Unicode escape");
                return 'u';
        }

        if (_unicode)
        {
            // Only SyntaxCharacter and '/' (and '-' in classes) may be escaped with u.
            if ("^$\\.*+?()[]{}|/".Contains(c) || (inClass && c == '-')) return c;
            throw Error("Invalid escape");
        }

        // Annex B IdentityEscape: any character but 'c' (handled above); a surrogate pair stays whole.
        if (char.IsHighSurrogate(c) && More && char.IsLowSurrogate(Cur) && _unicode)
        {
            return char.ConvertToUtf32(c, _p[_pos++]);
        }

        return c;
    }

    /// <summary>After "\u": XXXX (a surrogate pair of two escapes joins with u) or {X…} when allowed.</summary>
    private int? ParseUnicodeEscapeBody(bool allowBraces)
    {
        if (allowBraces && Next('{'))
        {
            int i = _pos + 1;
            long value = 0;
            int start = i;
            while (i < _p.Length && char.IsAsciiHexDigit(_p[i]))
            {
                value = value * 16 + Convert.ToInt32(_p[i].ToString(), 16);
                if (value > 0x10FFFF) throw Error("Invalid Unicode escape");
                i++;
            }

            if (i == start || i >= _p.Length || _p[i] != '}') throw Error("Invalid Unicode escape");
            _pos = i + 1;
            return (int)value;
        }

        if (_pos + 4 <= _p.Length && IsHex4(_pos))
        {
            int v = int.Parse(_p.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            _pos += 4;
            if (_unicode && v >= 0xD800 && v <= 0xDBFF && Lookahead("\\u") && _pos + 6 <= _p.Length && IsHex4(_pos + 2))
            {
                int low = int.Parse(_p.AsSpan(_pos + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (low >= 0xDC00 && low <= 0xDFFF)
                {
                    _pos += 6;
                    return char.ConvertToUtf32((char)v, (char)low);
                }
            }

            return v;
        }

        return null;
    }

    private bool IsHex4(int at)
    {
        for (int i = 0; i < 4; i++)
        {
            if (!char.IsAsciiHexDigit(_p[at + i])) return false;
        }

        return true;
    }

    /// <summary>Reads one pattern character: a code point with u (a surrogate pair is one), else a code unit.</summary>
    private int ReadPatternCodePoint()
    {
        char c = _p[_pos++];
        if (_unicode && char.IsHighSurrogate(c) && More && char.IsLowSurrogate(Cur))
        {
            return char.ConvertToUtf32(c, _p[_pos++]);
        }

        return c;
    }

    // ---------------------------------------------------------------------------------------------
    // Character classes
    // ---------------------------------------------------------------------------------------------

    private string WordClass() =>
        _unicode && _ignoreCase
            ? "[0-9A-Z_a-z\\u017F\\u212A]"
            : "[0-9A-Z_a-z]";

    private (int Lo, int Hi)[] ClassEscapeRanges(char c, out bool negated)
    {
        negated = char.IsUpper(c);
        return char.ToLowerInvariant(c) switch
        {
            'd' => s_digit,
            'w' => _unicode && _ignoreCase
                ? s_wordUnicodeIgnoreCase
                : s_word,
            _ => s_space,
        };
    }

    private void ParseClass()
    {
        _pos++; // '['
        bool negated = false;
        if (Next('^'))
        {
            negated = true;
            _pos++;
        }

        var ranges = new List<(int Lo, int Hi)>();
        while (true)
        {
            if (!More) throw Error("Unterminated character class");
            if (Cur == ']')
            {
                _pos++;
                break;
            }

            // ClassAtom, optionally followed by '-' ClassAtom.
            ClassAtom a = ParseClassAtom(ranges);
            if (Next('-') && _pos + 1 < _p.Length && _p[_pos + 1] != ']')
            {
                _pos++; // '-'
                ClassAtom b = ParseClassAtom(ranges);
                if (a.IsSet || b.IsSet)
                {
                    if (_unicode) throw Error("Invalid character class");

                    // Annex B: a class escape on either side makes '-' a literal.
                    if (!a.IsSet) ranges.Add((a.CodePoint, a.CodePoint));
                    ranges.Add(('-', '-'));
                    if (!b.IsSet) ranges.Add((b.CodePoint, b.CodePoint));
                    continue;
                }

                if (a.CodePoint > b.CodePoint) throw Error("Range out of order in character class");
                ranges.Add((a.CodePoint, b.CodePoint));
                continue;
            }

            if (!a.IsSet) ranges.Add((a.CodePoint, a.CodePoint));
        }

        EmitClass([.. ranges], negated);
    }

    private readonly record struct ClassAtom(int CodePoint, bool IsSet);

    /// <summary>One class atom; a class escape (\d, \p{…}) adds its members directly and returns IsSet.</summary>
    private ClassAtom ParseClassAtom(List<(int Lo, int Hi)> ranges)
    {
        if (Cur != '\\') return new ClassAtom(ReadPatternCodePoint(), false);
        _pos++;
        if (!More) throw Error("\\ at end of pattern");
        char c = Cur;
        switch (c)
        {
            case 'b':
                _pos++;
                return new ClassAtom('\b', false);
            case '-' when _unicode:
                _pos++;
                return new ClassAtom('-', false);
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                _pos++;
                (int Lo, int Hi)[] set = ClassEscapeRanges(c, out bool negated);
                ranges.AddRange(negated ? Complement(set) : set);
                return new ClassAtom(0, true);
            case 'p' or 'P' when _unicode:
                _pos++;
                ranges.AddRange(ParseUnicodeProperty(c == 'P'));
                return new ClassAtom(0, true);
        }

        if (c >= '1' && c <= '9')
        {
            if (_unicode) throw Error("Invalid class escape");
            if (c >= '8')
            {
                _pos++;
                return new ClassAtom(c, false);
            }

            return new ClassAtom(ParseLegacyOctal(), false);
        }

        if (c == 'k' && !_unicode)
        {
            _pos++;
            return new ClassAtom('k', false);
        }

        return new ClassAtom(ParseCharacterEscape(inClass: true), false);
    }

    private static (int Lo, int Hi)[] Complement((int Lo, int Hi)[] set)
    {
        var result = new List<(int, int)>();
        int next = 0;
        foreach (var (lo, hi) in set.OrderBy(r => r.Lo))
        {
            if (lo > next) result.Add((next, lo - 1));
            next = Math.Max(next, hi + 1);
        }

        if (next <= 0x10FFFF) result.Add((next, 0x10FFFF));
        return [.. result];
    }

    /// <summary>Writes a class over code points (BMP as a .NET class, astral ones as surrogate sequences with u).</summary>
    private void EmitClass((int Lo, int Hi)[] ranges, bool negated)
    {
        // Under i a class matches what any member canonicalizes like (CharSetMatcher); negation applies after.
        if (_ignoreCase) ranges = CaseFolding.Close(ranges, _unicode);

        var bmp = new StringBuilder();
        var astral = new List<(int Lo, int Hi)>();
        foreach (var (lo, hi) in ranges)
        {
            if (lo <= 0xFFFF)
            {
                int h = Math.Min(hi, 0xFFFF);
                AppendClassChar(bmp, lo);
                if (h > lo)
                {
                    bmp.Append('-');
                    AppendClassChar(bmp, h);
                }
            }

            if (hi > 0xFFFF) astral.Add((Math.Max(lo, 0x10000), hi));
        }

        if (!_unicode)
        {
            // Code units: the astral part of a range cannot match anything.
            if (bmp.Length == 0) _out.Append(negated ? "[\\s\\S]" : "(?!)");
            else _out.Append(negated ? "[^" : "[").Append(bmp).Append(']');
            return;
        }

        string astralAlternatives = string.Join("|", astral.SelectMany(SurrogateSequences));
        if (!negated)
        {
            // Pairs first; a set with surrogate code points (\p{Cs}, a complement) matches only lone ones.
            bool loneSurrogates = ranges.Any(r => r.Lo <= 0xDFFF && r.Hi >= 0xD800);
            var parts = new List<string>();
            if (astralAlternatives.Length > 0) parts.Add(astralAlternatives);
            if (bmp.Length > 0) parts.Add((loneSurrogates ? "(?!" + SurrogatePair + ")[" : "[") + bmp + "]");
            _out.Append(parts.Count == 0 ? "(?!)" : parts.Count == 1 && astral.Count == 0 && !loneSurrogates ? parts[0] : "(?:" + string.Join("|", parts) + ")");
            return;
        }

        // Negated with u: any code point that is not in the set; a pair is never split.
        string pairNotInSet = astralAlternatives.Length > 0 ? "(?!" + astralAlternatives + ")" + SurrogatePair : SurrogatePair;
        string unitNotInSet = bmp.Length > 0 ? "(?!" + SurrogatePair + ")[^" + bmp + "]" : "(?!" + SurrogatePair + ")[\\s\\S]";
        _out.Append("(?:").Append(pairNotInSet).Append('|').Append(unitNotInSet).Append(')');
    }

    /// <summary>The surrogate-pair patterns that match exactly the code points lo..hi (all astral).</summary>
    private static IEnumerable<string> SurrogateSequences((int Lo, int Hi) range)
    {
        string lo = char.ConvertFromUtf32(range.Lo), hi = char.ConvertFromUtf32(range.Hi);
        if (lo[0] == hi[0])
        {
            yield return U(lo[0]) + "[" + U(lo[1]) + "-" + U(hi[1]) + "]";
            yield break;
        }

        yield return U(lo[0]) + "[" + U(lo[1]) + "-\\uDFFF]";
        if (hi[0] - lo[0] > 1) yield return "[" + U((char)(lo[0] + 1)) + "-" + U((char)(hi[0] - 1)) + "][\\uDC00-\\uDFFF]";
        yield return U(hi[0]) + "[\\uDC00-" + U(hi[1]) + "]";
    }

    private static string U(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static void AppendClassChar(StringBuilder sb, int c)
    {
        if (c < 0x80 && char.IsAsciiLetterOrDigit((char)c)) sb.Append((char)c);
        else sb.Append("\\u").Append(c.ToString("X4", CultureInfo.InvariantCulture));
    }

    /// <summary>Writes one literal code point (astral ones as a grouped surrogate pair).</summary>
    private void EmitCodePoint(int cp)
    {
        if (_ignoreCase && (_unicode || cp <= 0xFFFF))
        {
            ReadOnlySpan<int> members = CaseFolding.ClassOf(cp, _unicode);
            if (members.Length > 0)
            {
                var ranges = new (int Lo, int Hi)[members.Length];
                for (int i = 0; i < members.Length; i++) ranges[i] = (members[i], members[i]);
                EmitClass(ranges, negated: false);
                return;
            }
        }

        if (cp > 0xFFFF)
        {
            string s = char.ConvertFromUtf32(cp);
            _out.Append("(?:").Append(U(s[0])).Append(U(s[1])).Append(')');
            return;
        }

        if (cp < 0x80 && char.IsAsciiLetterOrDigit((char)cp)) _out.Append((char)cp);
        else _out.Append(U((char)cp));
    }

    // ---------------------------------------------------------------------------------------------
    // Unicode property escapes (u and v): exact code point sets from UnicodeProperties.
    // ---------------------------------------------------------------------------------------------

    /// <summary>After \p or \P: {Name}, {Name=Value}; returns the code points (complemented for \P).</summary>
    private (int Lo, int Hi)[] ParseUnicodeProperty(bool negated)
    {
        if (!Next('{')) throw Error("Invalid property name");
        int close = _p.IndexOf('}', _pos);
        if (close < 0) throw Error("Invalid property name");
        string body = _p.Substring(_pos + 1, close - _pos - 1);
        _pos = close + 1;
        (int Lo, int Hi)[] set = UnicodeProperties.Lookup(body, (_flags & RegExpFlags.UnicodeSets) != 0, out string? error)
            ?? throw Error(error!);
        return negated ? Complement(set) : set;
    }

    /// <summary>Replaces the named-reference placeholders with group numbers.</summary>
    internal string ResolveNamedReferences(string pattern)
    {
        if (!pattern.Contains('\u0001')) return pattern;
        var sb = new StringBuilder(pattern.Length);
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '\u0001')
            {
                sb.Append(pattern[i]);
                continue;
            }

            int end = pattern.IndexOf('\u0001', i + 1);
            string name = pattern.Substring(i + 1, end - i - 1);
            sb.Append(_namedGroups[name].ToString(CultureInfo.InvariantCulture));
            i = end;
        }

        return sb.ToString();
    }
}
