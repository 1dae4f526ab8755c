// TextEncoder and TextDecoder (https://encoding.spec.whatwg.org/#interface-textencoder).
// TextEncoder always encodes UTF-8 (lone surrogates as U+FFFD). TextDecoder supports the labels of
// UTF-8, UTF-16LE, UTF-16BE and windows-1252; other labels are a RangeError, as node reports an
// encoding it does not know.
using System.Text;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public sealed class JsTextEncoder(JsObject prototype) : JsObject(prototype)
{
    public override string ClassName => "TextEncoder";
}

public sealed class JsTextDecoder : JsObject
{
    internal JsTextDecoder(JsObject prototype, TextEncodingKind kind, bool fatal, bool ignoreBom)
        : base(prototype)
    {
        Kind = kind;
        IgnoreBom = ignoreBom;
        State = TextDecoderState.Create(kind, fatal);
    }

    public override string ClassName => "TextDecoder";

    internal TextEncodingKind Kind { get; }

    internal bool IgnoreBom { get; }

    internal TextDecoderState State { get; }

    internal bool BomSeen;

    internal bool DoNotFlush;
}

[JsToStringTag("TextEncoder")]
internal static partial class TextEncoderPrototype
{
    [JsConstructor("TextEncoder", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "TextEncoder");
        return new JsTextEncoder(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.TextEncoderPrototype));
    }

    private static JsTextEncoder This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsTextEncoder ?? throw WebIdl.IllegalInvocation(realm);

    /// <see href="https://encoding.spec.whatwg.org/#dom-textencoder-encode"/>
    [JsFunction("encode", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Encode(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        This(realm, thisValue);
        JsValue input = args.At(0);
        string s = input.IsUndefined ? "" : WebIdl.ToUsvString(realm, input);
        return WebIdl.CreateUint8Array(realm, Encoding.UTF8.GetBytes(s));
    }

    /// <see href="https://encoding.spec.whatwg.org/#dom-textencoder-encodeinto"/>
    [JsFunction("encodeInto", Length = 2, Flags = WebIdl.Op)]
    private static JsValue EncodeInto(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        This(realm, thisValue);
        if (args.Length < 2) throw realm.TypeError("The \"dest\" argument must be an instance of Uint8Array.");
        string source = WebIdl.ToDomString(realm, args[0]);
        if (args[1]._ref is not JsTypedArray { Kind: TypedArrayKind.Uint8 } destination)
        {
            throw realm.TypeError("The \"dest\" argument must be an instance of Uint8Array.");
        }

        Span<byte> bytes = destination.IsOutOfBounds ? [] : destination.Bytes;
        int read = 0;
        int written = 0;
        Span<byte> buffer = stackalloc byte[4];
        while (read < source.Length)
        {
            // One scalar value at a time; a lone surrogate is U+FFFD (3 bytes).
            int cp = source[read];
            int units = 1;
            if (char.IsHighSurrogate(source[read]) && read + 1 < source.Length && char.IsLowSurrogate(source[read + 1]))
            {
                cp = char.ConvertToUtf32(source[read], source[read + 1]);
                units = 2;
            }
            else if (char.IsSurrogate(source[read]))
            {
                cp = 0xFFFD;
            }

            int n = new Rune(cp).EncodeToUtf8(buffer);
            if (written + n > bytes.Length) break;
            buffer[..n].CopyTo(bytes[written..]);
            written += n;
            read += units;
        }

        JsObject result = WebIdl.NewPlainObject(realm);
        result.FastAddProperty("read", read);
        result.FastAddProperty("written", written);
        return result;
    }

    /// <see href="https://encoding.spec.whatwg.org/#dom-textencoder-encoding"/>
    [JsGetter("encoding", Flags = WebIdl.Attr)]
    private static JsValue EncodingGetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        This(realm, thisValue);
        return "utf-8";
    }
}

[JsToStringTag("TextDecoder")]
internal static partial class TextDecoderPrototype
{
    /// <see href="https://encoding.spec.whatwg.org/#dom-textdecoder"/>
    [JsConstructor("TextDecoder", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "TextDecoder");
        string label = args.At(0).IsUndefined ? "utf-8" : WebIdl.ToDomString(realm, args[0]);
        JsValue options = args.At(1);
        WebIdl.RequireDictionary(realm, options, "The \"options\" argument");
        bool fatal = Operations.ToBoolean(WebIdl.Member(realm, options, "fatal"));
        bool ignoreBom = Operations.ToBoolean(WebIdl.Member(realm, options, "ignoreBOM"));
        if (!TryGetEncoding(label, out TextEncodingKind kind))
        {
            throw realm.RangeError($"The \"{label}\" encoding is not supported");
        }

        return new JsTextDecoder(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.TextDecoderPrototype), kind, fatal, ignoreBom);
    }

    /// <see href="https://encoding.spec.whatwg.org/#concept-encoding-get"/>
    internal static bool TryGetEncoding(string label, out TextEncodingKind kind)
    {
        switch (label.Trim('\t', '\n', '\f', '\r', ' ').ToLowerInvariant())
        {
            case "unicode-1-1-utf-8" or "unicode11utf8" or "unicode20utf8" or "utf-8" or "utf8" or "x-unicode20utf8":
                kind = TextEncodingKind.Utf8;
                return true;
            case "csunicode" or "iso-10646-ucs-2" or "ucs-2" or "unicode" or "unicodefeff" or "utf-16" or "utf-16le":
                kind = TextEncodingKind.Utf16Le;
                return true;
            case "unicodefffe" or "utf-16be":
                kind = TextEncodingKind.Utf16Be;
                return true;
            case "ansi_x3.4-1968" or "ascii" or "cp1252" or "cp819" or "csisolatin1" or "ibm819" or "iso-8859-1" or "iso-ir-100"
                or "iso8859-1" or "iso88591" or "iso_8859-1" or "iso_8859-1:1987" or "l1" or "latin1" or "us-ascii"
                or "windows-1252" or "x-cp1252":
                kind = TextEncodingKind.Windows1252;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    private static JsTextDecoder This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsTextDecoder ?? throw WebIdl.IllegalInvocation(realm);

    /// <see href="https://encoding.spec.whatwg.org/#dom-textdecoder-decode"/>
    [JsFunction("decode", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Decode(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsTextDecoder decoder = This(realm, thisValue);
        JsValue input = args.At(0);
        Span<byte> bytes = default;
        if (!input.IsUndefined && !WebIdl.TryGetBufferSource(input, out bytes))
        {
            throw realm.TypeError("The \"input\" argument must be an instance of ArrayBuffer or ArrayBufferView.");
        }

        JsValue options = args.At(1);
        WebIdl.RequireDictionary(realm, options, "The \"options\" argument");
        bool stream = Operations.ToBoolean(WebIdl.Member(realm, options, "stream"));

        // 1. If this's do not flush is false, then set this's decoder to a new instance and BOM seen to false.
        if (!decoder.DoNotFlush)
        {
            decoder.State.Reset();
            decoder.BomSeen = false;
        }

        // 2. Set this's do not flush to options["stream"].
        decoder.DoNotFlush = stream;

        // 3-5. Decode the bytes (flushing at the end unless streaming).
        var output = new StringBuilder(bytes.Length);
        if (!decoder.State.Decode(bytes, output, flush: !stream))
        {
            decoder.State.Reset();
            decoder.DoNotFlush = false;
            throw realm.TypeError($"The encoded data was not valid for encoding {EncodingName(decoder.Kind)}");
        }

        // Serialize I/O queue: a leading U+FEFF is dropped once per stream unless ignoreBOM.
        if (!decoder.IgnoreBom && !decoder.BomSeen && decoder.Kind != TextEncodingKind.Windows1252 && output.Length > 0)
        {
            decoder.BomSeen = true;
            if (output[0] == '\uFEFF') output.Remove(0, 1);
        }

        return output.ToString();
    }

    internal static string EncodingName(TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf8 => "utf-8",
        TextEncodingKind.Utf16Le => "utf-16le",
        TextEncodingKind.Utf16Be => "utf-16be",
        _ => "windows-1252",
    };

    [JsGetter("encoding", Flags = WebIdl.Attr)]
    private static JsValue EncodingGetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        EncodingName(This(realm, thisValue).Kind);

    [JsGetter("fatal", Flags = WebIdl.Attr)]
    private static JsValue FatalGetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        This(realm, thisValue).State.Fatal;

    [JsGetter("ignoreBOM", Flags = WebIdl.Attr)]
    private static JsValue IgnoreBomGetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        This(realm, thisValue).IgnoreBom;
}
