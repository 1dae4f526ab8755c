// The concrete TypedArray constructors (Int8Array … Float64Array). Each class declares the constructor
// and BYTES_PER_ELEMENT; its DefineProperties is applied to both the constructor and its prototype, which
// is exactly where the spec puts BYTES_PER_ELEMENT. The construction steps are shared
// (TypedArrayConstructor.ConstructConcrete), BigInt64Array and BigUint64Array included.
namespace Oden.Runtime.Builtins;

/// <summary>%Int8Array%.</summary>
internal static partial class Int8ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 1;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("Int8Array", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.Int8, args, newTarget);
}

/// <summary>%Uint8Array%.</summary>
internal static partial class Uint8ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 1;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("Uint8Array", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.Uint8, args, newTarget);
}

/// <summary>%Uint8ClampedArray%.</summary>
internal static partial class Uint8ClampedArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 1;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("Uint8ClampedArray", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.Uint8Clamped, args, newTarget);
}

/// <summary>%Int16Array%.</summary>
internal static partial class Int16ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 2;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("Int16Array", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.Int16, args, newTarget);
}

/// <summary>%Uint16Array%.</summary>
internal static partial class Uint16ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 2;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("Uint16Array", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.Uint16, args, newTarget);
}

/// <summary>%Int32Array%.</summary>
internal static partial class Int32ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 4;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("Int32Array", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.Int32, args, newTarget);
}

/// <summary>%Uint32Array%.</summary>
internal static partial class Uint32ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 4;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("Uint32Array", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.Uint32, args, newTarget);
}

/// <summary>%Float32Array%.</summary>
internal static partial class Float32ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 4;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("Float32Array", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.Float32, args, newTarget);
}

/// <summary>%Float64Array%.</summary>
internal static partial class Float64ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 8;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("Float64Array", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.Float64, args, newTarget);
}

/// <summary>%BigInt64Array%.</summary>
internal static partial class BigInt64ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 8;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("BigInt64Array", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.BigInt64, args, newTarget);
}

/// <summary>%BigUint64Array%.</summary>
internal static partial class BigUint64ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-typedarray-bytes-per-element"/>
    [JsConstant("BYTES_PER_ELEMENT")]
    private const int BytesPerElement = 8;

    /// <see href="https://tc39.es/ecma262/#sec-typedarray"/>
    [JsConstructor("BigUint64Array", Length = 3)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        TypedArrayConstructor.ConstructConcrete(realm, TypedArrayKind.BigUint64, args, newTarget);
}
