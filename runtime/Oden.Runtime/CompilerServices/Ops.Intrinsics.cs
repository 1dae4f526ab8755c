// Guarded intrinsics for generated code: a method call whose name and argument count match a builtin
// that hot loops call (Math.floor(x), Math.max(a, b), s.charCodeAt(i), String.fromCharCode(c), a.push(v, …))
// calls the matching entry here instead of CallMethodK. The method was read through the site's inline
// cache as for any call; the entry checks that it is the builtin itself (by its function pointer, so in
// any realm, and not a user function that happens to have the name) and that the arguments have the
// types the shortcut needs, then does the builtin's work inline. Anything else is the ordinary call, so
// the result, the order of effects and the errors are those of the call in every case.
using System.Runtime.CompilerServices;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.CompilerServices;

public static unsafe partial class Ops
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Is(JsFunction? method, delegate*<Realm, JsValue, ReadOnlySpan<JsValue>, JsValue> builtin) =>
        method is JsBuiltinFunction f && f.IsMethod(builtin);

    /// <summary>
    /// The characters of a string value: a flat string, or a rope flattened (once: the rope keeps the result),
    /// so that a string built by `+=` is read by index inline too. Null for anything else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? StringOf(JsValue value) =>
        value._ref as string ?? (value._ref is JsRope rope ? rope.Flatten() : null);

    /// <summary>Math.floor(x)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallFloor(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site) =>
        a0.IsNumber && Is(method, &MathObject.Floor) ? JsValue.FromNumber(Math.Floor(a0._num)) : CallMethod1(realm, method, target, a0, site);

    /// <summary>Math.ceil(x)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallCeil(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site) =>
        a0.IsNumber && Is(method, &MathObject.Ceil) ? JsValue.FromNumber(Math.Ceiling(a0._num)) : CallMethod1(realm, method, target, a0, site);

    /// <summary>Math.trunc(x)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallTrunc(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site) =>
        a0.IsNumber && Is(method, &MathObject.Trunc) ? JsValue.FromNumber(Math.Truncate(a0._num)) : CallMethod1(realm, method, target, a0, site);

    /// <summary>Math.round(x)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallRound(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site) =>
        a0.IsNumber && Is(method, &MathObject.Round) ? JsValue.FromNumber(MathObject.RoundHalfUp(a0._num)) : CallMethod1(realm, method, target, a0, site);

    /// <summary>Math.sqrt(x)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallSqrt(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site) =>
        a0.IsNumber && Is(method, &MathObject.Sqrt) ? JsValue.FromNumber(Math.Sqrt(a0._num)) : CallMethod1(realm, method, target, a0, site);

    /// <summary>Math.abs(x)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallAbs(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site) =>
        a0.IsNumber && Is(method, &MathObject.Abs) ? JsValue.FromNumber(Math.Abs(a0._num)) : CallMethod1(realm, method, target, a0, site);

    /// <summary>Math.max(a, b): NaN if either is NaN, +0 above -0 (what Math.Max of two doubles does).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallMax(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, PropertySite site) =>
        a0.IsNumber && a1.IsNumber && Is(method, &MathObject.Max)
            ? JsValue.FromNumber(Math.Max(a0._num, a1._num))
            : CallMethod2(realm, method, target, a0, a1, site);

    /// <summary>Math.min(a, b): NaN if either is NaN, -0 below +0 (what Math.Min of two doubles does).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallMin(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, PropertySite site) =>
        a0.IsNumber && a1.IsNumber && Is(method, &MathObject.Min)
            ? JsValue.FromNumber(Math.Min(a0._num, a1._num))
            : CallMethod2(realm, method, target, a0, a1, site);

    /// <summary>Math.imul(a, b)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallImul(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, PropertySite site) =>
        a0.IsNumber && a1.IsNumber && Is(method, &MathObject.Imul)
            ? JsValue.FromNumber(unchecked(Operations.ToInt32(a0._num) * Operations.ToInt32(a1._num)))
            : CallMethod2(realm, method, target, a0, a1, site);

    /// <summary>s.charCodeAt(i) on a flat string with an integral index in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallCharCodeAt(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site)
    {
        if (StringOf(target) is { } s && a0.IsNumber && Is(method, &StringPrototype.CharCodeAt))
        {
            double d = a0._num;
            int index = (int)d;
            if (index == d && (uint)index < (uint)s.Length) return JsValue.FromNumber(s[index]);
        }

        return CallMethod1(realm, method, target, a0, site);
    }

    /// <summary>s.charAt(i) on a flat string with an integral index in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallCharAt(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site)
    {
        if (StringOf(target) is { } s && a0.IsNumber && Is(method, &StringPrototype.CharAt))
        {
            double d = a0._num;
            int index = (int)d;
            if (index == d && (uint)index < (uint)s.Length) return JsValue.FromString(Operations.CharToString(s[index]));
        }

        return CallMethod1(realm, method, target, a0, site);
    }

    /// <summary>String.fromCharCode(c) with a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallFromCharCode(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site) =>
        a0.IsNumber && Is(method, &StringConstructor.FromCharCode)
            ? JsValue.FromString(Operations.CharToString(CodeUnit(a0)))
            : CallMethod1(realm, method, target, a0, site);

    /// <summary>String.fromCharCode(c0, c1) with numbers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallFromCharCode2(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, PropertySite site) =>
        a0.IsNumber && a1.IsNumber && Is(method, &StringConstructor.FromCharCode)
            ? JsValue.FromString(string.Create(2, (CodeUnit(a0), CodeUnit(a1)), static (span, c) => (span[0], span[1]) = c))
            : CallMethod2(realm, method, target, a0, a1, site);

    /// <summary>String.fromCharCode(c0, c1, c2) with numbers (a base64 decoder's three bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallFromCharCode3(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, JsValue a2, PropertySite site) =>
        a0.IsNumber && a1.IsNumber && a2.IsNumber && Is(method, &StringConstructor.FromCharCode)
            ? JsValue.FromString(string.Create(3, (CodeUnit(a0), CodeUnit(a1), CodeUnit(a2)), static (span, c) => (span[0], span[1], span[2]) = c))
            : CallMethod3(realm, method, target, a0, a1, a2, site);

    /// <summary>ToUint16 of a number, as a UTF-16 code unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char CodeUnit(JsValue number) => unchecked((char)(ushort)Operations.ToInt32(number._num));

    /// <summary>a.push(v) on an array that can take a dense append.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallPush(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site)
    {
        if (target._ref is JsArray array && Is(method, &ArrayPrototype.Push) && array.CanFastAppendCount(1))
        {
            array.Push(a0);
            return JsValue.FromNumber(array.Length);
        }

        return CallMethod1(realm, method, target, a0, site);
    }

    /// <summary>a.push(v0, v1) on an array that can take a dense append of both.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallPush2(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, PropertySite site)
    {
        if (target._ref is JsArray array && Is(method, &ArrayPrototype.Push) && array.CanFastAppendCount(2))
        {
            array.Push(a0);
            array.Push(a1);
            return JsValue.FromNumber(array.Length);
        }

        return CallMethod2(realm, method, target, a0, a1, site);
    }

    /// <summary>a.push(v0, v1, v2) on an array that can take a dense append of all three.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallPush3(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, JsValue a2, PropertySite site)
    {
        if (target._ref is JsArray array && Is(method, &ArrayPrototype.Push) && array.CanFastAppendCount(3))
        {
            array.Push(a0);
            array.Push(a1);
            array.Push(a2);
            return JsValue.FromNumber(array.Length);
        }

        return CallMethod3(realm, method, target, a0, a1, a2, site);
    }

    /// <summary>
    /// a.push(v0, v1, v2, v3) (an encoder's four output codes): the arguments arrive in registers, and only the
    /// ordinary call (another method, an array that cannot take the append) gathers them into an array.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallPush4(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, JsValue a2, JsValue a3, PropertySite site)
    {
        if (target._ref is JsArray array && Is(method, &ArrayPrototype.Push) && array.CanFastAppendCount(4))
        {
            array.Push(a0);
            array.Push(a1);
            array.Push(a2);
            array.Push(a3);
            return JsValue.FromNumber(array.Length);
        }

        return CallPush4Slow(realm, method, target, a0, a1, a2, a3, site);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue CallPush4Slow(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, JsValue a2, JsValue a3, PropertySite site) =>
        CallMethodN(realm, method, target, [a0, a1, a2, a3], site);
}
