// Generators, async functions and async generators become resumable state machines (DESIGN §3), in two
// passes around FinallyRewriter:
//
// 1. StateMachineRewriter (this file), after LocalRewriter: in the body of every function flagged
//    generator or async, every await/yield/yield* moves to statement level ("spilling": the operands
//    evaluated before it go to temporaries, which live in the frame like every other binding of the
//    function, so nothing is on the IL evaluation stack at a suspension), then becomes a suspension
//    point k:
//
//      x = f(a, await g());                       $s1 = f; $s2 = a;            (when not stable)
//                                                 AwaitStart(g());             PromiseResolve + PerformPromiseThen(frame)
//      becomes                                    Suspend(k, await, undefined); store State = k, return from MoveNext
//                                               resume_k:
//                                                 SetRunning();
//                                                 switch (ResumeMode) { case next: goto next_k; }
//                                                 throw ResumeValue();         a rejection throws here
//                                               next_k:
//                                                 $t = ResumeValue();
//                                                 x = $s1($s2, $t);
//
//    `yield v` suspends with v and resumes with next (the value), throw (a JS throw at the yield) or
//    return (a JS `return` at the yield, so enclosing finally blocks run); in an async generator the
//    value is awaited first, and so is a return resumption's value (AsyncGeneratorUnwrapYieldResumption)
//    and a `return e` statement's operand. `yield*` is a loop around runtime steps (StateMachine.Delegate*).
//    && || ?: with a suspension on the right become ifs over a temporary.
// 2. FinallyRewriter turns every try/finally that contains a suspension into a completion record, so
//    no IL finally handler encloses a suspension (a finally must not run when the body suspends, and
//    code in an IL handler cannot suspend).
// 3. StateMachineDispatch (below), after FinallyRewriter: the body starts with
//    `switch (ResumeState) { 0: start; k: resume_k or the entry of the outermost try around it }`,
//    and each try block that encloses resume points starts with its own switch (IL cannot jump into a
//    try block from outside: Roslyn's nested dispatch). A scoped block is entered through a jump past
//    its start, so its environment (kept in the frame) survives the suspension.
//
// CodeGen compiles such a function as an entry method (FunctionDeclarationInstantiation into a new frame,
// then the generator object or the async function's promise) plus a MoveNext method over the frame.
using System.Collections.Immutable;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed class StateMachineRewriter : BoundTreeRewriter
{
    public override BoundFunction VisitFunction(BoundFunction function)
    {
        var visited = base.VisitFunction(function); // nested functions first
        if (!visited.Symbol.IsStateMachine) return visited;
        return visited.Update(new Spiller(visited.Symbol).RewriteBody(visited.Body));
    }

    /// <summary>Whether a statement contains a suspension point of its own function (after pass 1).</summary>
    public static bool ContainsSuspension(BoundStatement statement)
    {
        var finder = new SuspensionFinder(IntrinsicKind.Suspend);
        finder.VisitStatement(statement);
        return finder.Found;
    }

    private sealed class SuspensionFinder(IntrinsicKind kind, IntrinsicKind? kind2 = null, IntrinsicKind? kind3 = null) : BoundTreeWalker
    {
        public bool Found { get; private set; }

        public override void VisitExpression(BoundExpression node)
        {
            if (Found) return;
            if (node is BoundIntrinsic i && (i.Intrinsic == kind || i.Intrinsic == kind2 || i.Intrinsic == kind3))
            {
                Found = true;
                return;
            }
            base.VisitExpression(node);
        }

        public override void VisitStatement(BoundStatement node)
        {
            if (!Found) base.VisitStatement(node);
        }
    }

    private static bool IsSuspendingIntrinsic(BoundExpression e) =>
        e is BoundIntrinsic { Intrinsic: IntrinsicKind.Await or IntrinsicKind.Yield or IntrinsicKind.YieldDelegate };

    private static bool Contains(BoundExpression? e)
    {
        if (e is null) return false;
        var finder = new SuspensionFinder(IntrinsicKind.Await, IntrinsicKind.Yield, IntrinsicKind.YieldDelegate);
        finder.VisitExpression(e);
        return finder.Found;
    }

    private sealed class Spiller(FunctionSymbol function)
    {
        private int _nextState = 1;

        private bool IsAsyncGenerator => function.IsAsync && function.IsGenerator;

        public BoundBlock RewriteBody(BoundBlock body) => (BoundBlock)Rewrite(body);

        // ---- statements ------------------------------------------------------------------------------

        private BoundStatement Rewrite(BoundStatement statement)
        {
            NestingTooDeepException.EnsureStack(statement.Span);
            var span = statement.Span;
            switch (statement)
            {
                case BoundBlock block:
                    return block.Update(block.Statements.Select(Rewrite).ToImmutableArray());
                case BoundStatementList list:
                    return list.Update(list.Statements.Select(Rewrite).ToImmutableArray());
                case BoundExpressionStatement s when Contains(s.Expression):
                {
                    var output = new List<BoundStatement>();
                    if (IsSuspendingIntrinsic(s.Expression))
                    {
                        var i = (BoundIntrinsic)s.Expression;
                        Expand(i.Intrinsic, Spill(i.Arguments[0], output), null, output, i.Span);
                    }
                    else
                    {
                        var e = Spill(s.Expression, output);
                        if (e is not BoundVariable { Symbol.Kind: VariableKind.Temp }) output.Add(s.Update(e));
                    }
                    return List(output, span);
                }
                case BoundVariableDeclaration s when Contains(s.Initializer):
                {
                    var output = new List<BoundStatement>();
                    output.Add(s.Update(Spill(s.Initializer!, output)));
                    return List(output, span);
                }
                case BoundReturn s:
                {
                    var value = s.Expression;
                    // ReturnStatement: in an async generator, `return e` awaits e.
                    if (IsAsyncGenerator && value is not null) value = Intrinsic(IntrinsicKind.Await, value.Span, value);
                    if (!Contains(value)) return s.Update(value);
                    var output = new List<BoundStatement>();
                    output.Add(s.Update(Spill(value!, output)));
                    return List(output, span);
                }
                case BoundThrow s when Contains(s.Expression):
                {
                    var output = new List<BoundStatement>();
                    output.Add(s.Update(Spill(s.Expression, output)));
                    return List(output, span);
                }
                case BoundIf s:
                {
                    var output = new List<BoundStatement>();
                    var test = Spill(s.Test, output);
                    output.Add(s.Update(test, Rewrite(s.Then), s.Else is null ? null : Rewrite(s.Else)));
                    return List(output, span);
                }
                case BoundConditionalGoto s when Contains(s.Condition):
                {
                    var output = new List<BoundStatement>();
                    output.Add(s.Update(Spill(s.Condition, output)));
                    return List(output, span);
                }
                case BoundIntSwitch s when Contains(s.Selector):
                {
                    var output = new List<BoundStatement>();
                    output.Add(s.Update(Spill(s.Selector, output)));
                    return List(output, span);
                }
                case BoundTry s:
                {
                    var catchClause = s.CatchClause?.Update((BoundBlock)Rewrite(s.CatchClause.Body));
                    var finallyBlock = s.FinallyBlock is null ? null : (BoundBlock)Rewrite(s.FinallyBlock);
                    return s.Update((BoundBlock)Rewrite(s.TryBlock), catchClause, finallyBlock);
                }
                default:
                    return statement;
            }
        }

        private static BoundStatement List(List<BoundStatement> statements, SourceSpan span) =>
            statements.Count == 1 ? statements[0] : new BoundStatementList(statements.ToImmutableArray(), span);

        // ---- expressions -----------------------------------------------------------------------------

        /// <summary>
        /// Returns an expression without suspensions that, evaluated after the statements appended to
        /// <paramref name="output"/>, has the meaning of <paramref name="e"/>.
        /// </summary>
        private BoundExpression Spill(BoundExpression e, List<BoundStatement> output)
        {
            if (!Contains(e)) return e;
            NestingTooDeepException.EnsureStack(e.Span);
            var span = e.Span;
            switch (e)
            {
                case BoundIntrinsic i when IsSuspendingIntrinsic(i):
                {
                    var operand = Spill(i.Arguments[0], output);
                    var result = Temp(StorageType.Value);
                    Expand(i.Intrinsic, operand, result, output, span);
                    return Read(result, span);
                }
                case BoundSequence s:
                {
                    foreach (var sideEffect in s.SideEffects)
                    {
                        var x = Spill(sideEffect, output);
                        if (x is not BoundVariable { Symbol.Kind: VariableKind.Temp }) output.Add(new BoundExpressionStatement(x, x.Span));
                    }
                    return Spill(s.Value, output);
                }
                case BoundLogical l:
                {
                    if (!Contains(l.Right)) return l.Update(Spill(l.Left, output), l.Right);
                    var result = Temp(StorageType.Value);
                    output.Add(Assign(result, Spill(l.Left, output)));
                    var right = new List<BoundStatement>();
                    right.Add(Assign(result, Spill(l.Right, right)));
                    BoundExpression test = Read(result, span);
                    if (!l.IsAnd) test = new BoundUnary(UnaryOperatorKind.LogicalNot, test, span);
                    output.Add(new BoundIf(test, Block(right, span), null, span));
                    return Read(result, span);
                }
                case BoundConditional c:
                {
                    if (!Contains(c.WhenTrue) && !Contains(c.WhenFalse)) return c.Update(Spill(c.Test, output), c.WhenTrue, c.WhenFalse);
                    var result = Temp(StorageType.Value);
                    var test = Spill(c.Test, output);
                    var whenTrue = new List<BoundStatement>();
                    whenTrue.Add(Assign(result, Spill(c.WhenTrue, whenTrue)));
                    var whenFalse = new List<BoundStatement>();
                    whenFalse.Add(Assign(result, Spill(c.WhenFalse, whenFalse)));
                    output.Add(new BoundIf(test, Block(whenTrue, span), Block(whenFalse, span), span));
                    return Read(result, span);
                }
                case BoundAssignment a:
                    switch (a.Target)
                    {
                        case BoundMember m:
                        {
                            var k = SpillChildren([m.Receiver, a.Value], output);
                            return a.Update(m.Update(k[0]), k[1]);
                        }
                        case BoundIndex ix:
                        {
                            var k = SpillChildren([ix.Receiver, ix.Key, a.Value], output);
                            return a.Update(ix.Update(k[0], k[1]), k[2]);
                        }
                        default:
                            return a.Update(a.Target, Spill(a.Value, output));
                    }
                case BoundMember m:
                    return m.Update(Spill(m.Receiver, output));
                case BoundIndex ix:
                {
                    var k = SpillChildren([ix.Receiver, ix.Key], output);
                    return ix.Update(k[0], k[1]);
                }
                case BoundUnary u:
                    return u.Update(Spill(u.Operand, output));
                case BoundDelete d:
                    switch (d.Operand)
                    {
                        case BoundMember m:
                            return d.Update(m.Update(Spill(m.Receiver, output)));
                        case BoundIndex ix:
                        {
                            var k = SpillChildren([ix.Receiver, ix.Key], output);
                            return d.Update(ix.Update(k[0], k[1]));
                        }
                        default:
                            return d.Update(Spill(d.Operand, output));
                    }
                case BoundBinary b:
                {
                    var k = SpillChildren([b.Left, b.Right], output);
                    return b.Update(k[0], k[1]);
                }
                case BoundCall call when call.Arguments.Any(Contains) && call.Callee is BoundMember or BoundIndex or BoundSuperMember or BoundDynamicName:
                    return SpillMethodCall(call, output);
                case BoundCall call:
                    switch (call.Callee)
                    {
                        case BoundMember m:
                        {
                            var k = SpillChildren([m.Receiver, .. call.Arguments], output);
                            return call.Update(m.Update(k[0]), k.Skip(1).ToImmutableArray());
                        }
                        case BoundIndex ix:
                        {
                            var k = SpillChildren([ix.Receiver, ix.Key, .. call.Arguments], output);
                            return call.Update(ix.Update(k[0], k[1]), k.Skip(2).ToImmutableArray());
                        }
                        default:
                        {
                            var k = SpillChildren([call.Callee, .. call.Arguments], output);
                            return call.Update(k[0], k.Skip(1).ToImmutableArray());
                        }
                    }
                case BoundNew n:
                {
                    var k = SpillChildren([n.Callee, .. n.Arguments], output);
                    return n.Update(k[0], k.Skip(1).ToImmutableArray());
                }
                case BoundArrayLiteral array:
                {
                    var present = array.Elements.Where(x => x is not null).Select(x => x!).ToList();
                    var k = SpillChildren(present, output);
                    int next = 0;
                    return array.Update(array.Elements.Select(x => x is null ? null : k[next++]).ToImmutableArray());
                }
                case BoundObjectLiteral obj:
                {
                    var children = new List<BoundExpression>();
                    foreach (var p in obj.Properties)
                    {
                        if (p.ComputedKey is not null) children.Add(p.ComputedKey);
                        children.Add(p.Value);
                    }
                    var k = SpillChildren(children, output);
                    int next = 0;
                    var properties = obj.Properties.Select(p =>
                    {
                        var key = p.ComputedKey is null ? null : k[next++];
                        return p.Update(key, k[next++]);
                    }).ToImmutableArray();
                    return obj.Update(properties);
                }
                case BoundToStringConversion c:
                    return c.Update(Spill(c.Operand, output));
                case BoundToNumericConversion c:
                    return c.Update(Spill(c.Operand, output));
                case BoundToPropertyKeyConversion c:
                    return c.Update(Spill(c.Operand, output));
                case BoundStringConcat s:
                    return s.Update(SpillChildren(s.Parts, output).ToImmutableArray());
                case BoundIntrinsic i:
                    return i.Update(SpillChildren(i.Arguments, output).ToImmutableArray());
                default:
                    throw new InvalidOperationException($"cannot spill an await or yield out of {e.Kind}");
            }
        }

        /// <summary>
        /// o.m(args), o[k](args), super.m(args), m(args) inside `with` with a suspension in the arguments:
        /// EvaluateCall reads the method before the arguments, so the read happens here, before the
        /// suspension: <c>$r = o; $f = $r.m; ...args...; CallWithThis($f, $r, args)</c> (a name inside
        /// `with` stores its with object, or undefined, as $r).
        /// </summary>
        private BoundExpression SpillMethodCall(BoundCall call, List<BoundStatement> output)
        {
            var span = call.Span;
            BoundExpression thisValue;
            BoundExpression method;
            switch (call.Callee)
            {
                case BoundMember m:
                    thisValue = Stable(Spill(m.Receiver, output), output);
                    method = m.Update(thisValue);
                    break;
                case BoundIndex ix:
                    thisValue = Stable(Spill(ix.Receiver, output), output);
                    method = ix.Update(thisValue, Spill(ix.Key, output));
                    break;
                case BoundDynamicName name:
                {
                    var receiver = Temp(StorageType.Value);
                    thisValue = Read(receiver, span);
                    method = Intrinsic(IntrinsicKind.DynamicCallee, span, name, Read(receiver, span));
                    break;
                }
                default:
                    var super = (BoundSuperMember)call.Callee;
                    method = Spill(super, output);
                    thisValue = super.This;
                    break;
            }
            var function = Temp(StorageType.Value);
            output.Add(Assign(function, method));
            var arguments = SpillChildren(call.Arguments, output);
            return Intrinsic(IntrinsicKind.CallWithThis, span, [Read(function, span), thisValue, .. arguments]);
        }

        /// <summary>The value of <paramref name="e"/> now: itself when no suspension can change it, else a temporary holding it.</summary>
        private BoundExpression Stable(BoundExpression e, List<BoundStatement> output)
        {
            if (IsStable(e)) return e;
            var temp = Temp(e.Type);
            output.Add(Assign(temp, e));
            return Read(temp, e.Span);
        }

        /// <summary>
        /// Children evaluated left to right: those before the last one that suspends are evaluated first
        /// into temporaries (unless their value cannot change), so they keep their order.
        /// </summary>
        private BoundExpression[] SpillChildren(IReadOnlyList<BoundExpression> children, List<BoundStatement> output)
        {
            int last = -1;
            for (int i = 0; i < children.Count; i++)
            {
                if (Contains(children[i])) last = i;
            }
            var result = children.ToArray();
            for (int i = 0; i < last; i++)
            {
                var k = Spill(children[i], output);
                if (!IsStable(k))
                {
                    var temp = Temp(k.Type);
                    output.Add(Assign(temp, k));
                    k = Read(temp, k.Span);
                }
                result[i] = k;
            }
            if (last >= 0) result[last] = Spill(children[last], output);
            return result;
        }

        /// <summary>A value that a suspension in between cannot change: a constant, a temporary, `this`, a binding nothing assigns.</summary>
        private static bool IsStable(BoundExpression e) => e switch
        {
            BoundLiteral => true,
            BoundVariable { NeedsTdzCheck: false } v => v.Symbol.Kind is VariableKind.Temp or VariableKind.This
                || (!v.Symbol.IsAssigned && v.Symbol.Kind is VariableKind.Parameter or VariableKind.Const or VariableKind.FunctionDeclaration or VariableKind.BlockFunction),
            _ => false,
        };

        // ---- suspension points -----------------------------------------------------------------------

        private void Expand(IntrinsicKind kind, BoundExpression operand, VariableSymbol? result, List<BoundStatement> output, SourceSpan span)
        {
            switch (kind)
            {
                case IntrinsicKind.Await:
                    EmitAwait(operand, result, output, span);
                    break;
                case IntrinsicKind.Yield:
                    EmitYield(operand, result, output, span);
                    break;
                default:
                    if (function.IsAsync) EmitAsyncYieldDelegate(operand, result, output, span);
                    else EmitYieldDelegate(operand, result, output, span);
                    break;
            }
        }

        //   AwaitStart(v); Suspend(k, await, undefined);
        // resume_k:
        //   SetRunning(); switch (ResumeMode) { 0: goto next_k; } throw ResumeValue();
        // next_k:
        //   result = ResumeValue();
        private void EmitAwait(BoundExpression operand, VariableSymbol? result, List<BoundStatement> output, SourceSpan span)
        {
            output.Add(Statement(Intrinsic(IntrinsicKind.AwaitStart, span, operand)));
            var next = new LabelSymbol("await_next");
            Suspend(StateMachineKinds.SuspendAwait, new BoundLiteral(ConstantValue.Undefined, span), output, span);
            output.Add(new BoundIntSwitch(Intrinsic(IntrinsicKind.ResumeMode, span), [next], span));
            output.Add(new BoundThrow(Intrinsic(IntrinsicKind.ResumeValue, span), span));
            output.Add(new BoundLabelStatement(next, span));
            if (result is not null) output.Add(Assign(result, Intrinsic(IntrinsicKind.ResumeValue, span)));
        }

        /// <summary>Suspend(k, kind, value); resume_k: SetRunning();</summary>
        private void Suspend(int suspendKind, BoundExpression value, List<BoundStatement> output, SourceSpan span)
        {
            int state = _nextState++;
            output.Add(Statement(Intrinsic(IntrinsicKind.Suspend, span,
                new BoundLiteral(ConstantValue.FromInt32(state), span),
                new BoundLiteral(ConstantValue.FromInt32(suspendKind), span),
                value)));
            output.Add(new BoundLabelStatement(new LabelSymbol("resume_" + state), span));
            output.Add(Statement(Intrinsic(IntrinsicKind.SetRunning, span)));
        }

        //   [async generator: v = await v]
        //   Suspend(k, yield, v);
        // resume_k:
        //   SetRunning(); switch (ResumeMode) { 0: goto next_k; 1: goto throw_k; }
        //   return ResumeValue();                 (async generator: return await ResumeValue();)
        // throw_k: throw ResumeValue();
        // next_k:  result = ResumeValue();
        private void EmitYield(BoundExpression operand, VariableSymbol? result, List<BoundStatement> output, SourceSpan span)
        {
            if (function.IsAsync)
            {
                var awaited = Temp(StorageType.Value);
                EmitAwait(operand, awaited, output, span);
                operand = Read(awaited, span);
            }
            var next = new LabelSymbol("yield_next");
            var @throw = new LabelSymbol("yield_throw");
            Suspend(StateMachineKinds.SuspendYield, operand, output, span);
            output.Add(new BoundIntSwitch(Intrinsic(IntrinsicKind.ResumeMode, span), [next, @throw], span));
            EmitReturnResumption(Intrinsic(IntrinsicKind.ResumeValue, span), output, span);
            output.Add(new BoundLabelStatement(@throw, span));
            output.Add(new BoundThrow(Intrinsic(IntrinsicKind.ResumeValue, span), span));
            output.Add(new BoundLabelStatement(next, span));
            if (result is not null) output.Add(Assign(result, Intrinsic(IntrinsicKind.ResumeValue, span)));
        }

        /// <summary>A return completion at a yield: `return value` (awaited first in an async generator).</summary>
        private void EmitReturnResumption(BoundExpression value, List<BoundStatement> output, SourceSpan span)
        {
            if (function.IsAsync)
            {
                var awaited = Temp(StorageType.Value);
                EmitAwait(value, awaited, output, span);
                value = Read(awaited, span);
            }
            output.Add(new BoundReturn(value, span));
        }

        //   $iter = DelegateStart(iterable, sync);
        // loop:
        //   switch (DelegateStep($iter)) { 0: goto yield; 1: goto done; }
        //   return DelegateValue();                          the received return completion
        // yield:
        //   Suspend(k, yield raw, DelegateValue());          next() hands out the inner result object
        // resume_k:
        //   SetRunning(); goto loop;                         Mode/Sent hold the received completion
        // done:
        //   result = DelegateValue();
        private void EmitYieldDelegate(BoundExpression operand, VariableSymbol? result, List<BoundStatement> output, SourceSpan span)
        {
            var iterator = Temp(StorageType.IteratorRecord);
            var loop = new LabelSymbol("delegate_loop");
            var yield = new LabelSymbol("delegate_yield");
            var done = new LabelSymbol("delegate_done");
            output.Add(Assign(iterator, Intrinsic(IntrinsicKind.DelegateStart, span, operand, new BoundLiteral(ConstantValue.FromInt32(0), span))));
            output.Add(new BoundLabelStatement(loop, span));
            output.Add(new BoundIntSwitch(Intrinsic(IntrinsicKind.DelegateStep, span, Read(iterator, span)), [yield, done], span));
            output.Add(new BoundReturn(Intrinsic(IntrinsicKind.DelegateValue, span), span));
            output.Add(new BoundLabelStatement(yield, span));
            Suspend(StateMachineKinds.SuspendYieldRaw, Intrinsic(IntrinsicKind.DelegateValue, span), output, span);
            output.Add(new BoundGoto(loop, span));
            output.Add(new BoundLabelStatement(done, span));
            if (result is not null) output.Add(Assign(result, Intrinsic(IntrinsicKind.DelegateValue, span)));
        }

        //   $iter = DelegateStart(iterable, async);
        // loop:
        //   switch (DelegateInvokeAsync($iter)) { 0: goto call; 1: goto no_return; 2: goto no_throw_close; }
        //   DelegateThrowMissing(undefined);                 no throw(), no return(): TypeError
        // no_throw_close:
        //   DelegateThrowMissing(await DelegateValue());     AsyncIteratorClose, then the TypeError
        // no_return:
        //   return await ResumeValue();
        // call:
        //   switch (DelegateResultAsync(await DelegateValue())) { 0: goto yield; 1: goto done; }
        //   return await DelegateValue();
        // yield:
        //   Suspend(k, yield, DelegateValue());              AsyncGeneratorYield of the inner value
        // resume_k:
        //   SetRunning(); switch (ResumeMode) { 0, 1: goto loop; }
        //   try { SetResumption(return, await ResumeValue()); } catch (e) { SetResumption(throw, e); }
        //   goto loop;
        // done:
        //   result = DelegateValue();
        private void EmitAsyncYieldDelegate(BoundExpression operand, VariableSymbol? result, List<BoundStatement> output, SourceSpan span)
        {
            var iterator = Temp(StorageType.IteratorRecord);
            var loop = new LabelSymbol("delegate_loop");
            var call = new LabelSymbol("delegate_call");
            var noReturn = new LabelSymbol("delegate_no_return");
            var noThrowClose = new LabelSymbol("delegate_no_throw_close");
            var yield = new LabelSymbol("delegate_yield");
            var done = new LabelSymbol("delegate_done");
            BoundExpression DelegateValue() => Intrinsic(IntrinsicKind.DelegateValue, span);

            output.Add(Assign(iterator, Intrinsic(IntrinsicKind.DelegateStart, span, operand, new BoundLiteral(ConstantValue.FromInt32(1), span))));
            output.Add(new BoundLabelStatement(loop, span));
            output.Add(new BoundIntSwitch(Intrinsic(IntrinsicKind.DelegateInvokeAsync, span, Read(iterator, span)), [call, noReturn, noThrowClose], span));
            output.Add(Statement(Intrinsic(IntrinsicKind.DelegateThrowMissing, span, new BoundLiteral(ConstantValue.Undefined, span), new BoundLiteral(ConstantValue.FromInt32(0), span))));

            output.Add(new BoundLabelStatement(noThrowClose, span));
            var closeResult = Temp(StorageType.Value);
            EmitAwait(DelegateValue(), closeResult, output, span);
            output.Add(Statement(Intrinsic(IntrinsicKind.DelegateThrowMissing, span, Read(closeResult, span), new BoundLiteral(ConstantValue.FromInt32(1), span))));

            output.Add(new BoundLabelStatement(noReturn, span));
            EmitReturnResumption(Intrinsic(IntrinsicKind.ResumeValue, span), output, span);

            output.Add(new BoundLabelStatement(call, span));
            var innerResult = Temp(StorageType.Value);
            EmitAwait(DelegateValue(), innerResult, output, span);
            output.Add(new BoundIntSwitch(Intrinsic(IntrinsicKind.DelegateResultAsync, span, Read(innerResult, span)), [yield, done], span));
            EmitReturnResumption(DelegateValue(), output, span);

            output.Add(new BoundLabelStatement(yield, span));
            Suspend(StateMachineKinds.SuspendYield, DelegateValue(), output, span);
            output.Add(new BoundIntSwitch(Intrinsic(IntrinsicKind.ResumeMode, span), [loop, loop], span));

            var returned = Temp(StorageType.Value);
            var awaitReturn = new List<BoundStatement>();
            EmitAwait(Intrinsic(IntrinsicKind.ResumeValue, span), returned, awaitReturn, span);
            awaitReturn.Add(Statement(Intrinsic(IntrinsicKind.SetResumption, span, new BoundLiteral(ConstantValue.FromInt32(StateMachineKinds.ModeReturn), span), Read(returned, span))));
            var error = Temp(StorageType.Value);
            var onError = new BoundCatchClause(null, error, null, new BoundBlock(null,
                [Statement(Intrinsic(IntrinsicKind.SetResumption, span, new BoundLiteral(ConstantValue.FromInt32(StateMachineKinds.ModeThrow), span), Read(error, span)))], span));
            output.Add(new BoundTry(new BoundBlock(null, awaitReturn.ToImmutableArray(), span), onError, null, span));
            output.Add(new BoundGoto(loop, span));

            output.Add(new BoundLabelStatement(done, span));
            if (result is not null) output.Add(Assign(result, DelegateValue()));
        }

        // ---- factories ------------------------------------------------------------------------------

        private VariableSymbol Temp(StorageType type) => function.Scope.DeclareTemp("spill", type);

        private static BoundVariable Read(VariableSymbol symbol, SourceSpan span) => new(symbol, needsTdzCheck: false, span);

        private static BoundStatement Assign(VariableSymbol symbol, BoundExpression value) =>
            new BoundExpressionStatement(new BoundAssignment(Read(symbol, value.Span), value, value.Span), value.Span);

        private static BoundStatement Statement(BoundExpression e) => new BoundExpressionStatement(e, e.Span);

        private static BoundBlock Block(List<BoundStatement> statements, SourceSpan span) => new(null, statements.ToImmutableArray(), span);

        private static BoundIntrinsic Intrinsic(IntrinsicKind kind, SourceSpan span, params BoundExpression[] arguments) =>
            new(kind, arguments.ToImmutableArray(), span);
    }
}

/// <summary>The runtime's StateMachine constants, as the lowering needs them (the compiler names runtime members only in CodeGen).</summary>
internal static class StateMachineKinds
{
    public const int ModeNext = 0;
    public const int ModeThrow = 1;
    public const int ModeReturn = 2;
    public const int SuspendYield = 0;
    public const int SuspendYieldRaw = 1;
    public const int SuspendAwait = 2;
}
