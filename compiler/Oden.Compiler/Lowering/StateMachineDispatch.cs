// The resume dispatch of a state machine (pass 3 of StateMachineRewriter.cs), after FinallyRewriter:
//
//   [parameter prologue of a generator: run by the entry method, see FunctionSymbol.HasEntryPrologue]
//   switch (ResumeState) { 0: goto start; k: goto resume_k; j: goto try_entry_T; ... }
// start:
//   SetRunning();
//   ... try_entry_T:                     a resume point inside try block T is reached through T:
//   try {
//     switch (ResumeState) { j: goto resume_j (or the entry of the next try inside T); }
//     { original try block }             jumped into past its start, so a scoped block keeps its
//   } catch ...                          environment (held in the frame) instead of making a new one
//
// Catch bodies run after the IL handler, in the region of the try statement itself, so a resume point
// in a catch body is reached like one outside the try. No resume point is inside a finally handler:
// FinallyRewriter has turned those into completion records.
using System.Collections.Immutable;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed class StateMachineDispatch : BoundTreeRewriter
{
    public override BoundFunction VisitFunction(BoundFunction function)
    {
        var visited = base.VisitFunction(function);
        if (!visited.Symbol.IsStateMachine) return visited;
        return visited.Update(new FunctionDispatch().Rewrite(visited.Body, visited.Symbol.HasEntryPrologue));
    }

    private sealed record ResumePoint(int State, LabelSymbol Label, ImmutableArray<BoundTry> Trys);

    private sealed class FunctionDispatch
    {
        private readonly List<ResumePoint> _points = new();
        private readonly Stack<BoundTry> _trys = new();
        private readonly Dictionary<BoundTry, LabelSymbol> _entries = new();

        /// <param name="entryPrologue">The body's first statement runs in the entry method: it stays ahead of the dispatch.</param>
        public BoundBlock Rewrite(BoundBlock body, bool entryPrologue)
        {
            Collect(body);
            foreach (var point in _points)
            {
                foreach (var t in point.Trys) Entry(t);
            }
            var span = body.Span;
            int max = _points.Count == 0 ? 0 : _points.Max(p => p.State);
            var start = new LabelSymbol("start");
            var targets = new LabelSymbol[max + 1];
            Array.Fill(targets, start);
            foreach (var point in _points)
                targets[point.State] = point.Trys.IsEmpty ? point.Label : Entry(point.Trys[0]);

            var statements = ((BoundBlock)RewriteStatement(body)).Statements;
            var dispatch = ImmutableArray.Create<BoundStatement>(
                new BoundIntSwitch(new BoundIntrinsic(IntrinsicKind.ResumeState, [], span), targets.ToImmutableArray(), span),
                new BoundLabelStatement(start, span),
                new BoundExpressionStatement(new BoundIntrinsic(IntrinsicKind.SetRunning, [], span), span));
            // The body block keeps its scope (the function scope, entered by the entry method): the
            // dispatch goes first inside it, after a generator's parameter prologue (which has no
            // suspension, and which the entry method runs).
            if (entryPrologue) dispatch = dispatch.Insert(0, statements[0]);
            return new BoundBlock(body.Scope, dispatch.AddRange(entryPrologue ? statements.RemoveAt(0) : statements), span);
        }

        private LabelSymbol Entry(BoundTry t)
        {
            if (!_entries.TryGetValue(t, out var label)) _entries[t] = label = new LabelSymbol("try_entry");
            return label;
        }

        /// <summary>Finds every Suspend statement with the resume label that follows it, and the try blocks around it.</summary>
        private void Collect(BoundStatement statement)
        {
            switch (statement)
            {
                case BoundBlock block:
                    CollectList(block.Statements);
                    break;
                case BoundStatementList list:
                    CollectList(list.Statements);
                    break;
                case BoundIf s:
                    Collect(s.Then);
                    if (s.Else is not null) Collect(s.Else);
                    break;
                case BoundTry t:
                    _trys.Push(t);
                    Collect(t.TryBlock);
                    _trys.Pop();
                    if (t.CatchClause is not null) Collect(t.CatchClause.Body);
                    if (t.FinallyBlock is not null && StateMachineRewriter.ContainsSuspension(t.FinallyBlock))
                        throw new InvalidOperationException("a suspension inside a finally handler");
                    break;
            }
        }

        private void CollectList(ImmutableArray<BoundStatement> statements)
        {
            for (int i = 0; i < statements.Length; i++)
            {
                if (statements[i] is BoundExpressionStatement { Expression: BoundIntrinsic { Intrinsic: IntrinsicKind.Suspend } suspend }
                    && i + 1 < statements.Length && statements[i + 1] is BoundLabelStatement resume)
                {
                    int state = ((BoundLiteral)suspend.Arguments[0]).Value.Int32;
                    _points.Add(new ResumePoint(state, resume.Label, _trys.Reverse().ToImmutableArray()));
                    continue;
                }
                Collect(statements[i]);
            }
        }

        private BoundStatement RewriteStatement(BoundStatement statement)
        {
            switch (statement)
            {
                case BoundBlock block:
                    return block.Update(block.Statements.Select(RewriteStatement).ToImmutableArray());
                case BoundStatementList list:
                    return list.Update(list.Statements.Select(RewriteStatement).ToImmutableArray());
                case BoundIf s:
                    return s.Update(s.Test, RewriteStatement(s.Then), s.Else is null ? null : RewriteStatement(s.Else));
                case BoundTry t:
                {
                    var tryBlock = (BoundBlock)RewriteStatement(t.TryBlock);
                    var catchClause = t.CatchClause?.Update((BoundBlock)RewriteStatement(t.CatchClause.Body));
                    if (!_entries.TryGetValue(t, out var entry)) return t.Update(tryBlock, catchClause, t.FinallyBlock);

                    // This try encloses resume points: dispatch again inside it.
                    var span = t.Span;
                    var inside = _points.Where(p => p.Trys.Contains(t)).ToList();
                    int max = inside.Max(p => p.State);
                    var fallThrough = new LabelSymbol("no_resume");
                    var targets = new LabelSymbol[max + 1];
                    Array.Fill(targets, fallThrough);
                    foreach (var point in inside)
                    {
                        int depth = point.Trys.IndexOf(t);
                        targets[point.State] = depth + 1 < point.Trys.Length ? Entry(point.Trys[depth + 1]) : point.Label;
                    }
                    var dispatched = new BoundBlock(null,
                    [
                        new BoundIntSwitch(new BoundIntrinsic(IntrinsicKind.ResumeState, [], span), targets.ToImmutableArray(), span),
                        new BoundLabelStatement(fallThrough, span),
                        tryBlock,
                    ], tryBlock.Span);
                    return new BoundStatementList(
                        [new BoundLabelStatement(entry, span), t.Update(dispatched, catchClause, t.FinallyBlock)], span);
                }
                default:
                    return statement;
            }
        }
    }
}
