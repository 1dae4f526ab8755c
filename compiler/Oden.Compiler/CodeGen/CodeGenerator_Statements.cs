// Statements, blocks and exception regions.
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private void EmitStatement(BoundStatement statement)
    {
        NestingTooDeepException.EnsureStack(statement.Span);
        switch (statement)
        {
            case BoundBlock block:
                EmitBlock(block);
                break;
            case BoundStatementList list:
                foreach (var s in list.Statements) EmitStatement(s);
                break;
            case BoundExpressionStatement s:
                MarkStatementSequencePoint(s.Span);
                EmitExpression(s.Expression, used: false);
                break;
            case BoundVariableDeclaration s when IsNumericLocal(s.Symbol):
                MarkSequencePoint(s.Span);
                EmitNumber(s.Initializer!);
                _il.Emit(OpCodes.Stloc, Local(s.Symbol));
                break;
            case BoundVariableDeclaration s:
                MarkStatementSequencePoint(s.Span);
                if (s.Initializer is null) _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
                else EmitExpression(s.Initializer, used: true);
                EmitStore(s.Symbol);
                break;
            case BoundFunctionDeclaration s:
                EmitFunctionDeclaration(s);
                break;
            case BoundIf s:
                EmitIf(s);
                break;
            case BoundReturn s:
                MarkStatementSequencePoint(s.Span);
                if (s.Expression is null) _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
                else EmitExpression(s.Expression, used: true);
                EmitReturn();
                break;
            case BoundThrow s:
                MarkStatementSequencePoint(s.Span);
                EmitExpression(s.Expression, used: true);
                _il.Emit(OpCodes.Call, RuntimeMembers.Throw);
                _il.Emit(OpCodes.Throw);
                break;
            case BoundTry s:
                EmitTry(s);
                break;
            case BoundEmpty:
            case BoundDebugger:
                break;
            case BoundLabelStatement s:
                _il.MarkLabel(LabelOf(s.Label));
                break;
            case BoundGoto s:
                EmitJump(s.Label);
                break;
            case BoundConditionalGoto s:
                MarkStatementSequencePoint(s.Span);
                EmitConditionalGoto(s);
                break;
            case BoundIntSwitch s:
                EmitIntSwitch(s);
                break;
            case BoundInterruptCheck:
                _il.Emit(OpCodes.Ldloc, _realm);
                _il.Emit(OpCodes.Call, RuntimeMembers.BackEdge);
                break;
            case BoundCreatePerIterationEnvironment s:
                EmitCopyEnvironment(s.Scope);
                break;
            case BoundRethrow:
                EmitRethrow();
                break;
            default:
                throw new InvalidOperationException($"CodeGen does not expect {statement.Kind} after lowering");
        }
    }

    private void EmitBlock(BoundBlock block)
    {
        if (block.Scope is not null && block.Scope != _function.Scope) EnterScope(block.Scope);
        foreach (var s in block.Statements) EmitStatement(s);
    }

    private void EmitFunctionDeclaration(BoundFunctionDeclaration declaration)
    {
        EmitClosure(declaration.Function);
        if (declaration.Symbol is not null)
        {
            EmitStore(declaration.Symbol);
            return;
        }
        // A classic script's top-level function: CreateGlobalFunctionBinding.
        var value = RentTemp(RuntimeMembers.JsValue);
        _il.Emit(OpCodes.Stloc, value);
        _il.Emit(OpCodes.Ldloc, _realm);
        _il.Emit(OpCodes.Ldstr, declaration.Function.Symbol.Name);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Call, RuntimeMembers.DeclareGlobalVar);
        ReturnTemp(value);
    }

    private void EmitIf(BoundIf statement)
    {
        MarkStatementSequencePoint(statement.Test.Span);
        var elseLabel = _il.DefineLabel();
        EmitCondition(statement.Test, elseLabel, jumpIfTrue: false);
        EmitStatement(statement.Then);
        if (statement.Else is null)
        {
            _il.MarkLabel(elseLabel);
            return;
        }
        var end = _il.DefineLabel();
        _il.Emit(OpCodes.Br, end);
        _il.MarkLabel(elseLabel);
        EmitStatement(statement.Else);
        _il.MarkLabel(end);
    }

    /// <summary>The value on the stack is the function's result.</summary>
    private void EmitReturn()
    {
        if (_isChunk)
        {
            // *result = value; return true (leaving any exception region first).
            var value = RentTemp(RuntimeMembers.JsValue);
            _il.Emit(OpCodes.Stloc, value);
            _il.Emit(OpCodes.Ldarg_3);
            _il.Emit(OpCodes.Ldloc, value);
            _il.Emit(OpCodes.Stobj, RuntimeMembers.JsValue);
            ReturnTemp(value);
            if (_region == 0)
            {
                _il.Emit(OpCodes.Ldc_I4_1);
                _il.Emit(OpCodes.Ret);
                return;
            }
            _returnLabel ??= _il.DefineLabel();
            _il.Emit(OpCodes.Leave, _returnLabel.Value);
            return;
        }
        if (_region == 0)
        {
            _il.Emit(OpCodes.Ret);
            return;
        }
        _returnValue ??= _il.DeclareLocal(RuntimeMembers.JsValue);
        _returnLabel ??= _il.DefineLabel();
        _il.Emit(OpCodes.Stloc, _returnValue);
        _il.Emit(OpCodes.Leave, _returnLabel.Value);
    }

    private void EmitConditionalGoto(BoundConditionalGoto statement)
    {
        if (!NeedsLeave(statement.Label))
        {
            EmitCondition(statement.Condition, LabelOf(statement.Label), statement.JumpIfTrue);
            return;
        }
        var skip = _il.DefineLabel();
        EmitCondition(statement.Condition, skip, !statement.JumpIfTrue);
        _il.Emit(OpCodes.Leave, LabelOf(statement.Label));
        _il.MarkLabel(skip);
    }

    private void EmitIntSwitch(BoundIntSwitch statement)
    {
        // `switch` cannot leave a region: a target outside goes through a local trampoline.
        var trampolines = new List<(Label Local, LabelSymbol Target)>();
        var labels = new Label[statement.Targets.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            var target = statement.Targets[i];
            if (!NeedsLeave(target))
            {
                labels[i] = LabelOf(target);
                continue;
            }
            labels[i] = _il.DefineLabel();
            trampolines.Add((labels[i], target));
        }
        EmitExpression(statement.Selector, used: true);
        _il.Emit(OpCodes.Switch, labels);
        if (trampolines.Count == 0) return;
        var fallThrough = _il.DefineLabel();
        _il.Emit(OpCodes.Br, fallThrough);
        foreach (var (local, target) in trampolines)
        {
            _il.MarkLabel(local);
            _il.Emit(OpCodes.Leave, LabelOf(target));
        }
        _il.MarkLabel(fallThrough);
    }

    /// <summary>
    /// try/catch/finally. Catch clauses catch JsException only: the host's interrupt and .NET failures
    /// pass through JavaScript handlers. The IL catch handler only stores the exception and leaves; the
    /// JavaScript catch body runs after it, outside the handler. CoreCLR runs a handler on top of the
    /// frames being unwound, so a catch body that ran inside it would start where the exception was
    /// thrown: after "Maximum call stack size exceeded" it would have no stack left.
    ///
    /// try { A } catch (e) { C } finally { F }
    /// becomes
    /// .try {                                  (only with a finally)
    ///   .try { A } catch JsException { $e = exception; leave catch_body }
    ///   leave/br end
    /// catch_body:
    ///   e = $e.Value; C                       (a rethrow in C rethrows $e, keeping its stack trace)
    /// end:
    /// } finally { F }
    /// </summary>
    private void EmitTry(BoundTry statement)
    {
        int outer = _region;
        var regions = _tryRegions[statement];
        if (statement.FinallyBlock is not null)
        {
            _il.BeginExceptionBlock();
            _region = regions.Protected;
        }

        if (statement.CatchClause is { } clause)
        {
            int catchRegion = _region;
            var catchBody = _il.DefineLabel();
            var end = _il.DefineLabel();
            var exception = NewExceptionSlot(statement);

            _il.BeginExceptionBlock();
            _region = regions.Try;
            EmitBlock(statement.TryBlock);
            _il.BeginCatchBlock(RuntimeMembers.JsException);
            EmitStore(exception);
            _il.Emit(OpCodes.Leave, catchBody);
            _il.EndExceptionBlock();
            _region = catchRegion;
            _il.Emit(OpCodes.Br, end);

            _il.MarkLabel(catchBody);
            _caughtExceptions.Push(exception);
            if (clause.ExceptionLocal is not null)
            {
                EmitLoad(exception);
                EmitStore(clause.ExceptionLocal);
            }
            if (clause.Parameter is not null)
            {
                if (clause.Scope is not null) EnterScope(clause.Scope);
                EmitLoad(exception);
                _il.Emit(OpCodes.Callvirt, RuntimeMembers.JsExceptionValue);
                EmitStore(clause.Parameter);
            }
            EmitBlock(clause.Body);
            _caughtExceptions.Pop();
            _il.MarkLabel(end);
        }
        else
        {
            _region = regions.Try;
            EmitBlock(statement.TryBlock);
        }

        if (statement.FinallyBlock is not null)
        {
            _il.BeginFinallyBlock();
            _region = regions.Finally;
            EmitBlock(statement.FinallyBlock);
            _il.EndExceptionBlock();
        }
        _region = outer;
    }

    /// <summary>A rethrow in a catch body: the caught exception again, with its original stack trace.</summary>
    private void EmitRethrow()
    {
        EmitLoad(_caughtExceptions.Peek());
        _il.Emit(OpCodes.Call, RuntimeMembers.RethrowCaptured);
    }
}
