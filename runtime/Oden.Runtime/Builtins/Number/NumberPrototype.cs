namespace Oden.Runtime.Builtins;

/// <summary>%Number.prototype%'s methods.</summary>
internal static partial class NumberPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-thisnumbervalue"/>
    internal static double ThisNumberValue(Realm realm, JsValue value, string method)
    {
        if (value.IsNumber) return value.AsNumber;
        if (value.TryGetObject is JsPrimitiveWrapper w && w.PrimitiveValue.IsNumber) return w.PrimitiveValue.AsNumber;
        throw realm.TypeError($"Number.prototype.{method} requires that 'this' be a Number");
    }

    /// <see href="https://tc39.es/ecma262/#sec-number.prototype.valueof"/>
    [JsFunction("valueOf")]
    private static JsValue ValueOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisNumberValue(realm, thisValue, "valueOf");
}
