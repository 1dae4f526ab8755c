// IL cannot leave a finally handler, but JavaScript can: `finally { return x }` overrides the try's
// completion, and break/continue may jump out of a finally block. Such a try becomes a completion
// record (Roslyn's async rewriter handles finally the same way):
//
// try { A } catch (e) { C } finally { F }        where F contains a jump out of F
// becomes
// {
//   $pending = 0;
//   try { try { A' } catch (e) { C' } }          A', C': every jump out of them records where it was
//   catch (exception -> $exception) {             going ($pending = k, $retval = v for a return) and
//     $pending = 1;                               goes to finally_entry instead
//   }
// finally_entry:
//   F                                            now ordinary code: its jumps are ordinary jumps
//   switch ($pending) goto [after, rethrow, return, target_3, ...];
//   goto after;
// rethrow: RethrowCaptured($exception);          (the original stack trace is kept)
// return:  return $retval;
// target_k: goto original_target_k;
// after:
// }
//
// Only JavaScript exceptions (JsException) are recorded: a host interrupt is not, so F cannot swallow
// it. Trys are rewritten innermost first, so an outer one sees an inner one's dispatch as plain jumps.
using System.Collections.Immutable;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed class FinallyRewriter : BoundTreeRewriter
{
    private const int NormalCode = 0;
    private const int ThrowCode = 1;
    private const int ReturnCode = 2;

    private FunctionSymbol _function = null!;

    public override BoundFunction VisitFunction(BoundFunction function)
    {
        var saved = _function;
        _function = function.Symbol;
        try
        {
            return base.VisitFunction(function);
        }
        finally
        {
            _function = saved;
        }
    }

    public override BoundStatement VisitTry(BoundTry node)
    {
        var visited = (BoundTry)base.VisitTry(node);
        // A finally around a suspension point of a generator or async function is a completion record
        // too: it must not run when the body suspends, and an IL handler cannot suspend.
        if (visited.FinallyBlock is null
            || !(JumpFinder.JumpsOut(visited.FinallyBlock) || (_function.IsStateMachine && StateMachineRewriter.ContainsSuspension(visited))))
            return visited;
        return Lower(visited);
    }

    private BoundStatement Lower(BoundTry node)
    {
        var span = node.Span;
        var pending = _function.Scope.DeclareTemp("pending", StorageType.Int32);
        var exception = _function.Scope.DeclareTemp("exception", StorageType.Exception);
        var finallyEntry = new LabelSymbol("finally_entry");
        var after = new LabelSymbol("after");

        BoundBlock protectedBlock = node.CatchClause is null
            ? node.TryBlock
            : new BoundBlock(null, [new BoundTry(node.TryBlock, node.CatchClause, null, span)], span);
        var redirector = new JumpRedirector(_function, pending, finallyEntry, JumpFinder.LabelsDefinedIn(protectedBlock));
        protectedBlock = redirector.VisitBlock(protectedBlock);

        var statements = ImmutableArray.CreateBuilder<BoundStatement>();
        statements.Add(SetPending(pending, NormalCode, span));
        statements.Add(new BoundTry(
            protectedBlock,
            new BoundCatchClause(null, null, exception, new BoundBlock(null, [SetPending(pending, ThrowCode, span)], span)),
            null,
            span));
        statements.Add(new BoundLabelStatement(finallyEntry, span));
        statements.Add(node.FinallyBlock!);

        var rethrow = new LabelSymbol("rethrow");
        var doReturn = new LabelSymbol("return");
        var targets = new List<LabelSymbol> { after, rethrow, doReturn };
        var trampolines = new List<(LabelSymbol Label, LabelSymbol Target)>();
        foreach (var target in redirector.Targets)
        {
            var trampoline = new LabelSymbol("target");
            targets.Add(trampoline);
            trampolines.Add((trampoline, target));
        }
        statements.Add(new BoundIntSwitch(new BoundVariable(pending, false, span), targets.ToImmutableArray(), span));
        statements.Add(new BoundGoto(after, span));
        statements.Add(new BoundLabelStatement(rethrow, span));
        statements.Add(new BoundExpressionStatement(
            new BoundIntrinsic(IntrinsicKind.RethrowCaptured, [new BoundVariable(exception, false, span)], span), span));
        statements.Add(new BoundLabelStatement(doReturn, span));
        statements.Add(new BoundReturn(redirector.ReturnValue is null ? null : new BoundVariable(redirector.ReturnValue, false, span), span));
        foreach (var (label, target) in trampolines)
        {
            statements.Add(new BoundLabelStatement(label, span));
            statements.Add(new BoundGoto(target, span));
        }
        statements.Add(new BoundLabelStatement(after, span));
        return new BoundBlock(null, statements.ToImmutable(), span);
    }

    private static BoundStatement SetPending(VariableSymbol pending, int code, Diagnostics.SourceSpan span) =>
        new BoundExpressionStatement(
            new BoundAssignment(new BoundVariable(pending, false, span), new BoundLiteral(ConstantValue.FromInt32(code), span), span), span);

    /// <summary>Finds the jumps that leave a statement: gotos to labels it does not define, and returns.</summary>
    private sealed class JumpFinder : BoundTreeWalker
    {
        private readonly HashSet<LabelSymbol> _defined;
        private bool _found;

        private JumpFinder(HashSet<LabelSymbol> defined) => _defined = defined;

        public static HashSet<LabelSymbol> LabelsDefinedIn(BoundStatement statement)
        {
            var collector = new LabelCollector();
            collector.VisitStatement(statement);
            return collector.Labels;
        }

        public static bool JumpsOut(BoundStatement statement)
        {
            var finder = new JumpFinder(LabelsDefinedIn(statement));
            finder.VisitStatement(statement);
            return finder._found;
        }

        public override void VisitStatement(BoundStatement node)
        {
            switch (node)
            {
                case BoundReturn:
                    _found = true;
                    return;
                case BoundGoto g when !_defined.Contains(g.Label):
                case BoundConditionalGoto c when !_defined.Contains(c.Label):
                    _found = true;
                    return;
                case BoundIntSwitch s when s.Targets.Any(t => !_defined.Contains(t)):
                    _found = true;
                    return;
            }
            base.VisitStatement(node);
        }

        private sealed class LabelCollector : BoundTreeWalker
        {
            public HashSet<LabelSymbol> Labels { get; } = new();

            public override void VisitStatement(BoundStatement node)
            {
                if (node is BoundLabelStatement label) Labels.Add(label.Label);
                base.VisitStatement(node);
            }
        }
    }

    /// <summary>Rewrites the jumps that leave the protected region into "record and go to the finally code".</summary>
    private sealed class JumpRedirector(FunctionSymbol function, VariableSymbol pending, LabelSymbol finallyEntry, HashSet<LabelSymbol> inside)
        : BoundTreeRewriter
    {
        private readonly Dictionary<LabelSymbol, int> _codes = new();

        /// <summary>The distinct outside targets, in code order (code = ReturnCode + 1 + index).</summary>
        public List<LabelSymbol> Targets { get; } = new();

        /// <summary>The temporary holding a pending return's value, when the region returns.</summary>
        public VariableSymbol? ReturnValue { get; private set; }

        // Nested functions have their own control flow.
        public override BoundExpression VisitFunctionExpression(BoundFunctionExpression node) => node;

        public override BoundStatement VisitFunctionDeclaration(BoundFunctionDeclaration node) => node;

        private int CodeFor(LabelSymbol target)
        {
            if (!_codes.TryGetValue(target, out int code))
            {
                code = ReturnCode + 1 + Targets.Count;
                _codes[target] = code;
                Targets.Add(target);
            }
            return code;
        }

        private BoundStatement Redirect(int code, Diagnostics.SourceSpan span, BoundStatement? before = null)
        {
            var statements = ImmutableArray.CreateBuilder<BoundStatement>();
            if (before is not null) statements.Add(before);
            statements.Add(SetPending(pending, code, span));
            statements.Add(new BoundGoto(finallyEntry, span));
            return new BoundStatementList(statements.ToImmutable(), span);
        }

        public override BoundStatement VisitGoto(BoundGoto node) =>
            inside.Contains(node.Label) ? node : Redirect(CodeFor(node.Label), node.Span);

        public override BoundStatement VisitConditionalGoto(BoundConditionalGoto node)
        {
            var visited = (BoundConditionalGoto)base.VisitConditionalGoto(node);
            if (inside.Contains(visited.Label)) return visited;
            var condition = visited.JumpIfTrue ? visited.Condition : new BoundUnary(UnaryOperatorKind.LogicalNot, visited.Condition, visited.Span);
            return new BoundIf(condition, Redirect(CodeFor(visited.Label), visited.Span), null, visited.Span);
        }

        public override BoundStatement VisitIntSwitch(BoundIntSwitch node)
        {
            var visited = (BoundIntSwitch)base.VisitIntSwitch(node);
            if (visited.Targets.All(inside.Contains)) return visited;
            // Outside targets go through trampolines inside the region.
            var statements = ImmutableArray.CreateBuilder<BoundStatement>();
            var targets = ImmutableArray.CreateBuilder<LabelSymbol>();
            var trampolines = new List<(LabelSymbol, LabelSymbol)>();
            foreach (var target in visited.Targets)
            {
                if (inside.Contains(target))
                {
                    targets.Add(target);
                    continue;
                }
                var trampoline = new LabelSymbol("redirect");
                targets.Add(trampoline);
                trampolines.Add((trampoline, target));
            }
            var skip = new LabelSymbol("no_match");
            statements.Add(new BoundIntSwitch(visited.Selector, targets.ToImmutable(), visited.Span));
            statements.Add(new BoundGoto(skip, visited.Span));
            foreach (var (trampoline, target) in trampolines)
            {
                statements.Add(new BoundLabelStatement(trampoline, visited.Span));
                statements.Add(Redirect(CodeFor(target), visited.Span));
            }
            statements.Add(new BoundLabelStatement(skip, visited.Span));
            return new BoundStatementList(statements.ToImmutable(), visited.Span);
        }

        public override BoundStatement VisitReturn(BoundReturn node)
        {
            var visited = (BoundReturn)base.VisitReturn(node);
            ReturnValue ??= function.Scope.DeclareTemp("retval");
            var value = visited.Expression ?? new BoundLiteral(ConstantValue.Undefined, visited.Span);
            var save = new BoundExpressionStatement(
                new BoundAssignment(new BoundVariable(ReturnValue, false, visited.Span), value, visited.Span), visited.Span);
            return Redirect(ReturnCode, visited.Span, save);
        }
    }
}
