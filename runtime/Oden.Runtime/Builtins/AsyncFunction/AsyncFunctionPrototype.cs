namespace Oden.Runtime.Builtins;

/// <summary>%AsyncFunction%: compiling source at run time needs the dynamic-code hook.</summary>
internal static partial class AsyncFunctionConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-async-function-constructor"/>
    [JsConstructor("AsyncFunction", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        throw realm.EvalError("AsyncFunction() is not supported yet: compiling code at run time arrives with eval support");
}

/// <summary>%AsyncFunction.prototype%: the [[Prototype]] of async functions and async arrows.</summary>
[JsToStringTag("AsyncFunction")]
internal static partial class AsyncFunctionPrototype
{
}
