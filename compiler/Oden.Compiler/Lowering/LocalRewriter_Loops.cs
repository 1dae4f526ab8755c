// while, do-while, for and non-loop labels. Loops are rotated (the test sits at the bottom, so an
// iteration runs one conditional jump) and every back-edge passes an interrupt check, so a host can
// stop `while (true) {}`.
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed partial class LocalRewriter
{
    // while (test) body
    // becomes
    //   goto continue;
    // top:
    //   body
    // continue:
    //   interrupt_check;
    //   if (test) goto top;
    // break:
    public override BoundStatement VisitWhile(BoundWhile node)
    {
        var top = new LabelSymbol("top");
        var span = node.Span;
        return List(span,
        [
            Goto(node.Labels.Continue, span),
            Label(top, span),
            Visit(node.Body),
            Label(node.Labels.Continue, span),
            new BoundInterruptCheck(span),
            JumpIf(Visit(node.Test), top),
            Label(node.Labels.Break, span),
        ]);
    }

    // do body while (test)
    // becomes
    // top:
    //   body
    // continue:
    //   interrupt_check;
    //   if (test) goto top;
    // break:
    public override BoundStatement VisitDoWhile(BoundDoWhile node)
    {
        var top = new LabelSymbol("top");
        var span = node.Span;
        return List(span,
        [
            Label(top, span),
            Visit(node.Body),
            Label(node.Labels.Continue, span),
            new BoundInterruptCheck(span),
            JumpIf(Visit(node.Test), top),
            Label(node.Labels.Break, span),
        ]);
    }

    // for (let i = init; test; update) body
    // becomes
    // { // head scope: let i
    //   let i = init;
    //   copy_iteration_env(i);        only when a closure captures a let of the head
    //   goto test;
    // top:
    //   body
    // continue:
    //   interrupt_check;
    //   copy_iteration_env(i);        (CreatePerIterationEnvironment, before the update)
    //   update;
    // test:
    //   if (test) goto top;           (no test: goto top)
    // break:
    // }
    public override BoundStatement VisitFor(BoundFor node)
    {
        var top = new LabelSymbol("top");
        var test = new LabelSymbol("test");
        var span = node.Span;
        bool copyPerIteration = node.Scope is { } scope && scope.Variables.Any(v => v.Kind == VariableKind.Let && v.IsCaptured);
        BoundStatement? copy = copyPerIteration ? new BoundCreatePerIterationEnvironment(node.Scope!, span) : null;

        var statements = List(span,
        [
            VisitOptional(node.Initializer),
            copy,
            Goto(test, span),
            Label(top, span),
            Visit(node.Body),
            Label(node.Labels.Continue, span),
            new BoundInterruptCheck(span),
            copy,
            node.Increment is null ? null : Statement(VisitDiscarded(node.Increment)),
            Label(test, span),
            node.Test is null ? Goto(top, span) : JumpIf(Visit(node.Test), top),
            Label(node.Labels.Break, span),
        ]);
        return node.Scope is null ? statements : new BoundBlock(node.Scope, [statements], span);
    }

    // label: body        (body is not a loop; loops take their labels themselves)
    // becomes
    //   body
    // break:
    public override BoundStatement VisitLabeled(BoundLabeled node) =>
        List(node.Span, [Visit(node.Body), Label(node.BreakLabel, node.Span)]);

    // if (test) a else b
    // stays an if: CodeGen branches on it directly. Only the branches are rewritten.

    private static BoundStatement JumpIf(BoundExpression condition, LabelSymbol label) =>
        new BoundConditionalGoto(condition, jumpIfTrue: true, label, condition.Span);
}
