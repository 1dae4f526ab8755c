using Oden.Runtime.CompilerServices;

namespace Oden.Runtime.Builtins;

/// <summary>eval called as a function value (an indirect eval: global scope).</summary>
internal static class EvalFunctions
{
    /// <see href="https://tc39.es/ecma262/#sec-eval-x"/>
    internal static JsValue IndirectEval(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1. Return ? PerformEval(x, false, false).
        Ops.PerformEval(realm, args.At(0), DynamicCodeKind.IndirectEval, strictCaller: false, scope: null, thisValue: default, "eval at <anonymous>", caller: null);
}
