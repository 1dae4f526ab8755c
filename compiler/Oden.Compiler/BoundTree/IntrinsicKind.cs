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
    /// <summary>(cooked0, raw0, cooked1, raw1, ...) string literals (cooked undefined when invalid) → Value: GetTemplateObject of the site.</summary>
    TemplateObject,
    /// <summary>(result, this binding) → Value: a derived constructor's return value (Ops.DerivedConstructorResult).</summary>
    DerivedConstructorResult,
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
        IntrinsicKind.ArgumentArray => StorageType.ValueArray,
        IntrinsicKind.IsNullish => StorageType.Boolean,
        IntrinsicKind.RequireObjectCoercible or IntrinsicKind.IteratorStepOrUndefined or IntrinsicKind.IteratorRest
            or IntrinsicKind.ObjectRest or IntrinsicKind.SpreadElement or IntrinsicKind.ArrayHole or IntrinsicKind.ArrayFromValues
            or IntrinsicKind.CallWithThis or IntrinsicKind.TemplateObject => StorageType.Value,
        IntrinsicKind.DerivedConstructorResult => StorageType.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
