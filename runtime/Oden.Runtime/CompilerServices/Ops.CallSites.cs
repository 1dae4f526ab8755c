// Call-site positions in optimized script code. The JIT maps native code to IL offsets only at
// statement boundaries: where the IL stack is empty, and after a call returning void. A runtime helper
// it inlines into a script method (Ops.Call0, GetNamed, New1…) and that calls on into script code is,
// when its statement has no IL offset of its own, emitted as code without any (NO_MAPPING); that
// script frame then has IL offset 0, no sequence point, and disappears from `error.stack`. Generated
// code calls MarkPosition right after a sequence point inside an expression: the boundary after this
// void call gives the next statement (the helper call) the IL offset of the call, so the frame reads
// the call's file:line:col whether or not the helper is inlined (Release and Debug runtimes agree).
using System.Runtime.CompilerServices;

namespace Oden.Runtime.CompilerServices;

public static partial class Ops
{
    /// <summary>Does nothing: a JIT statement boundary before a call that may run script code (see the file comment).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MarkPosition()
    {
    }
}
