namespace Oden.Runtime.Builtins;

/// <summary>%Boolean%.</summary>
internal static partial class BooleanConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-boolean-constructor-boolean-value"/>
    [JsConstructor("Boolean", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        bool b = Operations.ToBoolean(args.At(0));
        if (newTarget is null) return b;
        return new JsPrimitiveWrapper(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.BooleanPrototype), b);
    }
}
