namespace Oden.Runtime.Builtins;

/// <summary>%RegExp%.</summary>
internal static partial class RegExpConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-regexp-pattern-flags"/>
    [JsConstructor("RegExp", Length = 2)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        throw realm.SyntaxError("RegExp objects arrive with the regex engine interface");

    /// <see href="https://tc39.es/ecma262/#sec-get-regexp-@@species"/>
    [JsGetter("[Symbol.species]")]
    private static JsValue Species(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;
}
