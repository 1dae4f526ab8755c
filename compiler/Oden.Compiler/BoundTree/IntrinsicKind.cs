// Runtime operations that lowering introduces and that have no JavaScript syntax. CodeGen maps each
// to a runtime member (CodeGen/RuntimeMembers.cs); the bound tree only knows their signatures.
using Oden.Compiler.Symbols;

namespace Oden.Compiler.BoundTree;

public enum IntrinsicKind
{
    /// <summary>(object) → ForInIterator: EnumerateObjectProperties over a key snapshot.</summary>
    ForInStart,
    /// <summary>(ForInIterator) → Boolean: advance to the next key still present.</summary>
    ForInMoveNext,
    /// <summary>(ForInIterator) → Value: the current key.</summary>
    ForInCurrent,
    /// <summary>(iterable) → IteratorRecord: GetIterator(obj, sync), with array and string fast paths.</summary>
    ForOfStart,
    /// <summary>(IteratorRecord) → Boolean: IteratorStep; false when done (and then the record is done).</summary>
    ForOfMoveNext,
    /// <summary>(IteratorRecord) → Value: IteratorValue of the last step.</summary>
    ForOfCurrent,
    /// <summary>(IteratorRecord) → Void: IteratorClose for a break/return/continue-outer exit (no-op when done).</summary>
    ForOfClose,
    /// <summary>(IteratorRecord) → Void: IteratorClose for a throw exit: return() is called, its errors are suppressed.</summary>
    ForOfCloseAfterThrow,
    /// <summary>(Exception) → Void: rethrow a captured exception, keeping its stack trace.</summary>
    RethrowCaptured,
    /// <summary>() → Value (never returns): the ReferenceError of a call used as an assignment target.</summary>
    ThrowInvalidAssignmentTarget,
    /// <summary>(value) → Value: a with statement's ToObject(value) (a TypeError for null/undefined).</summary>
    ToWithObject,

    // ---- patterns, spread, optional chaining, tagged templates (Binder_Patterns.cs, Binder_Operators.cs) ----
    /// <summary>(value) → Value: RequireObjectCoercible before an object pattern reads properties.</summary>
    RequireObjectCoercible,
    /// <summary>(IteratorRecord) → Value: one array-pattern element: IteratorStepValue, undefined once done.</summary>
    IteratorStepOrUndefined,
    /// <summary>(IteratorRecord) → Value: an array pattern's rest element: the remaining values as an array.</summary>
    IteratorRest,
    /// <summary>(source, key...) → Value: an object pattern's rest: CopyDataProperties into a new object, minus the keys.</summary>
    ObjectRest,
    /// <summary>(element...) → ValueArray: the values of an argument list or array literal with spread elements.</summary>
    ArgumentArray,
    /// <summary>(iterable) → Value: `...iterable`; only as an element of ArgumentArray.</summary>
    SpreadElement,
    /// <summary>() → Value: an elision; only as an element of ArgumentArray (array literals).</summary>
    ArrayHole,
    /// <summary>(ArgumentArray) → Value: an array literal with spread elements.</summary>
    ArrayFromValues,
    /// <summary>(value) → Boolean: undefined or null (`?.` and `??`).</summary>
    IsNullish,
    /// <summary>(callee, this, argument...) → Value: a call with an explicit this (`o.m?.()`).</summary>
    CallWithThis,
    /// <summary>
    /// (BoundDynamicName, temp) → Value: the value of a name inside `with`/beside eval as a callee, storing
    /// its call's this (the with object, else undefined) into the temp; for CallWithThis after a suspension.
    /// </summary>
    DynamicCallee,
    /// <summary>(IteratorRecord or null) → Void: IteratorClose for a throw out of a statement with a nested array pattern; no-op when null or done.</summary>
    IteratorCloseIfOpen,
    /// <summary>(cooked0, raw0, cooked1, raw1, ...) string literals (cooked undefined when invalid) → Value: GetTemplateObject of the site.</summary>
    TemplateObject,
    /// <summary>(result, this binding) → Value: a derived constructor's return value (Ops.DerivedConstructorResult).</summary>
    DerivedConstructorResult,
    /// <summary>(object, key, value) → Void: DefineField, a class field's CreateDataPropertyOrThrow.</summary>
    DefineField,
    // ---- generators and async functions (binder → Lowering/StateMachineRewriter → CodeGen frame mode) ----
    /// <summary>(value) → Value: <c>await value</c>. Lowered by StateMachineRewriter.</summary>
    Await,
    /// <summary>(value) → Value: <c>yield value</c>. Lowered by StateMachineRewriter.</summary>
    Yield,
    /// <summary>(iterable) → Value: <c>yield* iterable</c>. Lowered by StateMachineRewriter.</summary>
    YieldDelegate,
    /// <summary>(Int32 state, Int32 kind, value) → Void: suspend at resume point state, returning value from MoveNext.</summary>
    Suspend,
    /// <summary>(value) → Void: the first half of Await (PromiseResolve + PerformPromiseThen with the frame).</summary>
    AwaitStart,
    /// <summary>() → Int32: the frame's resume point (the dispatch switches read it).</summary>
    ResumeState,
    /// <summary>() → Void: the body has resumed (State = Running).</summary>
    SetRunning,
    /// <summary>() → Int32: how the body resumes (0 next, 1 throw, 2 return).</summary>
    ResumeMode,
    /// <summary>() → Value: the value the body resumes with.</summary>
    ResumeValue,
    /// <summary>(Int32 mode, value) → Void: replace the completion the body continues with.</summary>
    SetResumption,
    /// <summary>(iterable, Int32 async) → IteratorRecord: yield*'s GetIterator.</summary>
    DelegateStart,
    /// <summary>(IteratorRecord) → Int32: one sync yield* step (0 yield, 1 done, 2 return).</summary>
    DelegateStep,
    /// <summary>(IteratorRecord) → Int32: the call half of an async yield* step (0 await result, 1 no return, 2 close then throw, 3 throw).</summary>
    DelegateInvokeAsync,
    /// <summary>(value) → Int32: the result half of an async yield* step (0 yield, 1 done, 2 return).</summary>
    DelegateResultAsync,
    /// <summary>(value, Int32 closed) → Void (always throws): the TypeError of a yield* delegate without throw().</summary>
    DelegateThrowMissing,
    /// <summary>() → Value: the frame's DelegateValue.</summary>
    DelegateValue,
    /// <summary>(iterable) → IteratorRecord: GetIterator(obj, async).</summary>
    AsyncIteratorStart,
    /// <summary>(IteratorRecord) → Value: Call(next), to be awaited.</summary>
    AsyncIteratorNext,
    /// <summary>(IteratorRecord, value) → Boolean: the awaited result's object check and IteratorComplete.</summary>
    AsyncIteratorComplete,
    /// <summary>(IteratorRecord, value) → Value: IteratorValue.</summary>
    AsyncIteratorValue,
    /// <summary>(IteratorRecord) → Boolean: AsyncIteratorClose's call of return() (true: await DelegateValue).</summary>
    AsyncCloseBegin,
    /// <summary>(IteratorRecord) → Boolean: the same for a throw completion (errors dropped).</summary>
    AsyncCloseBeginAfterThrow,
    /// <summary>(value) → Void: AsyncIteratorClose's check that the awaited result is an object.</summary>
    AsyncCloseEnd,
}

public static class IntrinsicFacts
{
    public static StorageType ResultType(this IntrinsicKind kind) => kind switch
    {
        IntrinsicKind.ForInStart => StorageType.ForInIterator,
        IntrinsicKind.ForInMoveNext => StorageType.Boolean,
        IntrinsicKind.ForInCurrent => StorageType.Value,
        IntrinsicKind.ForOfStart => StorageType.IteratorRecord,
        IntrinsicKind.ForOfMoveNext => StorageType.Boolean,
        IntrinsicKind.ForOfCurrent => StorageType.Value,
        IntrinsicKind.ForOfClose => StorageType.Void,
        IntrinsicKind.ForOfCloseAfterThrow => StorageType.Void,
        IntrinsicKind.RethrowCaptured => StorageType.Void,
        IntrinsicKind.ThrowInvalidAssignmentTarget => StorageType.Value,
        IntrinsicKind.ToWithObject => StorageType.Value,
        IntrinsicKind.ArgumentArray => StorageType.ValueArray,
        IntrinsicKind.IsNullish => StorageType.Boolean,
        IntrinsicKind.IteratorCloseIfOpen => StorageType.Void,
        IntrinsicKind.RequireObjectCoercible or IntrinsicKind.IteratorStepOrUndefined or IntrinsicKind.IteratorRest
            or IntrinsicKind.ObjectRest or IntrinsicKind.SpreadElement or IntrinsicKind.ArrayHole or IntrinsicKind.ArrayFromValues
            or IntrinsicKind.CallWithThis or IntrinsicKind.TemplateObject or IntrinsicKind.DynamicCallee => StorageType.Value,
        IntrinsicKind.DerivedConstructorResult => StorageType.Value,
        IntrinsicKind.DefineField => StorageType.Void,
        IntrinsicKind.Await or IntrinsicKind.Yield or IntrinsicKind.YieldDelegate => StorageType.Value,
        IntrinsicKind.Suspend or IntrinsicKind.AwaitStart or IntrinsicKind.SetRunning or IntrinsicKind.SetResumption => StorageType.Void,
        IntrinsicKind.ResumeState or IntrinsicKind.ResumeMode => StorageType.Int32,
        IntrinsicKind.ResumeValue or IntrinsicKind.DelegateValue => StorageType.Value,
        IntrinsicKind.DelegateStart or IntrinsicKind.AsyncIteratorStart => StorageType.IteratorRecord,
        IntrinsicKind.DelegateStep or IntrinsicKind.DelegateInvokeAsync or IntrinsicKind.DelegateResultAsync => StorageType.Int32,
        IntrinsicKind.DelegateThrowMissing or IntrinsicKind.AsyncCloseEnd => StorageType.Void,
        IntrinsicKind.AsyncIteratorNext or IntrinsicKind.AsyncIteratorValue => StorageType.Value,
        IntrinsicKind.AsyncIteratorComplete or IntrinsicKind.AsyncCloseBegin or IntrinsicKind.AsyncCloseBeginAfterThrow => StorageType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
