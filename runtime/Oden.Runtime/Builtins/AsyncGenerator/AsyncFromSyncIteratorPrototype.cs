// %AsyncFromSyncIteratorPrototype% and its instances: a sync iterator seen through the async protocol
// (for await over arrays, sync generators, …). Each step resolves the sync result's value as a promise
// and settles the request's promise with { value, done } one reaction later, as the spec's
// AsyncFromSyncIteratorContinuation does (without its builtin closures: a PromiseContinuation).
namespace Oden.Runtime.Builtins;

internal sealed class JsAsyncFromSyncIterator(JsObject prototype, IteratorRecord syncIteratorRecord) : JsObject(prototype)
{
    /// <summary>[[SyncIteratorRecord]].</summary>
    public IteratorRecord SyncIteratorRecord { get; } = syncIteratorRecord;
}

internal static partial class AsyncFromSyncIteratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.next"/>
    [JsFunction("next", Length = 1)]
    private static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. O = this value; promiseCapability = ! NewPromiseCapability(%Promise%); syncIteratorRecord.
        var o = (JsAsyncFromSyncIterator)thisValue._ref!;
        JsPromise promise = JsPromise.Create(realm);
        IteratorRecord sync = o.SyncIteratorRecord;
        JsValue result;
        try
        {
            // 5. If value is present, IteratorNext(syncIteratorRecord, value); else IteratorNext(syncIteratorRecord).
            result = sync.NextMethod._ref is JsFunction next
                ? (args.Length > 0 ? next.Call1(sync.Iterator, args[0]) : next.Call0(sync.Iterator))
                : throw realm.TypeError($"{Operations.DescribeForError(realm, sync.NextMethod)} is not a function");
            if (!result.IsObject) throw realm.TypeError($"Iterator result {Operations.DescribeForError(realm, result)} is not an object");
        }
        catch (JsException e)
        {
            // 6. IfAbruptRejectPromise(result, promiseCapability).
            promise.Reject(realm, e.Value);
            return promise;
        }

        // 7. Return AsyncFromSyncIteratorContinuation(result, promiseCapability).
        return Continuation(realm, result.AsObject, promise);
    }

    /// <see href="https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.return"/>
    [JsFunction("return", Length = 1)]
    private static JsValue Return(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = (JsAsyncFromSyncIterator)thisValue._ref!;
        JsPromise promise = JsPromise.Create(realm);
        IteratorRecord sync = o.SyncIteratorRecord;
        JsValue result;
        try
        {
            // 5. Let return be Completion(GetMethod(syncIterator, "return")).
            JsFunction? ret = Operations.GetMethod(realm, sync.Iterator, "return");

            // 7. If return is undefined, resolve with CreateIterResultObject(value, true).
            if (ret is null)
            {
                promise.Resolve(realm, IteratorRecord.CreateIterResultObject(realm, args.At(0), done: true));
                return promise;
            }

            // 8. Call(return, syncIterator[, « value »]).
            result = args.Length > 0 ? ret.Call1(sync.Iterator, args[0]) : ret.Call0(sync.Iterator);

            // 10. If result is not an Object, reject with a TypeError.
            if (!result.IsObject) throw realm.TypeError($"Iterator result {Operations.DescribeForError(realm, result)} is not an object");
        }
        catch (JsException e)
        {
            promise.Reject(realm, e.Value);
            return promise;
        }

        // 11. Return AsyncFromSyncIteratorContinuation(result, promiseCapability).
        return Continuation(realm, result.AsObject, promise);
    }

    /// <see href="https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.throw"/>
    [JsFunction("throw", Length = 1)]
    private static JsValue Throw(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = (JsAsyncFromSyncIterator)thisValue._ref!;
        JsPromise promise = JsPromise.Create(realm);
        IteratorRecord sync = o.SyncIteratorRecord;
        JsValue result;
        try
        {
            // 5. Let throw be Completion(GetMethod(syncIterator, "throw")).
            JsFunction? throwMethod = Operations.GetMethod(realm, sync.Iterator, "throw");
            if (throwMethod is null)
            {
                // 7. Close the sync iterator (its errors reject), then reject with a TypeError.
                sync.Close(realm);
                throw realm.TypeError("The iterator does not provide a 'throw' method");
            }

            // 8. Call(throw, syncIterator, « value »).
            result = args.Length > 0 ? throwMethod.Call1(sync.Iterator, args[0]) : throwMethod.Call0(sync.Iterator);
            if (!result.IsObject) throw realm.TypeError($"Iterator result {Operations.DescribeForError(realm, result)} is not an object");
        }
        catch (JsException e)
        {
            promise.Reject(realm, e.Value);
            return promise;
        }

        return Continuation(realm, result.AsObject, promise);
    }

    /// <summary>
    /// AsyncFromSyncIteratorContinuation as ES2023 and node 20 have it: a rejected value rejects the
    /// request and leaves the sync iterator open. (ES2025 also closes the sync iterator when the value
    /// rejects, with its syncIteratorRecord and closeOnRejection parameters; node 20, which the conformance
    /// corpus follows, does not, so this takes neither.)
    /// </summary>
    /// <see href="https://tc39.es/ecma262/2023/#sec-asyncfromsynciteratorcontinuation"/>
    private static JsValue Continuation(Realm realm, JsObject result, JsPromise promise)
    {
        bool done;
        JsPromise valueWrapper;
        try
        {
            // 1. Let done be Completion(IteratorComplete(result)).
            done = Operations.ToBoolean(result.Get("done"));

            // 3. Let value be Completion(IteratorValue(result)).
            JsValue value = result.Get("value");

            // 5. Let valueWrapper be Completion(PromiseResolve(%Promise%, value)).
            valueWrapper = (JsPromise)JsPromise.PromiseResolve(realm, realm.Intrinsics.PromiseConstructor, value);
        }
        catch (JsException e)
        {
            // 2, 4, 6. IfAbruptRejectPromise.
            promise.Reject(realm, e.Value);
            return promise;
        }

        // 7-11. PerformPromiseThen(valueWrapper, unwrap, undefined, promiseCapability).
        JsPromise.PerformPromiseThen(realm, valueWrapper, new Unwrap(promise, done));
        return promise;
    }

    /// <summary>The unwrap closure (fulfilled); a rejection passes through to the request's promise.</summary>
    private sealed class Unwrap(JsPromise promise, bool done) : PromiseContinuation
    {
        public override void OnFulfilled(Realm realm, JsValue value) =>
            promise.Resolve(realm, IteratorRecord.CreateIterResultObject(realm, value, done));

        public override void OnRejected(Realm realm, JsValue reason) => promise.Reject(realm, reason);
    }
}
