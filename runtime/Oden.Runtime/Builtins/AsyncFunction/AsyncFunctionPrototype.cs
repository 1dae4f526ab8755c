namespace Oden.Runtime.Builtins;

/// <summary>%AsyncFunction%: compiles async function source through the realm's compile hook, as Function does.</summary>
internal static partial class AsyncFunctionConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-async-function-constructor"/>
    [JsConstructor("AsyncFunction", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        // 3. Return ? CreateDynamicFunction(C, NewTarget, async, parameterArgs, bodyArg).
        FunctionConstructor.CreateDynamicFunction(realm, "async function", args, newTarget, realm.Intrinsics.AsyncFunction, realm.Intrinsics.AsyncFunctionPrototype);
}

/// <summary>%AsyncFunction.prototype%: the [[Prototype]] of async functions and async arrows.</summary>
[JsToStringTag("AsyncFunction")]
internal static partial class AsyncFunctionPrototype
{
}
