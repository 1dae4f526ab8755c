// %BigInt.prototype%: toString(radix), toLocaleString, valueOf and @@toStringTag.
namespace Oden.Runtime.Builtins;

/// <summary>%BigInt.prototype%'s members.</summary>
[JsToStringTag("BigInt")]
internal static partial class BigIntPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-thisbigintvalue"/>
    internal static JsBigInt ThisBigIntValue(Realm realm, JsValue value, string method)
    {
        // 1. If value is a BigInt, return value.
        if (value.IsBigInt) return value.AsBigInt;

        // 2. If value is an Object with a [[BigIntData]] internal slot, return its value.
        if (value.TryGetObject is JsPrimitiveWrapper w && w.PrimitiveValue.IsBigInt) return w.PrimitiveValue.AsBigInt;

        // 3. Throw a TypeError exception.
        throw realm.TypeError($"BigInt.prototype.{method} requires that 'this' be a BigInt");
    }

    /// <see href="https://tc39.es/ecma262/#sec-bigint.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let x be ? ThisBigIntValue(this value).
        JsBigInt x = ThisBigIntValue(realm, thisValue, "toString");

        // 2-4. radixMV = 10 when radix is undefined, else ToIntegerOrInfinity(radix), in 2..36.
        JsValue radix = args.At(0);
        double radixMV = radix.IsUndefined ? 10 : Operations.ToIntegerOrInfinity(realm, radix);
        if (radixMV < 2 || radixMV > 36) throw realm.RangeError("toString() radix must be between 2 and 36");

        // 5. Return BigInt::toString(x, radixMV).
        return x.ToString((int)radixMV);
    }

    /// <see href="https://tc39.es/ecma262/#sec-bigint.prototype.tolocalestring"/>
    [JsFunction("toLocaleString")]
    private static JsValue ToLocaleString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // Without ECMA-402 locale data: digits grouped by thousands, as V8's default "en-US" does.
        JsBigInt x = ThisBigIntValue(realm, thisValue, "toLocaleString");
        return x.Value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <see href="https://tc39.es/ecma262/#sec-bigint.prototype.valueof"/>
    [JsFunction("valueOf")]
    private static JsValue ValueOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1. Return ? ThisBigIntValue(this value).
        ThisBigIntValue(realm, thisValue, "valueOf");
}
