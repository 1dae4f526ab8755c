// %ArrayBuffer.prototype%: the accessors, resize, slice and the transfer pair (ES2024).
namespace Oden.Runtime.Builtins;

/// <summary>%ArrayBuffer.prototype%'s methods and accessors.</summary>
[JsToStringTag("ArrayBuffer")]
internal static partial class ArrayBufferPrototype
{
    /// <summary>RequireInternalSlot(O, [[ArrayBufferData]]) for a non-shared buffer.</summary>
    private static JsArrayBuffer ThisBuffer(Realm realm, JsValue thisValue, string method) =>
        thisValue._ref as JsArrayBuffer
        ?? throw realm.TypeError($"Method ArrayBuffer.prototype.{method} called on incompatible receiver {Operations.DescribeForError(realm, thisValue)}");

    /// <see href="https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.bytelength"/>
    [JsGetter("byteLength")]
    private static JsValue ByteLength(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. RequireInternalSlot; not shared. 5. If IsDetachedBuffer(O) is true, return +0.
        JsArrayBuffer o = ThisBuffer(realm, thisValue, "byteLength");

        // 6-7. Return 𝔽(O.[[ArrayBufferByteLength]]) (0 once detached).
        return o.ByteLength;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.maxbytelength"/>
    [JsGetter("maxByteLength")]
    private static JsValue MaxByteLength(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. RequireInternalSlot; not shared.
        JsArrayBuffer o = ThisBuffer(realm, thisValue, "maxByteLength");

        // 4. If IsDetachedBuffer(O) is true, return +0.
        if (o.IsDetached) return 0;

        // 5-6. The max byte length of a resizable buffer, else the byte length.
        return o.MaxByteLength;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.resizable"/>
    [JsGetter("resizable")]
    private static JsValue Resizable(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. Return ! IsFixedLengthArrayBuffer(O) is false.
        return !ThisBuffer(realm, thisValue, "resizable").IsFixedLength;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.detached"/>
    [JsGetter("detached")]
    private static JsValue Detached(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. Return IsDetachedBuffer(O).
        return ThisBuffer(realm, thisValue, "detached").IsDetached;
    }

    /// <see href="https://tc39.es/ecma262/#sec-arraybuffer.prototype.resize"/>
    [JsFunction("resize", Length = 1)]
    private static JsValue Resize(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. RequireInternalSlot(O, [[ArrayBufferMaxByteLength]]); not shared.
        JsArrayBuffer o = ThisBuffer(realm, thisValue, "resize");
        if (o.IsFixedLength) throw realm.TypeError("Method ArrayBuffer.prototype.resize called on incompatible receiver #<ArrayBuffer>");

        // 4. Let newByteLength be ? ToIndex(newLength).
        double newByteLength = ArrayBufferConstructor.ToIndex(realm, args.At(0), "Invalid array buffer length");

        // 5. If IsDetachedBuffer(O) is true, throw a TypeError exception.
        if (o.IsDetached) throw realm.TypeError("Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer");

        // 6. If newByteLength > O.[[ArrayBufferMaxByteLength]], throw a RangeError exception.
        if (newByteLength > o.MaxByteLength) throw realm.RangeError("ArrayBuffer.prototype.resize: Invalid length parameter");

        // 7-8. HostResizeArrayBuffer: the new block keeps the common prefix and zero-fills the rest.
        o.Resize((int)newByteLength);
        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-arraybuffer.prototype.slice"/>
    [JsFunction("slice", Length = 2)]
    private static JsValue Slice(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. RequireInternalSlot(O, [[ArrayBufferData]]); not shared; not detached.
        JsArrayBuffer o = ThisBuffer(realm, thisValue, "slice");
        if (o.IsDetached) throw realm.TypeError("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");

        // 5. Let len be O.[[ArrayBufferByteLength]].
        double len = o.ByteLength;

        // 6-9. Let first be the clamped relative start.
        double first = ArrayHelpers.RelativeIndex(realm, args.At(0), len, 0);

        // 10-13. Let final be the clamped relative end (len when end is undefined).
        double final = ArrayHelpers.RelativeIndex(realm, args.At(1), len, len);

        // 14. Let newLen be max(final - first, 0).
        double newLen = Math.Max(final - first, 0);

        // 15. Let ctor be ? SpeciesConstructor(O, %ArrayBuffer%).
        JsValue ctor = RegExpPrototype.SpeciesConstructor(realm, o, realm.Intrinsics.ArrayBufferConstructor);

        // 16. Let new be ? Construct(ctor, « 𝔽(newLen) »).
        JsValue created = Operations.Construct(realm, ctor, [JsValue.FromNumber(newLen)]);

        // 17-19. Perform ? RequireInternalSlot(new, [[ArrayBufferData]]); not shared; not detached.
        if (created._ref is not JsArrayBuffer target) throw realm.TypeError("Method ArrayBuffer.prototype.slice called on incompatible receiver");
        if (target.IsDetached) throw realm.TypeError("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");

        // 20. If SameValue(new, O) is true, throw a TypeError exception.
        if (ReferenceEquals(target, o)) throw realm.TypeError("ArrayBuffer subclass returned this from species constructor");

        // 21. If new.[[ArrayBufferByteLength]] < newLen, throw a TypeError exception.
        if (target.ByteLength < newLen) throw realm.TypeError($"Species constructor returned a too small ArrayBuffer");

        // 23. NOTE: Side-effects of the above steps may have detached or resized O.
        if (o.IsDetached) throw realm.TypeError("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");

        // 24-27. Let currentLen be O.[[ArrayBufferByteLength]]; if first < currentLen, copy min(newLen, currentLen - first) bytes.
        double currentLen = o.ByteLength;
        if (first < currentLen)
        {
            int count = (int)Math.Min(newLen, currentLen - first);
            o._data.AsSpan((int)first, count).CopyTo(target._data);
        }

        // 28. Return new.
        return target;
    }

    /// <see href="https://tc39.es/ecma262/#sec-arraybuffer.prototype.transfer"/>
    [JsFunction("transfer")]
    private static JsValue Transfer(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ArrayBufferCopyAndDetach(realm, thisValue, args.At(0), preserveResizability: true, "transfer");

    /// <see href="https://tc39.es/ecma262/#sec-arraybuffer.prototype.transfertofixedlength"/>
    [JsFunction("transferToFixedLength")]
    private static JsValue TransferToFixedLength(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ArrayBufferCopyAndDetach(realm, thisValue, args.At(0), preserveResizability: false, "transferToFixedLength");

    /// <see href="https://tc39.es/ecma262/#sec-arraybuffercopyanddetach"/>
    private static JsArrayBuffer ArrayBufferCopyAndDetach(Realm realm, JsValue arrayBuffer, JsValue newLength, bool preserveResizability, string method)
    {
        // 1-2. Perform ? RequireInternalSlot(arrayBuffer, [[ArrayBufferData]]); not shared.
        JsArrayBuffer o = ThisBuffer(realm, arrayBuffer, method);

        // 3-4. Let newByteLength be the current byte length, or ? ToIndex(newLength).
        double newByteLength = newLength.IsUndefined
            ? o.ByteLength
            : ArrayBufferConstructor.ToIndex(realm, newLength, "Invalid array buffer length");

        // 5. If IsDetachedBuffer(arrayBuffer) is true, throw a TypeError exception.
        if (o.IsDetached) throw realm.TypeError($"Cannot perform ArrayBuffer.prototype.{method} on a detached ArrayBuffer");

        // 6-7. Let newMaxByteLength be the max byte length when preserving a resizable buffer, else empty.
        double newMaxByteLength = preserveResizability && !o.IsFixedLength ? o.MaxByteLength : -1;

        // 8. If arrayBuffer.[[ArrayBufferDetachKey]] is not undefined, throw a TypeError exception (never set here).

        // 9. Let newBuffer be ? AllocateArrayBuffer(%ArrayBuffer%, newByteLength, newMaxByteLength).
        JsArrayBuffer newBuffer = JsArrayBuffer.Allocate(realm, null, newByteLength, newMaxByteLength);

        // 10-13. Copy min(newByteLength, arrayBuffer's byte length) bytes.
        int copyLength = (int)Math.Min(newByteLength, o.ByteLength);
        o._data.AsSpan(0, copyLength).CopyTo(newBuffer._data);

        // 14. Perform ! DetachArrayBuffer(arrayBuffer).
        o.Detach();

        // 15. Return newBuffer.
        return newBuffer;
    }
}
