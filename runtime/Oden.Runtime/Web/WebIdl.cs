// WebIdl: the Web IDL conversions and helpers the web APIs share (https://webidl.spec.whatwg.org/).
//
// - Operations and attributes of interfaces are enumerable (Op, Attr), unlike ECMAScript builtins.
// - ByteString rejects code units above U+00FF; USVString replaces lone surrogates with U+FFFD.
// - BufferSource bytes are read as a span over the live buffer (no copy); callers that keep them copy.
using System.Text;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal static class WebIdl
{
    /// <summary>Flags of an interface operation: writable, enumerable, configurable.</summary>
    public const PropertyFlags Op = PropertyFlags.Default;

    /// <summary>Flags of an interface attribute accessor: enumerable, configurable.</summary>
    public const PropertyFlags Attr = PropertyFlags.Enumerable | PropertyFlags.Configurable;

    /// <summary>A brand check failure, in undici's and node's words.</summary>
    public static JsException IllegalInvocation(Realm realm) => realm.TypeError("Illegal invocation");

    /// <summary>The `new`-less call of an interface constructor.</summary>
    public static JsException RequiresNew(Realm realm, string name) =>
        realm.TypeError($"Class constructor {name} cannot be invoked without 'new'");

    public static JsException IllegalConstructor(Realm realm) => realm.TypeError("Illegal constructor");

    /// <see href="https://webidl.spec.whatwg.org/#es-DOMString"/>
    public static string ToDomString(Realm realm, JsValue v)
    {
        if (v.IsSymbol) throw realm.TypeError("Cannot convert a Symbol value to a string");
        return Operations.ToString(realm, v);
    }

    /// <see href="https://webidl.spec.whatwg.org/#es-USVString"/>
    public static string ToUsvString(Realm realm, JsValue v) => ToScalarValueString(ToDomString(realm, v));

    /// <see href="https://webidl.spec.whatwg.org/#es-ByteString"/>
    public static string ToByteString(Realm realm, JsValue v)
    {
        string s = ToDomString(realm, v);
        foreach (char c in s)
        {
            if (c > 0xFF) throw realm.TypeError($"Cannot convert argument to a ByteString because the character at index {s.IndexOf(c)} has a value of {(int)c} which is greater than 255.");
        }

        return s;
    }

    /// <summary>Whether the string has no lone surrogate (it is already a USVString).</summary>
    public static bool IsWellFormed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0xD800 || c > 0xDFFF) continue;
            if (c <= 0xDBFF && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>Replaces each lone surrogate with U+FFFD.</summary>
    public static string ToScalarValueString(string s)
    {
        if (IsWellFormed(s)) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>UTF-8 encode, lone surrogates as U+FFFD (the encoding spec's "UTF-8 encode": Encoding.UTF8's replacement fallback does exactly that).</summary>
    public static byte[] Utf8Encode(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>UTF-8 decode without BOM handling, invalid sequences as U+FFFD (maximal subparts, as the encoding spec).</summary>
    public static string Utf8DecodeNoBom(ReadOnlySpan<byte> bytes)
    {
        var decoder = new Utf8Decoder(fatal: false);
        var sb = new StringBuilder(bytes.Length);
        decoder.Decode(bytes, sb, flush: true);
        return sb.ToString();
    }

    /// <summary>UTF-8 decode (with BOM stripping), what Body's text() does.</summary>
    public static string Utf8Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        return Utf8DecodeNoBom(bytes);
    }

    /// <summary>
    /// The bytes a BufferSource (ArrayBuffer, typed array, DataView) holds; false for other values. The span
    /// is over the live buffer.
    /// </summary>
    public static bool TryGetBufferSource(JsValue v, out Span<byte> bytes)
    {
        switch (v._ref)
        {
            case JsArrayBuffer buffer:
                bytes = buffer.Data;
                return true;
            case JsTypedArray array:
                bytes = array.IsOutOfBounds ? [] : array.Bytes;
                return true;
            case JsDataView view:
                bytes = view.IsOutOfBounds ? [] : view.Buffer.Data.Slice(view.ByteOffset, view.ViewByteLength);
                return true;
            default:
                bytes = default;
                return false;
        }
    }

    /// <summary>A new ArrayBuffer over <paramref name="data"/> (taken, not copied).</summary>
    public static JsArrayBuffer CreateArrayBuffer(Realm realm, byte[] data)
    {
        var buffer = new JsArrayBuffer(realm.Intrinsics.ArrayBufferPrototype, 0);
        buffer._data = data;
        return buffer;
    }

    /// <summary>A new Uint8Array over <paramref name="data"/> (taken, not copied).</summary>
    public static JsTypedArray CreateUint8Array(Realm realm, byte[] data) =>
        new(realm, realm.Intrinsics.GetTypedArrayPrototype(TypedArrayKind.Uint8), TypedArrayKind.Uint8, CreateArrayBuffer(realm, data), 0, data.Length);

    /// <summary>Reads a dictionary member: undefined when the dictionary itself is undefined or null.</summary>
    public static JsValue Member(Realm realm, JsValue dictionary, string name)
    {
        if (dictionary.IsNullish) return default;
        if (dictionary._ref is not JsObject o) throw realm.TypeError("The provided value is not of type 'object'");
        return o.Get(name);
    }

    /// <summary>Checks that a dictionary argument is undefined, null or an object.</summary>
    public static void RequireDictionary(Realm realm, JsValue dictionary, string what)
    {
        if (!dictionary.IsNullish && dictionary._ref is not JsObject)
        {
            throw realm.TypeError($"{what} can not be converted to a dictionary");
        }
    }

    /// <summary>A new ordinary object whose prototype is %Object.prototype%.</summary>
    public static JsObject NewPlainObject(Realm realm) => new(realm.Intrinsics.ObjectPrototype);

    /// <summary>
    /// The next() steps of a pair iterator (Headers, URLSearchParams) at <paramref name="index"/>, over the
    /// pairs as they are now (Web IDL re-reads the list on every call): the key, the value or a [key, value] array.
    /// </summary>
    /// <see href="https://webidl.spec.whatwg.org/#es-iterator-prototype-object"/>
    public static JsObject PairIteratorNext(Realm realm, List<KeyValuePair<string, string>> pairs, ref int index, CollectionIterationKind kind)
    {
        if (index >= pairs.Count) return IteratorRecord.CreateIterResultObject(realm, default, true);
        var pair = pairs[index++];
        JsValue value = kind switch
        {
            CollectionIterationKind.Keys => pair.Key,
            CollectionIterationKind.Values => pair.Value,
            _ => JsArray.FromList(realm, [pair.Key, pair.Value]),
        };
        return IteratorRecord.CreateIterResultObject(realm, value, false);
    }

    // ---------------------------------------------------------------------------------------------
    // Promises from C#
    // ---------------------------------------------------------------------------------------------

    /// <summary>A promise already rejected with <paramref name="reason"/>.</summary>
    public static JsPromise RejectedPromise(Realm realm, JsValue reason)
    {
        JsPromise p = JsPromise.Create(realm);
        p.Reject(realm, reason);
        return p;
    }

    /// <summary>A promise resolved with <paramref name="value"/>.</summary>
    public static JsPromise ResolvedPromise(Realm realm, JsValue value)
    {
        JsPromise p = JsPromise.Create(realm);
        p.Resolve(realm, value);
        return p;
    }

    /// <summary>Reacts to a value's settlement (PromiseResolve + PerformPromiseThen) with C# callbacks.</summary>
    public static void React(Realm realm, JsValue value, Action<Realm, JsValue> onFulfilled, Action<Realm, JsValue> onRejected)
    {
        JsPromise promise;
        try
        {
            promise = (JsPromise)JsPromise.PromiseResolve(realm, realm.Intrinsics.PromiseConstructor, value);
        }
        catch (JsException e)
        {
            promise = RejectedPromise(realm, e.Value);
        }

        JsPromise.PerformPromiseThen(realm, promise, new CallbackContinuation(onFulfilled, onRejected));
    }

    private sealed class CallbackContinuation(Action<Realm, JsValue> onFulfilled, Action<Realm, JsValue> onRejected) : PromiseContinuation
    {
        public override void OnFulfilled(Realm realm, JsValue value) => onFulfilled(realm, value);

        public override void OnRejected(Realm realm, JsValue reason) => onRejected(realm, reason);
    }

    /// <summary>Marks a promise handled (no unhandled-rejection report), as the streams spec does for internal promises.</summary>
    public static void MarkHandled(Realm realm, JsPromise promise) =>
        JsPromise.PerformPromiseThen(realm, promise, IgnoreContinuation.Instance);

    private sealed class IgnoreContinuation : PromiseContinuation
    {
        public static readonly IgnoreContinuation Instance = new();

        public override void OnFulfilled(Realm realm, JsValue value)
        {
        }

        public override void OnRejected(Realm realm, JsValue reason)
        {
        }
    }
}
