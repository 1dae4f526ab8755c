namespace Oden.Runtime.Builtins;

/// <summary>%Function%. Compiling source text at run time needs the compiler hook that the dynamic-language issue adds.</summary>
internal static partial class FunctionConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-function-p1-p2-pn-body"/>
    [JsConstructor("Function", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        throw realm.EvalError("new Function() is not supported yet: compiling code at run time arrives with eval support");
}
