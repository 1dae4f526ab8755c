// %DataView.prototype%: buffer, byteLength, byteOffset and the get/set pairs for every element
// type (BigInt64/BigUint64 included), all through GetViewValue / SetViewValue.
namespace Oden.Runtime.Builtins;

/// <summary>%DataView.prototype%'s methods and accessors.</summary>
[JsToStringTag("DataView")]
internal static partial class DataViewPrototype
{
    private static JsDataView ThisView(Realm realm, JsValue thisValue, string method) =>
        thisValue._ref as JsDataView
        ?? throw realm.TypeError($"Method DataView.prototype.{method} called on incompatible receiver {Operations.DescribeForError(realm, thisValue)}");

    /// <see href="https://tc39.es/ecma262/#sec-get-dataview.prototype.buffer"/>
    [JsGetter("buffer")]
    private static JsValue Buffer(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-5. RequireInternalSlot(O, [[DataView]]); return O.[[ViewedArrayBuffer]].
        return ThisView(realm, thisValue, "buffer").Buffer;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-dataview.prototype.bytelength"/>
    [JsGetter("byteLength")]
    private static JsValue ByteLength(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. RequireInternalSlot(O, [[DataView]]).
        JsDataView o = ThisView(realm, thisValue, "byteLength");

        // 4-5. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
        if (o.IsOutOfBounds) throw realm.TypeError("Cannot perform DataView.prototype.byteLength on a detached or out-of-bounds DataView");

        // 6-7. Return 𝔽(GetViewByteLength(viewRecord)).
        return o.ViewByteLength;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-dataview.prototype.byteoffset"/>
    [JsGetter("byteOffset")]
    private static JsValue ByteOffset(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. RequireInternalSlot(O, [[DataView]]).
        JsDataView o = ThisView(realm, thisValue, "byteOffset");

        // 4-5. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
        if (o.IsOutOfBounds) throw realm.TypeError("Cannot perform DataView.prototype.byteOffset on a detached or out-of-bounds DataView");

        // 6. Return 𝔽(O.[[ByteOffset]]).
        return o.ByteOffset;
    }

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.getint8"/>
    [JsFunction("getInt8", Length = 1)]
    private static JsValue GetInt8(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetViewValue(realm, thisValue, args.At(0), JsValue.False, TypedArrayKind.Int8, "getInt8");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.setint8"/>
    [JsFunction("setInt8", Length = 2)]
    private static JsValue SetInt8(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        SetViewValue(realm, thisValue, args.At(0), JsValue.False, args.At(1), TypedArrayKind.Int8, "setInt8");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.getuint8"/>
    [JsFunction("getUint8", Length = 1)]
    private static JsValue GetUint8(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetViewValue(realm, thisValue, args.At(0), JsValue.False, TypedArrayKind.Uint8, "getUint8");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.setuint8"/>
    [JsFunction("setUint8", Length = 2)]
    private static JsValue SetUint8(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        SetViewValue(realm, thisValue, args.At(0), JsValue.False, args.At(1), TypedArrayKind.Uint8, "setUint8");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.getint16"/>
    [JsFunction("getInt16", Length = 1)]
    private static JsValue GetInt16(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetViewValue(realm, thisValue, args.At(0), args.At(1), TypedArrayKind.Int16, "getInt16");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.setint16"/>
    [JsFunction("setInt16", Length = 2)]
    private static JsValue SetInt16(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        SetViewValue(realm, thisValue, args.At(0), args.At(2), args.At(1), TypedArrayKind.Int16, "setInt16");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.getuint16"/>
    [JsFunction("getUint16", Length = 1)]
    private static JsValue GetUint16(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetViewValue(realm, thisValue, args.At(0), args.At(1), TypedArrayKind.Uint16, "getUint16");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.setuint16"/>
    [JsFunction("setUint16", Length = 2)]
    private static JsValue SetUint16(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        SetViewValue(realm, thisValue, args.At(0), args.At(2), args.At(1), TypedArrayKind.Uint16, "setUint16");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.getint32"/>
    [JsFunction("getInt32", Length = 1)]
    private static JsValue GetInt32(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetViewValue(realm, thisValue, args.At(0), args.At(1), TypedArrayKind.Int32, "getInt32");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.setint32"/>
    [JsFunction("setInt32", Length = 2)]
    private static JsValue SetInt32(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        SetViewValue(realm, thisValue, args.At(0), args.At(2), args.At(1), TypedArrayKind.Int32, "setInt32");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.getuint32"/>
    [JsFunction("getUint32", Length = 1)]
    private static JsValue GetUint32(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetViewValue(realm, thisValue, args.At(0), args.At(1), TypedArrayKind.Uint32, "getUint32");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.setuint32"/>
    [JsFunction("setUint32", Length = 2)]
    private static JsValue SetUint32(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        SetViewValue(realm, thisValue, args.At(0), args.At(2), args.At(1), TypedArrayKind.Uint32, "setUint32");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.getfloat32"/>
    [JsFunction("getFloat32", Length = 1)]
    private static JsValue GetFloat32(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetViewValue(realm, thisValue, args.At(0), args.At(1), TypedArrayKind.Float32, "getFloat32");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.setfloat32"/>
    [JsFunction("setFloat32", Length = 2)]
    private static JsValue SetFloat32(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        SetViewValue(realm, thisValue, args.At(0), args.At(2), args.At(1), TypedArrayKind.Float32, "setFloat32");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.getfloat64"/>
    [JsFunction("getFloat64", Length = 1)]
    private static JsValue GetFloat64(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetViewValue(realm, thisValue, args.At(0), args.At(1), TypedArrayKind.Float64, "getFloat64");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.setfloat64"/>
    [JsFunction("setFloat64", Length = 2)]
    private static JsValue SetFloat64(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        SetViewValue(realm, thisValue, args.At(0), args.At(2), args.At(1), TypedArrayKind.Float64, "setFloat64");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.getbigint64"/>
    [JsFunction("getBigInt64", Length = 1)]
    private static JsValue GetBigInt64(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetViewValue(realm, thisValue, args.At(0), args.At(1), TypedArrayKind.BigInt64, "getBigInt64");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.setbigint64"/>
    [JsFunction("setBigInt64", Length = 2)]
    private static JsValue SetBigInt64(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        SetViewValue(realm, thisValue, args.At(0), args.At(2), args.At(1), TypedArrayKind.BigInt64, "setBigInt64");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.getbiguint64"/>
    [JsFunction("getBigUint64", Length = 1)]
    private static JsValue GetBigUint64(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetViewValue(realm, thisValue, args.At(0), args.At(1), TypedArrayKind.BigUint64, "getBigUint64");

    /// <see href="https://tc39.es/ecma262/#sec-dataview.prototype.setbiguint64"/>
    [JsFunction("setBigUint64", Length = 2)]
    private static JsValue SetBigUint64(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        SetViewValue(realm, thisValue, args.At(0), args.At(2), args.At(1), TypedArrayKind.BigUint64, "setBigUint64");

    /// <see href="https://tc39.es/ecma262/#sec-getviewvalue"/>
    private static JsValue GetViewValue(Realm realm, JsValue view, JsValue requestIndex, JsValue isLittleEndian, TypedArrayKind type, string method)
    {
        // 1-2. Perform ? RequireInternalSlot(view, [[DataView]]).
        JsDataView v = ThisView(realm, view, method);

        // 3. Let getIndex be ? ToIndex(requestIndex).
        double getIndex = ArrayBufferConstructor.ToIndex(realm, requestIndex, "Offset is outside the bounds of the DataView");

        // 4. Set isLittleEndian to ToBoolean(isLittleEndian).
        bool littleEndian = Operations.ToBoolean(isLittleEndian);

        // 5-7. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
        if (v.IsOutOfBounds) throw realm.TypeError($"Cannot perform DataView.prototype.{method} on a detached or out-of-bounds DataView");

        // 8-10. If getIndex + elementSize > viewSize, throw a RangeError exception.
        int elementSize = TypedArrayElements.Size(type);
        if (getIndex + elementSize > v.ViewByteLength) throw realm.RangeError("Offset is outside the bounds of the DataView");

        // 11-12. Return GetValueFromBuffer(view.[[ViewedArrayBuffer]], getIndex + viewOffset, type, false, unordered, isLittleEndian).
        int bufferIndex = (int)getIndex + v.ByteOffset;
        return TypedArrayElements.ReadValue(type, v.Buffer._data.AsSpan(bufferIndex, elementSize), littleEndian);
    }

    /// <see href="https://tc39.es/ecma262/#sec-setviewvalue"/>
    private static JsValue SetViewValue(Realm realm, JsValue view, JsValue requestIndex, JsValue isLittleEndian, JsValue value, TypedArrayKind type, string method)
    {
        // 1-2. Perform ? RequireInternalSlot(view, [[DataView]]).
        JsDataView v = ThisView(realm, view, method);

        // 3. Let getIndex be ? ToIndex(requestIndex).
        double getIndex = ArrayBufferConstructor.ToIndex(realm, requestIndex, "Offset is outside the bounds of the DataView");

        // 4-5. If IsBigIntElementType(type) is true, let numberValue be ? ToBigInt(value); otherwise ? ToNumber(value).
        JsValue numberValue = TypedArrayElements.IsBigInt(type)
            ? BigIntOperations.ToBigInt(realm, value)
            : JsValue.FromNumber(Operations.ToNumber(realm, value));

        // 6. Set isLittleEndian to ToBoolean(isLittleEndian).
        bool littleEndian = Operations.ToBoolean(isLittleEndian);

        // 7-9. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
        if (v.IsOutOfBounds) throw realm.TypeError($"Cannot perform DataView.prototype.{method} on a detached or out-of-bounds DataView");

        // 10-12. If getIndex + elementSize > viewSize, throw a RangeError exception.
        int elementSize = TypedArrayElements.Size(type);
        if (getIndex + elementSize > v.ViewByteLength) throw realm.RangeError("Offset is outside the bounds of the DataView");

        // 13-14. Perform SetValueInBuffer(view.[[ViewedArrayBuffer]], getIndex + viewOffset, type, numberValue, false, unordered, isLittleEndian).
        int bufferIndex = (int)getIndex + v.ByteOffset;
        TypedArrayElements.WriteValue(type, v.Buffer._data.AsSpan(bufferIndex, elementSize), numberValue, littleEndian);
        return default;
    }
}
