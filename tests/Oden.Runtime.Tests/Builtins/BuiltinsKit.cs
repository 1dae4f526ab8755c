// BuiltinsKit: what the Array/String/JSON/RegExp tests need without a compiler: a realm, JS literals
// parsed into values (arrays with holes, objects, strings, numbers, named C# callbacks), calls to
// builtins by name, and a node-like rendering of results to compare against expected text.
using System.Globalization;
using System.Text;
using Oden.Runtime;

namespace Oden.Runtime.Tests.Builtins;

internal static class BuiltinsKit
{
    public static Realm NewRealm() => new();

    /// <summary>A JS function implemented by a C# lambda (this, args) → result.</summary>
    public sealed class TestFunction(Realm realm, Func<JsValue, JsValue[], JsValue> body, string name = "")
        : JsFunction(realm, realm.Intrinsics.FunctionPrototype, Shape.Empty)
    {
        public List<string> Calls { get; } = [];

        public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
        {
            JsValue[] a = arguments.ToArray();
            Calls.Add(string.Join(",", a.Select(v => Show(Realm, v))));
            return body(thisValue, a);
        }

        public override string DebugName => name;
    }

    public static TestFunction Fn(Realm realm, Func<JsValue[], JsValue> body) => new(realm, (_, a) => body(a));

    /// <summary>Named callbacks usable in literals as identifiers.</summary>
    public static JsValue NamedFunction(Realm realm, string name) => name switch
    {
        "double" => Fn(realm, a => a[0].AsNumber * 2),
        "isEven" => Fn(realm, a => a[0].IsNumber && a[0].AsNumber % 2 == 0),
        "isOdd" => Fn(realm, a => a[0].IsNumber && System.Math.Abs(a[0].AsNumber % 2) == 1),
        "gt2" => Fn(realm, a => a[0].IsNumber && a[0].AsNumber > 2),
        "sum" => Fn(realm, a => Operations.ToNumber(realm, a[0]) + Operations.ToNumber(realm, a[1])),
        "concatArgs" => Fn(realm, a => Operations.ToString(realm, a[0]) + Operations.ToString(realm, a[1])),
        "asc" => Fn(realm, a => Operations.ToNumber(realm, a[0]) - Operations.ToNumber(realm, a[1])),
        "desc" => Fn(realm, a => Operations.ToNumber(realm, a[1]) - Operations.ToNumber(realm, a[0])),
        "byFirst" => Fn(realm, a => Operations.ToNumber(realm, a[0].AsObject.Get(0u.ToString())) - Operations.ToNumber(realm, a[1].AsObject.Get("0"))),
        "index" => Fn(realm, a => a[1]),
        "pair" => Fn(realm, a => Operations.CreateArrayFromList(realm, [a[0], a[0]])),
        "upper" => Fn(realm, a => Operations.ToString(realm, a[0]).ToUpperInvariant()),
        "throws" => Fn(realm, a => throw realm.Error("boom")),
        "isString" => Fn(realm, a => a[0].IsString),
        "undefinedFn" => Fn(realm, a => default),
        _ => throw new ArgumentException("unknown test function " + name),
    };

    /// <summary>Parses a JS literal: numbers, strings, arrays (holes allowed), objects, named functions.</summary>
    public static JsValue Parse(Realm realm, string text)
    {
        var p = new LiteralParser(realm, text);
        JsValue v = p.ParseValue();
        p.SkipSpace();
        if (p.Position != text.Length) throw new FormatException("trailing text in " + text);
        return v;
    }

    /// <summary>Parses "a, b, c" (the argument list of a call).</summary>
    public static JsValue[] ParseArgs(Realm realm, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        JsValue list = Parse(realm, "[" + text + "]");
        var a = (JsArray)list.AsObject;
        var result = new JsValue[a.Length];
        for (uint i = 0; i < a.Length; i++) result[i] = a.Get(i.ToString(CultureInfo.InvariantCulture));
        return result;
    }

    /// <summary>Calls a method found on <paramref name="holder"/> with the given receiver and arguments.</summary>
    public static JsValue CallMethod(Realm realm, JsObject holder, string name, JsValue thisValue, params JsValue[] args)
    {
        JsValue f = holder.Get(name);
        if (f.TryGetObject is not JsFunction fn) throw new InvalidOperationException(name + " is not a function");
        return fn.Call(thisValue, args);
    }

    public static JsValue CallMethod(Realm realm, JsObject holder, PropertyKey name, JsValue thisValue, params JsValue[] args)
    {
        JsValue f = holder.Get(name);
        if (f.TryGetObject is not JsFunction fn) throw new InvalidOperationException(name + " is not a function");
        return fn.Call(thisValue, args);
    }

    /// <summary>"TypeError: message" for a thrown error, or null when <paramref name="action"/> completes.</summary>
    public static string? ThrownError(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (JsException e)
        {
            return JsException.Describe(e.Value);
        }
    }

    /// <summary>A compact rendering: strings quoted, arrays [1,,3], objects {a:1}, -0 as -0.</summary>
    public static string Show(Realm realm, JsValue v)
    {
        var sb = new StringBuilder();
        Write(realm, v, sb, 0);
        return sb.ToString();
    }

    private static void Write(Realm realm, JsValue v, StringBuilder sb, int depth)
    {
        switch (v.Kind)
        {
            case JsValueKind.Undefined: sb.Append("undefined"); return;
            case JsValueKind.Null: sb.Append("null"); return;
            case JsValueKind.Boolean: sb.Append(v.AsBoolean ? "true" : "false"); return;
            case JsValueKind.Number:
                sb.Append(v.AsNumber == 0 && double.IsNegative(v.AsNumber) ? "-0" : NumberFormatting.ToString(v.AsNumber));
                return;
            case JsValueKind.String: sb.Append('"').Append(v.AsString()).Append('"'); return;
            case JsValueKind.Symbol: sb.Append(v.AsSymbol.ToString()); return;
        }

        JsObject o = v.AsObject;
        if (depth > 4) { sb.Append("..."); return; }
        if (o is JsFunction) { sb.Append("[Function]"); return; }
        if (Operations.IsArray(o))
        {
            double len = Operations.LengthOfArrayLike(realm, o);
            sb.Append('[');
            for (double i = 0; i < len; i++)
            {
                if (i > 0) sb.Append(',');
                PropertyKey k = PropertyKey.FromString(NumberFormatting.ToString(i));
                if (o.GetOwnProperty(k, out _)) Write(realm, o.Get(k), sb, depth + 1);
            }

            if (len > 0 && !o.GetOwnProperty(PropertyKey.FromString(NumberFormatting.ToString(len - 1)), out _)) sb.Append(',');
            sb.Append(']');
            return;
        }

        sb.Append('{');
        bool first = true;
        foreach (PropertyKey k in o.OwnPropertyKeys())
        {
            if (!o.GetOwnProperty(k, out PropertyDescriptor d) || !d.Enumerable) continue;
            if (!first) sb.Append(',');
            first = false;
            sb.Append(k.ToString()).Append(':');
            Write(realm, o.Get(k), sb, depth + 1);
        }

        sb.Append('}');
    }

    private sealed class LiteralParser(Realm realm, string text)
    {
        public int Position;

        public void SkipSpace()
        {
            while (Position < text.Length && char.IsWhiteSpace(text[Position])) Position++;
        }

        private char Peek => Position < text.Length ? text[Position] : '\0';

        public JsValue ParseValue()
        {
            SkipSpace();
            char c = Peek;
            if (c == '[') return ParseArray();
            if (c == '{') return ParseObject();
            if (c == '"' || c == '\'') return ParseString();
            if (c == '/') return ParseRegExp();
            if (c == '-' || c == '.' || char.IsDigit(c)) return ParseNumber();
            string word = ParseWord();
            return word switch
            {
                "undefined" => default,
                "null" => JsValue.Null,
                "true" => true,
                "false" => false,
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                _ => NamedFunction(realm, word),
            };
        }

        private string ParseWord()
        {
            int start = Position;
            while (Position < text.Length && (char.IsLetterOrDigit(text[Position]) || text[Position] == '_' || text[Position] == '$')) Position++;
            if (start == Position) throw new FormatException($"unexpected '{Peek}' at {Position} in {text}");
            return text[start..Position];
        }

        private JsValue ParseNumber()
        {
            int start = Position;
            if (Peek == '-') Position++;
            if (text.AsSpan(Position).StartsWith("Infinity"))
            {
                Position += 8;
                return start == Position - 8 ? double.PositiveInfinity : double.NegativeInfinity;
            }

            while (Position < text.Length && (char.IsDigit(text[Position]) || text[Position] is '.' or 'e' or 'E' or '+' or '-' or 'x')) Position++;
            string s = text[start..Position];
            if (s == "-0") return -0.0;
            return double.Parse(s, CultureInfo.InvariantCulture);
        }

        private JsValue ParseString()
        {
            char quote = text[Position++];
            var sb = new StringBuilder();
            while (text[Position] != quote)
            {
                char c = text[Position++];
                if (c == '\\')
                {
                    char e = text[Position++];
                    switch (e)
                    {
                        case 'n': sb.Append('\n'); break;
                        case 't': sb.Append('\t'); break;
                        case 'r': sb.Append('\r'); break;
                        case 'u':
                            sb.Append((char)int.Parse(text.AsSpan(Position, 4), NumberStyles.HexNumber));
                            Position += 4;
                            break;
                        default: sb.Append(e); break;
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }

            Position++;
            return sb.ToString();
        }

        private JsValue ParseRegExp()
        {
            int start = ++Position;
            bool inClass = false;
            while (true)
            {
                char c = text[Position];
                if (c == '\\') { Position += 2; continue; }
                if (c == '[') inClass = true;
                else if (c == ']') inClass = false;
                else if (c == '/' && !inClass) break;
                Position++;
            }

            string source = text[start..Position];
            Position++;
            int flagsStart = Position;
            while (Position < text.Length && char.IsAsciiLetter(text[Position])) Position++;
            return Oden.Runtime.Builtins.JsRegExp.RegExpCreate(realm, source, text[flagsStart..Position]);
        }

        private JsValue ParseArray()
        {
            Position++;
            var items = new List<JsValue>();
            SkipSpace();
            while (Peek != ']')
            {
                SkipSpace();
                if (Peek == ',')
                {
                    items.Add(JsValue.Hole);
                    Position++;
                    continue;
                }

                items.Add(ParseValue());
                SkipSpace();
                if (Peek == ',') Position++;
                SkipSpace();
            }

            Position++;
            return new JsArray(realm.Intrinsics.ArrayPrototype, items.ToArray(), items.Count);
        }

        private JsValue ParseObject()
        {
            Position++;
            var o = new JsObject(realm.Intrinsics.ObjectPrototype);
            SkipSpace();
            while (Peek != '}')
            {
                SkipSpace();
                string key = Peek is '"' or '\'' ? ParseString().AsString() : ParseWord();
                SkipSpace();
                if (Peek != ':') throw new FormatException("expected ':' in " + text);
                Position++;
                JsValue value = ParseValue();
                o.DefineOwnProperty(PropertyKey.FromString(key), PropertyDescriptor.Data(value, PropertyFlags.Default));
                SkipSpace();
                if (Peek == ',') Position++;
                SkipSpace();
            }

            Position++;
            return o;
        }
    }
}
