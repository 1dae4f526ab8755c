// Blob and File (https://w3c.github.io/FileAPI/#blob-section, #file-section), as node 20 has them.
//
// Invariants:
// - A Blob is immutable bytes plus a type: one byte array shared by every slice (Offset/Length into it),
//   so slice() copies nothing. The parts given to the constructor are copied once into that array.
// - The type is "" when it has a character outside U+0020–U+007E, else ASCII-lowercased (constructor,
//   slice, File); a body's blob() takes the serialized MIME type of its Content-Type the same way.
// - text()/arrayBuffer()/bytes() answer with already-settled promises (the bytes are in memory);
//   stream() is a ReadableStream of one Uint8Array (no byte stream: this runtime has no BYOB readers).
// - File is a Blob with a name and lastModified; Object.getPrototypeOf(File) === Blob, as in node.
using System.Text;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public class JsBlob : JsObject, IInspectPreview
{
    internal JsBlob(JsObject prototype, byte[] data, int offset, int length, string type)
        : base(prototype)
    {
        Data = data;
        Offset = offset;
        Length = length;
        Type = type;
    }

    internal readonly byte[] Data;
    internal readonly int Offset;
    internal readonly int Length;

    /// <summary>The normalized type ("" or printable ASCII, lower-cased).</summary>
    public string Type { get; }

    public override string ClassName => "Blob";

    List<KeyValuePair<string, JsValue>> IInspectPreview.InspectPreview(Realm realm) => InspectPreview();

    private protected virtual List<KeyValuePair<string, JsValue>> InspectPreview() => [new("size", Length), new("type", Type)];

    /// <summary>The blob's bytes (shared; never written).</summary>
    public ReadOnlySpan<byte> Bytes => Data.AsSpan(Offset, Length);

    /// <summary>A copy of the bytes.</summary>
    internal byte[] ToArray() => Bytes.ToArray();

    internal static JsBlob Create(Realm realm, byte[] bytes, string type) =>
        new(realm.Intrinsics.BlobPrototype, bytes, 0, bytes.Length, NormalizeType(type));

    /// <summary>The type rule of the File API: "" if any character is outside U+0020–U+007E, else ASCII lower case.</summary>
    internal static string NormalizeType(string type)
    {
        foreach (char c in type)
        {
            if (c < 0x20 || c > 0x7E) return "";
        }

        return type.ToLowerInvariant();
    }

    /// <summary>The bytes of a blobParts sequence (strings as UTF-8 after the endings rule, buffers, views, blobs).</summary>
    /// <see href="https://w3c.github.io/FileAPI/#process-blob-parts"/>
    internal static byte[] ProcessParts(Realm realm, JsValue parts, bool nativeEndings)
    {
        if (parts.IsUndefined) return [];
        if (parts._ref is not JsObject o)
        {
            throw realm.TypeError("The \"blobParts\" argument must be a sequence (an iterable object)");
        }

        JsFunction method = Operations.GetMethod(realm, o, PropertyKey.FromSymbol(JsSymbol.Iterator))
            ?? throw realm.TypeError("The \"blobParts\" argument must be a sequence (an iterable object)");
        var output = new MemoryStream();
        IteratorRecord iterator = IteratorRecord.GetIteratorFromMethod(realm, o, method);
        while (iterator.Step(realm, out JsValue part))
        {
            switch (part._ref)
            {
                case JsBlob blob:
                    output.Write(blob.Bytes);
                    break;
                case JsArrayBuffer or JsTypedArray or JsDataView:
                    WebIdl.TryGetBufferSource(part, out Span<byte> bytes);
                    output.Write(bytes);
                    break;
                default:
                    string s = WebIdl.ToUsvString(realm, part);
                    if (nativeEndings) s = NativeLineEndings(s);
                    output.Write(Encoding.UTF8.GetBytes(s));
                    break;
            }
        }

        return output.ToArray();
    }

    /// <summary>Every CR LF, lone CR and lone LF becomes the platform's line ending (LF: Oden hosts run on Linux).</summary>
    private static string NativeLineEndings(string s) => s.Contains('\r') ? s.Replace("\r\n", "\n").Replace('\r', '\n') : s;

    /// <summary>
    /// The members of a BlobPropertyBag (File adds lastModified), read in node's order: type, endings,
    /// lastModified (Web IDL would read them in lexicographic order).
    /// </summary>
    internal static (bool NativeEndings, string Type, JsValue LastModified) ReadOptions(Realm realm, JsValue options, bool file)
    {
        if (!options.IsNullish && options._ref is not JsObject)
        {
            throw realm.TypeError("The \"options\" argument must be of type object");
        }

        JsValue typeValue = WebIdl.Member(realm, options, "type");
        string type = typeValue.IsUndefined ? "" : WebIdl.ToDomString(realm, typeValue);
        bool native = false;
        JsValue endings = WebIdl.Member(realm, options, "endings");
        if (!endings.IsUndefined)
        {
            string e = Operations.ToString(realm, endings);
            if (e is not ("transparent" or "native")) throw realm.TypeError($"The provided value '{e}' is not a valid enum value of type EndingType.");
            native = e == "native";
        }

        JsValue lastModified = file ? WebIdl.Member(realm, options, "lastModified") : default;
        if (file && !lastModified.IsUndefined) lastModified = Operations.ToNumber(realm, lastModified);
        return (native, type, lastModified);
    }

    /// <summary>blob.slice(start, end, contentType) with the relative-index rules.</summary>
    /// <see href="https://w3c.github.io/FileAPI/#slice-blob"/>
    internal JsBlob Slice(Realm realm, JsValue start, JsValue end, JsValue contentType)
    {
        long size = Length;
        long relativeStart = start.IsUndefined ? 0 : Clamp(Operations.ToIntegerOrInfinity(realm, start), size);
        long relativeEnd = end.IsUndefined ? size : Clamp(Operations.ToIntegerOrInfinity(realm, end), size);
        string type = contentType.IsUndefined ? "" : NormalizeType(WebIdl.ToDomString(realm, contentType));
        long span = Math.Max(relativeEnd - relativeStart, 0);
        return new JsBlob(realm.Intrinsics.BlobPrototype, Data, Offset + (int)relativeStart, (int)span, type);
    }

    private static long Clamp(double relative, long size) =>
        relative < 0 ? (long)Math.Max(size + relative, 0) : (long)Math.Min(relative, size);
}

public sealed class JsFile : JsBlob
{
    internal JsFile(JsObject prototype, byte[] data, int offset, int length, string type, string name, double lastModified)
        : base(prototype, data, offset, length, type)
    {
        Name = name;
        LastModified = lastModified;
    }

    public string Name { get; }

    public double LastModified { get; }

    public override string ClassName => "File";

    private protected override List<KeyValuePair<string, JsValue>> InspectPreview() =>
        [new("size", Length), new("type", Type), new("name", Name), new("lastModified", LastModified)];

    /// <summary>A File of <paramref name="blob"/>'s bytes (shared) with a name (FormData's entry conversion).</summary>
    internal static JsFile FromBlob(Realm realm, JsBlob blob, string name, double lastModified) =>
        new(realm.Intrinsics.FilePrototype, blob.Data, blob.Offset, blob.Length, blob.Type, name, lastModified);

    internal static double Now(Realm realm) => realm.Clock.GetUtcNow().ToUnixTimeMilliseconds();
}

[JsToStringTag("Blob")]
internal static partial class BlobPrototype
{
    /// <see href="https://w3c.github.io/FileAPI/#constructorBlob"/>
    [JsConstructor("Blob", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "Blob");
        JsObject prototype = JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.BlobPrototype);
        JsValue parts = args.At(0);
        if (parts.IsNull) throw realm.TypeError("The \"blobParts\" argument must be a sequence (an iterable object)");
        var (native, type, _) = JsBlob.ReadOptions(realm, args.At(1), file: false);
        byte[] bytes = JsBlob.ProcessParts(realm, parts, native);
        return new JsBlob(prototype, bytes, 0, bytes.Length, JsBlob.NormalizeType(type));
    }

    private static JsBlob This(Realm realm, JsValue thisValue) => thisValue._ref as JsBlob ?? throw WebIdl.IllegalInvocation(realm);

    [JsGetter("type", Flags = WebIdl.Attr)]
    private static JsValue Type(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Type;

    [JsGetter("size", Flags = WebIdl.Attr)]
    private static JsValue Size(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Length;
}

/// <summary>Blob's operations (after its attributes, in Web IDL order: a separate table, defined second).</summary>
internal static partial class BlobPrototypeMethods
{
    private static JsBlob This(Realm realm, JsValue thisValue) => thisValue._ref as JsBlob ?? throw WebIdl.IllegalInvocation(realm);

    [JsFunction("slice", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Slice(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        This(realm, thisValue).Slice(realm, args.At(0), args.At(1), args.At(2));

    [JsFunction("arrayBuffer", Length = 0, Flags = WebIdl.Op)]
    private static JsValue ArrayBuffer(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        thisValue._ref is JsBlob blob
            ? WebIdl.ResolvedPromise(realm, WebIdl.CreateArrayBuffer(realm, blob.ToArray()))
            : WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);

    [JsFunction("text", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Text(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        thisValue._ref is JsBlob blob
            ? WebIdl.ResolvedPromise(realm, WebIdl.Utf8Decode(blob.Bytes))
            : WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);

    /// <summary>bytes(): a Uint8Array copy (non-enumerable in node 20, unlike the other members).</summary>
    [JsFunction("bytes", Length = 0)]
    private static JsValue BytesMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        thisValue._ref is JsBlob blob
            ? WebIdl.ResolvedPromise(realm, WebIdl.CreateUint8Array(realm, blob.ToArray()))
            : WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);

    [JsFunction("stream", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Stream(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        JsReadableStream.FromBytes(realm, This(realm, thisValue).ToArray());
}

[JsToStringTag("File")]
internal static partial class FilePrototype
{
    /// <see href="https://w3c.github.io/FileAPI/#file-constructor"/>
    [JsConstructor("File", Length = 2)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "File");
        if (args.Length < 2) throw realm.TypeError("The \"fileBits\" and \"fileName\" arguments must be specified");
        JsObject prototype = JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.FilePrototype);
        JsValue parts = args[0];
        if (parts.IsNull) throw realm.TypeError("The \"fileBits\" argument must be a sequence (an iterable object)");
        string name = WebIdl.ToUsvString(realm, args[1]);
        var (native, type, lastModified) = JsBlob.ReadOptions(realm, args.At(2), file: true);
        byte[] bytes = JsBlob.ProcessParts(realm, parts, native);
        double modified = lastModified.IsUndefined ? JsFile.Now(realm) : lastModified.AsNumber;
        return new JsFile(prototype, bytes, 0, bytes.Length, JsBlob.NormalizeType(type), name, modified);
    }

    private static JsFile This(Realm realm, JsValue thisValue) => thisValue._ref as JsFile ?? throw WebIdl.IllegalInvocation(realm);

    [JsGetter("name", Flags = WebIdl.Attr)]
    private static JsValue Name(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Name;

    [JsGetter("lastModified", Flags = WebIdl.Attr)]
    private static JsValue LastModified(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).LastModified;
}
