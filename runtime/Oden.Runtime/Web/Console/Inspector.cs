// Inspector: Node's util.inspect with its default options (depth 2, breakLength 80, compact 3,
// maxArrayLength 100, no colors), so that console.log prints what `node` prints.
//
// The shape of the algorithm follows Node's lib/internal/util/inspect.js (formatValue → formatRaw →
// reduceToSingleString), written for our object model:
// - primitives: strings quoted with ' (or " if the string contains ' but no ", or ` if it contains both
//   but no backtick), numbers by Number::toString except that -0 is "-0";
// - an object is "<prefix>{ entries }" or "[ entries ]", where the prefix names the constructor when it
//   is not the plain one ("Point { x: 1 }", "[Object: null prototype] {}", "Object [Math] {}");
// - builtins print their internal state: "Map(1) { 'a' => 1 }", "Set(1) { 1 }", "Uint8Array(2) [ 1, 2 ]",
//   "ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }", "Promise { <pending> }",
//   "WeakMap { <items unknown> }", a Date as its toISOString (read from [[DateValue]], no user code);
// - past depth 2 an object is "[Object]", "[Array]" or "[Name]"; a cycle is "[Circular *n]" and its
//   target is marked "<ref *n>";
// - entries stay on one line when they fit in breakLength (80) with the indentation and braces counted;
//   otherwise one per line, indented by two spaces per level; arrays of more than six entries are first
//   grouped into aligned columns (groupArrayElements), numbers right-aligned.
// Getters are never called ("[Getter]"), and neither is any user toString or custom inspect hook.
using System.Text;

namespace Oden.Runtime.Builtins;

internal sealed class InspectOptions
{
    public static readonly InspectOptions Default = new();

    /// <summary>How many levels of nested objects are expanded (Node's depth; null is unlimited).</summary>
    public int? Depth { get; init; } = 2;

    /// <summary>Also list non-enumerable own properties, as "[key]: value" (Node's showHidden, used by %o).</summary>
    public bool ShowHidden { get; init; }

    public int BreakLength { get; init; } = 80;

    public int Compact { get; init; } = 3;

    public int MaxArrayLength { get; init; } = 100;

    public int MaxStringLength { get; init; } = 10000;
}

internal sealed class Inspector
{
    private const int MinLineWidth = 16;

    private readonly Realm _realm;
    private readonly InspectOptions _options;
    private readonly List<JsObject> _seen = [];
    private Dictionary<JsObject, int>? _circular;
    private int _indentationLvl;
    private int _currentDepth;
    private int? _depth;

    private Inspector(Realm realm, InspectOptions options)
    {
        _realm = realm;
        _options = options;
        _depth = options.Depth;
    }

    /// <summary>util.inspect(value, options).</summary>
    public static string Inspect(Realm realm, JsValue value, InspectOptions? options = null)
    {
        realm.EnsureStack();
        var inspector = new Inspector(realm, options ?? InspectOptions.Default);
        return inspector.FormatValue(value, 0);
    }

    private bool DepthExceeded(int recurseTimes) => _depth is int d && recurseTimes > d;

    // ------------------------------------------------------------------------------------------------
    // formatValue
    // ------------------------------------------------------------------------------------------------

    private string FormatValue(JsValue value, int recurseTimes)
    {
        if (value.TryGetObject is not JsObject obj) return FormatPrimitive(value);

        // A proxy is shown as its target, without running any trap (node's default, showProxy: false);
        // a revoked one as <Revoked Proxy>.
        if (obj is IJsProxy proxy)
        {
            if (proxy.Core.Target is not JsObject target) return "<Revoked Proxy>";
            obj = target;
        }

        // A value already on the path from the root is a cycle: number it and point at it.
        if (_seen.Contains(obj))
        {
            _circular ??= new Dictionary<JsObject, int>(ReferenceEqualityComparer.Instance);
            if (!_circular.TryGetValue(obj, out int index))
            {
                index = _circular.Count + 1;
                _circular.Add(obj, index);
            }

            return $"[Circular *{index}]";
        }

        return FormatRaw(obj, recurseTimes);
    }

    private string FormatPrimitive(JsValue value)
    {
        switch (value.Kind)
        {
            case JsValueKind.String:
            {
                string s = value.AsString();
                string trailer = "";
                if (s.Length > _options.MaxStringLength)
                {
                    int remaining = s.Length - _options.MaxStringLength;
                    s = s[.._options.MaxStringLength];
                    trailer = $"... {remaining} more character{(remaining > 1 ? "s" : "")}";
                }

                // Long strings with line breaks are printed one line per piece, joined with " +".
                if (_options.Compact != int.MaxValue && s.Length > MinLineWidth && s.Length > _options.BreakLength - _indentationLvl - 4)
                {
                    var pieces = SplitAfterNewlines(s);
                    if (pieces.Count > 1)
                    {
                        string separator = " +\n" + new string(' ', _indentationLvl + 2);
                        return string.Join(separator, pieces.Select(StrEscape)) + trailer;
                    }
                }

                return StrEscape(s) + trailer;
            }

            case JsValueKind.Number:
                return FormatNumber(value.AsNumber);
            case JsValueKind.Symbol:
                return value.AsSymbol.ToString();
            case JsValueKind.Undefined:
                return "undefined";
            case JsValueKind.Null:
                return "null";
            case JsValueKind.Boolean:
                return value.AsBoolean ? "true" : "false";
            default:
                return value.ToString();
        }
    }

    private static List<string> SplitAfterNewlines(string s)
    {
        var pieces = new List<string>();
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\n')
            {
                pieces.Add(s[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < s.Length) pieces.Add(s[start..]);
        return pieces;
    }

    /// <summary>Node's formatNumber: Number::toString, except that -0 is "-0".</summary>
    public static string FormatNumber(double d) => d == 0 && double.IsNegative(d) ? "-0" : NumberFormatting.ToString(d);

    // ------------------------------------------------------------------------------------------------
    // Strings
    // ------------------------------------------------------------------------------------------------

    /// <summary>Quotes and escapes a string the way Node prints strings inside objects.</summary>
    public static string StrEscape(string str)
    {
        // Prefer single quotes; a string containing ' uses " if it has none, else ` if it has neither ` nor ${.
        char quote = '\'';
        if (str.Contains('\''))
        {
            if (!str.Contains('"')) quote = '"';
            else if (!str.Contains('`') && !str.Contains("${", StringComparison.Ordinal)) quote = '`';
        }

        var sb = new StringBuilder(str.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < str.Length; i++)
        {
            char c = str[i];
            if ((c == '\'' && quote == '\'') || c == '\\' || c < 0x20 || (c > 0x7E && c < 0xA0))
            {
                sb.Append(Meta(c));
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < str.Length && char.IsLowSurrogate(str[i + 1]))
                {
                    sb.Append(c).Append(str[i + 1]);
                    i++;
                }
                else
                {
                    sb.Append("\\u").Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append(quote);
        return sb.ToString();
    }

    private static string Meta(char c) => c switch
    {
        '\b' => "\\b",
        '\t' => "\\t",
        '\n' => "\\n",
        '\f' => "\\f",
        '\r' => "\\r",
        '\'' => "\\'",
        '\\' => "\\\\",
        _ => "\\x" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A property name: bare when it is an identifier-like /^[a-zA-Z_][a-zA-Z_0-9]*$/, quoted otherwise.</summary>
    private static string FormatKeyName(string key)
    {
        if (key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_'))
        {
            bool plain = true;
            foreach (char c in key)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                {
                    plain = false;
                    break;
                }
            }

            if (plain) return key;
        }

        return StrEscape(key);
    }

    // ------------------------------------------------------------------------------------------------
    // formatRaw
    // ------------------------------------------------------------------------------------------------

    private enum EntryKind : byte
    {
        Object,
        ArrayElement,
        ArrayExtra,
    }

    private string FormatRaw(JsObject value, int recurseTimes)
    {
        if (value is IInspectPreview preview) return FormatCustomPreview(value, preview, recurseTimes);

        string? constructor = GetConstructorName(value, recurseTimes);

        // The @@toStringTag is shown only when it is not an own enumerable property (else it prints as a key).
        string tag = "";
        JsValue tagValue = value.Get(PropertyKey.FromSymbol(JsSymbol.ToStringTag));
        if (tagValue.IsString && tagValue.AsString().Length > 0)
        {
            bool ownListed = value.GetOwnProperty(PropertyKey.FromSymbol(JsSymbol.ToStringTag), out PropertyDescriptor tagDesc)
                && (_options.ShowHidden || tagDesc.Enumerable);
            if (!ownListed) tag = tagValue.AsString();
        }

        string basePart = "";
        string brace0;
        string brace1;
        List<PropertyKey> keys;
        EntryKind extrasKind = EntryKind.Object;
        bool isArray = Operations.IsArray(value);
        Action<List<string>, int>? formatter = null;

        if (isArray)
        {
            // Only name the constructor of arrays that are not plain ("Foo(2) [ 1, 2 ]").
            double length = Operations.LengthOfArrayLike(_realm, value);
            string prefix = constructor != "Array" || tag.Length > 0
                ? GetPrefix(constructor, tag, "Array", "(" + NumberFormatting.ToString(length) + ")")
                : "";
            keys = GetOwnNonIndexKeys(value);
            brace0 = prefix + "[";
            brace1 = "]";
            if (length == 0 && keys.Count == 0) return brace0 + "]";
            extrasKind = EntryKind.ArrayExtra;
        }
        else if (value is JsSet or JsMap)
        {
            bool isMap = value is JsMap;
            OrderedHashTable table = isMap ? ((JsMap)value).MapData : ((JsSet)value).SetData;
            int size = table.Count;
            string prefix = GetPrefix(constructor, tag, isMap ? "Map" : "Set", "(" + size.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
            keys = GetKeys(value);
            if (size == 0 && keys.Count == 0) return prefix + "{}";
            brace0 = prefix + "{";
            brace1 = "}";
            formatter = (output, depth) => FormatCollection(table, isMap, depth, output);
        }
        else if (value is JsTypedArray typedArray)
        {
            keys = GetOwnNonIndexKeys(value);
            int size = typedArray.Length;
            string fallback = constructor is null ? typedArray.ClassName : "";
            string prefix = GetPrefix(constructor, tag, fallback, "(" + size.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
            brace0 = prefix + "[";
            brace1 = "]";
            if (size == 0 && keys.Count == 0 && !_options.ShowHidden) return brace0 + "]";
            formatter = (output, _) => FormatTypedArray(typedArray, size, output);
            extrasKind = EntryKind.ArrayExtra;
        }
        else
        {
            keys = GetKeys(value);
            brace0 = "{";
            brace1 = "}";
            if (constructor == "Object" && !IsError(value) && value is not JsPrimitiveWrapper && value is not JsFunction && !IsSpecialClass(value))
            {
                if (value is JsArguments) brace0 = "[Arguments] {";
                else if (tag.Length > 0) brace0 = GetPrefix(constructor, tag, "Object") + "{";
                if (keys.Count == 0) return brace0 + "}";
            }
            else if (value is JsFunction function)
            {
                basePart = GetFunctionBase(function, constructor, tag);
                if (keys.Count == 0) return basePart;
            }
            else if (value.ClassName == "RegExp")
            {
                basePart = RegExpToString(value);
                string prefix = GetPrefix(constructor, tag, "RegExp");
                if (prefix != "RegExp ") basePart = prefix + basePart;
                if (keys.Count == 0 || DepthExceeded(recurseTimes)) return basePart;
            }
            else if (value is JsDate date)
            {
                basePart = double.IsNaN(date.DateValue) ? "Invalid Date" : DateFormatting.IsoString(date.DateValue);
                string prefix = GetPrefix(constructor, tag, "Date");
                if (prefix != "Date ") basePart = prefix + basePart;
                if (keys.Count == 0) return basePart;
            }
            else if (IsError(value))
            {
                basePart = FormatError(value, constructor, tag, keys);
                if (keys.Count == 0) return basePart;
            }
            else if (value is JsPrimitiveWrapper wrapper)
            {
                basePart = GetBoxedBase(wrapper, keys, constructor, tag);
                if (keys.Count == 0) return basePart;
            }
            else if (value is JsArrayBuffer buffer)
            {
                brace0 = GetPrefix(constructor, tag, "ArrayBuffer") + "{";
                keys.Insert(0, "byteLength");
                formatter = (output, _) => output.Add(FormatArrayBuffer(buffer));
            }
            else if (value is JsPromise promise)
            {
                brace0 = GetPrefix(constructor, tag, "Promise") + "{";
                formatter = (output, depth) => output.Add(FormatPromise(promise, depth));
            }
            else if (value is JsMapIterator or JsSetIterator)
            {
                // node's formatIterator: "[Map Iterator] { 'a', 'b' }", "[Map Entries] { [ 'a', 1 ] }".
                List<JsValue> items = value is JsMapIterator mapIterator
                    ? mapIterator.Preview(out bool keyValue)
                    : ((JsSetIterator)value).Preview(out keyValue);
                string type = value is JsMapIterator ? "Map" : "Set";
                string braceTag = tag == type + " Iterator" ? tag : (tag.Length > 0 ? tag + "] [" : "") + type + " Iterator";
                if (keyValue && braceTag.EndsWith(" Iterator", StringComparison.Ordinal)) braceTag = braceTag[..^" Iterator".Length] + " Entries";
                brace0 = "[" + braceTag + "] {";
                formatter = (output, depth) => FormatIteratorPreview(items, keyValue, depth, output);
            }
            else if (value is JsWeakSet)
            {
                brace0 = GetPrefix(constructor, tag, "WeakSet") + "{";
                formatter = (output, _) => output.Add("<items unknown>");
            }
            else if (value is JsWeakMap)
            {
                brace0 = GetPrefix(constructor, tag, "WeakMap") + "{";
                formatter = (output, _) => output.Add("<items unknown>");
            }
            else
            {
                if (keys.Count == 0) return GetPrefix(constructor, tag, "Object") + "{}";
                brace0 = GetPrefix(constructor, tag, "Object") + "{";
            }
        }

        if (DepthExceeded(recurseTimes))
        {
            string name = GetPrefix(constructor, tag, "Object")[..^1];
            return constructor is null ? name : "[" + name + "]";
        }

        recurseTimes++;
        _seen.Add(value);
        _currentDepth = recurseTimes;
        var output = new List<string>();
        if (isArray) FormatArray(value, recurseTimes, output);
        formatter?.Invoke(output, recurseTimes);
        foreach (PropertyKey key in keys)
        {
            output.Add(FormatProperty(value, recurseTimes, key, extrasKind));
        }

        if (_circular is not null && _circular.TryGetValue(value, out int index))
        {
            string reference = $"<ref *{index}>";
            basePart = basePart.Length == 0 ? reference : reference + " " + basePart;
        }

        _seen.RemoveAt(_seen.Count - 1);
        return ReduceToSingleString(output, basePart, brace0, brace1, extrasKind, recurseTimes, isArray ? value : null);
    }

    /// <summary>
    /// node's util.inspect.custom of a web object: "ClassName " + the inspection of a plain object of its state,
    /// made at indentation 0 (as a nested inspect() call is) and then re-indented to the current level.
    /// </summary>
    private string FormatCustomPreview(JsObject value, IInspectPreview preview, int recurseTimes)
    {
        var plain = new JsObject(_realm.Intrinsics.ObjectPrototype);
        foreach (var (key, v) in preview.InspectPreview(_realm)) plain.DefineOwnProperty(key, PropertyDescriptor.Data(v, PropertyFlags.Default));
        int indentation = _indentationLvl;
        _indentationLvl = 0;
        string inner;
        try
        {
            inner = FormatValue(plain, recurseTimes);
        }
        finally
        {
            _indentationLvl = indentation;
        }

        string text = value.ClassName + " " + inner;
        return indentation == 0 ? text : text.Replace("\n", "\n" + new string(' ', indentation));
    }

    /// <summary>Objects whose printing is not the generic "{ … }" (RegExp, Date, …) when constructed normally.</summary>
    private static bool IsSpecialClass(JsObject value) =>
        value.ClassName is "RegExp" || value is JsDate or JsArrayBuffer or JsPromise or JsWeakMap or JsWeakSet or JsMapIterator or JsSetIterator;

    // ------------------------------------------------------------------------------------------------
    // Builtin containers (Node's formatSet, formatMap, formatTypedArray, formatArrayBuffer, formatPromise)
    // ------------------------------------------------------------------------------------------------

    /// <summary>
    /// The preview of a Map/Set iterator (node's formatSetIterInner / formatMapIterInner): values, or
    /// "[ k, v ]" pairs when <paramref name="keyValue"/>, up to maxArrayLength, then "... n more items".
    /// </summary>
    private void FormatIteratorPreview(List<JsValue> items, bool keyValue, int recurseTimes, List<string> output)
    {
        int length = keyValue ? items.Count / 2 : items.Count;
        int maxLength = Math.Min(Math.Max(0, _options.MaxArrayLength), length);
        _indentationLvl += 2;
        for (int i = 0; i < maxLength; i++)
        {
            if (!keyValue)
            {
                output.Add(FormatValue(items[i], recurseTimes));
                continue;
            }

            var pair = new List<string> { FormatValue(items[2 * i], recurseTimes), FormatValue(items[2 * i + 1], recurseTimes) };
            output.Add(ReduceToSingleString(pair, "", "[", "]", EntryKind.ArrayExtra, recurseTimes, null));
        }

        _indentationLvl -= 2;
        if (length > maxLength) output.Add(MoreItems(length - maxLength));
    }

    /// <summary>The entries of a Set ("v") or Map ("k => v"), up to maxArrayLength, then "... n more items".</summary>
    private void FormatCollection(OrderedHashTable table, bool isMap, int recurseTimes, List<string> output)
    {
        int length = table.Count;
        int maxLength = Math.Min(Math.Max(0, _options.MaxArrayLength), length);
        _indentationLvl += 2;
        OrderedHashTable.Cursor cursor = table.Start();
        for (int i = 0; i < maxLength && table.MoveNext(ref cursor, out JsValue key, out JsValue entryValue); i++)
        {
            output.Add(isMap ? FormatValue(key, recurseTimes) + " => " + FormatValue(entryValue, recurseTimes) : FormatValue(key, recurseTimes));
        }

        if (length > maxLength) output.Add(MoreItems(length - maxLength));
        _indentationLvl -= 2;
    }

    private void FormatTypedArray(JsTypedArray value, int length, List<string> output)
    {
        int maxLength = Math.Min(Math.Max(0, _options.MaxArrayLength), length);
        for (int i = 0; i < maxLength; i++)
        {
            output.Add(value.TryGetElement((uint)i, out JsValue element)
                ? (element.IsBigInt ? element.AsBigInt + "n" : FormatNumber(element.AsNumber))
                : "undefined");
        }

        if (length > maxLength) output.Add(MoreItems(length - maxLength));
    }

    /// <summary>"[Uint8Contents]: &lt;01 02&gt;": the first maxArrayLength bytes in hex.</summary>
    private string FormatArrayBuffer(JsArrayBuffer buffer)
    {
        if (buffer.IsDetached) return "(detached)";
        ReadOnlySpan<byte> bytes = buffer.Data;
        int shown = Math.Min(Math.Max(0, _options.MaxArrayLength), bytes.Length);
        var sb = new StringBuilder("[Uint8Contents]: <");
        for (int i = 0; i < shown; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        int remaining = bytes.Length - shown;
        if (remaining > 0) sb.Append(" ... ").Append(remaining).Append(" more byte").Append(remaining > 1 ? "s" : "");
        return sb.Append('>').ToString();
    }

    private string FormatPromise(JsPromise promise, int recurseTimes)
    {
        if (promise.State == PromiseState.Pending) return "<pending>";
        _indentationLvl += 2;
        string str = FormatValue(promise.Result, recurseTimes);
        _indentationLvl -= 2;
        return promise.State == PromiseState.Rejected ? "<rejected> " + str : str;
    }

    private bool IsError(JsObject value)
    {
        if (value is JsError) return true;
        JsObject errorPrototype = _realm.Intrinsics.GetErrorPrototype(ErrorKind.Error);
        for (JsObject? p = value.GetPrototypeOf(); p is not null; p = p.GetPrototypeOf())
        {
            if (ReferenceEquals(p, errorPrototype)) return true;
        }

        return false;
    }

    /// <summary>Node's getPrefix: "Name ", "Name [tag] ", "[Object: null prototype] ".</summary>
    private static string GetPrefix(string? constructor, string tag, string fallback, string size = "")
    {
        if (constructor is null)
        {
            if (tag.Length > 0 && fallback != tag) return $"[{fallback}{size}: null prototype] [{tag}] ";
            return $"[{fallback}{size}: null prototype] ";
        }

        if (tag.Length > 0 && constructor != tag) return $"{constructor}{size} [{tag}] ";
        return $"{constructor}{size} ";
    }

    /// <summary>
    /// Node's getConstructorName: the name of the first "constructor" along the prototype chain that is a
    /// named function the object is an instance of; null for an object whose chain ends without one and
    /// whose prototype is null.
    /// </summary>
    private string? GetConstructorName(JsObject obj, int recurseTimes)
    {
        JsObject? firstProto = null;
        bool firstProtoSet = false;
        for (JsObject? o = obj; o is not null;)
        {
            if (o.GetOwnProperty("constructor", out PropertyDescriptor desc)
                && !desc.IsAccessorDescriptor
                && desc.Value.TryGetObject is JsFunction ctor)
            {
                string name = FunctionName(ctor);
                if (name.Length > 0 && IsInstanceOf(obj, ctor)) return name;
            }

            o = o.GetPrototypeOf();
            if (!firstProtoSet)
            {
                firstProto = o;
                firstProtoSet = true;
            }
        }

        if (firstProto is null) return null;

        string res = obj.ClassName;
        if (DepthExceeded(recurseTimes)) return res + " <Complex prototype>";
        string? protoConstructor = GetConstructorName(firstProto, recurseTimes + 1);
        if (protoConstructor is null)
        {
            var inner = new Inspector(_realm, new InspectOptions { Depth = -1 });
            return $"{res} <{inner.FormatValue(firstProto, 0)}>";
        }

        return $"{res} <{protoConstructor}>";
    }

    private bool IsInstanceOf(JsObject obj, JsFunction ctor)
    {
        try
        {
            return Operations.InstanceOf(_realm, obj, ctor);
        }
        catch (JsException)
        {
            return false;
        }
    }

    /// <summary>The function's "name" as String(fn.name) (data properties only; getters are not run).</summary>
    private static string FunctionName(JsFunction f)
    {
        for (JsObject? o = f; o is not null; o = o.GetPrototypeOf())
        {
            if (o.GetOwnProperty("name", out PropertyDescriptor desc))
            {
                if (desc.IsAccessorDescriptor) return "";
                JsValue v = desc.Value;
                return v.IsString ? v.AsString() : v.IsUndefined ? "" : v.ToString();
            }
        }

        return "";
    }

    private string GetFunctionBase(JsFunction value, string? constructor, string tag)
    {
        if (value is JsClosure { Kind: FunctionKind.ClassConstructor }) return GetClassBase(value, constructor, tag);
        // node names the kind: [AsyncFunction: f], [GeneratorFunction: g], [AsyncGeneratorFunction: h].
        string type = value is JsClosure closure
            ? closure.Kind switch
            {
                FunctionKind.Async => "AsyncFunction",
                FunctionKind.Generator => "GeneratorFunction",
                FunctionKind.AsyncGenerator => "AsyncGeneratorFunction",
                _ => "Function",
            }
            : "Function";
        var sb = new StringBuilder("[").Append(type);
        if (constructor is null) sb.Append(" (null prototype)");
        string name = FunctionName(value);
        if (name.Length == 0) sb.Append(" (anonymous)");
        else sb.Append(": ").Append(name);
        sb.Append(']');
        if (constructor != type && constructor is not null) sb.Append(' ').Append(constructor);
        if (tag.Length > 0 && constructor != tag) sb.Append(" [").Append(tag).Append(']');
        return sb.ToString();
    }

    /// <summary>node's getClassBase: "[class A extends B]", with the parent's name read from the constructor's prototype.</summary>
    private static string GetClassBase(JsFunction value, string? constructor, string tag)
    {
        string name = value.GetOwnProperty("name", out PropertyDescriptor own) && !own.IsAccessorDescriptor && own.Value.IsString ? own.Value.AsString() : "";
        var sb = new StringBuilder("[class ").Append(name.Length == 0 ? "(anonymous)" : name);
        if (constructor != "Function" && constructor is not null) sb.Append(" [").Append(constructor).Append(']');
        if (tag.Length > 0 && constructor != tag) sb.Append(" [").Append(tag).Append(']');
        if (constructor is null)
        {
            sb.Append(" extends [null prototype]");
        }
        else if (value.GetPrototypeOf() is JsFunction parent)
        {
            string superName = FunctionName(parent);
            if (superName.Length > 0) sb.Append(" extends ").Append(superName);
        }
        return sb.Append(']').ToString();
    }

    private string RegExpToString(JsObject value)
    {
        JsValue source = value.Get("source");
        JsValue flags = value.Get("flags");
        return "/" + (source.IsString ? source.AsString() : "(?:)") + "/" + (flags.IsString ? flags.AsString() : "");
    }

    private string GetBoxedBase(JsPrimitiveWrapper value, List<PropertyKey> keys, string? constructor, string tag)
    {
        JsValue primitive = value.PrimitiveValue;
        string type = value.ClassName;
        if (primitive.IsString)
        {
            // The index keys of a String object are its characters: not listed again.
            int n = Math.Min(primitive.AsString().Length, keys.Count);
            keys.RemoveRange(0, n);
        }

        var sb = new StringBuilder("[").Append(type);
        if (type != constructor)
        {
            if (constructor is null) sb.Append(" (null prototype)");
            else sb.Append(" (").Append(constructor).Append(')');
        }

        sb.Append(": ").Append(FormatPrimitive(primitive)).Append(']');
        if (tag.Length > 0 && tag != constructor) sb.Append(" [").Append(tag).Append(']');
        return sb.ToString();
    }

    // ------------------------------------------------------------------------------------------------
    // Errors
    // ------------------------------------------------------------------------------------------------

    private string FormatError(JsObject err, string? constructor, string tag, List<PropertyKey> keys)
    {
        JsValue nameValue = err.Get("name");
        string name = nameValue.IsNullish ? "Error" : SafeToString(nameValue);
        string stack = GetStackString(err);

        // Own enumerable name/message/stack keys that the stack already shows are not listed again.
        foreach (string dup in (ReadOnlySpan<string>)["name", "message", "stack"])
        {
            int index = keys.FindIndex(k => k.IsString && k.Name == dup);
            if (index < 0) continue;
            JsValue v = err.Get(dup);
            if (!v.IsString || stack.Contains(v.AsString(), StringComparison.Ordinal)) keys.RemoveAt(index);
        }

        // A cause is always shown.
        if (err.HasProperty("cause") && !keys.Any(k => k.IsString && k.Name == "cause")) keys.Add("cause");

        stack = ImproveStack(stack, constructor, name, tag);

        // Wrap the error in brackets when it has no stack frames.
        JsValue messageValue = err.Get("message");
        string message = messageValue.IsString ? messageValue.AsString() : "";
        int pos = message.Length > 0 ? stack.IndexOf(message, StringComparison.Ordinal) : -1;
        if (pos != -1) pos += message.Length;
        int stackStart = stack.IndexOf("\n    at", Math.Max(pos, 0), StringComparison.Ordinal);
        if (stackStart == -1) stack = "[" + stack + "]";

        // The stack lines are indented like the surrounding output.
        if (_indentationLvl != 0) stack = stack.Replace("\n", "\n" + new string(' ', _indentationLvl), StringComparison.Ordinal);
        return stack;
    }

    private string GetStackString(JsObject err)
    {
        JsValue stack = err.Get("stack");
        if (Operations.ToBoolean(stack)) return SafeToString(stack);
        if (err is JsError e) return e.Summary;
        return SafeToString(Operations.Invoke(_realm, err, "toString", ReadOnlySpan<JsValue>.Empty));
    }

    private string SafeToString(JsValue v) => v.IsSymbol ? v.AsSymbol.ToString() : Operations.ToString(_realm, v);

    /// <summary>Node's improveStack: name the real constructor when the stack's first word does not.</summary>
    private static string ImproveStack(string stack, string? constructor, string name, string tag)
    {
        int len = name.Length;
        if (constructor is null
            || (name.EndsWith("Error", StringComparison.Ordinal) && stack.StartsWith(name, StringComparison.Ordinal)
                && (stack.Length == len || stack[len] == ':' || stack[len] == '\n')))
        {
            string fallback = "Error";
            if (constructor is null)
            {
                var m = System.Text.RegularExpressions.Regex.Match(stack, @"^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)");
                if (!m.Success) m = System.Text.RegularExpressions.Regex.Match(stack, @"^([a-z_A-Z0-9-]*Error)$");
                fallback = m.Success ? m.Groups[1].Value : "";
                len = fallback.Length;
                if (fallback.Length == 0) fallback = "Error";
            }

            string prefix = GetPrefix(constructor, tag, fallback)[..^1];
            if (name != prefix)
            {
                if (prefix.Contains(name, StringComparison.Ordinal))
                {
                    stack = len == 0 ? prefix + ": " + stack : prefix + stack[len..];
                }
                else
                {
                    stack = $"{prefix} [{name}]{stack[len..]}";
                }
            }
        }

        return stack;
    }

    // ------------------------------------------------------------------------------------------------
    // Keys and properties
    // ------------------------------------------------------------------------------------------------

    /// <summary>Object.keys plus the enumerable own symbols (everything, with ShowHidden).</summary>
    private List<PropertyKey> GetKeys(JsObject value)
    {
        var result = new List<PropertyKey>();
        foreach (PropertyKey key in value.OwnPropertyKeys())
        {
            if (_options.ShowHidden || (value.GetOwnProperty(key, out PropertyDescriptor desc) && desc.Enumerable))
            {
                result.Add(key);
            }
        }

        return result;
    }

    private List<PropertyKey> GetOwnNonIndexKeys(JsObject value)
    {
        List<PropertyKey> keys = GetKeys(value);
        keys.RemoveAll(k => k.IsIndex);
        return keys;
    }

    private string FormatProperty(JsObject value, int recurseTimes, in PropertyKey key, EntryKind kind)
    {
        string str;
        if (!value.GetOwnProperty(key, out PropertyDescriptor desc))
        {
            desc = PropertyDescriptor.Data(value.Get(key), PropertyFlags.Default);
        }

        if (desc.IsAccessorDescriptor)
        {
            str = desc.Get is not null ? (desc.Set is not null ? "[Getter/Setter]" : "[Getter]") : desc.Set is not null ? "[Setter]" : "undefined";
        }
        else
        {
            _indentationLvl += 2;
            str = FormatValue(desc.Value, recurseTimes);
            _indentationLvl -= 2;
        }

        if (kind == EntryKind.ArrayElement) return str;

        string name;
        if (key.IsSymbol) name = "[" + key.Symbol + "]";
        else if (key.Name == "__proto__") name = "['__proto__']";
        else if (!desc.Enumerable) name = "[" + FormatKeyName(key.Name) + "]";
        else name = FormatKeyName(key.Name);
        return name + ": " + str;
    }

    // ------------------------------------------------------------------------------------------------
    // Arrays
    // ------------------------------------------------------------------------------------------------

    private void FormatArray(JsObject value, int recurseTimes, List<string> output)
    {
        double valueLength = Operations.LengthOfArrayLike(_realm, value);
        int len = (int)Math.Min(Math.Max(0, _options.MaxArrayLength), valueLength);
        double remaining = valueLength - len;
        for (int i = 0; i < len; i++)
        {
            // Holes are counted in runs: "<n empty items>".
            if (!value.GetOwnProperty(PropertyKey.FromIndex((uint)i), out _))
            {
                FormatSpecialArray(value, recurseTimes, len, output, i, valueLength);
                return;
            }

            output.Add(FormatProperty(value, recurseTimes, PropertyKey.FromIndex((uint)i), EntryKind.ArrayElement));
        }

        if (remaining > 0) output.Add(MoreItems(remaining));
    }

    private static string MoreItems(double remaining) =>
        $"... {NumberFormatting.ToString(remaining)} more item{(remaining > 1 ? "s" : "")}";

    private static string EmptyItems(double count) =>
        $"<{NumberFormatting.ToString(count)} empty item{(count > 1 ? "s" : "")}>";

    private void FormatSpecialArray(JsObject value, int recurseTimes, int maxLength, List<string> output, int start, double valueLength)
    {
        // The enumerable own index keys from `start` on, in ascending order.
        var indices = new List<uint>();
        foreach (PropertyKey key in value.OwnPropertyKeys())
        {
            if (key.IsIndex && key.Index >= start && value.GetOwnProperty(key, out PropertyDescriptor d) && d.Enumerable)
            {
                indices.Add(key.Index);
            }
        }

        double index = start;
        foreach (uint i in indices)
        {
            if (output.Count >= maxLength) break;
            if (i != index)
            {
                output.Add(EmptyItems(i - index));
                index = i;
                if (output.Count == maxLength) break;
            }

            output.Add(FormatProperty(value, recurseTimes, PropertyKey.FromIndex(i), EntryKind.ArrayElement));
            index++;
        }

        double remaining = valueLength - index;
        if (output.Count != maxLength)
        {
            if (remaining > 0) output.Add(EmptyItems(remaining));
        }
        else if (remaining > 0)
        {
            output.Add(MoreItems(remaining));
        }
    }

    /// <summary>Node's groupArrayElements: lays out many short entries in aligned columns.</summary>
    private List<string> GroupArrayElements(List<string> output, JsObject? value)
    {
        int totalLength = 0;
        int maxLength = 0;
        int outputLength = output.Count;
        if (_options.MaxArrayLength < output.Count)
        {
            // The "... n more items" entry is not part of the grid.
            outputLength--;
        }

        const int separatorSpace = 2; // ", "
        var dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++)
        {
            int len = output[i].Length;
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            if (maxLength < len) maxLength = len;
        }

        int actualMax = maxLength + separatorSpace;

        // At least three columns must fit, and no entry may dwarf the others.
        if (actualMax * 3 + _indentationLvl < _options.BreakLength
            && ((double)totalLength / actualMax > 5 || maxLength <= 6))
        {
            const double approxCharHeights = 2.5;
            double averageBias = Math.Sqrt(actualMax - (double)totalLength / output.Count);
            double biasedMax = Math.Max(actualMax - 3 - averageBias, 1);
            int columns = (int)Math.Min(
                Math.Min(
                    MathObjectRound(Math.Sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
                    Math.Floor((double)(_options.BreakLength - _indentationLvl) / actualMax)),
                Math.Min(_options.Compact * 4, 15));
            if (columns <= 1) return output;

            var maxLineLength = new List<int>(columns);
            for (int i = 0; i < columns; i++)
            {
                int lineLength = 0;
                for (int j = i; j < outputLength; j += columns)
                {
                    if (dataLen[j] > lineLength) lineLength = dataLen[j];
                }

                maxLineLength.Add(lineLength + separatorSpace);
            }

            // Numbers are right-aligned; anything else is left-aligned.
            bool padStart = true;
            if (value is not null)
            {
                for (int i = 0; i < output.Count; i++)
                {
                    if (value.Get(PropertyKey.FromIndex((uint)i)) is { IsNumber: false, IsBigInt: false })
                    {
                        padStart = false;
                        break;
                    }
                }
            }

            var grouped = new List<string>();
            for (int i = 0; i < outputLength; i += columns)
            {
                int max = Math.Min(i + columns, outputLength);
                var line = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++)
                {
                    string cell = output[j] + ", ";
                    int padding = maxLineLength[j - i];
                    line.Append(padStart ? cell.PadLeft(padding) : cell.PadRight(padding));
                }

                if (padStart)
                {
                    line.Append(output[j].PadLeft(maxLineLength[j - i] - separatorSpace));
                }
                else
                {
                    line.Append(output[j]);
                }

                grouped.Add(line.ToString());
            }

            if (outputLength < output.Count) grouped.Add(output[outputLength]);
            return grouped;
        }

        return output;
    }

    /// <summary>Math.round (ties toward +∞).</summary>
    private static double MathObjectRound(double x) => MathObject.RoundHalfUp(x);

    // ------------------------------------------------------------------------------------------------
    // reduceToSingleString
    // ------------------------------------------------------------------------------------------------

    private string ReduceToSingleString(List<string> output, string basePart, string brace0, string brace1, EntryKind extrasKind, int recurseTimes, JsObject? value)
    {
        int entries = output.Count;

        // Group the elements of arrays with more than six entries.
        if (extrasKind == EntryKind.ArrayExtra && entries > 6) output = GroupArrayElements(output, value);

        // Entries of the innermost levels (up to `compact` deep) share a line when it fits breakLength.
        if (_currentDepth - recurseTimes < _options.Compact && entries == output.Count)
        {
            int start = output.Count + _indentationLvl + brace0.Length + basePart.Length + 10;
            if (IsBelowBreakLength(output, start, basePart))
            {
                string joined = string.Join(", ", output);
                if (!joined.Contains('\n'))
                {
                    return (basePart.Length > 0 ? basePart + " " : "") + brace0 + " " + joined + " " + brace1;
                }
            }
        }

        // One entry per line.
        string indentation = "\n" + new string(' ', _indentationLvl);
        return (basePart.Length > 0 ? basePart + " " : "") + brace0 + indentation + "  "
            + string.Join("," + indentation + "  ", output) + indentation + brace1;
    }

    private bool IsBelowBreakLength(List<string> output, int start, string basePart)
    {
        int totalLength = output.Count + start;
        if (totalLength + output.Count > _options.BreakLength) return false;
        foreach (string entry in output)
        {
            totalLength += entry.Length;
            if (totalLength > _options.BreakLength) return false;
        }

        return basePart.Length == 0 || !basePart.Contains('\n');
    }
}

/// <summary>
/// An object whose console output is node's custom inspection (util.inspect.custom) of it: its class name and
/// a plain object of these entries (Blob, File, FormData, the streams implement it in Web/).
/// </summary>
internal interface IInspectPreview
{
    List<KeyValuePair<string, JsValue>> InspectPreview(Realm realm);
}
