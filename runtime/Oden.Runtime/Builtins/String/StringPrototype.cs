namespace Oden.Runtime.Builtins;

/// <summary>%String.prototype%'s methods.</summary>
internal static partial class StringPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-thisstringvalue"/>
    internal static string ThisStringValue(Realm realm, JsValue value, string method)
    {
        if (value.IsString) return value.AsString();
        if (value.TryGetObject is JsPrimitiveWrapper w && w.PrimitiveValue.IsString) return w.PrimitiveValue.AsString();
        throw realm.TypeError($"String.prototype.{method} requires that 'this' be a String");
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisStringValue(realm, thisValue, "toString");

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.valueof"/>
    [JsFunction("valueOf")]
    private static JsValue ValueOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisStringValue(realm, thisValue, "valueOf");
}
