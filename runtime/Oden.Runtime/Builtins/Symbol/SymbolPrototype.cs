namespace Oden.Runtime.Builtins;

/// <summary>%Symbol.prototype%'s members.</summary>
[JsToStringTag("Symbol")]
internal static partial class SymbolPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-thissymbolvalue"/>
    internal static JsSymbol ThisSymbolValue(Realm realm, JsValue value, string method)
    {
        if (value.IsSymbol) return value.AsSymbol;
        if (value.TryGetObject is JsPrimitiveWrapper w && w.PrimitiveValue.IsSymbol) return w.PrimitiveValue.AsSymbol;
        throw realm.TypeError($"Symbol.prototype.{method} requires that 'this' be a Symbol");
    }

    /// <see href="https://tc39.es/ecma262/#sec-symbol.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisSymbolValue(realm, thisValue, "toString").ToString();

    /// <see href="https://tc39.es/ecma262/#sec-symbol.prototype.valueof"/>
    [JsFunction("valueOf")]
    private static JsValue ValueOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisSymbolValue(realm, thisValue, "valueOf");

    /// <see href="https://tc39.es/ecma262/#sec-symbol.prototype.description"/>
    [JsGetter("description")]
    private static JsValue Description(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string? d = ThisSymbolValue(realm, thisValue, "description").Description;
        return d is null ? default(JsValue) : (JsValue)d;
    }

    /// <see href="https://tc39.es/ecma262/#sec-symbol.prototype-@@toprimitive"/>
    [JsFunction("[Symbol.toPrimitive]", Length = 1, Flags = PropertyFlags.Configurable)]
    private static JsValue ToPrimitive(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1. Return ? ThisSymbolValue(this value) (the hint is ignored).
        ThisSymbolValue(realm, thisValue, "[Symbol.toPrimitive]");
}
