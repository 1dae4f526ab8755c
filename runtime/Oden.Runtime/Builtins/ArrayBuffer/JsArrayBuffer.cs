// JsArrayBuffer: an ArrayBuffer object ([[ArrayBufferData]], [[ArrayBufferByteLength]],
// [[ArrayBufferMaxByteLength]], [[ArrayBufferDetachKey]]).
//
// Invariants:
// - _data.Length is the byte length, always: a resize allocates a new array of the new length (views
//   read _data afresh on every access, so they see the new block), and detaching sets _data to the
//   shared empty array. That makes "index < byte length" one bounds check against _data.Length.
// - _maxByteLength is -1 for a fixed-length buffer, else the [[ArrayBufferMaxByteLength]] of a resizable one.
// - A detached buffer stays detached; IsDetached is the spec's IsDetachedBuffer.
// - byte[] limits a buffer to Array.MaxLength bytes; a larger length is a RangeError, as when a
//   Data Block cannot be created.
namespace Oden.Runtime.Builtins;

public sealed class JsArrayBuffer : JsObject
{
    internal byte[] _data;
    internal readonly int _maxByteLength;
    private bool _detached;

    internal JsArrayBuffer(JsObject prototype, int byteLength, int maxByteLength = -1)
        : base(prototype)
    {
        _data = byteLength == 0 ? [] : new byte[byteLength];
        _maxByteLength = maxByteLength;
    }

    public override string ClassName => "ArrayBuffer";

    /// <summary>The bytes; empty once detached.</summary>
    public Span<byte> Data => _data;

    /// <summary>[[ArrayBufferByteLength]] (0 once detached).</summary>
    public int ByteLength => _data.Length;

    /// <see href="https://tc39.es/ecma262/#sec-isdetachedbuffer"/>
    public bool IsDetached => _detached;

    /// <see href="https://tc39.es/ecma262/#sec-isfixedlengtharraybuffer"/>
    public bool IsFixedLength => _maxByteLength < 0;

    /// <summary>[[ArrayBufferMaxByteLength]] of a resizable buffer, the byte length of a fixed one.</summary>
    public int MaxByteLength => _maxByteLength < 0 ? _data.Length : _maxByteLength;

    /// <summary>The largest byte length a buffer can have here (the largest byte[]).</summary>
    internal static int MaxLength => Array.MaxLength;

    /// <see href="https://tc39.es/ecma262/#sec-detacharraybuffer"/>
    public void Detach()
    {
        // 4-5. Set [[ArrayBufferData]] to null and [[ArrayBufferByteLength]] to 0.
        _data = [];
        _detached = true;
    }

    /// <summary>HostResizeArrayBuffer's effect: a new block of the new length keeps the common prefix, the rest is zero.</summary>
    internal void Resize(int newByteLength)
    {
        if (newByteLength == _data.Length) return;
        byte[] block = newByteLength == 0 ? [] : new byte[newByteLength];
        _data.AsSpan(0, Math.Min(_data.Length, newByteLength)).CopyTo(block);
        _data = block;
    }

    /// <see href="https://tc39.es/ecma262/#sec-allocatearraybuffer"/>
    internal static JsArrayBuffer Allocate(Realm realm, JsObject? constructor, double byteLength, double maxByteLength = -1)
    {
        // 2-3. If allocatingResizableBuffer is true and byteLength > maxByteLength, throw a RangeError exception.
        bool resizable = maxByteLength >= 0;
        if (resizable && byteLength > maxByteLength) throw realm.RangeError("Invalid array buffer max length");

        // 4. Let obj be ? OrdinaryCreateFromConstructor(constructor, "%ArrayBuffer.prototype%", slots).
        JsObject proto = constructor is null || ReferenceEquals(constructor, realm.Intrinsics.ArrayBufferConstructor)
            ? realm.Intrinsics.ArrayBufferPrototype
            : JsFunction.GetPrototypeFromConstructor(constructor, realm.Intrinsics.ArrayBufferPrototype);

        // 5. Let block be ? CreateByteDataBlock(byteLength); a resizable buffer must be able to reach maxByteLength.
        if (byteLength > MaxLength) throw realm.RangeError("Array buffer allocation failed");
        if (resizable && maxByteLength > MaxLength) throw realm.RangeError("Invalid array buffer max length");

        // 6-9. Set the slots.
        return new JsArrayBuffer(proto, (int)byteLength, resizable ? (int)maxByteLength : -1);
    }

    /// <see href="https://tc39.es/ecma262/#sec-clonearraybuffer"/>
    internal static JsArrayBuffer Clone(Realm realm, JsArrayBuffer source, int sourceByteOffset, int sourceLength)
    {
        // 1. Let targetBuffer be ? AllocateArrayBuffer(%ArrayBuffer%, srcLength).
        JsArrayBuffer target = Allocate(realm, null, sourceLength);

        // 2-6. CopyDataBlockBytes(targetBlock, 0, srcBlock, srcByteOffset, srcLength).
        source._data.AsSpan(sourceByteOffset, sourceLength).CopyTo(target._data);
        return target;
    }
}
