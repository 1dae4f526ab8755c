// The Map and Set intrinsics and their global bindings (a part of Intrinsics; see Execution/Intrinsics.cs).
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsObject? _mapPrototype;
    private JsFunction? _mapConstructor;
    private JsObject? _setPrototype;
    private JsFunction? _setConstructor;
    private JsObject? _mapIteratorPrototype;
    private JsObject? _setIteratorPrototype;

    /// <summary>%Map.prototype%.</summary>
    public JsObject MapPrototype => _mapPrototype ?? InitPair(ref _mapPrototype, ref _mapConstructor,
        new JsObject(ObjectPrototype), static (realm, proto) =>
        {
            Builtins.MapPrototype.DefineProperties(realm, proto);
            Builtins.MapPrototypeTail.DefineProperties(realm, proto);

            // %Map.prototype%[@@iterator] is %Map.prototype.entries%.
            proto.DefineDataProperty(PropertyKey.FromSymbol(JsSymbol.Iterator), proto.Get("entries"), PropertyFlags.Hidden);
        },
        Builtins.MapConstructor.CreateConstructor, Builtins.MapConstructor.DefineProperties).Prototype;

    /// <summary>%Map%.</summary>
    public JsFunction MapConstructor => _mapConstructor ?? (MapPrototype is not null ? _mapConstructor! : null!);

    /// <summary>%Set.prototype%.</summary>
    public JsObject SetPrototype => _setPrototype ?? InitPair(ref _setPrototype, ref _setConstructor,
        new JsObject(ObjectPrototype), static (realm, proto) =>
        {
            Builtins.SetPrototype.DefineProperties(realm, proto);
            Builtins.SetPrototypeTail.DefineProperties(realm, proto);

            // %Set.prototype%[@@iterator] is %Set.prototype.values% (so is %Set.prototype.keys%).
            proto.DefineDataProperty(PropertyKey.FromSymbol(JsSymbol.Iterator), proto.Get("values"), PropertyFlags.Hidden);
        },
        Builtins.SetConstructor.CreateConstructor, Builtins.SetConstructor.DefineProperties).Prototype;

    /// <summary>%Set%.</summary>
    public JsFunction SetConstructor => _setConstructor ?? (SetPrototype is not null ? _setConstructor! : null!);

    /// <summary>%MapIteratorPrototype%.</summary>
    public JsObject MapIteratorPrototype => _mapIteratorPrototype ??= CreateIteratorKind(Builtins.MapIteratorPrototype.DefineProperties);

    /// <summary>%SetIteratorPrototype%.</summary>
    public JsObject SetIteratorPrototype => _setIteratorPrototype ??= CreateIteratorKind(Builtins.SetIteratorPrototype.DefineProperties);

    [JsGlobal("Map")] private JsValue MapBinding => MapConstructor;
    [JsGlobal("Set")] private JsValue SetBinding => SetConstructor;
}
