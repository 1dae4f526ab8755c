// JsBuiltinFunction: a function implemented in C#. The implementation is a function pointer to a static
// method (no delegate allocation, no ALC concerns: builtins live in the runtime). Methods take
// (realm, this, args); constructors also take newTarget, which is null for a plain call.
namespace Oden.Runtime;

public sealed unsafe class JsBuiltinFunction : JsFunction
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Function)
        .AddProperty("length", PropertyFlags.Configurable)
        .AddProperty("name", PropertyFlags.Configurable);

    private readonly delegate*<Realm, JsValue, ReadOnlySpan<JsValue>, JsValue> _method;
    private readonly delegate*<Realm, JsValue, ReadOnlySpan<JsValue>, JsObject?, JsValue> _constructor;

    /// <summary>A builtin method (not a constructor).</summary>
    public JsBuiltinFunction(
        Realm realm, string name, int length, delegate*<Realm, JsValue, ReadOnlySpan<JsValue>, JsValue> method)
        : this(realm, JsValue.FromString(name), length)
    {
        _method = method;
    }

    /// <summary>A builtin method whose name is a symbol-derived string such as "[Symbol.iterator]" or "get size".</summary>
    public JsBuiltinFunction(
        Realm realm, JsValue name, int length, delegate*<Realm, JsValue, ReadOnlySpan<JsValue>, JsValue> method)
        : this(realm, name, length)
    {
        _method = method;
    }

    /// <summary>A builtin constructor.</summary>
    public JsBuiltinFunction(
        Realm realm, string name, int length, delegate*<Realm, JsValue, ReadOnlySpan<JsValue>, JsObject?, JsValue> constructor)
        : this(realm, JsValue.FromString(name), length)
    {
        _constructor = constructor;
    }

    private JsBuiltinFunction(Realm realm, JsValue name, int length)
        : base(realm, realm.Intrinsics.FunctionPrototype, s_shape)
    {
        _slots[0] = JsValue.FromNumber(length);
        _slots[1] = name;
    }

    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        if (_method != null)
        {
            return _method(Realm, thisValue, arguments);
        }

        return _constructor(Realm, thisValue, arguments, null);
    }

    // The fixed-arity entries call the pointer directly (one virtual call less than the base class's).

    public override JsValue Call0(JsValue thisValue) =>
        _method != null ? _method(Realm, thisValue, ReadOnlySpan<JsValue>.Empty) : Call(thisValue, ReadOnlySpan<JsValue>.Empty);

    public override JsValue Call1(JsValue thisValue, JsValue a0) =>
        _method != null ? _method(Realm, thisValue, new ReadOnlySpan<JsValue>(in a0)) : Call(thisValue, new ReadOnlySpan<JsValue>(in a0));

    public override JsValue Call2(JsValue thisValue, JsValue a0, JsValue a1)
    {
        if (_method == null) return base.Call2(thisValue, a0, a1);
        ArgumentBuffer2 args = default;
        args[0] = a0;
        args[1] = a1;
        return _method(Realm, thisValue, args);
    }

    public override JsValue Call3(JsValue thisValue, JsValue a0, JsValue a1, JsValue a2)
    {
        if (_method == null) return base.Call3(thisValue, a0, a1, a2);
        ArgumentBuffer3 args = default;
        args[0] = a0;
        args[1] = a1;
        args[2] = a2;
        return _method(Realm, thisValue, args);
    }

    public override bool IsConstructor => _constructor != null;

    /// <summary>
    /// Whether this function runs <paramref name="method"/>: lets builtins recognise an unmodified intrinsic
    /// (Array.prototype.values, %ArrayIteratorPrototype%.next, RegExp.prototype.exec) in any realm and take a
    /// fast path that is unobservable.
    /// </summary>
    // A false negative (two entry points for one method) only loses the fast path; a false positive cannot happen.
    internal bool IsMethod(delegate*<Realm, JsValue, ReadOnlySpan<JsValue>, JsValue> method) => (nint)_method == (nint)method;

    public override JsValue Construct(ReadOnlySpan<JsValue> arguments, JsObject newTarget)
    {
        if (_constructor == null)
        {
            throw Realm.TypeError($"{DebugName} is not a constructor");
        }

        return _constructor(Realm, default, arguments, newTarget);
    }
}
