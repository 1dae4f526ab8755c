// %BigInt% and its statics (asIntN, asUintN).
using System.Numerics;

namespace Oden.Runtime.Builtins;

/// <summary>%BigInt%.</summary>
internal static partial class BigIntConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-bigint-constructor-number-value"/>
    [JsConstructor("BigInt", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is not undefined, throw a TypeError exception.
        if (newTarget is not null) throw realm.TypeError("BigInt is not a constructor");

        // 2. Let prim be ? ToPrimitive(value, number).
        JsValue value = args.At(0);
        JsValue prim = value.IsObject ? Operations.ToPrimitive(realm, value, Operations.PreferredType.Number) : value;

        // 3. If prim is a Number, return ? NumberToBigInt(prim).
        if (prim.IsNumber) return BigIntOperations.NumberToBigInt(realm, prim.AsNumber);

        // 4. Otherwise, return ? ToBigInt(prim).
        return BigIntOperations.ToBigInt(realm, prim);
    }

    /// <see href="https://tc39.es/ecma262/#sec-bigint.asintn"/>
    [JsFunction("asIntN", Length = 2)]
    private static JsValue AsIntN(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Set bits to ? ToIndex(bits).
        double bits = ArrayBufferConstructor.ToIndex(realm, args.At(0), "Invalid value: not (convertible to) a safe integer");

        // 2. Set bigint to ? ToBigInt(bigint).
        JsBigInt bigint = BigIntOperations.ToBigInt(realm, args.At(1));
        BigInteger n = bigint.Value;
        if (bits == 0) return JsBigInt.Zero;

        // A value that already fits in bits signed bits is unchanged (this also covers every huge bits).
        if (n.GetBitLength() < bits) return bigint;

        // 3. Let mod be ℝ(bigint) modulo 2^bits.
        // 4. If mod ≥ 2^(bits - 1), return ℤ(mod - 2^bits); otherwise, return ℤ(mod).
        BigInteger modulus = BigInteger.One << (int)bits;
        BigInteger mod = n & (modulus - 1);
        return JsBigInt.Create(mod >= modulus >> 1 ? mod - modulus : mod);
    }

    /// <see href="https://tc39.es/ecma262/#sec-bigint.asuintn"/>
    [JsFunction("asUintN", Length = 2)]
    private static JsValue AsUintN(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Set bits to ? ToIndex(bits).
        double bits = ArrayBufferConstructor.ToIndex(realm, args.At(0), "Invalid value: not (convertible to) a safe integer");

        // 2. Set bigint to ? ToBigInt(bigint).
        JsBigInt bigint = BigIntOperations.ToBigInt(realm, args.At(1));
        BigInteger n = bigint.Value;
        if (bits == 0) return JsBigInt.Zero;

        // A non-negative value below 2^bits is unchanged; a negative one needs 2^bits, which must fit.
        if (n.Sign >= 0 && n.GetBitLength() <= bits) return bigint;
        if (bits > JsBigInt.MaxBits) throw realm.RangeError("Maximum BigInt size exceeded");

        // 3. Return ℤ(ℝ(bigint) modulo 2^bits).
        BigInteger modulus = BigInteger.One << (int)bits;
        return JsBigInt.Create(n & (modulus - 1));
    }
}
