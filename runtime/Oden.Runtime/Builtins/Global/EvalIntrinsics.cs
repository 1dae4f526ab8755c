// %eval% and the global binding `eval` (a part of Intrinsics). The identity matters: a call
// `eval(src)` is a direct eval only when the callee is this realm's %eval% (Ops.CallEval).
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsFunction? _eval;

    /// <summary>%eval%.</summary>
    public JsFunction EvalFunction => _eval ??= new JsBuiltinFunction(_realm, "eval", 1, &EvalFunctions.IndirectEval);

    [JsGlobal("eval")] private JsValue EvalBinding => EvalFunction;
}
