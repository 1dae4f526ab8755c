namespace Oden.Runtime.Builtins;

/// <summary>%Number% and its static members.</summary>
internal static partial class NumberConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-number-constructor-number-value"/>
    [JsConstructor("Number", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1-2. n = +0 without an argument, else ToNumber(ToNumeric(value)).
        double n = args.Length == 0 ? 0 : Operations.ToNumber(realm, args[0]);

        // 3. If NewTarget is undefined, return n.
        if (newTarget is null) return n;

        // 4-6. A Number object.
        return new JsPrimitiveWrapper(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.NumberPrototype), n);
    }

    [JsConstant("MAX_VALUE")] private const double MaxValue = double.MaxValue;
    [JsConstant("MIN_VALUE")] private const double MinValue = double.Epsilon;
    [JsConstant("NaN")] private const double NaNValue = double.NaN;
    [JsConstant("POSITIVE_INFINITY")] private const double PositiveInfinity = double.PositiveInfinity;
    [JsConstant("NEGATIVE_INFINITY")] private const double NegativeInfinity = double.NegativeInfinity;
    [JsConstant("MAX_SAFE_INTEGER")] private const double MaxSafeInteger = 9007199254740991d;
    [JsConstant("MIN_SAFE_INTEGER")] private const double MinSafeInteger = -9007199254740991d;
    [JsConstant("EPSILON")] private const double Epsilon = 2.220446049250313e-16;
}
