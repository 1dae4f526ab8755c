// BigIntOperations: the abstract operations of the BigInt type (ToBigInt, ToNumeric, NumberToBigInt,
// BigInt::add … BigInt::unsignedRightShift) shared by the operators in CompilerServices/Ops.BigInt.cs,
// the BigInt builtin, typed arrays and DataView. Spec names are kept.
using System.Numerics;

namespace Oden.Runtime;

/// <summary>The numeric operators, for the slow paths that dispatch on Number vs BigInt.</summary>
public enum NumericOperator : byte
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
    Exponentiate,
    LeftShift,
    SignedRightShift,
    UnsignedRightShift,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
}

public static class BigIntOperations
{
    private const string MixMessage = "Cannot mix BigInt and other types, use explicit conversions";

    /// <see href="https://tc39.es/ecma262/#sec-tonumeric"/>
    public static JsValue ToNumeric(Realm realm, JsValue value)
    {
        // 1. Let primValue be ? ToPrimitive(value, number).
        if (value.IsNumber) return value;
        JsValue prim = value.IsObject ? Operations.ToPrimitive(realm, value, Operations.PreferredType.Number) : value;

        // 2. If primValue is a BigInt, return primValue.
        if (prim.IsBigInt) return prim;

        // 3. Return ? ToNumber(primValue).
        return JsValue.FromNumber(Operations.ToNumber(realm, prim));
    }

    /// <see href="https://tc39.es/ecma262/#sec-tobigint"/>
    public static JsBigInt ToBigInt(Realm realm, JsValue argument)
    {
        // 1. Let prim be ? ToPrimitive(argument, number).
        JsValue prim = argument.IsObject ? Operations.ToPrimitive(realm, argument, Operations.PreferredType.Number) : argument;

        // 2. Return the value that prim corresponds to in Table 12.
        switch (prim.Kind)
        {
            case JsValueKind.BigInt:
                return prim.AsBigInt;
            case JsValueKind.Boolean:
                return prim.AsBoolean ? JsBigInt.One : JsBigInt.Zero;
            case JsValueKind.String:
                if (JsBigInt.TryParse(prim.AsString(), out BigInteger n)) return JsBigInt.Create(n);
                throw realm.SyntaxError($"Cannot convert {prim.AsString()} to a BigInt");
            case JsValueKind.Number:
                throw realm.TypeError($"Cannot convert {NumberFormatting.ToString(prim._num)} to a BigInt");
            case JsValueKind.Symbol:
                throw realm.TypeError("Cannot convert a Symbol value to a BigInt");
            default:
                throw realm.TypeError($"Cannot convert {(prim.IsNull ? "null" : "undefined")} to a BigInt");
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-numbertobigint"/>
    public static JsBigInt NumberToBigInt(Realm realm, double number)
    {
        // 1. If IsIntegralNumber(number) is false, throw a RangeError exception.
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Truncate(number) != number)
        {
            throw realm.RangeError($"The number {NumberFormatting.ToString(number)} cannot be converted to a BigInt because it is not an integer");
        }

        // 2. Return ℤ(ℝ(number)).
        return JsBigInt.Create(JsBigInt.FromIntegralDouble(number));
    }

    /// <see href="https://tc39.es/ecma262/#sec-tobigint64"/>
    public static long ToBigInt64(Realm realm, JsValue argument) => (long)(ulong)(ToBigInt(realm, argument).Value & ulong.MaxValue);

    /// <see href="https://tc39.es/ecma262/#sec-tobiguint64"/>
    public static ulong ToBigUint64(Realm realm, JsValue argument) => (ulong)(ToBigInt(realm, argument).Value & ulong.MaxValue);

    /// <summary>The TypeError for a Number and a BigInt operand of one arithmetic operator.</summary>
    public static JsException MixError(Realm realm) => realm.TypeError(MixMessage);

    /// <summary>
    /// ApplyStringOrNumericBinaryOperator from step 3, for operands that are already numeric (ToNumeric'd):
    /// the same type is required, then Number::op or BigInt::op.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator"/>
    public static JsValue ApplyNumeric(Realm realm, NumericOperator op, JsValue lnum, JsValue rnum)
    {
        // 5. If Type(lnum) is not Type(rnum), throw a TypeError exception.
        bool lBig = lnum.IsBigInt, rBig = rnum.IsBigInt;
        if (lBig != rBig) throw MixError(realm);
        if (!lBig) return JsValue.FromNumber(NumberOperation(op, lnum._num, rnum._num));
        return BigIntOperation(realm, op, lnum.AsBigInt.Value, rnum.AsBigInt.Value);
    }

    /// <summary>Number::op for the numeric operators.</summary>
    public static double NumberOperation(NumericOperator op, double x, double y) => op switch
    {
        NumericOperator.Add => x + y,
        NumericOperator.Subtract => x - y,
        NumericOperator.Multiply => x * y,
        NumericOperator.Divide => x / y,
        NumericOperator.Remainder => Operations.NumberRemainder(x, y),
        NumericOperator.Exponentiate => Operations.NumberExponentiate(x, y),
        NumericOperator.LeftShift => Operations.ToInt32(x) << (Operations.ToInt32(y) & 31),
        NumericOperator.SignedRightShift => Operations.ToInt32(x) >> (Operations.ToInt32(y) & 31),
        NumericOperator.UnsignedRightShift => Operations.ToUint32(x) >> (Operations.ToInt32(y) & 31),
        NumericOperator.BitwiseAnd => Operations.ToInt32(x) & Operations.ToInt32(y),
        NumericOperator.BitwiseOr => Operations.ToInt32(x) | Operations.ToInt32(y),
        _ => Operations.ToInt32(x) ^ Operations.ToInt32(y),
    };

    /// <summary>BigInt::op (https://tc39.es/ecma262/#sec-numeric-types-bigint-add and the sections after it).</summary>
    public static JsValue BigIntOperation(Realm realm, NumericOperator op, BigInteger x, BigInteger y)
    {
        switch (op)
        {
            case NumericOperator.Add:
                return JsBigInt.Create(x + y);
            case NumericOperator.Subtract:
                return JsBigInt.Create(x - y);
            case NumericOperator.Multiply:
                if (x.GetBitLength() + y.GetBitLength() > JsBigInt.MaxBits + 1) throw TooBig(realm);
                return JsBigInt.Create(x * y);
            case NumericOperator.Divide:
                // BigInt::divide: 1. If y is 0ℤ, throw a RangeError. 2-3. Round toward zero.
                if (y.IsZero) throw realm.RangeError("Division by zero");
                return JsBigInt.Create(BigInteger.Divide(x, y));
            case NumericOperator.Remainder:
                // BigInt::remainder: 1. If d is 0ℤ, throw a RangeError. 3. The sign of n.
                if (y.IsZero) throw realm.RangeError("Division by zero");
                return JsBigInt.Create(BigInteger.Remainder(x, y));
            case NumericOperator.Exponentiate:
                return JsBigInt.Create(Exponentiate(realm, x, y));
            case NumericOperator.LeftShift:
                return JsBigInt.Create(LeftShift(realm, x, y));
            case NumericOperator.SignedRightShift:
                return JsBigInt.Create(LeftShift(realm, x, -y));
            case NumericOperator.UnsignedRightShift:
                // BigInt::unsignedRightShift: throw a TypeError exception.
                throw realm.TypeError("BigInts have no unsigned right shift, use >> instead");
            case NumericOperator.BitwiseAnd:
                return JsBigInt.Create(x & y);
            case NumericOperator.BitwiseOr:
                return JsBigInt.Create(x | y);
            default:
                return JsBigInt.Create(x ^ y);
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-numeric-types-bigint-exponentiate"/>
    private static BigInteger Exponentiate(Realm realm, BigInteger b, BigInteger e)
    {
        // 1. If exponent < 0ℤ, throw a RangeError exception.
        if (e.Sign < 0) throw realm.RangeError("Exponent must be non-negative");

        // 2. If base is 0ℤ and exponent is 0ℤ, return 1ℤ.
        if (e.IsZero) return BigInteger.One;

        // 3. Return base raised to the power exponent (guarding the size first).
        if (b.IsZero || b.IsOne) return b;
        if (b == BigInteger.MinusOne) return e.IsEven ? BigInteger.One : BigInteger.MinusOne;
        if (e > JsBigInt.MaxBits || (b.GetBitLength() - 1) * (long)e >= JsBigInt.MaxBits) throw TooBig(realm);
        return BigInteger.Pow(b, (int)e);
    }

    /// <see href="https://tc39.es/ecma262/#sec-numeric-types-bigint-leftShift"/>
    private static BigInteger LeftShift(Realm realm, BigInteger x, BigInteger y)
    {
        if (x.IsZero || y.IsZero) return x;
        if (y.Sign > 0)
        {
            if (y > JsBigInt.MaxBits || x.GetBitLength() + (long)y > JsBigInt.MaxBits) throw TooBig(realm);
            return x << (int)y;
        }

        // A right shift rounds toward -∞; past the width only the sign is left.
        BigInteger count = -y;
        if (count >= x.GetBitLength() + 1) return x.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        return x >> (int)count;
    }

    private static JsException TooBig(Realm realm) => realm.RangeError("Maximum BigInt size exceeded");

    /// <summary>
    /// IsLessThan's steps 3-4 for primitives where at least one side is a BigInt: true, false, or null
    /// for undefined (NaN, or a string that is not a StringIntegerLiteral).
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-islessthan"/>
    public static bool? LessThan(Realm realm, JsValue px, JsValue py)
    {
        // 3.a-b. BigInt vs String: n = StringToBigInt(y); undefined when it is not one.
        if (px.IsBigInt && py.IsString)
        {
            if (!JsBigInt.TryParse(py.AsString(), out BigInteger ny)) return null;
            return px.AsBigInt.Value < ny;
        }

        if (px.IsString && py.IsBigInt)
        {
            if (!JsBigInt.TryParse(px.AsString(), out BigInteger nx)) return null;
            return nx < py.AsBigInt.Value;
        }

        // 4.a-b. nx = ? ToNumeric(px), ny = ? ToNumeric(py).
        JsValue x = ToNumeric(realm, px);
        JsValue y = ToNumeric(realm, py);
        if (x.IsBigInt && y.IsBigInt) return x.AsBigInt.Value < y.AsBigInt.Value;
        if (x.IsNumber && y.IsNumber)
        {
            if (double.IsNaN(x._num) || double.IsNaN(y._num)) return null;
            return x._num < y._num;
        }

        // 4.e-h. Mixed: NaN is undefined, ±∞ compare beyond every BigInt, otherwise exactly.
        if (x.IsBigInt)
        {
            int? c = JsBigInt.CompareToNumber(x.AsBigInt.Value, y._num);
            return c is null ? null : c < 0;
        }
        else
        {
            int? c = JsBigInt.CompareToNumber(y.AsBigInt.Value, x._num);
            return c is null ? null : c > 0;
        }
    }
}
