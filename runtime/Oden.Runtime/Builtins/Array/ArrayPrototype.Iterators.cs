// keys, values (also [Symbol.iterator]) and entries.
namespace Oden.Runtime.Builtins;

internal static partial class ArrayPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.keys"/>
    [JsFunction("keys")]
    private static JsValue Keys(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsArrayIterator(realm, Operations.ToObject(realm, thisValue), ArrayIterationKind.Keys);

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.values"/>
    /// <see href="https://tc39.es/ecma262/#sec-array.prototype-@@iterator"/>
    [JsFunction("values", Alias = "[Symbol.iterator]")]
    internal static JsValue Values(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsArrayIterator(realm, Operations.ToObject(realm, thisValue), ArrayIterationKind.Values);

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.entries"/>
    [JsFunction("entries")]
    private static JsValue Entries(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsArrayIterator(realm, Operations.ToObject(realm, thisValue), ArrayIterationKind.Entries);
}
