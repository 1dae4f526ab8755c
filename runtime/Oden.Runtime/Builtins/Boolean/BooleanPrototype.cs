namespace Oden.Runtime.Builtins;

/// <summary>%Boolean.prototype%'s methods.</summary>
internal static partial class BooleanPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-thisbooleanvalue"/>
    private static bool ThisBooleanValue(Realm realm, JsValue value, string method)
    {
        if (value.IsBoolean) return value.AsBoolean;
        if (value.TryGetObject is JsPrimitiveWrapper w && w.PrimitiveValue.IsBoolean) return w.PrimitiveValue.AsBoolean;
        throw realm.TypeError($"Boolean.prototype.{method} requires that 'this' be a Boolean");
    }

    /// <see href="https://tc39.es/ecma262/#sec-boolean.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisBooleanValue(realm, thisValue, "toString") ? "true" : "false";

    /// <see href="https://tc39.es/ecma262/#sec-boolean.prototype.valueof"/>
    [JsFunction("valueOf")]
    private static JsValue ValueOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisBooleanValue(realm, thisValue, "valueOf");
}
