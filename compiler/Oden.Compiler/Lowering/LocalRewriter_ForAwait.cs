using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed partial class LocalRewriter
{
    // for await (target of iterable) body
    // becomes (the awaits are suspension points for StateMachineRewriter)
    //   $iter = AsyncIteratorStart(iterable);        GetIterator(iterable, async): @@asyncIterator, or
    //   try {                                         the sync iterator through %AsyncFromSyncIteratorPrototype%
    //   continue:
    //     interrupt_check;
    //     $result = await AsyncIteratorNext($iter);  Call(next, iterator), awaited
    //     if (AsyncIteratorComplete($iter, $result)) goto break;   object check, IteratorComplete
    //     { // iteration scope: let target
    //       target = AsyncIteratorValue($iter, $result);
    //       body
    //     }
    //     goto continue;
    //   }
    //   catch {                                       AsyncIteratorClose(throw completion): return() is
    //     if (AsyncCloseBeginAfterThrow($iter))       called and its result awaited; its errors are dropped
    //       try { await DelegateValue(); } catch { }
    //     rethrow;
    //   }
    //   finally {                                     break/return: AsyncIteratorClose (a no-op when the
    //     if (AsyncCloseBegin($iter))                 iterator is done or next() threw)
    //       AsyncCloseEnd(await DelegateValue());
    //   }
    // break:
    private BoundStatement VisitForAwait(BoundForOf node)
    {
        var span = node.Span;
        var iterator = Temp("asyncIter", StorageType.IteratorRecord);
        var result = Temp("asyncResult");
        var loop = new BoundBlock(null,
        [
            Label(node.Labels.Continue, span),
            new BoundInterruptCheck(span),
            AssignStatement(result, Intrinsic(IntrinsicKind.Await, span, Intrinsic(IntrinsicKind.AsyncIteratorNext, span, Read(iterator, span))), span),
            JumpIf(Intrinsic(IntrinsicKind.AsyncIteratorComplete, span, Read(iterator, span), Read(result, span)), node.Labels.Break),
            IterationBody(node, Intrinsic(IntrinsicKind.AsyncIteratorValue, span, Read(iterator, span), Read(result, span))),
            Goto(node.Labels.Continue, span),
        ], span);

        var ignoreErrors = new BoundTry(
            new BoundBlock(null, [Statement(Intrinsic(IntrinsicKind.Await, span, Intrinsic(IntrinsicKind.DelegateValue, span)))], span),
            new BoundCatchClause(null, null, null, new BoundBlock(null, [], span)),
            null,
            span);
        var onThrow = new BoundCatchClause(null, null, null, new BoundBlock(null,
        [
            new BoundIf(Intrinsic(IntrinsicKind.AsyncCloseBeginAfterThrow, span, Read(iterator, span)), ignoreErrors, null, span),
            new BoundRethrow(span),
        ], span));

        var close = Statement(Intrinsic(IntrinsicKind.AsyncCloseEnd, span, Intrinsic(IntrinsicKind.Await, span, Intrinsic(IntrinsicKind.DelegateValue, span))));
        var onExit = new BoundBlock(null,
        [
            new BoundIf(Intrinsic(IntrinsicKind.AsyncCloseBegin, span, Read(iterator, span)), close, null, span),
        ], span);

        return List(span,
        [
            EvaluateForEachExpression(node, value => AssignStatement(iterator, Intrinsic(IntrinsicKind.AsyncIteratorStart, span, value), span)),
            new BoundTry(loop, onThrow, onExit, span),
            Label(node.Labels.Break, span),
        ]);
    }
}
