// Operators for generated code: each has an inlinable number fast path and a slow path with the exact
// ECMAScript semantics (ToPrimitive before ToNumber/ToString, left operand converted first).
using System.Runtime.CompilerServices;

namespace Oden.Runtime.CompilerServices;

public static partial class Ops
{
    /// <summary>The array hole marker, for array literals with elisions.</summary>
    public static JsValue Hole => JsValue.Hole;

    /// <see href="https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Add(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(a._num + b._num);
        return AddSlow(realm, a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue AddSlow(Realm realm, JsValue a, JsValue b)
    {
        // Strings on both sides, or a string and a number: concatenate without the generic conversions.
        bool aString = IsStringRef(a._ref), bString = IsStringRef(b._ref);
        if (aString && bString)
        {
            return Concat(realm, a._ref!, b._ref!);
        }

        if (aString && b.IsNumber)
        {
            return Concat(realm, a._ref!, NumberFormatting.ToString(b._num));
        }

        if (bString && a.IsNumber)
        {
            return Concat(realm, NumberFormatting.ToString(a._num), b._ref!);
        }

        // 1.a-b. lprim = ToPrimitive(lval), rprim = ToPrimitive(rval).
        JsValue lprim = Operations.ToPrimitive(realm, a);
        JsValue rprim = Operations.ToPrimitive(realm, b);

        // 1.c. If either is a String, concatenate ToString of both.
        if (IsStringRef(lprim._ref) || IsStringRef(rprim._ref))
        {
            return Concat(realm, Operations.ToStringOrRope(realm, lprim), Operations.ToStringOrRope(realm, rprim));
        }

        // 3-4. Numeric addition (a BigInt on either side: BigInt::add or the mixing TypeError).
        if (lprim.IsBigInt || rprim.IsBigInt) return NumericSlow(realm, lprim, rprim, NumericOperator.Add);
        return JsValue.FromNumber(Operations.ToNumber(realm, lprim) + Operations.ToNumber(realm, rprim));
    }

    private static bool IsStringRef(object? r) => r is string || r is JsRope;

    private static JsValue Concat(Realm realm, object left, object right)
    {
        try
        {
            return JsValue.FromRef(JsRope.Concat(left, right));
        }
        catch (JsRangeErrorSignal signal)
        {
            throw realm.RangeError(signal.Message);
        }
    }

    /// <summary>String concatenation of two values already converted with ToString (template literals).</summary>
    public static JsValue ConcatStrings(Realm realm, JsValue a, JsValue b) => Concat(realm, a._ref ?? "", b._ref ?? "");

    /// <summary>ConcatStrings of three parts: a short result of flat parts is one string.</summary>
    public static JsValue ConcatStrings3(Realm realm, JsValue a, JsValue b, JsValue c)
    {
        try
        {
            return JsValue.FromRef(JsRope.Concat(a._ref ?? "", b._ref ?? "", c._ref ?? ""));
        }
        catch (JsRangeErrorSignal signal)
        {
            throw realm.RangeError(signal.Message);
        }
    }

    /// <summary>ConcatStrings of four parts: a short result of flat parts is one string.</summary>
    public static JsValue ConcatStrings4(Realm realm, JsValue a, JsValue b, JsValue c, JsValue d)
    {
        try
        {
            return JsValue.FromRef(JsRope.Concat(a._ref ?? "", b._ref ?? "", c._ref ?? "", d._ref ?? ""));
        }
        catch (JsRangeErrorSignal signal)
        {
            throw realm.RangeError(signal.Message);
        }
    }

    /// <summary>
    /// left + (a + b + c) where a, b and c are a string chain's parts, already strings (CodeGen's
    /// TryEmitAppendChain: `s += 'item' + i + ';'`): appended in place when left is the newest version of a
    /// string builder, else left + the joined parts, as `+` computes it.
    /// </summary>
    public static JsValue AppendStrings3(Realm realm, JsValue left, JsValue a, JsValue b, JsValue c)
    {
        try
        {
            if (left._ref is JsRope rope && rope.TryAppendInPlace(a._ref, b._ref, c._ref, null) is { } appended) return JsValue.FromRef(appended);
        }
        catch (JsRangeErrorSignal signal)
        {
            throw realm.RangeError(signal.Message);
        }

        return Add(realm, left, ConcatStrings3(realm, a, b, c));
    }

    /// <summary>AppendStrings3 for a chain of four parts.</summary>
    public static JsValue AppendStrings4(Realm realm, JsValue left, JsValue a, JsValue b, JsValue c, JsValue d)
    {
        try
        {
            if (left._ref is JsRope rope && rope.TryAppendInPlace(a._ref, b._ref, c._ref, d._ref) is { } appended) return JsValue.FromRef(appended);
        }
        catch (JsRangeErrorSignal signal)
        {
            throw realm.RangeError(signal.Message);
        }

        return Add(realm, left, ConcatStrings4(realm, a, b, c, d));
    }

    /// <summary>Number::toString as a JsValue (a numeric operand of a string chain, see CodeGen's TryEmitStringChain).</summary>
    public static JsValue NumberToStringValue(double d) => JsValue.FromString(NumberFormatting.ToString(d));

    /// <summary>
    /// What an operand of `+` contributes once the other side is a string: ToString(ToPrimitive(v)) (default
    /// hint, so valueOf before toString, as `+` does), ropes kept.
    /// </summary>
    public static JsValue ToPrimitiveStringValue(Realm realm, JsValue v) =>
        IsStringRef(v._ref) ? v
        : v.IsNumber ? JsValue.FromString(NumberFormatting.ToString(v._num))
        : JsValue.FromRef(Operations.ToStringOrRope(realm, Operations.ToPrimitive(realm, v)));

    /// <summary>ToString as a JsValue, keeping ropes (template literal substitutions).</summary>
    public static JsValue ToStringValue(Realm realm, JsValue v) =>
        IsStringRef(v._ref) ? v : JsValue.FromRef(Operations.ToString(realm, v));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToNumber(Realm realm, JsValue v) => v.IsNumber ? v._num : Operations.ToNumber(realm, v);

    /// <summary>
    /// The double of a value the compiler proved to be a Number (the result of an operator that returns a
    /// Number or throws, stored into a numeric local): no check.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NumberOf(JsValue v) => v._num;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(JsValue v) => Operations.ToBoolean(v);

    public static PropertyKey ToPropertyKey(Realm realm, JsValue v) => Operations.ToPropertyKey(realm, v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Subtract(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(a._num - b._num);
        return NumericSlow(realm, a, b, NumericOperator.Subtract);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Multiply(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(a._num * b._num);
        return NumericSlow(realm, a, b, NumericOperator.Multiply);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Divide(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(a._num / b._num);
        return NumericSlow(realm, a, b, NumericOperator.Divide);
    }

    /// <see href="https://tc39.es/ecma262/#sec-numeric-types-number-remainder"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Remainder(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(Operations.NumberRemainder(a._num, b._num));
        return NumericSlow(realm, a, b, NumericOperator.Remainder);
    }

    /// <see href="https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate"/>
    public static JsValue Exponentiate(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(Operations.NumberExponentiate(a._num, b._num));
        return NumericSlow(realm, a, b, NumericOperator.Exponentiate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue BitwiseAnd(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(Operations.ToInt32(a._num) & Operations.ToInt32(b._num));
        return NumericSlow(realm, a, b, NumericOperator.BitwiseAnd);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue BitwiseOr(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(Operations.ToInt32(a._num) | Operations.ToInt32(b._num));
        return NumericSlow(realm, a, b, NumericOperator.BitwiseOr);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue BitwiseXor(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(Operations.ToInt32(a._num) ^ Operations.ToInt32(b._num));
        return NumericSlow(realm, a, b, NumericOperator.BitwiseXor);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue LeftShift(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(Operations.ToInt32(a._num) << (Operations.ToInt32(b._num) & 31));
        return NumericSlow(realm, a, b, NumericOperator.LeftShift);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue SignedRightShift(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(Operations.ToInt32(a._num) >> (Operations.ToInt32(b._num) & 31));
        return NumericSlow(realm, a, b, NumericOperator.SignedRightShift);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue UnsignedRightShift(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return JsValue.FromNumber(Operations.ToUint32(a._num) >> (Operations.ToInt32(b._num) & 31));
        return NumericSlow(realm, a, b, NumericOperator.UnsignedRightShift);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Negate(Realm realm, JsValue a) => a.IsNumber ? JsValue.FromNumber(-a._num) : NegateSlow(realm, a);

    public static JsValue UnaryPlus(Realm realm, JsValue a) => a.IsNumber ? a : JsValue.FromNumber(Operations.ToNumber(realm, a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue BitwiseNot(Realm realm, JsValue a) => a.IsNumber ? JsValue.FromNumber(~Operations.ToInt32(a._num)) : BitwiseNotSlow(realm, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue LogicalNot(JsValue a) => Operations.ToBoolean(a) ? JsValue.False : JsValue.True;

    /// <summary>x + 1 for ++ (the operand is already ToNumeric'd by the caller or converted here).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Increment(Realm realm, JsValue a) => a.IsNumber ? JsValue.FromNumber(a._num + 1) : IncrementSlow(realm, a, 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Decrement(Realm realm, JsValue a) => a.IsNumber ? JsValue.FromNumber(a._num - 1) : IncrementSlow(realm, a, -1);

    /// <summary>ToNumeric for the old value of a postfix update.</summary>
    public static JsValue ToNumeric(Realm realm, JsValue a) => a.IsNumber ? a : BigIntOperations.ToNumeric(realm, a);

    public static JsValue TypeOf(JsValue v) => JsValue.FromString(Operations.TypeOf(v));

    // Equality

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StrictEquals(JsValue a, JsValue b) => Operations.IsStrictlyEqual(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LooseEquals(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return a._num == b._num;
        return Operations.IsLooselyEqual(realm, a, b);
    }

    // Relational comparison

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessThan(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return a._num < b._num;
        return IsLessThan(realm, a, b, leftFirst: true) == Comparison.True;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterThan(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return a._num > b._num;
        return IsLessThan(realm, b, a, leftFirst: false) == Comparison.True;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessThanOrEqual(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return a._num <= b._num;
        return IsLessThan(realm, b, a, leftFirst: false) == Comparison.False;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterThanOrEqual(Realm realm, JsValue a, JsValue b)
    {
        if (a.IsNumber && b.IsNumber) return a._num >= b._num;
        return IsLessThan(realm, a, b, leftFirst: true) == Comparison.False;
    }

    private enum Comparison : byte
    {
        False,
        True,
        Undefined,
    }

    /// <see href="https://tc39.es/ecma262/#sec-islessthan"/>
    private static Comparison IsLessThan(Realm realm, JsValue x, JsValue y, bool leftFirst)
    {
        JsValue px, py;
        if (leftFirst)
        {
            px = Operations.ToPrimitive(realm, x, Operations.PreferredType.Number);
            py = Operations.ToPrimitive(realm, y, Operations.PreferredType.Number);
        }
        else
        {
            py = Operations.ToPrimitive(realm, y, Operations.PreferredType.Number);
            px = Operations.ToPrimitive(realm, x, Operations.PreferredType.Number);
        }

        // 3. Both strings: compare code units.
        if (IsStringRef(px._ref) && IsStringRef(py._ref))
        {
            return string.CompareOrdinal(px.AsString(), py.AsString()) < 0 ? Comparison.True : Comparison.False;
        }

        // 3-4 with a BigInt on either side: StringToBigInt, ToNumeric and exact comparison.
        if (px.IsBigInt || py.IsBigInt) return ToComparison(BigIntOperations.LessThan(realm, px, py));

        double nx = Operations.ToNumber(realm, px);
        double ny = Operations.ToNumber(realm, py);
        if (double.IsNaN(nx) || double.IsNaN(ny)) return Comparison.Undefined;
        return nx < ny ? Comparison.True : Comparison.False;
    }

    /// <summary>key in target</summary>
    public static bool In(Realm realm, JsValue key, JsValue target)
    {
        if (target._ref is not JsObject o)
        {
            throw realm.TypeError($"Cannot use 'in' operator to search for '{(key.IsSymbol ? key.AsSymbol.ToString() : Operations.ToString(realm, key))}' in {(target.IsString ? target.AsString() : Operations.TypeOf(target))}");
        }

        return o.HasProperty(Operations.ToPropertyKey(realm, key));
    }

    /// <summary>value instanceof target</summary>
    public static bool InstanceOf(Realm realm, JsValue value, JsValue target) => Operations.InstanceOf(realm, value, target);

    /// <summary>delete target[key]; in strict code a failed delete throws.</summary>
    public static bool Delete(Realm realm, JsValue target, JsValue key, bool strict)
    {
        JsObject o = Operations.ToObject(realm, target);
        PropertyKey pk = Operations.ToPropertyKey(realm, key);
        bool ok = o.Delete(pk);
        if (!ok && strict) throw realm.TypeError($"Cannot delete property '{pk}' of {Operations.ToString(realm, o.ClassName)}");
        return ok;
    }

    /// <summary>delete target.name</summary>
    public static bool DeleteNamed(Realm realm, JsValue target, PropertySite site, bool strict) =>
        Operations.Delete(realm, Operations.ToObject(realm, target), site.Key, strict);
}
