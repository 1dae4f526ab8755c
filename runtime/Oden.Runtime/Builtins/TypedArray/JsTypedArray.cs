// JsTypedArray: a TypedArray — an integer-indexed exotic object over a JsArrayBuffer.
//
// Invariants:
// - The elements live in the buffer (little-endian, TypedArrayKind.cs); the object keeps only the
//   view: kind, [[ByteOffset]] and [[ArrayLength]] (-1 = auto: the array tracks a resizable buffer).
//   The current length is derived from the buffer's byte length on every access, so a detached or
//   shrunk buffer reads as out of bounds (length 0) without any notification.
// - Every canonical numeric string key is a typed-array index, never an ordinary property:
//   index keys go through the overrides (ObjectFlags.ExoticIndices), and so do the other canonical
//   numeric strings ("-0", "1.5", "Infinity", "4294967295"; ObjectFlags.ExoticNamedKeys with
//   IsExoticNamedKey). Out-of-range reads are undefined, writes convert the value (ToNumber) and then
//   are ignored. Inline caches never record such a key; named keys stay cacheable.
// - BigInt64Array/BigUint64Array ([[ContentType]] BigInt) read JsBigInts and convert writes with ToBigInt;
//   the double-based fast paths (TrySetElement, GetElementUnchecked) are for Number content only.
// - The shape root is ShapeKind.TypedArray, so a cached shape implies this class.
using System.Runtime.CompilerServices;

namespace Oden.Runtime.Builtins;

public sealed class JsTypedArray : JsObject
{
    private readonly int _byteOffset;
    private readonly int _arrayLength;   // -1: auto (length-tracking)
    private readonly long _byteEnd;      // _byteOffset + _arrayLength * size for a fixed-length array
    private readonly byte _shift;
    private readonly Realm _realm;

    /// <summary>_byteEnd for a fixed-length Float64Array, else 0: the inline element paths' one test (see TryGetFloat64).</summary>
    private readonly long _float64End;

    internal JsTypedArray(Realm realm, JsObject prototype, TypedArrayKind kind, JsArrayBuffer buffer, int byteOffset, int arrayLength)
        : base(prototype, Shape.Root(ShapeKind.TypedArray))
    {
        _realm = realm;
        Kind = kind;
        Buffer = buffer;
        _byteOffset = byteOffset;
        _arrayLength = arrayLength;
        _shift = (byte)TypedArrayElements.Shift(kind);
        _byteEnd = arrayLength < 0 ? 0 : byteOffset + ((long)arrayLength << _shift);
        IsBigIntContent = TypedArrayElements.IsBigInt(kind);
        _float64End = kind == TypedArrayKind.Float64 && BitConverter.IsLittleEndian ? _byteEnd : 0;
        _objectFlags |= ObjectFlags.ExoticIndices | ObjectFlags.ExoticNamedKeys;
    }

    /// <summary>[[TypedArrayName]] as an element type.</summary>
    public TypedArrayKind Kind { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    /// <summary>Whether [[ContentType]] is BigInt (BigInt64Array, BigUint64Array).</summary>
    public bool IsBigIntContent { get; }

    /// <summary>[[ViewedArrayBuffer]].</summary>
    public JsArrayBuffer Buffer { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    public override string ClassName => TypedArrayElements.Name(Kind);

    /// <summary>[[ByteOffset]].</summary>
    public int ByteOffset => _byteOffset;

    public int ElementSize => 1 << _shift;

    /// <summary>Whether [[ArrayLength]] is auto.</summary>
    public bool IsLengthTracking => _arrayLength < 0;

    /// <see href="https://tc39.es/ecma262/#sec-istypedarrayoutofbounds"/>
    public bool IsOutOfBounds
    {
        get
        {
            // 1-3. If IsDetachedBuffer(O.[[ViewedArrayBuffer]]) is true, return true.
            if (Buffer.IsDetached) return true;

            // 4-9. byteOffsetStart and byteOffsetEnd must lie within the buffer's byte length.
            int bufferByteLength = Buffer._data.Length;
            return _byteOffset > bufferByteLength || (_arrayLength >= 0 && _byteEnd > bufferByteLength);
        }
    }

    /// <summary>TypedArrayLength, or 0 when the array is out of bounds (the length getter's answer).</summary>
    /// <see href="https://tc39.es/ecma262/#sec-typedarraylength"/>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int bufferByteLength = Buffer._data.Length;
            if (_arrayLength >= 0) return _byteEnd <= bufferByteLength ? _arrayLength : 0;

            // A length-tracking array: floor((byteLength - byteOffset) / elementSize). A detached buffer has
            // byte length 0, so this is 0 too.
            int available = bufferByteLength - _byteOffset;
            return available <= 0 ? 0 : available >> _shift;
        }
    }

    /// <summary>TypedArrayByteLength (0 when out of bounds).</summary>
    public int ByteLength => Length << _shift;

    /// <summary>The bytes of the elements (empty when out of bounds).</summary>
    internal Span<byte> Bytes => Buffer._data.AsSpan(_byteOffset, ByteLength);

    /// <summary>TypedArrayGetElement for an index known to be an integer: undefined when out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetElement(uint index, out JsValue value)
    {
        if (index < (uint)Length)
        {
            value = TypedArrayElements.ReadValue(Kind, Buffer._data.AsSpan(_byteOffset + ((int)index << _shift)));
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// A Float64Array element for the inline element read of generated code, in a few instructions: the array is
    /// fixed-length (_float64End is 0 otherwise), the element lies below its end, and the end still lies within
    /// the buffer (a detached or shrunk buffer fails that: the caller's slow path gives the spec's answer). Other
    /// kinds take the slow path: their conversions would make every inlined element access large.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetFloat64(uint index, out double value)
    {
        byte[] data = Buffer._data;
        long position = _byteOffset + ((long)index << 3);
        if (position + 8 <= _float64End && _float64End <= data.Length)
        {
            value = Unsafe.ReadUnaligned<double>(ref Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(data), (nint)position));
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The store of TryGetFloat64's inline path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySetFloat64(uint index, double value)
    {
        byte[] data = Buffer._data;
        long position = _byteOffset + ((long)index << 3);
        if (position + 8 <= _float64End && _float64End <= data.Length)
        {
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(data), (nint)position), value);
            return true;
        }

        return false;
    }

    /// <summary>The element at an index below Length, of a Number-content array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double GetElementUnchecked(int index) =>
        TypedArrayElements.Read(Kind, Buffer._data.AsSpan(_byteOffset + (index << _shift)));

    /// <summary>The element at an index below Length: a Number, or a BigInt for BigInt content.</summary>
    internal JsValue GetValueUnchecked(int index) =>
        TypedArrayElements.ReadValue(Kind, Buffer._data.AsSpan(_byteOffset + (index << _shift)));

    /// <summary>Writes a value already converted for the content type at an index below Length.</summary>
    internal void SetValueUnchecked(int index, JsValue numeric) =>
        TypedArrayElements.WriteValue(Kind, Buffer._data.AsSpan(_byteOffset + (index << _shift)), numeric);

    /// <summary>ToBigInt for BigInt content, else ToNumber (the conversion of TypedArraySetElement step 1-2).</summary>
    public JsValue ToContentType(Realm realm, JsValue value) =>
        IsBigIntContent ? BigIntOperations.ToBigInt(realm, value) : JsValue.FromNumber(Operations.ToNumber(realm, value));

    /// <summary>
    /// Writes an already converted number at an index; false (nothing written) when out of range or when
    /// the content is BigInt (the caller's slow path then throws ToBigInt's TypeError).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TrySetElement(uint index, double number)
    {
        if (index < (uint)Length && !IsBigIntContent)
        {
            TypedArrayElements.Write(Kind, Buffer._data.AsSpan(_byteOffset + ((int)index << _shift)), number);
            return true;
        }

        return false;
    }

    /// <see href="https://tc39.es/ecma262/#sec-isvalidintegerindex"/>
    public bool IsValidIntegerIndex(double index)
    {
        // 1. If IsDetachedBuffer(O.[[ViewedArrayBuffer]]) is true, return false.
        if (Buffer.IsDetached) return false;

        // 2. If IsIntegralNumber(index) is false, return false.
        if (double.IsNaN(index) || double.IsInfinity(index) || Math.Truncate(index) != index) return false;

        // 3. If index is -0𝔽, return false.
        if (index == 0 && double.IsNegative(index)) return false;

        // 4-8. If index < 0 or index ≥ TypedArrayLength(taRecord) (0 when out of bounds), return false.
        return index >= 0 && index < Length;
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarraygetelement"/>
    public JsValue TypedArrayGetElement(double index)
    {
        // 1. If IsValidIntegerIndex(O, index) is false, return undefined.
        if (!IsValidIntegerIndex(index)) return default;

        // 2-6. Return GetValueFromBuffer(O.[[ViewedArrayBuffer]], byteIndexInBuffer, elementType, true, unordered).
        return GetValueUnchecked((int)index);
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarraysetelement"/>
    public void TypedArraySetElement(Realm realm, double index, JsValue value)
    {
        // 1-2. If O.[[ContentType]] is BigInt, let numValue be ? ToBigInt(value); otherwise ? ToNumber(value).
        JsValue numValue = ToContentType(realm, value);

        // 3. If IsValidIntegerIndex(O, index) is true, then SetValueInBuffer(…).
        if (IsValidIntegerIndex(index))
        {
            TypedArrayElements.WriteValue(Kind, Buffer._data.AsSpan(_byteOffset + ((int)index << _shift)), numValue);
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-istypedarrayfixedlength"/>
    public bool IsFixedLength => _arrayLength >= 0 && Buffer.IsFixedLength;

    // ------------------------------------------------------------------------------------------------
    // Keys: every canonical numeric string is an index of the typed array.
    // ------------------------------------------------------------------------------------------------

    protected internal override bool IsExoticNamedKey(in PropertyKey key) =>
        key.RawName is string s && TryCanonicalNumericIndex(s, out _);

    /// <summary>CanonicalNumericIndexString for a property key; false when the result is undefined.</summary>
    private static bool TryGetNumericIndex(in PropertyKey key, out double index)
    {
        if (key.IsIndex)
        {
            index = key.Index;
            return true;
        }

        if (key.RawName is string s) return TryCanonicalNumericIndex(s, out index);
        index = 0;
        return false;
    }

    /// <see href="https://tc39.es/ecma262/#sec-canonicalnumericindexstring"/>
    internal static bool TryCanonicalNumericIndex(string argument, out double index)
    {
        index = 0;
        if (argument.Length == 0) return false;

        // Quick reject: ToString(n) of a Number starts with a digit, '-', 'I' (Infinity) or 'N' (NaN).
        char c = argument[0];
        if (!((c >= '0' && c <= '9') || c == '-' || c == 'I' || c == 'N')) return false;

        // 1. If argument is "-0", return -0𝔽.
        if (argument == "-0")
        {
            index = -0.0;
            return true;
        }

        // 2-4. Let n be ! ToNumber(argument); if ! ToString(n) is argument, return n; else undefined.
        double n = NumberFormatting.StringToNumber(argument);
        if (NumberFormatting.ToString(n) != argument) return false;
        index = n;
        return true;
    }

    // ------------------------------------------------------------------------------------------------
    // Internal methods (https://tc39.es/ecma262/#sec-integer-indexed-exotic-objects)
    // ------------------------------------------------------------------------------------------------

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-getownproperty"/>
    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor)
    {
        // 1. If P is a String, let numericIndex be CanonicalNumericIndexString(P); if not undefined:
        if (TryGetNumericIndex(key, out double numericIndex))
        {
            // i-iii. Let value be TypedArrayGetElement(O, numericIndex); undefined gives no property.
            if (!IsValidIntegerIndex(numericIndex))
            {
                descriptor = default;
                return false;
            }

            // iv. Return the PropertyDescriptor { [[Value]]: value, writable, enumerable, configurable: true }.
            descriptor = PropertyDescriptor.Data(GetValueUnchecked((int)numericIndex), PropertyFlags.Default);
            return true;
        }

        // 2. Return OrdinaryGetOwnProperty(O, P).
        return base.GetOwnProperty(key, out descriptor);
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-hasproperty"/>
    public override bool HasProperty(in PropertyKey key)
    {
        // 1. If numericIndex is not undefined, return IsValidIntegerIndex(O, numericIndex).
        if (TryGetNumericIndex(key, out double numericIndex)) return IsValidIntegerIndex(numericIndex);

        // 2. Return ? OrdinaryHasProperty(O, P).
        return base.HasProperty(key);
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-defineownproperty"/>
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc)
    {
        if (TryGetNumericIndex(key, out double numericIndex))
        {
            // i. If IsValidIntegerIndex(O, numericIndex) is false, return false.
            if (!IsValidIntegerIndex(numericIndex)) return false;

            // ii-v. A non-configurable, non-enumerable, accessor or non-writable request fails.
            if (desc.HasConfigurable && !desc.Configurable) return false;
            if (desc.HasEnumerable && !desc.Enumerable) return false;
            if (desc.IsAccessorDescriptor) return false;
            if (desc.HasWritable && !desc.Writable) return false;

            // vi. If Desc has a [[Value]] field, perform ? TypedArraySetElement(O, numericIndex, Desc.[[Value]]).
            if (desc.HasValue)
            {
                if (desc.Value.IsNumber && !IsBigIntContent) WriteNumber(numericIndex, desc.Value._num);
                else TypedArraySetElement(RealmForConversion, numericIndex, desc.Value);
            }

            // vii. Return true.
            return true;
        }

        // 2. Return ! OrdinaryDefineOwnProperty(O, P, Desc).
        return OrdinaryDefineOwnProperty(key, desc);
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-get"/>
    public override JsValue Get(in PropertyKey key, JsValue receiver)
    {
        // 1. If P is a String and numericIndex is not undefined, return TypedArrayGetElement(O, numericIndex).
        if (key.IsIndex) return TryGetElement(key.Index, out JsValue v) ? v : default;
        if (key.RawName is string s && TryCanonicalNumericIndex(s, out double numericIndex)) return TypedArrayGetElement(numericIndex);

        // 2. Return ? OrdinaryGet(O, P, Receiver).
        return base.Get(key, receiver);
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-set"/>
    public override bool Set(in PropertyKey key, JsValue value, JsValue receiver)
    {
        if (TryGetNumericIndex(key, out double numericIndex))
        {
            // i. If SameValue(O, Receiver) is true: perform ? TypedArraySetElement(O, numericIndex, V); return true.
            if (ReferenceEquals(receiver._ref, this))
            {
                if (value.IsNumber && !IsBigIntContent) WriteNumber(numericIndex, value._num);
                else TypedArraySetElement(RealmForConversion, numericIndex, value);
                return true;
            }

            // ii. If IsValidIntegerIndex(O, numericIndex) is false, return true.
            if (!IsValidIntegerIndex(numericIndex)) return true;

            // 2. Return ? OrdinarySet(O, P, V, Receiver): the own descriptor is a writable data property.
            if (receiver._ref is not JsObject target) return false;
            return CreateOrUpdateOnReceiver(target, key, value);
        }

        return base.Set(key, value, receiver);
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-delete"/>
    public override bool Delete(in PropertyKey key)
    {
        // 1. If numericIndex is not undefined, return true when IsValidIntegerIndex(O, numericIndex) is false.
        if (TryGetNumericIndex(key, out double numericIndex)) return !IsValidIntegerIndex(numericIndex);

        // 2. Return ! OrdinaryDelete(O, P).
        return base.Delete(key);
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-ownpropertykeys"/>
    public override void OwnPropertyKeys(List<PropertyKey> keys)
    {
        // 3. If IsTypedArrayOutOfBounds(taRecord) is false, the indices 0 .. length - 1 in ascending order.
        int length = IsOutOfBounds ? 0 : Length;
        for (int i = 0; i < length; i++) keys.Add(PropertyKey.FromIndex((uint)i));

        // 4-5. Then the String keys, then the Symbol keys, in creation order.
        CollectNamedKeys(keys);
    }

    /// <see href="https://tc39.es/ecma262/#sec-typedarray-preventextensions"/>
    public override bool PreventExtensions()
    {
        // 1. If IsTypedArrayFixedLength(O) is false, return false.
        if (!IsFixedLength) return false;

        // 2. Return OrdinaryPreventExtensions(O).
        return base.PreventExtensions();
    }

    private void WriteNumber(double index, double number)
    {
        if (IsValidIntegerIndex(index))
        {
            TypedArrayElements.Write(Kind, Buffer._data.AsSpan(_byteOffset + ((int)index << _shift)), number);
        }
    }

    /// <summary>
    /// The realm whose TypeError a ToNumber of a Symbol throws when an internal method (which takes no
    /// realm) converts a value: the realm the array was created in.
    /// </summary>
    private Realm RealmForConversion => _realm;
}
