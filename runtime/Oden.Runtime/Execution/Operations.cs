// Operations: the ECMAScript abstract operations (type conversion, testing and comparison, operations on
// objects) that builtins and compiled code share. Spec names are kept: ToPrimitive, ToNumber, ….
// Operations that can throw take the realm whose intrinsics the error comes from.
using System.Runtime.CompilerServices;

namespace Oden.Runtime;

public static class Operations
{
    // ---------------------------------------------------------------------------------------------
    // Type conversion
    // ---------------------------------------------------------------------------------------------

    /// <see href="https://tc39.es/ecma262/#sec-toboolean"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(JsValue v)
    {
        object? r = v._ref;
        if (ReferenceEquals(r, JsValue.TrueTag)) return true;
        if (ReferenceEquals(r, JsValue.FalseTag)) return false;
        if (ReferenceEquals(r, JsValue.NumberTag)) return v._num != 0 && !double.IsNaN(v._num);
        return ToBooleanSlow(r);
    }

    private static bool ToBooleanSlow(object? r) => r switch
    {
        // false and null before the type tests: they are the common falsy conditions (`if (!done)`,
        // `while (node.held)`), and the class test for JsObject is a cast-helper call in script code.
        null => false,
        _ when ReferenceEquals(r, JsValue.FalseTag) || ReferenceEquals(r, JsValue.NullTag) => false,
        string s => s.Length != 0,
        JsRope rope => rope.Length != 0,
        JsObject => true,
        JsSymbol => true,
        JsBigInt b => !b.IsZero,
        _ => false, // null, false
    };

    public enum PreferredType : byte
    {
        Default,
        Number,
        String,
    }

    /// <see href="https://tc39.es/ecma262/#sec-toprimitive"/>
    public static JsValue ToPrimitive(Realm realm, JsValue input, PreferredType hint = PreferredType.Default)
    {
        // 1. If input is an Object, then
        if (input._ref is not JsObject obj) return input;

        // a. Let exoticToPrim be ? GetMethod(input, @@toPrimitive).
        JsFunction? exotic = GetMethod(realm, input, PropertyKey.FromSymbol(JsSymbol.ToPrimitive));
        if (exotic is not null)
        {
            string hintName = hint switch { PreferredType.String => "string", PreferredType.Number => "number", _ => "default" };
            JsValue result = exotic.Call1(input, hintName);
            if (result.IsObject) throw realm.TypeError("Cannot convert object to primitive value");
            return result;
        }

        // c. If preferredType is not present, let preferredType be number.
        return OrdinaryToPrimitive(realm, obj, hint == PreferredType.String ? PreferredType.String : PreferredType.Number);
    }

    /// <see href="https://tc39.es/ecma262/#sec-ordinarytoprimitive"/>
    public static JsValue OrdinaryToPrimitive(Realm realm, JsObject o, PreferredType hint)
    {
        string first = hint == PreferredType.String ? "toString" : "valueOf";
        string second = hint == PreferredType.String ? "valueOf" : "toString";
        if (TryCallConversion(o, first, out JsValue result) || TryCallConversion(o, second, out result)) return result;
        throw realm.TypeError("Cannot convert object to primitive value");
    }

    private static bool TryCallConversion(JsObject o, string name, out JsValue result)
    {
        if (o.Get(PropertyKey.FromNonIndexString(name))._ref is JsFunction f)
        {
            result = f.Call0(o);
            if (!result.IsObject) return true;
        }

        result = default;
        return false;
    }

    /// <see href="https://tc39.es/ecma262/#sec-tonumber"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToNumber(Realm realm, JsValue v)
    {
        if (ReferenceEquals(v._ref, JsValue.NumberTag)) return v._num;
        return ToNumberSlow(realm, v);
    }

    private static double ToNumberSlow(Realm realm, JsValue v)
    {
        object? r = v._ref;
        switch (r)
        {
            case null: return double.NaN;
            case string s: return NumberFormatting.StringToNumber(s);
            case JsRope rope: return NumberFormatting.StringToNumber(rope.Flatten());
            case JsSymbol: throw realm.TypeError("Cannot convert a Symbol value to a number");
            case JsBigInt: throw realm.TypeError("Cannot convert a BigInt value to a number");
            case JsObject: return ToNumber(realm, ToPrimitive(realm, v, PreferredType.Number));
        }

        if (ReferenceEquals(r, JsValue.TrueTag)) return 1;
        return 0; // null, false
    }

    /// <see href="https://tc39.es/ecma262/#sec-tostring"/>
    public static string ToString(Realm realm, JsValue v)
    {
        object? r = v._ref;
        switch (r)
        {
            case string s: return s;
            case JsRope rope: return rope.Flatten();
            case null: return "undefined";
            case JsSymbol: throw realm.TypeError("Cannot convert a Symbol value to a string");
            case JsBigInt b: return b.ToString();
            case JsObject: return ToString(realm, ToPrimitive(realm, v, PreferredType.String));
        }

        if (ReferenceEquals(r, JsValue.NumberTag)) return NumberFormatting.ToString(v._num);
        if (ReferenceEquals(r, JsValue.TrueTag)) return "true";
        if (ReferenceEquals(r, JsValue.FalseTag)) return "false";
        return "null";
    }

    /// <summary>ToString, but keeps a rope a rope (for concatenation).</summary>
    public static object ToStringOrRope(Realm realm, JsValue v) => v._ref is JsRope rope ? rope : ToString(realm, v);

    /// <see href="https://tc39.es/ecma262/#sec-topropertykey"/>
    public static PropertyKey ToPropertyKey(Realm realm, JsValue v)
    {
        if (v.IsNumber)
        {
            double d = v._num;
            uint u = (uint)d;
            if (u == d && u != uint.MaxValue && !(d == 0 && double.IsNegative(d))) return PropertyKey.FromIndex(u);
        }

        JsValue key = v._ref is JsObject ? ToPrimitive(realm, v, PreferredType.String) : v;
        if (key._ref is JsSymbol sym) return PropertyKey.FromSymbol(sym);
        return PropertyKey.FromString(ToString(realm, key));
    }

    /// <see href="https://tc39.es/ecma262/#sec-toobject"/>
    public static JsObject ToObject(Realm realm, JsValue v)
    {
        object? r = v._ref;
        if (r is JsObject o) return o;
        if (r is null) throw realm.TypeError("Cannot convert undefined to object");
        if (ReferenceEquals(r, JsValue.NullTag)) throw realm.TypeError("Cannot convert null to object");
        return new JsPrimitiveWrapper(PrototypeForPrimitive(realm, v), v._ref is JsRope rope ? rope.Flatten() : v);
    }

    /// <summary>The prototype a primitive's properties are looked up on (String.prototype for strings, …).</summary>
    public static JsObject PrototypeForPrimitive(Realm realm, JsValue v)
    {
        object? r = v._ref;
        if (ReferenceEquals(r, JsValue.NumberTag)) return realm.Intrinsics.NumberPrototype;
        if (r is string || r is JsRope) return realm.Intrinsics.StringPrototype;
        if (r is JsSymbol) return realm.Intrinsics.SymbolPrototype;
        if (r is JsBigInt) return realm.Intrinsics.BigIntPrototype;
        return realm.Intrinsics.BooleanPrototype;
    }

    /// <see href="https://tc39.es/ecma262/#sec-tointegerorinfinity"/>
    public static double ToIntegerOrInfinity(Realm realm, JsValue v)
    {
        double d = ToNumber(realm, v);
        if (double.IsNaN(d) || d == 0) return 0;
        if (double.IsInfinity(d)) return d;
        return Math.Truncate(d);
    }

    /// <see href="https://tc39.es/ecma262/#sec-toint32"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ToInt32(double d)
    {
        // Below 2^63 in magnitude (int32 and uint32 values, hashes, LCG steps, products of two int32s):
        // truncating to a long keeps the low 32 bits exactly, which is the spec's modulo. NaN fails the compare.
        // (The x64 conversion is the raw instruction: the range test already rules out what the saturating
        // (long) cast would fix up.)
        if (Math.Abs(d) < 9223372036854775808.0)
        {
            return unchecked((int)(System.Runtime.Intrinsics.X86.Sse2.X64.IsSupported
                ? System.Runtime.Intrinsics.X86.Sse2.X64.ConvertToInt64WithTruncation(System.Runtime.Intrinsics.Vector128.CreateScalarUnsafe(d))
                : (long)d));
        }

        return ToInt32Slow(d);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ToInt32Slow(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) return 0;
        double t = Math.Truncate(d);
        double m = t % 4294967296.0;
        if (m < 0) m += 4294967296.0;
        return unchecked((int)(uint)m);
    }

    public static int ToInt32(Realm realm, JsValue v) => ToInt32(ToNumber(realm, v));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ToUint32(double d) => unchecked((uint)ToInt32(d));

    public static uint ToUint32(Realm realm, JsValue v) => ToUint32(ToNumber(realm, v));

    /// <see href="https://tc39.es/ecma262/#sec-tolength"/>
    public static double ToLength(Realm realm, JsValue v)
    {
        double len = ToIntegerOrInfinity(realm, v);
        if (len <= 0) return 0;
        return Math.Min(len, 9007199254740991d);
    }

    /// <summary>
    /// Number::remainder (the % operator): a positive integral dividend and a positive integral divisor
    /// within int32 (or, out of line, within the safe integers) take the integer remainder; the rest
    /// (zeros, negatives, fractions, NaN, infinities) is the IEEE truncating remainder (fmod), which has
    /// the dividend's sign as the spec asks.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-numeric-types-number-remainder"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NumberRemainder(double n, double d)
    {
        int ni = (int)n, di = (int)d;
        if (ni == n && di == d && ni > 0 && di > 0) return ni % di;
        return NumberRemainderSlow(n, d);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double NumberRemainderSlow(double n, double d)
    {
        // Positive safe integers (hashes like `(h * 31 + c) % 1000000007` leave int32 quickly): the
        // integer remainder is exact and cheaper than fmod. A zero dividend keeps its sign through fmod.
        if (n > 0 && n <= Builtins.ArrayHelpers.MaxSafeInteger && d > 0 && d <= Builtins.ArrayHelpers.MaxSafeInteger)
        {
            long ln = (long)n, ld = (long)d;
            if (ln == n && ld == d) return ln % ld;
        }

        return n % d;
    }

    /// <summary>Number::exponentiate (also the ** operator).</summary>
    /// <see href="https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate"/>
    public static double NumberExponentiate(double b, double e)
    {
        // 1. If exponent is NaN, return NaN.
        if (double.IsNaN(e)) return double.NaN;

        // 2. If exponent is either +0 or -0, return 1.
        if (e == 0) return 1;

        // 3. If base is NaN, return NaN.
        if (double.IsNaN(b)) return double.NaN;

        // 8-9. If abs(base) = 1 and exponent is ±∞, return NaN (IEEE pow says 1).
        if (double.IsInfinity(e) && Math.Abs(b) == 1) return double.NaN;

        // Every other case agrees with IEEE 754 pow.
        return Math.Pow(b, e);
    }

    // ---------------------------------------------------------------------------------------------
    // Testing and comparison
    // ---------------------------------------------------------------------------------------------

    public static bool IsCallable(JsValue v) => v._ref is JsFunction;

    public static bool IsConstructor(JsValue v) => v._ref is JsFunction f && f.IsConstructor;

    /// <see href="https://tc39.es/ecma262/#sec-isarray"/>
    public static bool IsArray(JsValue v) =>
        v._ref is JsObject o
        && ((o._objectFlags & ObjectFlags.Array) != 0 || ((o._objectFlags & ObjectFlags.Proxy) != 0 && o.ProxyIsArray()));

    /// <see href="https://tc39.es/ecma262/#sec-samevalue"/>
    public static bool SameValue(JsValue x, JsValue y)
    {
        if (x.IsNumber && y.IsNumber)
        {
            double a = x._num, b = y._num;
            if (double.IsNaN(a)) return double.IsNaN(b);
            return a == b && double.IsNegative(a) == double.IsNegative(b);
        }

        return SameValueNonNumber(x, y);
    }

    /// <see href="https://tc39.es/ecma262/#sec-samevaluezero"/>
    public static bool SameValueZero(JsValue x, JsValue y)
    {
        if (x.IsNumber && y.IsNumber)
        {
            double a = x._num, b = y._num;
            return a == b || (double.IsNaN(a) && double.IsNaN(b));
        }

        return SameValueNonNumber(x, y);
    }

    private static bool SameValueNonNumber(JsValue x, JsValue y)
    {
        object? a = x._ref, b = y._ref;
        if (ReferenceEquals(a, b)) return true;
        if ((a is string || a is JsRope) && (b is string || b is JsRope))
        {
            return string.Equals(x.AsString(), y.AsString(), StringComparison.Ordinal);
        }

        return a is JsBigInt ba && b is JsBigInt bb && ba.Value == bb.Value;
    }

    /// <see href="https://tc39.es/ecma262/#sec-isstrictlyequal"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsStrictlyEqual(JsValue x, JsValue y)
    {
        if (x.IsNumber && y.IsNumber) return x._num == y._num;
        if (x.IsNumber || y.IsNumber) return false;
        return SameValueNonNumber(x, y);
    }

    /// <see href="https://tc39.es/ecma262/#sec-islooselyequal"/>
    public static bool IsLooselyEqual(Realm realm, JsValue x, JsValue y)
    {
        while (true)
        {
            JsValueKind kx = x.Kind, ky = y.Kind;

            // 1. Same type: strict equality.
            if (kx == ky) return IsStrictlyEqual(x, y);

            // 2-3. null == undefined.
            if (x.IsNullish && y.IsNullish) return true;

            // 5-6. Number vs String: compare as numbers.
            if (kx == JsValueKind.Number && ky == JsValueKind.String) return x._num == ToNumber(realm, y);
            if (kx == JsValueKind.String && ky == JsValueKind.Number) return ToNumber(realm, x) == y._num;

            // 6-7 (BigInt). BigInt vs Number: equal mathematical values; BigInt vs String: StringToBigInt.
            if (kx == JsValueKind.BigInt || ky == JsValueKind.BigInt)
            {
                if (BigIntLooselyEquals(x, y, kx, ky, out bool equal)) return equal;
            }

            // 9-10. Booleans convert to numbers.
            if (kx == JsValueKind.Boolean)
            {
                x = JsValue.FromNumber(x.AsBoolean ? 1 : 0);
                continue;
            }

            if (ky == JsValueKind.Boolean)
            {
                y = JsValue.FromNumber(y.AsBoolean ? 1 : 0);
                continue;
            }

            // 11-12. Object vs String/Number/BigInt/Symbol: ToPrimitive.
            if (ky == JsValueKind.Object && kx is JsValueKind.String or JsValueKind.Number or JsValueKind.BigInt or JsValueKind.Symbol)
            {
                y = ToPrimitive(realm, y);
                continue;
            }

            if (kx == JsValueKind.Object && ky is JsValueKind.String or JsValueKind.Number or JsValueKind.BigInt or JsValueKind.Symbol)
            {
                x = ToPrimitive(realm, x);
                continue;
            }

            return false;
        }
    }

    /// <summary>IsLooselyEqual's BigInt steps against a Number or a String; false when another step applies.</summary>
    private static bool BigIntLooselyEquals(JsValue x, JsValue y, JsValueKind kx, JsValueKind ky, out bool equal)
    {
        if (kx != JsValueKind.BigInt)
        {
            (x, y) = (y, x);
            (kx, ky) = (ky, kx);
        }

        System.Numerics.BigInteger n = x.AsBigInt.Value;
        switch (ky)
        {
            case JsValueKind.Number:
                // 13. If x is BigInt and y is Number (or the reverse): compare ℝ(x) and ℝ(y); NaN/∞ are unequal.
                equal = JsBigInt.CompareToNumber(n, y._num) == 0;
                return true;
            case JsValueKind.String:
                // 6-7. n = StringToBigInt(y); if n is undefined, return false.
                equal = JsBigInt.TryParse(y.AsString(), out System.Numerics.BigInteger parsed) && parsed == n;
                return true;
            default:
                equal = false;
                return false;
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-typeof-operator"/>
    public static string TypeOf(JsValue v)
    {
        object? r = v._ref;
        if (ReferenceEquals(r, JsValue.NumberTag)) return "number";
        switch (r)
        {
            case null: return "undefined";
            case string: return "string";
            case JsRope: return "string";
            case JsFunction: return "function";
            case JsObject: return "object";
            case JsSymbol: return "symbol";
            case JsBigInt: return "bigint";
        }

        if (ReferenceEquals(r, JsValue.NullTag)) return "object";
        return "boolean";
    }

    // ---------------------------------------------------------------------------------------------
    // Operations on objects
    // ---------------------------------------------------------------------------------------------

    /// <summary>[[Get]] on any value: primitives look up their prototype with the primitive as receiver.</summary>
    public static JsValue GetV(Realm realm, JsValue v, in PropertyKey key)
    {
        if (v._ref is JsObject o) return o.Get(key, v);
        if (v.IsNullish)
        {
            throw realm.TypeError($"Cannot read properties of {(v.IsNull ? "null" : "undefined")} (reading '{key}')");
        }

        if (v.IsString)
        {
            string s = v.AsString();
            if (key.IsIndex)
            {
                if (key.Index < (uint)s.Length) return JsValue.FromString(CharToString(s[(int)key.Index]));
            }
            else if (key.RawName is string name && name == "length")
            {
                return JsValue.FromNumber(s.Length);
            }
        }

        return PrototypeForPrimitive(realm, v).Get(key, v);
    }

    private static readonly string[] s_charStrings = CreateCharStrings();

    private static string[] CreateCharStrings()
    {
        var result = new string[128];
        for (int i = 0; i < result.Length; i++) result[i] = ((char)i).ToString();
        return result;
    }

    /// <summary>A one-character string; ASCII ones are cached.</summary>
    public static string CharToString(char c) => c < 128 ? s_charStrings[c] : c.ToString();

    /// <see href="https://tc39.es/ecma262/#sec-getmethod"/>
    public static JsFunction? GetMethod(Realm realm, JsValue v, in PropertyKey key) => MethodOrNull(realm, GetV(realm, v, key), key);

    /// <summary>GetMethod(v, site.Key) with the read through an inline-cache site (the runtime's own protocol reads).</summary>
    internal static JsFunction? GetMethod(Realm realm, JsValue v, CompilerServices.PropertySite site) =>
        CompilerServices.Ops.CachedMethod(v, site) ?? MethodOrNull(realm, CompilerServices.Ops.GetNamed(realm, v, site), site.Key);

    /// <summary>GetMethod's steps 2-4: undefined or null gives null, a function itself, anything else a TypeError.</summary>
    private static JsFunction? MethodOrNull(Realm realm, JsValue func, in PropertyKey key)
    {
        if (JsValue.FunctionOf(func) is { } f) return f;
        if (func.IsNullish) return null;
        throw realm.TypeError($"{key} is not a function");
    }

    /// <see href="https://tc39.es/ecma262/#sec-call"/>
    public static JsValue Call(Realm realm, JsValue f, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (f._ref is JsFunction fn) return fn.Call(thisValue, args);
        throw realm.TypeError($"{DescribeForError(realm, f)} is not a function");
    }

    /// <see href="https://tc39.es/ecma262/#sec-construct"/>
    public static JsValue Construct(Realm realm, JsValue f, ReadOnlySpan<JsValue> args, JsObject? newTarget = null)
    {
        if (f._ref is JsFunction fn && fn.IsConstructor) return fn.Construct(args, newTarget ?? fn);
        throw realm.TypeError($"{DescribeForError(realm, f)} is not a constructor");
    }

    /// <see href="https://tc39.es/ecma262/#sec-invoke"/>
    public static JsValue Invoke(Realm realm, JsValue v, in PropertyKey key, ReadOnlySpan<JsValue> args)
    {
        JsValue func = GetV(realm, v, key);
        if (func._ref is JsFunction fn) return fn.Call(v, args);
        throw realm.TypeError($"{key} is not a function");
    }

    /// <see href="https://tc39.es/ecma262/#sec-instanceofoperator"/>
    public static bool InstanceOf(Realm realm, JsValue v, JsValue target)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        if (target._ref is not JsObject) throw realm.TypeError("Right-hand side of 'instanceof' is not an object");

        // 2. Let instOfHandler be ? GetMethod(target, @@hasInstance).
        JsFunction? handler = GetMethod(realm, target, PropertyKey.FromSymbol(JsSymbol.HasInstance));
        if (handler is not null) return ToBoolean(handler.Call1(target, v));

        // 4. If IsCallable(target) is false, throw a TypeError exception.
        if (target._ref is not JsFunction) throw realm.TypeError("Right-hand side of 'instanceof' is not callable");

        // 5. Return ? OrdinaryHasInstance(target, V).
        return OrdinaryHasInstance(realm, target, v);
    }

    /// <see href="https://tc39.es/ecma262/#sec-ordinaryhasinstance"/>
    public static bool OrdinaryHasInstance(Realm realm, JsValue c, JsValue o)
    {
        if (c._ref is not JsFunction f) return false;
        if (f is JsBoundFunctionBase bound) return InstanceOf(realm, o, bound.BoundTargetFunction);
        if (o._ref is not JsObject obj) return false;
        JsValue p = f.Get("prototype");
        if (p._ref is not JsObject proto) throw realm.TypeError("Function has non-object prototype in instanceof check");
        for (JsObject? x = obj.GetPrototypeOf(); x is not null; x = x.GetPrototypeOf())
        {
            if (ReferenceEquals(x, proto)) return true;
        }

        return false;
    }

    /// <see href="https://tc39.es/ecma262/#sec-lengthofarraylike"/>
    public static double LengthOfArrayLike(Realm realm, JsObject o)
    {
        if (o is JsArray a) return a.Length;
        return ToLength(realm, o.Get("length"));
    }

    /// <see href="https://tc39.es/ecma262/#sec-createarrayfromlist"/>
    public static JsArray CreateArrayFromList(Realm realm, ReadOnlySpan<JsValue> items)
    {
        var elements = items.ToArray();
        return new JsArray(realm.Intrinsics.ArrayPrototype, elements, elements.Length);
    }

    /// <see href="https://tc39.es/ecma262/#sec-createdatapropertyorthrow"/>
    public static void CreateDataPropertyOrThrow(Realm realm, JsObject o, in PropertyKey key, JsValue value)
    {
        if (!o.DefineOwnProperty(key, PropertyDescriptor.Data(value, PropertyFlags.Default)))
        {
            throw realm.TypeError($"Cannot define property {key}");
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-definepropertyorthrow"/>
    public static void DefinePropertyOrThrow(Realm realm, JsObject o, in PropertyKey key, in PropertyDescriptor desc)
    {
        bool ok;
        try
        {
            if (o is JsArray && desc.HasValue && !desc.Value.IsNumber && key.RawName is string name && name == "length")
            {
                PropertyDescriptor coerced = desc;
                coerced.Value = JsArray.CoerceLength(realm, desc.Value);
                ok = o.DefineOwnProperty(key, coerced);
            }
            else
            {
                ok = o.DefineOwnProperty(key, desc);
            }
        }
        catch (JsRangeErrorSignal signal)
        {
            throw realm.RangeError(signal.Message);
        }

        if (!ok) throw realm.TypeError($"Cannot redefine property: {key}");
    }

    /// <summary>Set(O, P, V, Throw): [[Set]], throwing a TypeError on failure when <paramref name="throwOnFailure"/>.</summary>
    public static void Set(Realm realm, JsObject o, in PropertyKey key, JsValue value, bool throwOnFailure)
    {
        if (o is JsArray && !value.IsNumber && key.RawName is string name && name == "length")
        {
            value = JsArray.CoerceLength(realm, value);
        }

        bool ok;
        try
        {
            ok = o.Set(key, value, o);
        }
        catch (JsRangeErrorSignal signal)
        {
            throw realm.RangeError(signal.Message);
        }

        if (!ok && throwOnFailure)
        {
            throw realm.TypeError($"Cannot assign to read only property '{key}' of object");
        }
    }

    /// <summary>DeletePropertyOrThrow when <paramref name="throwOnFailure"/>, else the boolean result.</summary>
    public static bool Delete(Realm realm, JsObject o, in PropertyKey key, bool throwOnFailure)
    {
        bool ok = o.Delete(key);
        if (!ok && throwOnFailure) throw realm.TypeError($"Cannot delete property '{key}' of object");
        return ok;
    }

    /// <see href="https://tc39.es/ecma262/#sec-topropertydescriptor"/>
    public static PropertyDescriptor ToPropertyDescriptor(Realm realm, JsValue v)
    {
        if (v._ref is not JsObject o) throw realm.TypeError("Property description must be an object");
        var desc = new PropertyDescriptor();
        if (o.HasProperty("enumerable")) { desc.HasEnumerable = true; desc.Enumerable = ToBoolean(o.Get("enumerable")); }
        if (o.HasProperty("configurable")) { desc.HasConfigurable = true; desc.Configurable = ToBoolean(o.Get("configurable")); }
        if (o.HasProperty("value")) { desc.HasValue = true; desc.Value = o.Get("value"); }
        if (o.HasProperty("writable")) { desc.HasWritable = true; desc.Writable = ToBoolean(o.Get("writable")); }
        if (o.HasProperty("get"))
        {
            JsValue g = o.Get("get");
            if (!g.IsUndefined && g._ref is not JsFunction) throw realm.TypeError("Getter must be a function");
            desc.HasGet = true;
            desc.Get = g._ref as JsFunction;
        }

        if (o.HasProperty("set"))
        {
            JsValue s = o.Get("set");
            if (!s.IsUndefined && s._ref is not JsFunction) throw realm.TypeError("Setter must be a function");
            desc.HasSet = true;
            desc.Set = s._ref as JsFunction;
        }

        if ((desc.HasGet || desc.HasSet) && (desc.HasValue || desc.HasWritable))
        {
            throw realm.TypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
        }

        return desc;
    }

    /// <see href="https://tc39.es/ecma262/#sec-frompropertydescriptor"/>
    public static JsObject FromPropertyDescriptor(Realm realm, in PropertyDescriptor desc)
    {
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        if (desc.HasValue) o.FastAddProperty("value", desc.Value);
        if (desc.HasWritable) o.FastAddProperty("writable", desc.Writable);
        if (desc.HasGet) o.FastAddProperty("get", desc.Get is null ? default : JsValue.FromRef(desc.Get));
        if (desc.HasSet) o.FastAddProperty("set", desc.Set is null ? default : JsValue.FromRef(desc.Set));
        if (desc.HasEnumerable) o.FastAddProperty("enumerable", desc.Enumerable);
        if (desc.HasConfigurable) o.FastAddProperty("configurable", desc.Configurable);
        return o;
    }

    /// <summary>A short description of a value for "x is not a function" messages.</summary>
    public static string DescribeForError(Realm realm, JsValue v) => v.Kind switch
    {
        JsValueKind.String => "\"" + v.AsString() + "\"",
        JsValueKind.Object => v._ref is JsFunction f ? (f.DebugName.Length > 0 ? f.DebugName : "function") : "object",
        JsValueKind.Symbol => v.AsSymbol.ToString(),
        _ => ToString(realm, v),
    };
}

/// <summary>The part of a bound function exotic object that OrdinaryHasInstance needs.</summary>
public abstract class JsBoundFunctionBase(Realm realm, JsObject? prototype, Shape shape) : JsFunction(realm, prototype, shape)
{
    public abstract JsFunction BoundTargetFunction { get; }
}
