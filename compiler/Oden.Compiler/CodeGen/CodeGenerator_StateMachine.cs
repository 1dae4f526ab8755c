// Frame mode: the two methods of a generator or async function (see StateMachinePlan.cs). Every binding
// that would be an IL local or argument is a field of the frame instead, so the body can return at a
// suspension point and continue later from the frame alone; the evaluation stack is empty at every
// suspension (the lowering spilled it).
using System.Reflection;
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private enum FrameMode
    {
        None,
        /// <summary>The entry method: the frame is an IL local, the arguments are IL arguments.</summary>
        Entry,
        /// <summary>The resume method: the frame is argument 0.</summary>
        Resume,
    }

    private FrameMode _frameMode;
    private LocalBuilder? _frameLocal;

    private bool InFrame => _frameMode != FrameMode.None;

    private static void CompileStateMachine(EmitContext context, FunctionPlan plan)
    {
        var body = plan.Function.Body;
        // A generator's parameter prologue (the body's first statement, ahead of the dispatch) runs in the entry.
        var entryBlock = new BoundBlock(null, plan.Symbol.HasEntryPrologue ? [body.Statements[0]] : [], body.Span);
        var resumeBlock = plan.Symbol.HasEntryPrologue ? body.Update(body.Statements.RemoveAt(0)) : body;
        var entry = new CodeGenerator(context, plan, plan.Body, entryBlock, isChunk: false) { _frameMode = FrameMode.Entry };
        entry.EmitStateMachineEntry(entryBlock.Statements);
        var resume = new CodeGenerator(context, plan, plan.StateMachine!.Resume, resumeBlock, isChunk: false) { _frameMode = FrameMode.Resume };
        resume.EmitResumeBody(resumeBlock.Statements);
    }

    /// <summary>
    /// The entry: FunctionDeclarationInstantiation (EmitPrologue, then a generator's parameter
    /// prologue) into a new frame, then the generator object (suspended at the start of the body) or
    /// the async function's promise (after running the body to its first await).
    /// </summary>
    private void EmitStateMachineEntry(IEnumerable<BoundStatement> parameterPrologue)
    {
        EmitPrologue();
        foreach (var statement in parameterPrologue) EmitStatement(statement);
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitLoadFrame();
        if (_function.IsGenerator)
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Call, _function.IsAsync ? RuntimeMembers.StartAsyncGenerator : RuntimeMembers.StartGenerator);
        }
        else
        {
            _il.Emit(OpCodes.Call, RuntimeMembers.StartAsyncFunction);
        }
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>The frame, created first thing in the entry method (EmitPrologue calls this after reading the realm).</summary>
    private void EmitCreateFrame()
    {
        var machine = _plan.StateMachine!;
        _frameLocal = _il.DeclareLocal(machine.FrameType);
        _il.Emit(OpCodes.Newobj, machine.Constructor);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Stfld, machine.Callee);
        _il.Emit(OpCodes.Stloc, _frameLocal);
    }

    /// <summary>MoveNext's body: the realm from the frame, the stack and budget check, then the lowered body (which starts with the dispatch).</summary>
    private void EmitResumeBody(IEnumerable<BoundStatement> statements)
    {
        MarkFunctionStart();
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, RuntimeMembers.StateMachineRealm);
        _il.Emit(OpCodes.Stloc, _realm);
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, _plan.StateMachine!.Callee);
        _il.Emit(OpCodes.Ldfld, _plan.StaticsField);
        _il.Emit(OpCodes.Stloc, _statics);
        _il.Emit(OpCodes.Ldloc, _realm);
        _il.Emit(OpCodes.Callvirt, RuntimeMembers.RealmEnterFunction);
        EmitStatementsAndReturn(statements);
    }

    private void EmitLoadFrame()
    {
        if (_frameMode == FrameMode.Resume) _il.Emit(OpCodes.Ldarg_0);
        else _il.Emit(OpCodes.Ldloc, _frameLocal!);
    }

    /// <summary>Pushes the function object: argument 0, or the frame's Callee in the resume method.</summary>
    private void EmitLoadCallee()
    {
        _il.Emit(OpCodes.Ldarg_0);
        if (_frameMode == FrameMode.Resume) _il.Emit(OpCodes.Ldfld, _plan.StateMachine!.Callee);
    }

    private FieldBuilder FrameField(object key, Type type, string name) => _plan.StateMachine!.FieldFor(key, type, name);

    /// <summary>Loads a frame field (the frame's binding of a variable, an environment, …).</summary>
    private void EmitLoadFrameField(FieldInfo field)
    {
        EmitLoadFrame();
        _il.Emit(OpCodes.Ldfld, field);
    }

    /// <summary>Stores the value on the stack into a frame field.</summary>
    private void EmitStoreFrameField(FieldInfo field)
    {
        var temp = RentTemp(field.FieldType);
        _il.Emit(OpCodes.Stloc, temp);
        EmitLoadFrame();
        _il.Emit(OpCodes.Ldloc, temp);
        _il.Emit(OpCodes.Stfld, field);
        ReturnTemp(temp);
    }

    private FieldBuilder FrameVariable(VariableSymbol v) => FrameField(v, ClrType(v.Type), v.Name);

    // ---- environments (an IL local, or a frame field) ------------------------------------------------

    private void EmitLoadEnvironmentSlot(Scope scope)
    {
        if (InFrame) EmitLoadFrameField(FrameField(scope, _context.EnvironmentOf(scope).Type, "env"));
        else _il.Emit(OpCodes.Ldloc, EnvironmentLocal(scope));
    }

    private void EmitStoreEnvironmentSlot(Scope scope)
    {
        if (InFrame) EmitStoreFrameField(FrameField(scope, _context.EnvironmentOf(scope).Type, "env"));
        else _il.Emit(OpCodes.Stloc, EnvironmentLocal(scope));
    }

    /// <summary>Where a caught exception waits for the catch body (which may suspend before a rethrow).</summary>
    private readonly record struct ExceptionSlot(LocalBuilder? Local, FieldInfo? Field);

    private ExceptionSlot NewExceptionSlot(BoundTry statement) =>
        InFrame
            ? new ExceptionSlot(null, FrameField(statement, RuntimeMembers.JsException, "caught"))
            : new ExceptionSlot(_il.DeclareLocal(RuntimeMembers.JsException), null);

    private void EmitLoad(ExceptionSlot slot)
    {
        if (slot.Field is not null) EmitLoadFrameField(slot.Field);
        else _il.Emit(OpCodes.Ldloc, slot.Local!);
    }

    private void EmitStore(ExceptionSlot slot)
    {
        if (slot.Field is not null) EmitStoreFrameField(slot.Field);
        else _il.Emit(OpCodes.Stloc, slot.Local!);
    }

    // ---- intrinsics ------------------------------------------------------------------------------------

    /// <summary>The frame intrinsics of a state machine body; false for every other intrinsic.</summary>
    private bool TryEmitStateMachineIntrinsic(BoundIntrinsic intrinsic)
    {
        var args = intrinsic.Arguments;
        switch (intrinsic.Intrinsic)
        {
            case IntrinsicKind.Suspend:
                // State = k; SuspendKind = kind; return value (leaving any exception region).
                EmitLoadFrame();
                EmitExpression(args[0], used: true);
                _il.Emit(OpCodes.Stfld, RuntimeMembers.StateMachineState);
                EmitLoadFrame();
                EmitExpression(args[1], used: true);
                _il.Emit(OpCodes.Stfld, RuntimeMembers.StateMachineSuspendKind);
                EmitExpression(args[2], used: true);
                EmitReturn();
                return true;
            case IntrinsicKind.AwaitStart:
                EmitLoadFrame();
                EmitExpression(args[0], used: true);
                MarkSequencePoint(intrinsic.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.StateMachineAwait);
                return true;
            case IntrinsicKind.ResumeState:
                EmitLoadFrameField(RuntimeMembers.StateMachineState);
                return true;
            case IntrinsicKind.SetRunning:
                EmitLoadFrame();
                _il.Emit(OpCodes.Ldc_I4_M1);
                _il.Emit(OpCodes.Stfld, RuntimeMembers.StateMachineState);
                return true;
            case IntrinsicKind.ResumeMode:
                EmitLoadFrameField(RuntimeMembers.StateMachineMode);
                return true;
            case IntrinsicKind.ResumeValue:
                EmitLoadFrameField(RuntimeMembers.StateMachineSent);
                return true;
            case IntrinsicKind.DelegateValue:
                EmitLoadFrameField(RuntimeMembers.StateMachineDelegateValue);
                return true;
            case IntrinsicKind.SetResumption:
                EmitFrameCall(RuntimeMembers.StateMachineSetResumption, args, intrinsic);
                return true;
            case IntrinsicKind.DelegateStart:
                EmitLoadFrame();
                EmitExpression(args[0], used: true);
                _il.Emit(((BoundLiteral)args[1]).Value.Int32 != 0 ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                MarkSequencePoint(intrinsic.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.DelegateStart);
                return true;
            case IntrinsicKind.DelegateStep:
                EmitFrameCall(RuntimeMembers.DelegateStep, args, intrinsic);
                return true;
            case IntrinsicKind.DelegateInvokeAsync:
                EmitFrameCall(RuntimeMembers.DelegateInvokeAsync, args, intrinsic);
                return true;
            case IntrinsicKind.DelegateResultAsync:
                EmitFrameCall(RuntimeMembers.DelegateResultAsync, args, intrinsic);
                return true;
            case IntrinsicKind.DelegateThrowMissing:
                EmitFrameCall(RuntimeMembers.DelegateThrowMissing, args, intrinsic);
                return true;
            case IntrinsicKind.AsyncCloseBegin:
                EmitFrameCall(RuntimeMembers.AsyncCloseBegin, args, intrinsic);
                return true;
            case IntrinsicKind.AsyncCloseBeginAfterThrow:
                EmitFrameCall(RuntimeMembers.AsyncCloseBeginAfterThrow, args, intrinsic);
                return true;
            case IntrinsicKind.AsyncIteratorStart:
                EmitRealmCall(RuntimeMembers.GetAsyncIterator, args, intrinsic);
                return true;
            case IntrinsicKind.AsyncIteratorNext:
                EmitRealmCall(RuntimeMembers.AsyncIteratorNext, args, intrinsic);
                return true;
            case IntrinsicKind.AsyncIteratorComplete:
                EmitRealmCall(RuntimeMembers.AsyncIteratorComplete, args, intrinsic);
                return true;
            case IntrinsicKind.AsyncIteratorValue:
                EmitRealmCall(RuntimeMembers.AsyncIteratorValue, args, intrinsic);
                return true;
            case IntrinsicKind.AsyncCloseEnd:
                EmitRealmCall(RuntimeMembers.AsyncCloseEnd, args, intrinsic);
                return true;
            case IntrinsicKind.Await or IntrinsicKind.Yield or IntrinsicKind.YieldDelegate:
                throw new InvalidOperationException($"{intrinsic.Intrinsic} outside a generator or async function body after lowering");
            default:
                return false;
        }
    }

    private void EmitFrameCall(MethodInfo method, System.Collections.Immutable.ImmutableArray<BoundExpression> args, BoundIntrinsic intrinsic)
    {
        EmitLoadFrame();
        foreach (var a in args) EmitExpression(a, used: true);
        MarkSequencePoint(intrinsic.Span);
        _il.Emit(OpCodes.Call, method);
    }

    private void EmitRealmCall(MethodInfo method, System.Collections.Immutable.ImmutableArray<BoundExpression> args, BoundIntrinsic intrinsic)
    {
        _il.Emit(OpCodes.Ldloc, _realm);
        foreach (var a in args) EmitExpression(a, used: true);
        MarkSequencePoint(intrinsic.Span);
        _il.Emit(OpCodes.Call, method);
    }
}
