// await and yield: bound as intrinsics of the enclosing function (Acornima has checked that they appear
// only where the grammar allows them); StateMachineRewriter lowers them into suspension points.
using System.Collections.Immutable;
using Acornima.Ast;
using Oden.Compiler.BoundTree;

namespace Oden.Compiler.Binding;

internal sealed partial class Binder
{
    private BoundExpression BindAwait(AwaitExpression node) =>
        new BoundIntrinsic(IntrinsicKind.Await, [BindExpression(node.Argument)], Span(node));

    private BoundExpression BindYield(YieldExpression node)
    {
        BoundExpression value = node.Argument is null
            ? new BoundLiteral(ConstantValue.Undefined, Span(node))
            : BindExpression(node.Argument);
        return new BoundIntrinsic(node.Delegate ? IntrinsicKind.YieldDelegate : IntrinsicKind.Yield, ImmutableArray.Create(value), Span(node));
    }
}
