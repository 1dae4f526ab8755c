// %ArrayBuffer%, its statics, and ToIndex (shared by every constructor of this family).
namespace Oden.Runtime.Builtins;

/// <summary>%ArrayBuffer% and its static methods.</summary>
internal static partial class ArrayBufferConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-arraybuffer-length"/>
    [JsConstructor("ArrayBuffer", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, throw a TypeError exception.
        if (newTarget is null) throw realm.TypeError("Constructor ArrayBuffer requires 'new'");

        // 2. Let byteLength be ? ToIndex(length).
        double byteLength = ToIndex(realm, args.At(0), "Invalid array buffer length");

        // 3. Let requestedMaxByteLength be ? GetArrayBufferMaxByteLengthOption(options).
        double requestedMaxByteLength = GetArrayBufferMaxByteLengthOption(realm, args.At(1));

        // 4. Return ? AllocateArrayBuffer(NewTarget, byteLength, requestedMaxByteLength).
        return JsArrayBuffer.Allocate(realm, newTarget, byteLength, requestedMaxByteLength);
    }

    /// <summary>GetArrayBufferMaxByteLengthOption; -1 stands for empty.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-getarraybuffermaxbytelengthoption"/>
    private static double GetArrayBufferMaxByteLengthOption(Realm realm, JsValue options)
    {
        // 1. If options is not an Object, return empty.
        if (options._ref is not JsObject o) return -1;

        // 2. Let maxByteLength be ? Get(options, "maxByteLength").
        JsValue maxByteLength = o.Get("maxByteLength");

        // 3. If maxByteLength is undefined, return empty.
        if (maxByteLength.IsUndefined) return -1;

        // 4. Return ? ToIndex(maxByteLength).
        return ToIndex(realm, maxByteLength, "Invalid array buffer max length");
    }

    /// <see href="https://tc39.es/ecma262/#sec-arraybuffer.isview"/>
    [JsFunction("isView", Length = 1)]
    private static JsValue IsView(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Return true if arg has a [[ViewedArrayBuffer]] internal slot (a DataView or a typed array).
        return args.At(0)._ref is JsDataView or JsTypedArray;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-arraybuffer-@@species"/>
    [JsGetter("[Symbol.species]")]
    private static JsValue Species(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;

    /// <see href="https://tc39.es/ecma262/#sec-toindex"/>
    internal static double ToIndex(Realm realm, JsValue value, string rangeMessage)
    {
        // 1. Let integer be ? ToIntegerOrInfinity(value).
        double integer = Operations.ToIntegerOrInfinity(realm, value);

        // 2. If integer is not in the inclusive interval from 0 to 2^53 - 1, throw a RangeError exception.
        if (integer < 0 || integer > 9007199254740991d) throw realm.RangeError(rangeMessage);

        // 3. Return integer.
        return integer;
    }
}
