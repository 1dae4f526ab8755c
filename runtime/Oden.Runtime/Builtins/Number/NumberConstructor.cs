namespace Oden.Runtime.Builtins;

/// <summary>%Number% and its static members.</summary>
internal static partial class NumberConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-number-constructor-number-value"/>
    [JsConstructor("Number", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1-2. n = +0 without an argument, else ToNumber(ToNumeric(value)).
        double n = args.Length == 0 ? 0 : ToNumberFromNumeric(realm, args[0]);

        // 3. If NewTarget is undefined, return n.
        if (newTarget is null) return n;

        // 4-6. A Number object.
        return new JsPrimitiveWrapper(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.NumberPrototype), n);
    }

    /// <summary>Number(value) step 1: ToNumeric, and a BigInt becomes the Number of its value.</summary>
    internal static double ToNumberFromNumeric(Realm realm, JsValue value)
    {
        if (value.IsNumber) return value.AsNumber;
        JsValue prim = BigIntOperations.ToNumeric(realm, value);
        return prim.IsBigInt ? prim.AsBigInt.ToDouble() : prim.AsNumber;
    }

    /// <summary>The generated table plus Number.parseFloat and Number.parseInt, which are the global functions themselves.</summary>
    internal static void DefineAllProperties(Realm realm, JsObject target)
    {
        DefineProperties(realm, target);

        // https://tc39.es/ecma262/#sec-number.parsefloat
        target.DefineDataProperty("parseFloat", realm.Intrinsics.ParseFloatFunction, PropertyFlags.Hidden);

        // https://tc39.es/ecma262/#sec-number.parseint
        target.DefineDataProperty("parseInt", realm.Intrinsics.ParseIntFunction, PropertyFlags.Hidden);
    }

    /// <see href="https://tc39.es/ecma262/#sec-number.isfinite"/>
    [JsFunction("isFinite", Length = 1)]
    private static JsValue IsFinite(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If number is not a Number, return false. 2. If number is not finite, return false. 3. Return true.
        JsValue number = args.At(0);
        return number.IsNumber && double.IsFinite(number.AsNumber);
    }

    /// <see href="https://tc39.es/ecma262/#sec-number.isinteger"/>
    [JsFunction("isInteger", Length = 1)]
    private static JsValue IsInteger(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        IsIntegralNumber(args.At(0));

    /// <see href="https://tc39.es/ecma262/#sec-number.isnan"/>
    [JsFunction("isNaN", Length = 1)]
    private static JsValue IsNaN(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If number is not a Number, return false. 2. If number is NaN, return true.
        JsValue number = args.At(0);
        return number.IsNumber && double.IsNaN(number.AsNumber);
    }

    /// <see href="https://tc39.es/ecma262/#sec-number.issafeinteger"/>
    [JsFunction("isSafeInteger", Length = 1)]
    private static JsValue IsSafeInteger(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If IsIntegralNumber(number) is true, then if abs(ℝ(number)) ≤ 2^53 - 1, return true.
        JsValue number = args.At(0);
        return IsIntegralNumber(number) && Math.Abs(number.AsNumber) <= MaxSafeInteger;
    }

    /// <see href="https://tc39.es/ecma262/#sec-isintegralnumber"/>
    private static bool IsIntegralNumber(JsValue argument)
    {
        // 1. If argument is not a Number, return false. 2. If argument is not finite, return false.
        // 3. If truncate(ℝ(argument)) ≠ ℝ(argument), return false.
        if (!argument.IsNumber) return false;
        double d = argument.AsNumber;
        return double.IsFinite(d) && Math.Truncate(d) == d;
    }

    [JsConstant("MAX_VALUE")] private const double MaxValue = double.MaxValue;
    [JsConstant("MIN_VALUE")] private const double MinValue = double.Epsilon;
    [JsConstant("NaN")] private const double NaNValue = double.NaN;
    [JsConstant("NEGATIVE_INFINITY")] private const double NegativeInfinity = double.NegativeInfinity;
    [JsConstant("POSITIVE_INFINITY")] private const double PositiveInfinity = double.PositiveInfinity;
    [JsConstant("MAX_SAFE_INTEGER")] private const double MaxSafeInteger = 9007199254740991d;
    [JsConstant("MIN_SAFE_INTEGER")] private const double MinSafeInteger = -9007199254740991d;
    [JsConstant("EPSILON")] private const double Epsilon = 2.220446049250313e-16;
}
