namespace Oden.Runtime.Builtins;

/// <summary>%Function.prototype%'s methods.</summary>
internal static partial class FunctionPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-function.prototype.call"/>
    [JsFunction("call", Length = 1)]
    private static JsValue CallMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. If IsCallable(func) is false, throw a TypeError exception.
        if (thisValue.TryGetObject is not JsFunction f) throw realm.TypeError("Function.prototype.call called on a non-function");

        // 4. Return ? Call(func, thisArg, args).
        return f.Call(args.At(0), args.Length > 1 ? args[1..] : ReadOnlySpan<JsValue>.Empty);
    }
}
