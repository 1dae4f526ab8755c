// Async iteration as compiled code uses it: GetIterator(obj, async) with %AsyncFromSyncIteratorPrototype%
// for sync iterables, and the steps of `for await` that run between its awaits. COMPILER-FACING:
//
//     var it = AsyncIteration.GetAsyncIterator(realm, xs);
//     while (true) {
//         var r = await AsyncIteration.Next(realm, it);          // Call(next, iterator)
//         if (AsyncIteration.Complete(realm, it, r)) break;      // object check, IteratorComplete
//         x = AsyncIteration.Value(realm, r);                    // IteratorValue
//         body
//     }
//     // break/return: AsyncIteratorClose (StateMachine.AsyncCloseBegin + await + AsyncCloseEnd)
using System.ComponentModel;

namespace Oden.Runtime.Builtins;

[EditorBrowsable(EditorBrowsableState.Never)]
public static class AsyncIteration
{
    /// <summary>GetIterator(obj, async).</summary>
    /// <see href="https://tc39.es/ecma262/#sec-getiterator"/>
    public static IteratorRecord GetAsyncIterator(Realm realm, JsValue obj)
    {
        // 1.a. Let method be ? GetMethod(obj, @@asyncIterator).
        if (obj.IsNullish) throw realm.TypeError($"{Operations.DescribeForError(realm, obj)} is not async iterable");
        JsFunction? method = Operations.GetMethod(realm, obj, PropertyKey.FromSymbol(JsSymbol.AsyncIterator));

        // b. If method is undefined, then
        if (method is null)
        {
            // i-v. The sync iterator, wrapped: CreateAsyncFromSyncIterator(syncIteratorRecord).
            JsFunction? syncMethod = Operations.GetMethod(realm, obj, PropertyKey.FromSymbol(JsSymbol.Iterator));
            if (syncMethod is null) throw realm.TypeError($"{Operations.DescribeForError(realm, obj)} is not async iterable");
            IteratorRecord syncRecord = IteratorRecord.GetIteratorFromMethod(realm, obj, syncMethod);
            return CreateAsyncFromSyncIterator(realm, syncRecord);
        }

        // 3. Return ? GetIteratorFromMethod(obj, method).
        return IteratorRecord.GetIteratorFromMethod(realm, obj, method);
    }

    /// <see href="https://tc39.es/ecma262/#sec-createasyncfromsynciterator"/>
    public static IteratorRecord CreateAsyncFromSyncIterator(Realm realm, IteratorRecord syncIteratorRecord)
    {
        var asyncIterator = new JsAsyncFromSyncIterator(realm.Intrinsics.AsyncFromSyncIteratorPrototype, syncIteratorRecord);
        return new IteratorRecord(asyncIterator, asyncIterator.Get("next"));
    }

    /// <summary>
    /// for await: Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]), to be awaited. The
    /// record counts as done until Complete has checked the awaited result: a throw from the call, a
    /// rejection of the await or a bad result ends the loop without closing the iterator
    /// (ForIn/OfBodyEvaluation's `? Call`, `? Await`, `? IteratorComplete`).
    /// </summary>
    public static JsValue Next(Realm realm, IteratorRecord record)
    {
        record.Done = true;
        return record.NextMethod._ref is JsFunction next
            ? next.Call0(record.Iterator)
            : throw realm.TypeError($"{Operations.DescribeForError(realm, record.NextMethod)} is not a function");
    }

    /// <summary>
    /// for await, after awaiting next's result: the object check and IteratorComplete (true when done).
    /// The record is still marked done from Next, so a throw here leaves it done.
    /// </summary>
    public static bool Complete(Realm realm, IteratorRecord record, JsValue result)
    {
        if (result._ref is not JsObject o) throw realm.TypeError($"Iterator result {Operations.DescribeForError(realm, result)} is not an object");
        bool done = Operations.ToBoolean(o.Get("done"));
        record.Done = done;
        return done;
    }

    /// <summary>IteratorValue(result).</summary>
    public static JsValue Value(Realm realm, IteratorRecord record, JsValue result)
    {
        try
        {
            return ((JsObject)result._ref!).Get("value");
        }
        catch
        {
            record.Done = true;
            throw;
        }
    }

    /// <summary>The end of AsyncIteratorClose for a normal completion: the awaited result of return() must be an object.</summary>
    public static void CloseEnd(Realm realm, JsValue innerResult)
    {
        if (!innerResult.IsObject) throw realm.TypeError("Iterator result is not an object");
    }
}

/// <summary>
/// The first half of AsyncIteratorClose (https://tc39.es/ecma262/#sec-asynciteratorclose), on the frame
/// because its result must be awaited: true when return() was called and DelegateValue holds its result.
/// </summary>
public abstract partial class StateMachine
{
    /// <summary>AsyncIteratorClose for break/return: GetMethod(iterator, "return") and the call; errors propagate.</summary>
    public bool AsyncCloseBegin(IteratorRecord record)
    {
        if (record.Done) return false;
        record.Done = true;
        JsFunction? ret = Operations.GetMethod(Realm, record.Iterator, "return");
        if (ret is null) return false;
        DelegateValue = ret.Call0(record.Iterator);
        return true;
    }

    /// <summary>AsyncIteratorClose for a throw completion: as AsyncCloseBegin, but its own errors are dropped (the original exception wins).</summary>
    public bool AsyncCloseBeginAfterThrow(IteratorRecord record)
    {
        if (record.Done) return false;
        record.Done = true;
        try
        {
            JsFunction? ret = Operations.GetMethod(Realm, record.Iterator, "return");
            if (ret is null) return false;
            DelegateValue = ret.Call0(record.Iterator);
            return true;
        }
        catch (JsException)
        {
            return false;
        }
    }
}
