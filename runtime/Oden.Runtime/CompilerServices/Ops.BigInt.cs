// The slow paths of the numeric operators, where BigInt lives: every operator in Ops.Operators.cs tests
// "both operands are Numbers" first and only then calls one of these (NoInlining, so the inlined fast
// path stays as small as before BigInt existed). Plus the entry for bigint literals.
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Oden.Runtime.CompilerServices;

public static partial class Ops
{
    /// <summary>
    /// A bigint literal's value from its decimal digits: called once per literal site, by the static
    /// initializer of the generated holder type, never per evaluation.
    /// </summary>
    public static JsValue BigIntLiteral(string decimalDigits) =>
        JsBigInt.Create(BigInteger.Parse(decimalDigits, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// ApplyStringOrNumericBinaryOperator for every operator but +: lnum = ToNumeric(lval), then
    /// rnum = ToNumeric(rval), the same type required, then Number::op or BigInt::op.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator"/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue NumericSlow(Realm realm, JsValue a, JsValue b, NumericOperator op)
    {
        JsValue lnum = BigIntOperations.ToNumeric(realm, a);
        JsValue rnum = BigIntOperations.ToNumeric(realm, b);
        return BigIntOperations.ApplyNumeric(realm, op, lnum, rnum);
    }

    /// <summary>Unary -: ToNumeric, then Number::unaryMinus or BigInt::unaryMinus.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue NegateSlow(Realm realm, JsValue a)
    {
        JsValue n = BigIntOperations.ToNumeric(realm, a);
        return n.IsBigInt ? JsBigInt.Create(-n.AsBigInt.Value) : JsValue.FromNumber(-n._num);
    }

    /// <summary>~: ToNumeric, then Number::bitwiseNOT or BigInt::bitwiseNOT (-x - 1).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue BitwiseNotSlow(Realm realm, JsValue a)
    {
        JsValue n = BigIntOperations.ToNumeric(realm, a);
        return n.IsBigInt ? JsBigInt.Create(-n.AsBigInt.Value - 1) : JsValue.FromNumber(~Operations.ToInt32(n._num));
    }

    /// <summary>++/--: ToNumeric, then Number::add or BigInt::add with 1 of the same type.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsValue IncrementSlow(Realm realm, JsValue a, int delta)
    {
        JsValue n = BigIntOperations.ToNumeric(realm, a);
        return n.IsBigInt ? JsBigInt.Create(n.AsBigInt.Value + delta) : JsValue.FromNumber(n._num + delta);
    }

    private static Comparison ToComparison(bool? result) =>
        result is null ? Comparison.Undefined : result.Value ? Comparison.True : Comparison.False;
}
