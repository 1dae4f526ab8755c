using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed partial class LocalRewriter
{
    // for (target in obj) body
    // becomes
    //   $keys = ForInStart(obj);          (obj evaluated in the TDZ scope when the loop declares let/const)
    //   goto continue;
    // top:
    //   { // iteration scope (fresh per iteration): let target
    //     target = ForInCurrent($keys);   (a declaration for let/const; an assignment otherwise)
    //     body
    //   }
    // continue:
    //   interrupt_check;
    //   if (ForInMoveNext($keys)) goto top;
    // break:
    //
    // The key list is taken when the loop starts (EnumerateObjectProperties); keys deleted before they
    // are reached are skipped by ForInMoveNext. null and undefined give no iterations.
    public override BoundStatement VisitForIn(BoundForIn node)
    {
        var span = node.Span;
        var keys = Temp("keys", StorageType.ForInIterator);
        var top = new LabelSymbol("top");
        return List(span,
        [
            EvaluateForEachExpression(node, value => AssignStatement(keys, Intrinsic(IntrinsicKind.ForInStart, span, value), span)),
            Goto(node.Labels.Continue, span),
            Label(top, span),
            IterationBody(node, Intrinsic(IntrinsicKind.ForInCurrent, span, Read(keys, span))),
            Label(node.Labels.Continue, span),
            new BoundInterruptCheck(span),
            JumpIf(Intrinsic(IntrinsicKind.ForInMoveNext, span, Read(keys, span)), top),
            Label(node.Labels.Break, span),
        ]);
    }

    /// <summary>
    /// The loop's right-hand side, evaluated once. When the loop declares let/const, it runs inside the
    /// TDZ scope, so `for (let x of x)` throws a ReferenceError as the spec requires.
    /// </summary>
    private BoundStatement EvaluateForEachExpression(BoundForEach node, Func<BoundExpression, BoundStatement> use)
    {
        var expression = Visit(node.Expression);
        if (node.TdzScope is null || !node.TdzScope.Variables.Any(v => v.IsReferenced))
            return use(expression);
        return new BoundBlock(node.TdzScope, [use(expression)], node.Expression.Span);
    }

    /// <summary>One iteration: bind the value to the target in a fresh iteration scope, then run the body.</summary>
    private BoundStatement IterationBody(BoundForEach node, BoundExpression value)
    {
        var span = node.Span;
        BoundStatement bind = node.Target is BoundVariable { Symbol: { IsLexical: true } symbol } && symbol.Scope == node.IterationScope
            ? new BoundVariableDeclaration(symbol, value, node.Target.Span)
            : Statement(AssignTo(node.Target, value));
        var body = Visit(node.Body);
        return new BoundBlock(node.IterationScope, [bind, body], span);
    }

    /// <summary>target = value for a for-in/of target (a variable, global, member or index).</summary>
    private BoundExpression AssignTo(BoundExpression target, BoundExpression value)
    {
        // `for (f() in o)`: the binder made the target "call f, then throw"; the value is not stored.
        if (target is BoundSequence invalid) return new BoundSequence([], [value], Visit(invalid), invalid.Span);
        var visited = target switch
        {
            BoundMember m => m.Update(Visit(m.Receiver)),
            BoundIndex i => i.Update(Visit(i.Receiver), Visit(i.Key)),
            _ => target,
        };
        return new BoundAssignment(visited, value, target.Span);
    }
}
