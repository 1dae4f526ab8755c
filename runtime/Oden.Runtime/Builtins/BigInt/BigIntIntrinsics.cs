// The BigInt intrinsics and their global binding (a part of Intrinsics; see Execution/Intrinsics.cs).
namespace Oden.Runtime;

public sealed partial class Intrinsics
{
    private JsObject? _bigIntPrototype;
    private JsFunction? _bigIntConstructor;

    /// <summary>%BigInt.prototype% (an ordinary object: it has no [[BigIntData]]).</summary>
    public JsObject BigIntPrototype => _bigIntPrototype ?? InitPair(ref _bigIntPrototype, ref _bigIntConstructor,
        new JsObject(ObjectPrototype), Builtins.BigIntPrototype.DefineProperties,
        Builtins.BigIntConstructor.CreateConstructor, Builtins.BigIntConstructor.DefineProperties).Prototype;

    /// <summary>%BigInt%.</summary>
    public JsFunction BigIntConstructor => _bigIntConstructor ?? (BigIntPrototype is not null ? _bigIntConstructor! : null!);

    [Builtins.JsGlobal("BigInt")] private JsValue BigIntBinding => BigIntConstructor;
}
