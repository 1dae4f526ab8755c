// The promise intrinsics of a realm (%Promise%, %Promise.prototype%, %AggregateError%,
// %AggregateError.prototype%) and their global bindings, as a part of Intrinsics kept beside the builtins.
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsObject? _promisePrototype;
    private JsFunction? _promiseConstructor;

    /// <summary>%Promise.prototype%: an ordinary object.</summary>
    public JsObject PromisePrototype => _promisePrototype ?? InitPair(ref _promisePrototype, ref _promiseConstructor,
        new JsObject(ObjectPrototype), Builtins.PromisePrototype.DefineProperties,
        Builtins.PromiseConstructor.CreateConstructor, Builtins.PromiseConstructor.DefineProperties).Prototype;

    /// <summary>%Promise%.</summary>
    public JsFunction PromiseConstructor => _promiseConstructor ?? (PromisePrototype is not null ? _promiseConstructor! : null!);

    private JsObject? _aggregateErrorPrototype;
    private JsFunction? _aggregateErrorConstructor;

    /// <summary>%AggregateError.prototype%: inherits from %Error.prototype%.</summary>
    public JsObject AggregateErrorPrototype
    {
        get
        {
            if (_aggregateErrorPrototype is null) InitAggregateError();
            return _aggregateErrorPrototype!;
        }
    }

    /// <summary>%AggregateError%: inherits from %Error%.</summary>
    public JsFunction AggregateErrorConstructor
    {
        get
        {
            if (_aggregateErrorConstructor is null) InitAggregateError();
            return _aggregateErrorConstructor!;
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-properties-of-the-aggregate-error-constructors"/>
    private void InitAggregateError()
    {
        var proto = new JsObject(GetErrorPrototype(ErrorKind.Error));
        _aggregateErrorPrototype = proto;
        JsFunction ctor = Builtins.AggregateErrorConstructor.CreateConstructor(_realm);
        _aggregateErrorConstructor = ctor;
        ctor.SetPrototypeOf(GetErrorConstructor(ErrorKind.Error));
        ctor.FastAddProperty("prototype", proto, PropertyFlags.None);
        proto.FastAddProperty("constructor", ctor, PropertyFlags.Hidden);
        proto.FastAddProperty("name", "AggregateError", PropertyFlags.Hidden);
        proto.FastAddProperty("message", "", PropertyFlags.Hidden);
    }

    [JsGlobal("Promise")] private JsValue PromiseBinding => PromiseConstructor;
    [JsGlobal("AggregateError")] private JsValue AggregateErrorBinding => AggregateErrorConstructor;
}
