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
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
