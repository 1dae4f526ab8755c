// The Math object: every ES2015+ function and the eight constants.
//
// Each function converts all of its arguments with ToNumber first, in order (the spec's "Let n be ?
// ToNumber(x)"), so that valueOf side effects happen even when an earlier argument is NaN. The
// transcendental functions use System.Math (the platform libm, as V8 does for sin/cos); expm1 and log1p,
// which System.Math lacks, are in MathExtras with double-double arithmetic near zero.
// Math.random uses one shared generator: it needs no reproducibility and Random.Shared is thread-safe.
using System.Numerics;

namespace Oden.Runtime.Builtins;

/// <summary>The Math object.</summary>
[JsToStringTag("Math")]
internal static partial class MathObject
{
    // Value properties: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.

    /// <see href="https://tc39.es/ecma262/#sec-math.e"/>
    [JsConstant("E")] private const double EValue = Math.E;

    /// <see href="https://tc39.es/ecma262/#sec-math.ln10"/>
    [JsConstant("LN10")] private const double Ln10 = 2.302585092994046;

    /// <see href="https://tc39.es/ecma262/#sec-math.ln2"/>
    [JsConstant("LN2")] private const double Ln2 = 0.6931471805599453;

    /// <see href="https://tc39.es/ecma262/#sec-math.log10e"/>
    [JsConstant("LOG10E")] private const double Log10E = 0.4342944819032518;

    /// <see href="https://tc39.es/ecma262/#sec-math.log2e"/>
    [JsConstant("LOG2E")] private const double Log2E = 1.4426950408889634;

    /// <see href="https://tc39.es/ecma262/#sec-math.pi"/>
    [JsConstant("PI")] private const double PiValue = Math.PI;

    /// <see href="https://tc39.es/ecma262/#sec-math.sqrt1_2"/>
    [JsConstant("SQRT1_2")] private const double Sqrt1Over2 = 0.7071067811865476;

    /// <see href="https://tc39.es/ecma262/#sec-math.sqrt2"/>
    [JsConstant("SQRT2")] private const double Sqrt2 = 1.4142135623730951;

    private static double Arg(Realm realm, ReadOnlySpan<JsValue> args, int index) => Operations.ToNumber(realm, args.At(index));

    /// <see href="https://tc39.es/ecma262/#sec-math.abs"/>
    [JsFunction("abs", Length = 1)]
    internal static JsValue Abs(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Abs(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.acos"/>
    [JsFunction("acos", Length = 1)]
    private static JsValue Acos(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Acos(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.acosh"/>
    [JsFunction("acosh", Length = 1)]
    private static JsValue Acosh(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Acosh(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.asin"/>
    [JsFunction("asin", Length = 1)]
    private static JsValue Asin(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Asin(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.asinh"/>
    [JsFunction("asinh", Length = 1)]
    private static JsValue Asinh(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Asinh(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.atan"/>
    [JsFunction("atan", Length = 1)]
    private static JsValue Atan(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Atan(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.atanh"/>
    [JsFunction("atanh", Length = 1)]
    private static JsValue Atanh(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Atanh(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.atan2"/>
    [JsFunction("atan2", Length = 2)]
    private static JsValue Atan2(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let ny be ? ToNumber(y). Let nx be ? ToNumber(x).
        double y = Arg(realm, args, 0);
        double x = Arg(realm, args, 1);
        return Math.Atan2(y, x);
    }

    /// <see href="https://tc39.es/ecma262/#sec-math.cbrt"/>
    [JsFunction("cbrt", Length = 1)]
    private static JsValue Cbrt(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => MathExtras.Cbrt(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.ceil"/>
    [JsFunction("ceil", Length = 1)]
    internal static JsValue Ceil(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Ceiling(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.clz32"/>
    [JsFunction("clz32", Length = 1)]
    private static JsValue Clz32(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let n be ? ToUint32(x). 2. Return the number of leading zero bits in its 32-bit representation.
        uint n = Operations.ToUint32(realm, args.At(0));
        return BitOperations.LeadingZeroCount(n);
    }

    /// <see href="https://tc39.es/ecma262/#sec-math.cos"/>
    [JsFunction("cos", Length = 1)]
    private static JsValue Cos(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Cos(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.cosh"/>
    [JsFunction("cosh", Length = 1)]
    private static JsValue Cosh(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Cosh(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.exp"/>
    [JsFunction("exp", Length = 1)]
    private static JsValue Exp(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Exp(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.expm1"/>
    [JsFunction("expm1", Length = 1)]
    private static JsValue Expm1(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => MathExtras.Expm1(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.floor"/>
    [JsFunction("floor", Length = 1)]
    internal static JsValue Floor(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Floor(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.fround"/>
    [JsFunction("fround", Length = 1)]
    private static JsValue Fround(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. NaN, ±0 and ±∞ are returned as is; otherwise round to binary32 (ties to even) and back.
        double n = Arg(realm, args, 0);
        return (double)(float)n;
    }

    /// <see href="https://tc39.es/ecma262/#sec-math.hypot"/>
    [JsFunction("hypot", Length = 2)]
    private static JsValue Hypot(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let coerced be the list of ToNumber of each argument (all of them, before any check).
        Span<double> coerced = args.Length <= 16 ? stackalloc double[args.Length] : new double[args.Length];
        for (int i = 0; i < args.Length; i++) coerced[i] = Operations.ToNumber(realm, args[i]);

        // 3-4. If any is ±∞, return +∞ (even if another is NaN).
        bool anyNaN = false;
        double max = 0;
        foreach (double d in coerced)
        {
            if (double.IsInfinity(d)) return double.PositiveInfinity;
            if (double.IsNaN(d)) anyNaN = true;
            else max = Math.Max(max, Math.Abs(d));
        }

        // 5. If any is NaN, return NaN. 6. If all are ±0, return +0.
        if (anyNaN) return double.NaN;
        if (max == 0) return 0d;

        // 7. The square root of the sum of squares: scale by the largest magnitude to avoid overflow and
        //    underflow, and sum with Kahan compensation (the same order of operations as V8, so that the
        //    last bit agrees).
        double sum = 0, compensation = 0;
        foreach (double d in coerced)
        {
            double scaled = Math.Abs(d) / max;
            double summand = scaled * scaled - compensation;
            double preliminary = sum + summand;
            compensation = (preliminary - sum) - summand;
            sum = preliminary;
        }

        return Math.Sqrt(sum) * max;
    }

    /// <see href="https://tc39.es/ecma262/#sec-math.imul"/>
    [JsFunction("imul", Length = 2)]
    internal static JsValue Imul(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let a be ℝ(? ToUint32(x)). Let b be ℝ(? ToUint32(y)).
        uint a = Operations.ToUint32(realm, args.At(0));
        uint b = Operations.ToUint32(realm, args.At(1));

        // 3-4. Let product be (a × b) modulo 2^32; return its Int32 reading.
        return unchecked((int)(a * b));
    }

    /// <see href="https://tc39.es/ecma262/#sec-math.log"/>
    [JsFunction("log", Length = 1)]
    private static JsValue Log(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Log(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.log1p"/>
    [JsFunction("log1p", Length = 1)]
    private static JsValue Log1p(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => MathExtras.Log1p(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.log10"/>
    [JsFunction("log10", Length = 1)]
    private static JsValue Log10(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Log10(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.log2"/>
    [JsFunction("log2", Length = 1)]
    private static JsValue Log2(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Log2(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.max"/>
    [JsFunction("max", Length = 2)]
    internal static JsValue Max(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Coerce every argument first. 3. Let highest be -∞.
        double highest = double.NegativeInfinity;
        bool nan = false;
        foreach (JsValue arg in args)
        {
            double number = Operations.ToNumber(realm, arg);

            // 4.a. If number is NaN, return NaN (after the remaining coercions).
            if (double.IsNaN(number)) nan = true;

            // 4.b-c. +0 is larger than -0.
            else if (number > highest || (number == 0 && highest == 0 && !double.IsNegative(number))) highest = number;
        }

        return nan ? double.NaN : highest;
    }

    /// <see href="https://tc39.es/ecma262/#sec-math.min"/>
    [JsFunction("min", Length = 2)]
    internal static JsValue Min(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double lowest = double.PositiveInfinity;
        bool nan = false;
        foreach (JsValue arg in args)
        {
            double number = Operations.ToNumber(realm, arg);
            if (double.IsNaN(number)) nan = true;

            // -0 is smaller than +0.
            else if (number < lowest || (number == 0 && lowest == 0 && double.IsNegative(number))) lowest = number;
        }

        return nan ? double.NaN : lowest;
    }

    /// <see href="https://tc39.es/ecma262/#sec-math.pow"/>
    [JsFunction("pow", Length = 2)]
    private static JsValue Pow(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Set base to ? ToNumber(base). Set exponent to ? ToNumber(exponent).
        double b = Arg(realm, args, 0);
        double e = Arg(realm, args, 1);

        // 3. Return Number::exponentiate(base, exponent).
        return Operations.NumberExponentiate(b, e);
    }

    /// <see href="https://tc39.es/ecma262/#sec-math.random"/>
    [JsFunction("random")]
    private static JsValue Random(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => System.Random.Shared.NextDouble();

    /// <see href="https://tc39.es/ecma262/#sec-math.round"/>
    [JsFunction("round", Length = 1)]
    internal static JsValue Round(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => RoundHalfUp(Arg(realm, args, 0));

    /// <summary>The integral Number closest to n, preferring +∞ on ties; -0 for -0.5 ≤ n &lt; 0.</summary>
    internal static double RoundHalfUp(double n)
    {
        // 2. If n is not finite or n is an integral Number, return n (NaN, ±∞, ±0, and every |n| ≥ 2^52).
        if (!double.IsFinite(n) || n == Math.Floor(n)) return n;

        // 3. If n < 0.5 and n > +0, return +0. 4. If n < -0 and n ≥ -0.5, return -0.
        if (n > 0 && n < 0.5) return 0d;
        if (n < 0 && n >= -0.5) return -0d;

        // 5. The nearest integer, ties toward +∞. n - floor(n) is exact, so no n + 0.5 rounding error.
        double floor = Math.Floor(n);
        return n - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <see href="https://tc39.es/ecma262/#sec-math.sign"/>
    [JsFunction("sign", Length = 1)]
    private static JsValue Sign(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 2. If n is NaN, +0 or -0, return n.
        double n = Arg(realm, args, 0);
        if (double.IsNaN(n) || n == 0) return n;

        // 3-4. -1 or 1.
        return n < 0 ? -1 : 1;
    }

    /// <see href="https://tc39.es/ecma262/#sec-math.sin"/>
    [JsFunction("sin", Length = 1)]
    private static JsValue Sin(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Sin(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.sinh"/>
    [JsFunction("sinh", Length = 1)]
    private static JsValue Sinh(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Sinh(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.sqrt"/>
    [JsFunction("sqrt", Length = 1)]
    internal static JsValue Sqrt(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Sqrt(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.tan"/>
    [JsFunction("tan", Length = 1)]
    private static JsValue Tan(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Tan(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.tanh"/>
    [JsFunction("tanh", Length = 1)]
    private static JsValue Tanh(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Tanh(Arg(realm, args, 0));

    /// <see href="https://tc39.es/ecma262/#sec-math.trunc"/>
    [JsFunction("trunc", Length = 1)]
    internal static JsValue Trunc(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Math.Truncate(Arg(realm, args, 0));
}
