// Lowering: BoundScript → smaller BoundScript, in two passes:
//   1. LocalRewriter removes sugar: templates, compound assignment, ++/--, every loop kind, switch and
//      non-loop labels become blocks, temporaries, gotos and intrinsics (see its partial files, one per
//      node family, each with its before/after sketch).
//   2. StateMachineRewriter turns await/yield in generators and async functions into suspension
//      points (then StateMachineDispatch, after FinallyRewriter, adds the resume dispatch).
//   3. FinallyRewriter turns a try/finally whose finally block jumps out (return/break/continue in
//      finally) into a completion record, because IL cannot leave a finally handler.
// After lowering the tree satisfies the post-lowering invariants in BoundTree/BoundNode.cs.
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;

namespace Oden.Compiler.Lowering;

internal static class Lowerer
{
    public static BoundScript? Lower(BoundScript script, DiagnosticBag diagnostics)
    {
        try
        {
            VarInitialization.Analyze(script.TopLevel);
            var topLevel = new LocalRewriter().VisitFunction(script.TopLevel);
            topLevel = new StateMachineRewriter().VisitFunction(topLevel);
            topLevel = new FinallyRewriter().VisitFunction(topLevel);
            topLevel = new StateMachineDispatch().VisitFunction(topLevel);
            return script.Update(topLevel);
        }
        catch (NestingTooDeepException e)
        {
            diagnostics.NestingTooDeep(e.Span);
            return null;
        }
    }
}
