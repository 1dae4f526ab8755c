// The v flag's character classes (ClassSetExpression): unions, nested classes, intersections (&&),
// subtractions (--) and \q{…} string literals. Each class is evaluated at translation time to a set of
// code points plus a set of strings; the operators become set algebra, so .NET sees only a plain class
// (and, when strings are in the set, an alternation that tries the longest strings first, as
// CompileAtom does). Negating a class that may contain strings is the spec's early SyntaxError.
//
//   /[\p{L}--[a-z]]/v        becomes   (?:[A-Z\u00AA…]|\uD835[…]…)   (letters but a-z)
//   /[\q{abc|d}e]/v          becomes   (?:abc|[de])
using System.Text;

namespace Oden.Runtime.Builtins;

internal sealed partial class RegExpTranslator
{
    /// <summary>A ClassSetExpression's value: code points (sorted, disjoint ranges) and strings of other lengths.</summary>
    private sealed class ClassSet
    {
        public List<(int Lo, int Hi)> Ranges = [];
        public HashSet<string> Strings = new(StringComparer.Ordinal);

        public bool MayContainStrings => Strings.Count > 0;

        public static ClassSet Of(IEnumerable<(int Lo, int Hi)> ranges) => new() { Ranges = Normalize(ranges) };

        public void UnionWith(ClassSet other)
        {
            Ranges = Normalize(Ranges.Concat(other.Ranges));
            Strings.UnionWith(other.Strings);
        }

        public void IntersectWith(ClassSet other)
        {
            Ranges = Intersect(Ranges, other.Ranges);
            Strings.IntersectWith(other.Strings);
        }

        public void ExceptWith(ClassSet other)
        {
            Ranges = Intersect(Ranges, [.. Complement([.. other.Ranges])]);
            Strings.ExceptWith(other.Strings);
        }
    }

    private static readonly string[] s_reservedDoublePunctuators =
        ["&&", "!!", "##", "$$", "%%", "**", "++", ",,", "..", "::", ";;", "<<", "==", ">>", "??", "@@", "^^", "``", "~~"];

    /// <summary>
    /// A top-level CharacterClass in v mode; the '[' is the current character. Returns whether it may match
    /// the empty string (\q{}); then <paramref name="consumedMark"/> (the consumption flags of enclosing
    /// guarded loops) follows each non-empty alternative.
    /// </summary>
    private bool ParseClassSetCharacterClass(string consumedMark)
    {
        ClassSet set = ParseNestedClass();
        bool empty = set.MayContainStrings && set.Strings.Contains("");
        EmitClassSet(set, empty ? consumedMark : "");
        return empty;
    }

    /// <summary>[ ^? ClassContents ]: the value, complemented when negated (then it may not contain strings).</summary>
    private ClassSet ParseNestedClass()
    {
        if (++_depth > MaxNesting) throw Error("Regular expression too large");
        _pos++; // '['
        bool negated = Next('^');
        if (negated) _pos++;
        ClassSet set = ParseClassSetExpression();
        if (!Next(']')) throw Error("Unterminated character class");
        _pos++;
        _depth--;
        if (!negated) return set;

        // Early error: a negated class whose contents MayContainStrings.
        if (set.MayContainStrings) throw Error("Negated character class may contain strings");
        return ClassSet.Of(Complement(FoldV([.. set.Ranges])));
    }

    /// <summary>
    /// Under i, v mode folds every operand before the set operations (MaybeSimpleCaseFolding) and takes
    /// complements among folded characters: here each operand is closed over its case classes first, so
    /// intersections, subtractions and complements stay unions of whole classes.
    /// </summary>
    private (int Lo, int Hi)[] FoldV((int Lo, int Hi)[] ranges) => _ignoreCase ? CaseFolding.Close(ranges, unicode: true) : ranges;

    /// <summary>ClassUnion | ClassIntersection | ClassSubtraction, up to the closing ']'.</summary>
    private ClassSet ParseClassSetExpression()
    {
        if (Next(']')) return new ClassSet();

        // The first operand (or range) decides which of the three forms this is.
        ClassSet first = ParseClassSetOperandOrRange(out bool firstWasRange);
        if (Lookahead("&&") && !firstWasRange)
        {
            while (Lookahead("&&"))
            {
                _pos += 2;
                if (Next('&')) throw Error("Invalid set operation in character class");
                first.IntersectWith(ParseClassSetOperand());
            }

            if (!Next(']')) throw Error("Invalid set operation in character class");
            return first;
        }

        if (Lookahead("--") && !firstWasRange)
        {
            while (Lookahead("--"))
            {
                _pos += 2;
                first.ExceptWith(ParseClassSetOperand());
            }

            if (!Next(']')) throw Error("Invalid set operation in character class");
            return first;
        }

        // ClassUnion: operands and ranges until ']'; an operator here mixes forms, which is an error.
        while (More && !Next(']'))
        {
            if (Lookahead("&&") || Lookahead("--")) throw Error("Invalid set operation in character class");
            first.UnionWith(ParseClassSetOperandOrRange(out _));
        }

        return first;
    }

    private ClassSet ParseClassSetOperandOrRange(out bool wasRange)
    {
        wasRange = false;
        int save = _pos;
        if (TryParseClassSetCharacter(out int lo))
        {
            // ClassSetRange: ClassSetCharacter - ClassSetCharacter (but "--" is the subtraction operator).
            if (Next('-') && !Lookahead("--"))
            {
                _pos++;
                if (!TryParseClassSetCharacter(out int hi)) throw Error("Invalid character class");
                if (lo > hi) throw Error("Range out of order in character class");
                wasRange = true;
                return ClassSet.Of(FoldV([(lo, hi)]));
            }

            return ClassSet.Of(FoldV([(lo, lo)]));
        }

        _pos = save;
        return ParseClassSetOperand();
    }

    /// <summary>ClassSetOperand :: NestedClass | ClassStringDisjunction | ClassSetCharacter.</summary>
    private ClassSet ParseClassSetOperand()
    {
        if (!More) throw Error("Unterminated character class");
        if (Cur == '[') return ParseNestedClass();
        if (Cur == '\\' && _pos + 1 < _p.Length)
        {
            char e = _p[_pos + 1];
            switch (e)
            {
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    _pos += 2;
                    (int Lo, int Hi)[] ranges = ClassEscapeRanges(e, out bool negatedEscape);
                    return ClassSet.Of(negatedEscape ? Complement(FoldV(ranges)) : FoldV(ranges));
                case 'p' or 'P':
                    _pos += 2;
                    (int Lo, int Hi)[] property = FoldV(ParseUnicodeProperty(negated: false));
                    return ClassSet.Of(e == 'P' ? Complement(property) : property);
                case 'q':
                    _pos += 2;
                    return ParseClassStringDisjunction();
            }
        }

        if (TryParseClassSetCharacter(out int cp)) return ClassSet.Of([(cp, cp)]);
        throw Error("Invalid character in character class");
    }

    /// <summary>\q{ a | bc | … }: each alternative is a string of ClassSetCharacters.</summary>
    private ClassSet ParseClassStringDisjunction()
    {
        if (!Next('{')) throw Error("Invalid escape");
        _pos++;
        var set = new ClassSet();
        var current = new StringBuilder();
        int length = 0;
        while (true)
        {
            if (!More) throw Error("Unterminated character class");
            if (Cur == '}' || Cur == '|')
            {
                if (length == 1) set.Ranges = Normalize(set.Ranges.Append((char.ConvertToUtf32(current.ToString(), 0), char.ConvertToUtf32(current.ToString(), 0))));
                else set.Strings.Add(current.ToString());
                current.Clear();
                length = 0;
                if (_p[_pos++] == '}') return set;
                continue;
            }

            if (!TryParseClassSetCharacter(out int cp)) throw Error("Invalid escape");
            current.Append(char.ConvertFromUtf32(cp));
            length++;
        }
    }

    /// <summary>
    /// ClassSetCharacter: a source character that is not a ClassSetSyntaxCharacter nor the start of a
    /// reserved double punctuator, or an escape (CharacterEscape, a reserved punctuator, \b). False,
    /// without consuming, at anything else.
    /// </summary>
    private bool TryParseClassSetCharacter(out int cp)
    {
        cp = 0;
        if (!More) return false;
        char c = Cur;
        if (c == '\\')
        {
            if (_pos + 1 >= _p.Length) throw Error("\\ at end of pattern");
            char e = _p[_pos + 1];
            if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S' or 'p' or 'P' or 'q') return false;
            if (e == 'b')
            {
                _pos += 2;
                cp = '\b';
                return true;
            }

            if ("&-!#%,:;<=>@`~".Contains(e))
            {
                _pos += 2;
                cp = e;
                return true;
            }

            _pos++;
            cp = ParseCharacterEscape(inClass: true);
            return true;
        }

        if ("()[]{}/-|".Contains(c)) return false;
        foreach (string d in s_reservedDoublePunctuators)
        {
            if (Lookahead(d)) return d == "&&" ? false : throw Error("Invalid set operation in character class");
        }

        cp = ReadPatternCodePoint();
        return true;
    }

    /// <summary>
    /// Emits a class set longest alternative first, as CompileAtom orders them: its strings of two or more
    /// code points, then its code points, then the empty string (which would otherwise win every match).
    /// </summary>
    private void EmitClassSet(ClassSet set, string consumedMark)
    {
        if (!set.MayContainStrings)
        {
            EmitClass([.. set.Ranges], negated: false);
            return;
        }

        var alternatives = set.Strings.Where(s => s.Length > 0).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();
        _out.Append("(?:");
        bool firstAlternative = true;
        foreach (string s in alternatives)
        {
            if (!firstAlternative) _out.Append('|');
            firstAlternative = false;
            for (int i = 0; i < s.Length; i += char.IsSurrogatePair(s, i) ? 2 : 1)
            {
                EmitCodePoint(char.ConvertToUtf32(s, i));
            }

            _out.Append(consumedMark);
        }

        if (set.Ranges.Count > 0)
        {
            if (!firstAlternative) _out.Append('|');
            firstAlternative = false;
            EmitClass([.. set.Ranges], negated: false);
            _out.Append(consumedMark);
        }

        // The empty string matches last; "(?:)" keeps the group well formed when it is the only member.
        if (set.Strings.Contains("")) _out.Append(firstAlternative ? "" : "|");

        _out.Append(')');
    }

    /// <summary>Sorted, merged, disjoint ranges.</summary>
    private static List<(int Lo, int Hi)> Normalize(IEnumerable<(int Lo, int Hi)> ranges)
    {
        var result = new List<(int Lo, int Hi)>();
        foreach (var (lo, hi) in ranges.OrderBy(r => r.Lo))
        {
            if (result.Count > 0 && lo <= result[^1].Hi + 1)
            {
                result[^1] = (result[^1].Lo, Math.Max(result[^1].Hi, hi));
            }
            else
            {
                result.Add((lo, hi));
            }
        }

        return result;
    }

    private static List<(int Lo, int Hi)> Intersect(List<(int Lo, int Hi)> a, List<(int Lo, int Hi)> b)
    {
        var result = new List<(int Lo, int Hi)>();
        List<(int Lo, int Hi)> x = Normalize(a), y = Normalize(b);
        int i = 0, j = 0;
        while (i < x.Count && j < y.Count)
        {
            int lo = Math.Max(x[i].Lo, y[j].Lo), hi = Math.Min(x[i].Hi, y[j].Hi);
            if (lo <= hi) result.Add((lo, hi));
            if (x[i].Hi < y[j].Hi) i++;
            else j++;
        }

        return result;
    }
}
