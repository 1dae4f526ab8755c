// JsValue: every JavaScript value, in 16 bytes, without allocation for numbers.
//
// Invariants (see docs/architecture.md, "Values"):
// - the struct is one object reference (_ref) and one double (_num);
// - undefined is a null reference, so default(JsValue) and fresh JsValue[] are undefined without filling;
// - numbers carry NumberTag in _ref and the value in _num; null, true, false, the array hole and the lazy
//   slot marker are other sentinel references; strings (string or JsRope), symbols, bigints (JsBigInt)
//   and objects are _ref;
// - a function value made from a statically known JsFunction (closure creation, builtins, methods) carries
//   FunctionMark in _num: calls test the mark in registers instead of calling the cast helper (generated
//   code runs untiered, so `is JsFunction` is a helper call every time). The mark is a hint: a function
//   value without it is still a function (the ordinary type test then decides);
// - the sentinels are static readonly objects: once the JIT has tiered up, comparing against them is a
//   compare with a constant.
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Oden.Runtime;

/// <summary>A JavaScript value.</summary>
[DebuggerDisplay("{DebuggerDisplay,nq}")]
public readonly struct JsValue
{
    internal sealed class Tag(string name)
    {
        public override string ToString() => name;
    }

    internal static readonly object NumberTag = new Tag("number");
    internal static readonly object NullTag = new Tag("null");
    internal static readonly object TrueTag = new Tag("true");
    internal static readonly object FalseTag = new Tag("false");
    internal static readonly object HoleTag = new Tag("hole");
    internal static readonly object LazyTag = new Tag("lazy");

    internal readonly object? _ref;
    internal readonly double _num;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JsValue(object? reference, double number)
    {
        _ref = reference;
        _num = number;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsValue(double number)
    {
        _ref = NumberTag;
        _num = number;
    }

    public JsValue(string value)
    {
        _ref = value;
        _num = 0;
    }

    public JsValue(JsObject value)
    {
        _ref = value;
        _num = 0;
    }

    /// <summary>A function value, marked so that calls recognize it without a type test.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsValue(JsFunction value)
    {
        _ref = value;
        _num = BitConverter.Int64BitsToDouble(FunctionMark);
    }

    /// <summary>
    /// The bits of _num in a marked function value: a NaN payload that arithmetic never produces. A number
    /// could still carry these bits (read back raw from a typed array), so the test also rules out numbers.
    /// </summary>
    internal const long FunctionMark = 0x7FF4_0DE0_F00C_0001;

    public static JsValue Undefined { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => default; }
    public static readonly JsValue Null = new(NullTag, 0);
    public static readonly JsValue True = new(TrueTag, 1);
    public static readonly JsValue False = new(FalseTag, 0);
    public static readonly JsValue NaN = new(double.NaN);
    public static readonly JsValue Zero = new(0d);
    public static readonly JsValue EmptyString = new("");
    internal static readonly JsValue Hole = new(HoleTag, 0);
    internal static readonly JsValue Lazy = new(LazyTag, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromBoolean(bool b) => b ? True : False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromNumber(double d) => new(NumberTag, d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromString(string s) => new(s, 0);

    internal static JsValue FromRef(object o) => new(o, 0);

    /// <summary>
    /// The object a reference holds, or null. A plain object or an array (most receivers of hot property and
    /// method code) is recognized by a method-table compare; other objects take the ordinary type test.
    /// Generated code is loaded into collectible contexts, whose methods the JIT compiles once without
    /// profile-guided optimization, so there an `is JsObject` is a call to the cast helper every time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static JsObject? ObjectOf(object? reference) =>
        // (`GetType() == typeof(X)` alone, and `is` of the sealed JsArray, are what the JIT turns into method-table
        // compares here; a GetType() kept in a local or tested twice becomes a call.)
        reference is not null && reference.GetType() == typeof(JsObject) ? Unsafe.As<JsObject>(reference)
        : reference is JsArray array ? array
        : reference as JsObject;

    /// <summary>
    /// The function a value holds, or null: a marked function value (see FunctionMark) is recognized in
    /// registers; anything else takes the ordinary type test.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static JsFunction? FunctionOf(in JsValue value)
    {
        if (BitConverter.DoubleToInt64Bits(value._num) == FunctionMark && !ReferenceEquals(value._ref, NumberTag))
            return Unsafe.As<JsFunction>(value._ref);
        return value._ref as JsFunction;
    }

    /// <summary>The function a marked function value holds, else null (unmarked functions included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static JsFunction? MarkedFunctionOf(in JsValue value) =>
        BitConverter.DoubleToInt64Bits(value._num) == FunctionMark && !ReferenceEquals(value._ref, NumberTag)
            ? Unsafe.As<JsFunction>(value._ref) : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(double d) => new(NumberTag, d);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(int i) => new(NumberTag, i);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(bool b) => b ? True : False;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(string s) => new(s, 0);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(JsObject o) => new(o, 0);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator JsValue(JsFunction f) => new(f);
    public static implicit operator JsValue(JsSymbol s) => new(s, 0);
    public static implicit operator JsValue(JsBigInt b) => new(b, 0);

    public bool IsUndefined
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref is null;
    }

    public bool IsNull { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(_ref, NullTag); }

    /// <summary>undefined or null.</summary>
    public bool IsNullish
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref is null || ReferenceEquals(_ref, NullTag);
    }

    public bool IsNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(_ref, NumberTag);
    }

    public bool IsBoolean { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(_ref, TrueTag) || ReferenceEquals(_ref, FalseTag); }
    public bool IsTrue { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(_ref, TrueTag); }
    public bool IsString { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _ref is string || _ref is JsRope; }
    public bool IsSymbol { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _ref is JsSymbol; }
    public bool IsBigInt { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _ref is JsBigInt; }

    public bool IsObject
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _ref is JsObject;
    }

    internal bool IsHole { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(_ref, HoleTag); }
    internal bool IsLazy { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(_ref, LazyTag); }

    /// <summary>A primitive: anything but an object.</summary>
    public bool IsPrimitive { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _ref is not JsObject; }

    public double AsNumber
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _num;
    }

    public bool AsBoolean { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(_ref, TrueTag); }

    public JsObject AsObject
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.As<JsObject>(_ref!);
    }

    public JsObject? TryGetObject => _ref as JsObject;

    public JsSymbol AsSymbol => (JsSymbol)_ref!;

    public JsBigInt AsBigInt => (JsBigInt)_ref!;

    /// <summary>The characters of a string value (a rope is flattened once).</summary>
    public string AsString()
    {
        if (_ref is string s)
        {
            return s;
        }

        return ((JsRope)_ref!).Flatten();
    }

    /// <summary>The underlying reference (string, JsRope, JsSymbol, JsObject or a sentinel).</summary>
    internal object? Reference => _ref;

    public JsValueKind Kind
    {
        get
        {
            object? r = _ref;
            if (r is null) return JsValueKind.Undefined;
            if (ReferenceEquals(r, NumberTag)) return JsValueKind.Number;
            if (r is string || r is JsRope) return JsValueKind.String;
            if (r is JsObject) return JsValueKind.Object;
            if (ReferenceEquals(r, NullTag)) return JsValueKind.Null;
            if (ReferenceEquals(r, TrueTag) || ReferenceEquals(r, FalseTag)) return JsValueKind.Boolean;
            if (r is JsSymbol) return JsValueKind.Symbol;
            if (r is JsBigInt) return JsValueKind.BigInt;
            return JsValueKind.Internal;
        }
    }

    private string DebuggerDisplay => Kind switch
    {
        JsValueKind.Undefined => "undefined",
        JsValueKind.Null => "null",
        JsValueKind.Number => NumberFormatting.ToString(_num),
        JsValueKind.Boolean => AsBoolean ? "true" : "false",
        JsValueKind.String => "\"" + AsString() + "\"",
        JsValueKind.Symbol => AsSymbol.ToString(),
        JsValueKind.BigInt => AsBigInt + "n",
        JsValueKind.Object => AsObject.ToString() ?? "object",
        _ => _ref!.ToString() ?? "internal",
    };

    public override string ToString() => DebuggerDisplay;
}

public enum JsValueKind : byte
{
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Symbol,
    Object,
    BigInt,
    /// <summary>Internal markers (hole, lazy slot, accessor pair) that never reach JavaScript code.</summary>
    Internal,
}
