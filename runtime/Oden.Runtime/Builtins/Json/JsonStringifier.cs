// JsonStringifier: JSON.stringify's state (ReplacerFunction, PropertyList, Gap, Indent, Stack) and the
// SerializeJSONProperty / SerializeJSONObject / SerializeJSONArray / QuoteJSONString operations. The
// recursion is guarded by realm.EnsureStack() (RangeError on very deep input) and the stack of open
// objects detects cycles (TypeError "Converting circular structure to JSON", as V8 words it).
using System.Globalization;
using System.Text;

namespace Oden.Runtime.Builtins;

internal sealed class JsonStringifier(Realm realm)
{
    /// <summary>The output; the realm's cached builder when no other stringify holds it (toJSON may nest one).</summary>
    private readonly StringBuilder _out = realm.TakeJsonBuilder();
    private readonly List<JsObject> _stack = [];
    private JsFunction? _replacerFunction;
    private List<PropertyKey>? _propertyList;
    private string _gap = "";
    private string _indent = "";

    /// <see href="https://tc39.es/ecma262/#sec-json.stringify"/>
    public string? Stringify(JsValue value, JsValue replacer, JsValue space)
    {
        try
        {
            return Serialize(value, replacer, space) ? _out.ToString() : null;
        }
        finally
        {
            realm.ReturnJsonBuilder(_out);
        }
    }

    /// <summary>JSON.stringify(value) as UTF-8 (a response body), without the intermediate string; null for undefined.</summary>
    public byte[]? StringifyToUtf8(JsValue value)
    {
        try
        {
            if (!Serialize(value, default, default)) return null;

            // The realm's reused buffer is one chunk (a builder that grew is one chunk again after Clear), so the
            // text is encoded in place; a buffer that grew during this call goes through its string.
            foreach (ReadOnlyMemory<char> chunk in _out.GetChunks())
            {
                if (chunk.Length != _out.Length) break;
                var bytes = new byte[Encoding.UTF8.GetByteCount(chunk.Span)];
                Encoding.UTF8.GetBytes(chunk.Span, bytes);
                return bytes;
            }

            return Encoding.UTF8.GetBytes(_out.ToString());
        }
        finally
        {
            realm.ReturnJsonBuilder(_out);
        }
    }

    private bool Serialize(JsValue value, JsValue replacer, JsValue space)
    {
        // 4. If replacer is an Object: a function, or an array listing the property names to keep.
        if (replacer._ref is JsObject r)
        {
            if (r is JsFunction f)
            {
                _replacerFunction = f;
            }
            else if (Operations.IsArray(r))
            {
                // b. PropertyList: strings, numbers and String/Number objects, without duplicates.
                _propertyList = [];
                var seen = new HashSet<string>(StringComparer.Ordinal);
                double len = Operations.LengthOfArrayLike(realm, r);
                for (double k = 0; k < len; k++)
                {
                    JsValue v = ArrayHelpers.Get(r, k);
                    string? item = null;
                    if (v.IsString) item = v.AsString();
                    else if (v.IsNumber) item = NumberFormatting.ToString(v.AsNumber);
                    else if (v._ref is JsPrimitiveWrapper w && (w.PrimitiveValue.IsString || w.PrimitiveValue.IsNumber)) item = Operations.ToString(realm, v);
                    if (item is not null && seen.Add(item)) _propertyList.Add(PropertyKey.FromString(item));
                }
            }
        }

        // 5. A Number or String object as space is unwrapped.
        if (space._ref is JsPrimitiveWrapper sw)
        {
            if (sw.PrimitiveValue.IsNumber) space = Operations.ToNumber(realm, space);
            else if (sw.PrimitiveValue.IsString) space = Operations.ToString(realm, space);
        }

        // 6-8. gap: up to 10 spaces, or the first 10 code units of a string.
        if (space.IsNumber)
        {
            double n = Math.Min(10, Operations.ToIntegerOrInfinity(realm, space));
            _gap = n >= 1 ? new string(' ', (int)n) : "";
        }
        else if (space.IsString)
        {
            string s = space.AsString();
            _gap = s.Length <= 10 ? s : s[..10];
        }

        // 9-12. wrapper = { "": value }; return ? SerializeJSONProperty(state, "", wrapper). Only a replacer
        // function sees the wrapper (as `this`), so without one the value is serialized directly.
        if (_replacerFunction is null) return SerializeValue(PropertyKey.FromString(""), null, value);
        var wrapper = new JsObject(realm.Intrinsics.ObjectPrototype);
        Operations.CreateDataPropertyOrThrow(realm, wrapper, "", value);
        return SerializeJSONProperty(PropertyKey.FromString(""), wrapper);
    }

    /// <summary>SerializeJSONProperty: appends the value's JSON text; false when it is undefined (nothing appended).</summary>
    /// <see href="https://tc39.es/ecma262/#sec-serializejsonproperty"/>
    private bool SerializeJSONProperty(in PropertyKey key, JsObject holder)
    {
        // 1. Let value be ? Get(holder, key).
        JsValue value = holder.Get(key);
        return SerializeValue(key, holder, value);
    }

    private bool SerializeValue(in PropertyKey key, JsObject? holder, JsValue value)
    {
        // 2. If value is an Object or a BigInt, call its toJSON.
        if (value._ref is JsObject vo)
        {
            JsValue toJSON = vo.Get("toJSON");
            if (toJSON._ref is JsFunction tf) value = tf.Call1(value, key.ToJsValue());
        }
        else if (value.IsBigInt)
        {
            JsValue toJSON = Operations.GetV(realm, value, PropertyKey.FromNonIndexString("toJSON"));
            if (toJSON._ref is JsFunction tf) value = tf.Call1(value, key.ToJsValue());
        }

        // 3. If ReplacerFunction is not undefined, set value to ? Call(ReplacerFunction, holder, « key, value »).
        if (_replacerFunction is not null) value = _replacerFunction.Call2(holder!, key.ToJsValue(), value);

        // 4. Unwrap Number, String and Boolean objects.
        if (value._ref is JsPrimitiveWrapper w)
        {
            if (w.PrimitiveValue.IsNumber) value = Operations.ToNumber(realm, value);
            else if (w.PrimitiveValue.IsString) value = Operations.ToString(realm, value);
            else if (w.PrimitiveValue.IsBoolean || w.PrimitiveValue.IsBigInt) value = w.PrimitiveValue;
        }

        // 5-11. Primitives.
        switch (value.Kind)
        {
            case JsValueKind.Null:
                _out.Append("null");
                return true;
            case JsValueKind.Boolean:
                _out.Append(value.AsBoolean ? "true" : "false");
                return true;
            case JsValueKind.String:
                QuoteJSONString(_out, value.AsString());
                return true;
            case JsValueKind.Number:
                double d = value.AsNumber;
                _out.Append(double.IsFinite(d) ? (d == 0 ? "0" : NumberFormatting.ToString(d)) : "null");
                return true;
            case JsValueKind.BigInt:
                // 10. If value is a BigInt, throw a TypeError exception.
                throw realm.TypeError("Do not know how to serialize a BigInt");
            case JsValueKind.Object when value._ref is not JsFunction:
                // 12. An Object that is not callable: an array or an object.
                var o = value.AsObject;
                if (Operations.IsArray(o)) SerializeJSONArray(o);
                else SerializeJSONObject(o);
                return true;
            default:
                // 13. undefined, symbols and functions produce nothing.
                return false;
        }
    }

    private void Enter(JsObject value)
    {
        realm.EnsureStack();

        // 1. If state.[[Stack]] contains value, throw a TypeError exception because the structure is cyclical.
        foreach (JsObject open in _stack)
        {
            if (ReferenceEquals(open, value)) throw realm.TypeError("Converting circular structure to JSON");
        }

        _stack.Add(value);
    }

    /// <see href="https://tc39.es/ecma262/#sec-serializejsonobject"/>
    private void SerializeJSONObject(JsObject value)
    {
        // 1-4. Cycle check; stepback = indent; indent = indent + gap.
        Enter(value);
        string stepback = _indent;
        _indent += _gap;

        // An ordinary object in a shape: K is the shape's enumerable string keys, read from its slots.
        if (_propertyList is null && value.GetType() == typeof(JsObject) && value._map is null && value._elements is null)
        {
            SerializeShapedObject(value, stepback);
            _stack.RemoveAt(_stack.Count - 1);
            _indent = stepback;
            return;
        }

        // 5-6. K = PropertyList, or EnumerableOwnProperties(value, key), into this depth's reused list.
        List<PropertyKey> keys = _propertyList ?? EnumerableOwnStringKeys(value, _stack.Count - 1);

        // 7-10. Each member: "key":value (",\n indent" between members when gap is not empty).
        _out.Append('{');
        bool any = false;
        foreach (PropertyKey p in keys)
        {
            int mark = AppendMemberKey(any, p.Name);
            if (SerializeJSONProperty(p, value))
            {
                any = true;
            }
            else
            {
                _out.Length = mark; // an undefined member is left out
            }
        }

        if (any && _gap.Length > 0) _out.Append('\n').Append(stepback);
        _out.Append('}');

        // 11-12. Pop the stack; restore the indent.
        _stack.RemoveAt(_stack.Count - 1);
        _indent = stepback;
    }

    /// <summary>
    /// A member's prefix (SerializeJSONObject 10.b): "," after an earlier member, the newline and indent when gap
    /// is not empty, the quoted key and ":" (and a space with a gap). Returns the length before it, to cut the
    /// member off again when its value turns out undefined.
    /// </summary>
    private int AppendMemberKey(bool any, string key)
    {
        int mark = _out.Length;
        if (any) _out.Append(',');
        if (_gap.Length > 0) _out.Append('\n').Append(_indent);
        QuoteJSONString(_out, key);
        _out.Append(':');
        if (_gap.Length > 0) _out.Append(' ');
        return mark;
    }

    /// <summary>
    /// SerializeJSONObject steps 5-10 for an ordinary object in a shape, without a key list or lookups: K is
    /// the enumerable string keys of the shape it has on entry (its key and attribute arrays are immutable,
    /// so K stays fixed whatever toJSON or the replacer do). Each value is read from its slot while the
    /// object keeps that shape and is a data property; otherwise Get(value, key) runs as the spec says.
    /// </summary>
    private void SerializeShapedObject(JsObject value, string stepback)
    {
        Shape shape = value._shape;
        _out.Append('{');
        bool any = false;
        if (shape.Count > 0)
        {
            PropertyKey[] keys = shape.Keys;
            PropertyFlags[] flags = shape.FlagsBySlot;
            for (int i = 0; i < keys.Length; i++)
            {
                PropertyKey p = keys[i];
                if (p.IsSymbol || (flags[i] & PropertyFlags.Enumerable) == 0) continue;
                int mark = AppendMemberKey(any, p.Name);
                JsValue v = ReferenceEquals(value._shape, shape) && (flags[i] & (PropertyFlags.Accessor | PropertyFlags.Special)) == 0 && !value._slots[i].IsLazy
                    ? value._slots[i]
                    : value.Get(p);
                if (SerializeValue(p, value, v))
                {
                    any = true;
                }
                else
                {
                    _out.Length = mark; // an undefined member is left out
                }
            }
        }

        if (any && _gap.Length > 0) _out.Append('\n').Append(stepback);
        _out.Append('}');
    }

    // One key list per nesting depth, reused by every object serialized at that depth (a list is only
    // read while its object is being serialized, and deeper objects use deeper lists).
    private readonly List<List<PropertyKey>> _keysByDepth = [];

    private List<PropertyKey> EnumerableOwnStringKeys(JsObject value, int depth)
    {
        while (_keysByDepth.Count <= depth) _keysByDepth.Add([]);
        return JsonObject.EnumerableOwnStringKeys(value, _keysByDepth[depth]);
    }

    /// <see href="https://tc39.es/ecma262/#sec-serializejsonarray"/>
    private void SerializeJSONArray(JsObject value)
    {
        Enter(value);
        string stepback = _indent;
        _indent += _gap;

        // 6-8. Each element, undefined ones as "null".
        double len = Operations.LengthOfArrayLike(realm, value);
        _out.Append('[');
        for (double index = 0; index < len; index++)
        {
            if (index > 0) _out.Append(',');
            if (_gap.Length > 0) _out.Append('\n').Append(_indent);
            JsValue element = ArrayHelpers.Get(value, index);
            if (!SerializeValue(ArrayHelpers.Key(index), value, element)) _out.Append("null");
        }

        if (len > 0 && _gap.Length > 0) _out.Append('\n').Append(stepback);
        _out.Append(']');

        _stack.RemoveAt(_stack.Count - 1);
        _indent = stepback;
    }

    // The code units QuoteJSONString may have to escape: controls, '"', '\\' and surrogates (escaped when lone).
    private static readonly System.Buffers.SearchValues<char> s_mayNeedEscape = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\"\\" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    /// <summary>QuoteJSONString: escapes quotes, backslashes, control characters and lone surrogates.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-quotejsonstring"/>
    internal static void QuoteJSONString(StringBuilder sb, string value)
    {
        sb.Append('"');

        // Most strings need no escape: one vectorized scan finds the first code unit that might.
        int first = value.AsSpan().IndexOfAny(s_mayNeedEscape);
        if (first < 0)
        {
            sb.Append(value).Append('"');
            return;
        }

        int runStart = 0;
        for (int i = first; i < value.Length; i++)
        {
            char c = value[i];
            string? escape = c switch
            {
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ => null,
            };

            if (escape is null)
            {
                if (c >= 0x20 && !char.IsSurrogate(c)) continue;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++; // a well-formed pair stays as is
                    continue;
                }

                // A control character or a lone surrogate: \uXXXX (lower-case hex).
                escape = "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
            }

            sb.Append(value, runStart, i - runStart).Append(escape);
            runStart = i + 1;
        }

        sb.Append(value, runStart, value.Length - runStart).Append('"');
    }
}
