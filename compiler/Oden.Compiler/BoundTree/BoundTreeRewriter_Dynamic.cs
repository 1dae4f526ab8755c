// BoundTreeRewriter's visits of the dynamic-scope nodes (BoundDynamicNodes.cs).
using System.Collections.Immutable;

namespace Oden.Compiler.BoundTree;

public abstract partial class BoundTreeRewriter
{
    public virtual BoundExpression VisitDynamicName(BoundDynamicName node)
    {
        ImmutableArray<DynamicStep>.Builder? steps = null;
        for (int i = 0; i < node.Steps.Length; i++)
        {
            var step = node.Steps[i];
            var updated = step.WithObject is null ? step : step.Update((BoundVariable)Visit(step.WithObject));
            if (steps is null && updated != step)
            {
                steps = ImmutableArray.CreateBuilder<DynamicStep>(node.Steps.Length);
                for (int j = 0; j < i; j++) steps.Add(node.Steps[j]);
            }
            steps?.Add(updated);
        }
        return node.Update(steps is null ? node.Steps : steps.MoveToImmutable(), Visit(node.Fallback));
    }

    public virtual BoundExpression VisitDirectEval(BoundDirectEval node) =>
        node.Update(Visit(node.Callee), VisitList(node.Arguments), Visit(node.ThisValue), Visit(node.NewTarget));
}
