// %DataView%.
namespace Oden.Runtime.Builtins;

/// <summary>%DataView%.</summary>
internal static partial class DataViewConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-dataview-buffer-byteoffset-bytelength"/>
    [JsConstructor("DataView", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, throw a TypeError exception.
        if (newTarget is null) throw realm.TypeError("Constructor DataView requires 'new'");

        // 2. Perform ? RequireInternalSlot(buffer, [[ArrayBufferData]]).
        if (args.At(0)._ref is not JsArrayBuffer buffer) throw realm.TypeError("First argument to DataView constructor must be an ArrayBuffer");

        // 3. Let offset be ? ToIndex(byteOffset).
        double offset = Operations.ToIntegerOrInfinity(realm, args.At(1));
        if (offset < 0 || offset > 9007199254740991d) throw realm.RangeError($"Start offset {NumberFormatting.ToString(offset)} is outside the bounds of the buffer");

        // 4. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
        if (buffer.IsDetached) throw realm.TypeError("Cannot perform DataView constructor on a detached ArrayBuffer");

        // 5. Let bufferByteLength be ArrayBufferByteLength(buffer, seq-cst).
        double bufferByteLength = buffer.ByteLength;

        // 6. If offset > bufferByteLength, throw a RangeError exception.
        if (offset > bufferByteLength) throw realm.RangeError($"Start offset {NumberFormatting.ToString(offset)} is outside the bounds of the buffer");

        // 7. Let bufferIsFixedLength be IsFixedLengthArrayBuffer(buffer).
        bool bufferIsFixedLength = buffer.IsFixedLength;

        // 8-9. viewByteLength: the rest of a fixed buffer, auto for a resizable one, else ? ToIndex(byteLength) within bounds.
        JsValue byteLength = args.At(2);
        double viewByteLength;
        if (byteLength.IsUndefined)
        {
            viewByteLength = bufferIsFixedLength ? bufferByteLength - offset : -1;
        }
        else
        {
            viewByteLength = Operations.ToIntegerOrInfinity(realm, byteLength);
            if (viewByteLength < 0 || viewByteLength > 9007199254740991d) throw realm.RangeError("Invalid DataView length " + NumberFormatting.ToString(viewByteLength));
            if (offset + viewByteLength > bufferByteLength)
            {
                throw realm.RangeError("Invalid DataView length " + NumberFormatting.ToString(viewByteLength));
            }
        }

        // 10. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%DataView.prototype%", …).
        JsObject proto = ReferenceEquals(newTarget, realm.Intrinsics.DataViewConstructor)
            ? realm.Intrinsics.DataViewPrototype
            : JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.DataViewPrototype);

        // 11. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
        if (buffer.IsDetached) throw realm.TypeError("Cannot perform DataView constructor on a detached ArrayBuffer");

        // 12-13. Set bufferByteLength to ArrayBufferByteLength(buffer); if offset > bufferByteLength, throw a RangeError exception.
        bufferByteLength = buffer.ByteLength;
        if (offset > bufferByteLength) throw realm.RangeError($"Start offset {NumberFormatting.ToString(offset)} is outside the bounds of the buffer");

        // 14. If byteLength is not undefined, then if offset + viewByteLength > bufferByteLength, throw a RangeError exception.
        if (!byteLength.IsUndefined && offset + viewByteLength > bufferByteLength)
        {
            throw realm.RangeError("Invalid DataView length " + NumberFormatting.ToString(viewByteLength));
        }

        // 15-18. Set the slots and return O.
        return new JsDataView(proto, buffer, (int)offset, (int)viewByteLength);
    }
}
