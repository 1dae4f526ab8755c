namespace Oden.Runtime.Builtins;

/// <summary>%Object% and its static methods.</summary>
internal static partial class ObjectConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-object-value"/>
    [JsConstructor("Object", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is neither undefined nor the active function object, then
        //    return ? OrdinaryCreateFromConstructor(NewTarget, "%Object.prototype%").
        if (newTarget is not null && !ReferenceEquals(newTarget, realm.Intrinsics.ObjectConstructor))
        {
            return new JsObject(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.ObjectPrototype));
        }

        // 2. If value is either undefined or null, return OrdinaryObjectCreate(%Object.prototype%).
        JsValue value = args.At(0);
        if (value.IsNullish) return new JsObject(realm.Intrinsics.ObjectPrototype);

        // 3. Return ! ToObject(value).
        return Operations.ToObject(realm, value);
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.getprototypeof"/>
    [JsFunction("getPrototypeOf", Length = 1)]
    private static JsValue GetPrototypeOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsObject? proto = Operations.ToObject(realm, args.At(0)).GetPrototypeOf();
        return proto is null ? JsValue.Null : proto;
    }
}
