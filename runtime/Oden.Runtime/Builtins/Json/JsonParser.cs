// JsonParser: the JSON grammar of ECMA-404 as JSON.parse accepts it (no trailing commas, no comments, no
// leading zeros, no control characters in strings). Nesting recurses, guarded by realm.EnsureStack(), so
// a hostile input raises RangeError instead of overflowing the stack. Objects are built with
// CreateDataProperty semantics: a repeated key keeps its first position and takes the last value; "__proto__"
// is an ordinary key.
using System.Globalization;
using System.Text;

namespace Oden.Runtime.Builtins;

internal sealed class JsonParser
{
    // A parser outlives its parse: the realm keeps one (Realm.TakeJsonParser), and its member names and shape
    // transitions (below) carry over to the next document. A server parses request bodies of one structure
    // over and over, so from the second request on every record replays known transitions and compares its
    // member names in place. The tables are bounded: past MaxRetainedNames names (or four times as many
    // transitions) the parser lets them go after the parse.
    private const int MaxRetainedNames = 256;

    // Longer member names are not shared (nor their transitions replayed), so a kept parser holds at most
    // MaxRetainedNames short strings; the element stack keeps its array up to MaxRetainedElements.
    private const int MaxSharedNameLength = 128;
    private const int MaxRetainedElements = 4096;

    private readonly Realm realm;
    private string text = "";
    private int _pos;

    private JsonParser(Realm realm)
    {
        this.realm = realm;
    }

    /// <summary>Parses <paramref name="text"/> as one JSON document (JSON.parse before the reviver).</summary>
    public static JsValue Parse(Realm realm, string text)
    {
        JsonParser parser = realm.TakeJsonParser() ?? new JsonParser(realm);
        parser.text = text;
        parser._pos = 0;
        try
        {
            parser.SkipWhitespace();
            JsValue value = parser.ParseValue();
            parser.SkipWhitespace();
            if (parser._pos < text.Length) throw parser.Unexpected();
            return value;
        }
        finally
        {
            parser.text = "";
            parser._elements.Clear(); // a syntax error leaves the open arrays' elements behind
            if (parser._elements.Capacity > MaxRetainedElements) parser._elements.Capacity = 0;
            if (parser._names is { Count: > MaxRetainedNames } || parser._transitions is { Count: > 4 * MaxRetainedNames })
            {
                parser._names = null;
                parser._transitions = null;
                parser._lastFirst = null;
            }

            realm.ReturnJsonParser(parser);
        }
    }

    private JsException Unexpected()
    {
        if (_pos >= text.Length) return realm.SyntaxError("Unexpected end of JSON input");
        char c = text[_pos];
        string token = c == '"' ? "string" : char.IsAsciiDigit(c) || c == '-' ? "number" : "token '" + c + "'";
        string snippet = text.Length < 32 ? $", \"{text}\" is not valid JSON" : $", ...\"{text.Substring(Math.Max(0, _pos - 10), Math.Min(20, text.Length - Math.Max(0, _pos - 10)))}\"... is not valid JSON";
        return realm.SyntaxError($"Unexpected {token}{snippet}");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        // Most tokens follow each other without whitespace (compact JSON): one test, inline.
        if ((uint)_pos < (uint)text.Length && text[_pos] > ' ') return;
        SkipWhitespaceLoop();
    }

    private void SkipWhitespaceLoop()
    {
        while (_pos < text.Length && text[_pos] is ' ' or '\t' or '\n' or '\r') _pos++;
    }

    private JsValue ParseValue()
    {
        if (_pos >= text.Length) throw Unexpected();
        char c = text[_pos];
        switch (c)
        {
            case '{': return ParseObject();
            case '[': return ParseArray();
            case '"': return ParseString();
            case 't': return ParseLiteral("true", JsValue.True);
            case 'f': return ParseLiteral("false", JsValue.False);
            case 'n': return ParseLiteral("null", JsValue.Null);
            default:
                if (c == '-' || char.IsAsciiDigit(c)) return ParseNumber();
                throw Unexpected();
        }
    }

    private JsValue ParseLiteral(string word, JsValue value)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (_pos >= text.Length || text[_pos] != word[i]) throw Unexpected();
            _pos++;
        }

        return value;
    }

    private JsValue ParseNumber()
    {
        int start = _pos;
        if (text[_pos] == '-') _pos++;
        if (_pos >= text.Length) throw Unexpected();
        if (text[_pos] == '0')
        {
            _pos++;
        }
        else if (char.IsAsciiDigit(text[_pos]))
        {
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        }
        else
        {
            throw Unexpected();
        }

        bool isInteger = true;
        if (_pos < text.Length && text[_pos] == '.')
        {
            isInteger = false;
            _pos++;
            if (_pos >= text.Length || !char.IsAsciiDigit(text[_pos])) throw Unexpected();
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        }

        if (_pos < text.Length && text[_pos] is 'e' or 'E')
        {
            isInteger = false;
            _pos++;
            if (_pos < text.Length && text[_pos] is '+' or '-') _pos++;
            if (_pos >= text.Length || !char.IsAsciiDigit(text[_pos])) throw Unexpected();
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos])) _pos++;
        }

        ReadOnlySpan<char> span = text.AsSpan(start, _pos - start);
        if (isInteger && span.Length < 10)
        {
            int v = int.Parse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return v == 0 && span[0] == '-' ? -0.0 : v;
        }

        return TryParseShortDecimal(span, out double d) ? d : double.Parse(span, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static readonly double[] s_powersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// A decimal "-?digits.digits" of at most 15 significant digits in all and at most 15 after the point:
    /// the digits as an integer are exact in a double, and so is the power of ten, so one division gives
    /// the correctly rounded value (the classic exact fast path of decimal-to-double conversion).
    /// </summary>
    private static bool TryParseShortDecimal(ReadOnlySpan<char> span, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = span[0] == '-';
        if (negative) i++;
        long mantissa = 0;
        int digits = 0, fraction = -1;
        for (; i < span.Length; i++)
        {
            char c = span[i];
            if (c == '.')
            {
                fraction = 0;
                continue;
            }

            if (c is < '0' or > '9') return false; // an exponent: the general path
            mantissa = mantissa * 10 + (c - '0');
            if (mantissa != 0) digits++;
            if (fraction >= 0) fraction++;
        }

        if (digits > 15 || fraction > 15) return false;
        double d = fraction > 0 ? mantissa / s_powersOfTen[fraction] : mantissa;
        value = negative ? -d : d;
        return true;
    }

    private JsValue ParseString() => ReadString();

    private string ReadString()
    {
        _pos++; // opening quote
        int start = _pos;
        while (_pos < text.Length)
        {
            char c = text[_pos];
            if (c == '"')
            {
                string simple = text.Substring(start, _pos - start);
                _pos++;
                return simple;
            }

            if (c == '\\') break;
            if (c < 0x20) throw BadControlCharacter();
            _pos++;
        }

        var sb = new StringBuilder();
        sb.Append(text, start, _pos - start);
        while (true)
        {
            if (_pos >= text.Length) throw realm.SyntaxError("Unterminated string in JSON at position " + _pos);
            char c = text[_pos++];
            if (c == '"') return sb.ToString();
            if (c < 0x20)
            {
                _pos--;
                throw BadControlCharacter();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (_pos >= text.Length) throw Unexpected();
            char e = text[_pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > text.Length) throw realm.SyntaxError("Bad Unicode escape in JSON at position " + (_pos - 2));
                    for (int i = 0; i < 4; i++)
                    {
                        if (!char.IsAsciiHexDigit(text[_pos + i])) throw realm.SyntaxError("Bad Unicode escape in JSON at position " + (_pos - 2));
                    }

                    sb.Append((char)int.Parse(text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 4;
                    break;
                default:
                    _pos--;
                    throw realm.SyntaxError("Bad escaped character in JSON at position " + (_pos - 1));
            }
        }
    }

    private JsException BadControlCharacter() =>
        realm.SyntaxError("Bad control character in string literal in JSON at position " + _pos);

    // The elements of the arrays being parsed, innermost last: an array's elements are pushed here and
    // copied out once into an array of the exact size, so parsing allocates no list per array.
    private readonly List<JsValue> _elements = [];

    // Each distinct member name is one string (for this parse and the next ones of this parser): repeated
    // keys (the same fields in every element of an array) are looked up by their characters instead of
    // being cut out of the text again.
    private Dictionary<string, string>? _names;

    // Whether the last member name came from _names (a name with escapes is a new string each time).
    private bool _nameIsShared;

    private JsValue ParseArray()
    {
        realm.EnsureStack();
        _pos++; // '['
        SkipWhitespace();
        if (_pos < text.Length && text[_pos] == ']')
        {
            _pos++;
            return JsArray.Create(realm);
        }

        int first = _elements.Count;
        while (true)
        {
            SkipWhitespace();
            _elements.Add(ParseValue());
            SkipWhitespace();
            if (_pos >= text.Length) throw Unexpected();
            if (text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (text[_pos] == ']')
            {
                _pos++;
                int count = _elements.Count - first;
                var items = new JsValue[count];
                System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_elements).Slice(first, count).CopyTo(items);
                _elements.RemoveRange(first, count);
                return JsArray.FromArray(realm, items);
            }

            throw Unexpected();
        }
    }

    /// <summary>A member name: without escapes, the parser's string for its characters.</summary>
    private string ReadMemberName()
    {
        int start = _pos + 1;
        int end = start;
        while (end < text.Length)
        {
            char c = text[end];
            if (c == '"')
            {
                ReadOnlySpan<char> chars = text.AsSpan(start, end - start);
                if (chars.Length > MaxSharedNameLength) break; // a long name is cut out each time, not kept
                var names = (_names ??= new Dictionary<string, string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
                if (!names.TryGetValue(chars, out string? name))
                {
                    name = chars.ToString();
                    names[chars] = name;
                }

                _pos = end + 1;
                _nameIsShared = true;
                return name;
            }

            if (c == '\\' || c < 0x20) break;
            end++;
        }

        _nameIsShared = false;
        return ReadString(); // escapes or an error: the general path
    }

    // The shape transitions this parser has made, by (shape, member name): objects of the same structure
    // (every element of an array of records) replay them without the shared transition table's lock.
    // Each transition also remembers the one that followed it last time, so a record with the same
    // members in the same order as the previous one needs one table lookup (its first member), and that
    // first transition remembers how many members the record had, so the next one gets its slot array at
    // the right size. Member names are the parser's strings (_names), compared by reference.
    private Dictionary<(Shape, string), Transition>? _transitions;

    /// <summary>The first transition of the last object this parser finished (its records usually repeat).</summary>
    private Transition? _lastFirst;

    /// <summary>Reads the member name at _pos (a '"') when it is exactly <paramref name="expected"/> (a name without escapes).</summary>
    private bool TryReadExpectedName(string expected)
    {
        int start = _pos + 1;
        int end = start + expected.Length;
        if (end < text.Length && text[end] == '"' && text.AsSpan(start, expected.Length).SequenceEqual(expected))
        {
            _pos = end + 1;
            return true;
        }

        return false;
    }

    private sealed class Transition(Shape next, string key)
    {
        public readonly Shape Next = next;

        /// <summary>The member name that made this transition (one of the parser's shared names).</summary>
        public readonly string Key = key;
        public int SizeHint;
        public string? FollowKey;
        public Transition? Follow;
    }

    private JsValue ParseObject()
    {
        realm.EnsureStack();
        _pos++; // '{'
        SkipWhitespace();
        if (_pos < text.Length && text[_pos] == '}')
        {
            _pos++;
            return new JsObject(realm.Intrinsics.ObjectPrototype);
        }

        // The object is created once its first member is parsed (nothing can observe it before), so that
        // its slot array can be sized from the previous object that started with the same member.
        JsObject? o = null;
        Transition? first = null, last = null;
        while (true)
        {
            SkipWhitespace();
            if (_pos >= text.Length || text[_pos] != '"') throw Unexpected();

            // The member the previous record had here (the first member of the last object, or the one that
            // followed the previous member's transition) is compared in place, without hashing the name.
            string? expected = o is null ? _lastFirst?.Key
                : last is not null && ReferenceEquals(last.Next, o._shape) ? last.FollowKey : null;
            string key;
            bool shared;
            if (expected is not null && TryReadExpectedName(expected))
            {
                key = expected;
                shared = true;
            }
            else
            {
                key = ReadMemberName();
                shared = _nameIsShared;
            }

            SkipWhitespace();
            if (_pos >= text.Length || text[_pos] != ':') throw Unexpected();
            _pos++;
            SkipWhitespace();
            JsValue value = ParseValue();

            if (o is null)
            {
                _transitions ??= new Dictionary<(Shape, string), Transition>(TransitionComparer.Instance);
                if (_lastFirst is not null && ReferenceEquals(_lastFirst.Key, key)) first = _lastFirst;
                else _transitions.TryGetValue((Shape.Empty, key), out first);
                o = new JsObject(realm.Intrinsics.ObjectPrototype, first?.SizeHint ?? 0);
                last = AddMember(o, key, shared, value, null);
                first ??= last;
            }
            else
            {
                last = AddMember(o, key, shared, value, last);
            }

            SkipWhitespace();
            if (_pos >= text.Length) throw Unexpected();
            if (text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (text[_pos] == '}')
            {
                _pos++;
                if (first is not null && o._map is null) first.SizeHint = o._shape.Count;
                if (first is not null) _lastFirst = first;
                return o;
            }

            throw Unexpected();
        }
    }

    /// <summary>
    /// CreateDataProperty(o, key, value) on an object being parsed (a repeated key overwrites the value in
    /// place). <paramref name="last"/> is the transition that gave o its shape, if this parser made it;
    /// returns the one that gives o its new shape, if any.
    /// </summary>
    private Transition? AddMember(JsObject o, string key, bool shared, JsValue value, Transition? last)
    {
        Shape shape = o._shape;
        if (o._map is null)
        {
            // A known transition from this shape by this name (so the name is not in the shape yet).
            Transition? t = null;
            bool linked = last is not null && ReferenceEquals(last.Next, shape);
            if (linked && ReferenceEquals(last!.FollowKey, key))
            {
                t = last.Follow;
            }
            else if (_transitions!.TryGetValue((shape, key), out t) && linked)
            {
                last!.FollowKey = key;
                last.Follow = t;
            }

            if (t is not null)
            {
                o.AddWithShape(t.Next, value);
                return t;
            }
        }

        PropertyKey pk = PropertyKey.FromString(key);
        if (o.TryGetOwnStorage(pk, out _, out _))
        {
            o.DefineDataProperty(pk, value);
            return last;
        }

        o.FastAddProperty(pk, value);
        if (!shared || pk.IsIndex || o._map is not null || !ReferenceEquals(o._shape.Parent, shape)) return null;
        var added = new Transition(o._shape, key);
        _transitions![(shape, key)] = added;
        if (last is not null && ReferenceEquals(last.Next, shape))
        {
            last.FollowKey = key;
            last.Follow = added;
        }

        return added;
    }

    private sealed class TransitionComparer : IEqualityComparer<(Shape, string)>
    {
        public static readonly TransitionComparer Instance = new();

        public bool Equals((Shape, string) x, (Shape, string) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((Shape, string) obj) =>
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1) * 31 + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2);
    }
}
