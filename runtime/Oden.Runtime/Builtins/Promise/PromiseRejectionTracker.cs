// PromiseRejectionTracker: HostPromiseRejectionTracker for one realm, reported the way Node does.
//
// A rejection without a handler ("reject") is remembered; a handler attached later ("handle") forgets it.
// At each checkpoint (JobQueue.RunUntilIdle, once the jobs have drained) the rejections still unhandled go
// to IRealmHost.OnUnhandledRejection, in rejection order, and are marked reported; a handler attached to a
// reported promise goes to IRealmHost.OnRejectionHandled at the next checkpoint. The list holds promises
// only until the next checkpoint; "handle" just flips the promise's state, so both operations are O(1).
namespace Oden.Runtime.Builtins;

internal enum RejectionOperation : byte
{
    Reject,
    Handle,
}

internal enum RejectionTracking : byte
{
    None,

    /// <summary>Rejected without a handler, not yet reported.</summary>
    Pending,

    /// <summary>Reported to the host as unhandled.</summary>
    Reported,
}

internal sealed class PromiseRejectionTracker
{
    private List<JsPromise> _unhandled = [];
    private List<JsPromise> _handledLate = [];

    /// <see href="https://tc39.es/ecma262/#sec-host-promise-rejection-tracker"/>
    public static void Track(Realm realm, JsPromise promise, RejectionOperation operation)
    {
        PromiseRejectionTracker tracker = realm.PromiseRejections ??= new PromiseRejectionTracker();
        if (operation == RejectionOperation.Reject)
        {
            promise.Tracking = RejectionTracking.Pending;
            tracker._unhandled.Add(promise);
            return;
        }

        if (promise.Tracking == RejectionTracking.Reported)
        {
            tracker._handledLate.Add(promise);
        }

        promise.Tracking = RejectionTracking.None;
    }

    /// <summary>Reports what changed since the last checkpoint to the realm's host.</summary>
    public void Checkpoint(Realm realm)
    {
        if (_unhandled.Count == 0 && _handledLate.Count == 0) return;

        // Swap the lists first: the host may run script code that rejects more promises.
        List<JsPromise> unhandled = _unhandled;
        List<JsPromise> handledLate = _handledLate;
        _unhandled = [];
        _handledLate = [];

        foreach (JsPromise promise in unhandled)
        {
            if (promise.Tracking != RejectionTracking.Pending) continue;
            promise.Tracking = RejectionTracking.Reported;
            realm.Host.OnUnhandledRejection(realm, promise, promise.Result);
        }

        foreach (JsPromise promise in handledLate)
        {
            realm.Host.OnRejectionHandled(realm, promise);
        }
    }
}
