// The WeakMap and WeakSet intrinsics and their global bindings (a part of Intrinsics).
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsObject? _weakMapPrototype;
    private JsFunction? _weakMapConstructor;
    private JsObject? _weakSetPrototype;
    private JsFunction? _weakSetConstructor;

    /// <summary>%WeakMap.prototype%.</summary>
    public JsObject WeakMapPrototype => _weakMapPrototype ?? InitPair(ref _weakMapPrototype, ref _weakMapConstructor,
        new JsObject(ObjectPrototype), Builtins.WeakMapPrototype.DefineProperties,
        Builtins.WeakMapConstructor.CreateConstructor, null).Prototype;

    /// <summary>%WeakMap%.</summary>
    public JsFunction WeakMapConstructor => _weakMapConstructor ?? (WeakMapPrototype is not null ? _weakMapConstructor! : null!);

    /// <summary>%WeakSet.prototype%.</summary>
    public JsObject WeakSetPrototype => _weakSetPrototype ?? InitPair(ref _weakSetPrototype, ref _weakSetConstructor,
        new JsObject(ObjectPrototype), Builtins.WeakSetPrototype.DefineProperties,
        Builtins.WeakSetConstructor.CreateConstructor, null).Prototype;

    /// <summary>%WeakSet%.</summary>
    public JsFunction WeakSetConstructor => _weakSetConstructor ?? (WeakSetPrototype is not null ? _weakSetConstructor! : null!);

    [JsGlobal("WeakMap")] private JsValue WeakMapBinding => WeakMapConstructor;
    [JsGlobal("WeakSet")] private JsValue WeakSetBinding => WeakSetConstructor;
}
