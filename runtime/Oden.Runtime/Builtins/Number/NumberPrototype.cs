namespace Oden.Runtime.Builtins;

/// <summary>%Number.prototype%'s methods. The digit layouts live in NumberFormatting (Values/).</summary>
internal static partial class NumberPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-thisnumbervalue"/>
    internal static double ThisNumberValue(Realm realm, JsValue value, string method)
    {
        // 1. If value is a Number, return value.
        if (value.IsNumber) return value.AsNumber;

        // 2. If value is an Object with a [[NumberData]] internal slot, return it.
        if (value.TryGetObject is JsPrimitiveWrapper w && w.PrimitiveValue.IsNumber) return w.PrimitiveValue.AsNumber;

        // 3. Throw a TypeError exception.
        throw realm.TypeError($"Number.prototype.{method} requires that 'this' be a Number");
    }

    /// <see href="https://tc39.es/ecma262/#sec-number.prototype.toexponential"/>
    [JsFunction("toExponential", Length = 1)]
    private static JsValue ToExponential(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let x be ? ThisNumberValue(this value).
        double x = ThisNumberValue(realm, thisValue, "toExponential");

        // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
        JsValue fractionDigits = args.At(0);
        double f = Operations.ToIntegerOrInfinity(realm, fractionDigits);

        // 4. If x is not finite, return Number::toString(x, 10).
        if (!double.IsFinite(x)) return NumberFormatting.ToString(x);

        // 5. If f < 0 or f > 100, throw a RangeError exception.
        if (f < 0 || f > 100) throw realm.RangeError("toExponential() argument must be between 0 and 100");

        // 6-15. The digits (f undefined: as many as necessary to identify x).
        return NumberFormatting.ToExponential(x, fractionDigits.IsUndefined ? null : (int)f);
    }

    /// <see href="https://tc39.es/ecma262/#sec-number.prototype.tofixed"/>
    [JsFunction("toFixed", Length = 1)]
    private static JsValue ToFixed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let x be ? ThisNumberValue(this value).
        double x = ThisNumberValue(realm, thisValue, "toFixed");

        // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
        double f = Operations.ToIntegerOrInfinity(realm, args.At(0));

        // 4-5. If f is not finite, or f < 0 or f > 100, throw a RangeError exception.
        if (!double.IsFinite(f) || f < 0 || f > 100) throw realm.RangeError("toFixed() digits argument must be between 0 and 100");

        // 6. If x is not finite, return Number::toString(x, 10).
        if (!double.IsFinite(x)) return NumberFormatting.ToString(x);

        // 7-12.
        return NumberFormatting.ToFixed(x, (int)f);
    }

    /// <see href="https://tc39.es/ecma262/#sec-number.prototype.tolocalestring"/>
    [JsFunction("toLocaleString")]
    private static JsValue ToLocaleString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        NumberFormatting.ToLocaleString(ThisNumberValue(realm, thisValue, "toLocaleString"));

    /// <see href="https://tc39.es/ecma262/#sec-number.prototype.toprecision"/>
    [JsFunction("toPrecision", Length = 1)]
    private static JsValue ToPrecision(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let x be ? ThisNumberValue(this value).
        double x = ThisNumberValue(realm, thisValue, "toPrecision");

        // 2. If precision is undefined, return ! ToString(x).
        JsValue precision = args.At(0);
        if (precision.IsUndefined) return NumberFormatting.ToString(x);

        // 3. Let p be ? ToIntegerOrInfinity(precision).
        double p = Operations.ToIntegerOrInfinity(realm, precision);

        // 4. If x is not finite, return Number::toString(x, 10).
        if (!double.IsFinite(x)) return NumberFormatting.ToString(x);

        // 5. If p < 1 or p > 100, throw a RangeError exception.
        if (p < 1 || p > 100) throw realm.RangeError("toPrecision() argument must be between 1 and 100");

        // 6-13.
        return NumberFormatting.ToPrecision(x, (int)p);
    }

    /// <see href="https://tc39.es/ecma262/#sec-number.prototype.tostring"/>
    [JsFunction("toString", Length = 1)]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let x be ? ThisNumberValue(this value).
        double x = ThisNumberValue(realm, thisValue, "toString");

        // 2-3. If radix is undefined, let radixMV be 10, else ? ToIntegerOrInfinity(radix).
        JsValue radix = args.At(0);
        double radixMV = radix.IsUndefined ? 10 : Operations.ToIntegerOrInfinity(realm, radix);

        // 4. If radixMV is not in the inclusive interval from 2 to 36, throw a RangeError exception.
        if (radixMV < 2 || radixMV > 36) throw realm.RangeError("toString() radix argument must be between 2 and 36");

        // 5. Return Number::toString(x, radixMV).
        return NumberFormatting.ToString(x, (int)radixMV);
    }

    /// <see href="https://tc39.es/ecma262/#sec-number.prototype.valueof"/>
    [JsFunction("valueOf")]
    private static JsValue ValueOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisNumberValue(realm, thisValue, "valueOf");
}
