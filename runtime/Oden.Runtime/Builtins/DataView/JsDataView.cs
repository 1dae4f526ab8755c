// JsDataView: a DataView object ([[ViewedArrayBuffer]], [[ByteLength]], [[ByteOffset]]).
//
// Invariants: _byteLength is -1 for a length-tracking view of a resizable buffer ("auto"); the view's
// current extent is computed from the buffer on every access (IsViewOutOfBounds, GetViewByteLength), so
// resizing or detaching the buffer never leaves a stale length behind.
namespace Oden.Runtime.Builtins;

public sealed class JsDataView : JsObject
{
    internal JsDataView(JsObject prototype, JsArrayBuffer buffer, int byteOffset, int byteLength)
        : base(prototype)
    {
        Buffer = buffer;
        ByteOffset = byteOffset;
        _byteLength = byteLength;
    }

    private readonly int _byteLength;

    public override string ClassName => "DataView";

    /// <summary>[[ViewedArrayBuffer]].</summary>
    public JsArrayBuffer Buffer { get; }

    /// <summary>[[ByteOffset]].</summary>
    public int ByteOffset { get; }

    /// <summary>Whether [[ByteLength]] is auto (the view tracks a resizable buffer's length).</summary>
    public bool IsLengthTracking => _byteLength < 0;

    /// <see href="https://tc39.es/ecma262/#sec-isviewoutofbounds"/>
    public bool IsOutOfBounds
    {
        get
        {
            // 1-3. If IsDetachedBuffer(view.[[ViewedArrayBuffer]]) is true, return true.
            if (Buffer.IsDetached) return true;

            // 4-9. The view's start and end must lie within the buffer's current byte length.
            int bufferByteLength = Buffer.ByteLength;
            long byteOffsetEnd = IsLengthTracking ? bufferByteLength : (long)ByteOffset + _byteLength;
            return ByteOffset > bufferByteLength || byteOffsetEnd > bufferByteLength;
        }
    }

    /// <summary>GetViewByteLength for a view that is not out of bounds.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-getviewbytelength"/>
    public int ViewByteLength => IsLengthTracking ? Buffer.ByteLength - ByteOffset : _byteLength;
}
