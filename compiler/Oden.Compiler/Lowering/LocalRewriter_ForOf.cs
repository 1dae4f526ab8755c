using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed partial class LocalRewriter
{
    // for (target of iterable) body
    // becomes
    //   $iter = ForOfStart(iterable);        GetIterator(iterable, sync); arrays and strings with their
    //                                         built-in iteration intact take a fast path in the runtime
    //   try {
    //     goto continue;
    //   top:
    //     { // iteration scope: let target
    //       target = ForOfCurrent($iter);
    //       body
    //     }
    //   continue:
    //     interrupt_check;
    //     if (ForOfMoveNext($iter)) goto top; IteratorStep: false when done (the record is then done)
    //   }
    //   catch {                              a throw from the body or the target assignment:
    //     ForOfCloseAfterThrow($iter);       IteratorClose, return()'s own errors suppressed
    //     rethrow;
    //   }
    //   finally {
    //     ForOfClose($iter);                 break/continue-outer/return: IteratorClose; a no-op when
    //   }                                    the record is done (exhausted, or next() threw)
    // break:
    public override BoundStatement VisitForOf(BoundForOf node)
    {
        if (node.IsAwait) return VisitForAwait(node);
        var span = node.Span;
        var iterator = Temp("iter", StorageType.IteratorRecord);
        var top = new LabelSymbol("top");
        var loop = new BoundBlock(null,
        [
            Goto(node.Labels.Continue, span),
            Label(top, span),
            IterationBody(node, Intrinsic(IntrinsicKind.ForOfCurrent, span, Read(iterator, span))),
            Label(node.Labels.Continue, span),
            new BoundInterruptCheck(span),
            JumpIf(Intrinsic(IntrinsicKind.ForOfMoveNext, span, Read(iterator, span)), top),
        ], span);
        var onThrow = new BoundCatchClause(null, null, null, new BoundBlock(null,
        [
            Statement(Intrinsic(IntrinsicKind.ForOfCloseAfterThrow, span, Read(iterator, span))),
            new BoundRethrow(span),
        ], span));
        var onExit = new BoundBlock(null, [Statement(Intrinsic(IntrinsicKind.ForOfClose, span, Read(iterator, span)))], span);

        return List(span,
        [
            EvaluateForEachExpression(node, value => AssignStatement(iterator, Intrinsic(IntrinsicKind.ForOfStart, span, value), span)),
            new BoundTry(loop, onThrow, onExit, span),
            Label(node.Labels.Break, span),
        ]);
    }
}
