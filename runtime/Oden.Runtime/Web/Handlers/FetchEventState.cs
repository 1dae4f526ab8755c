// The lifetime rules of one FetchEvent (and of a module worker's ctx), shared by the event object and the
// dispatcher (the seed's lenient rule, a superset of the Service Worker one):
// - respondWith may be called once, until the handler's returned promise settles; its argument (a Response
//   or a promise of one) decides the response when it resolves.
// - when the handler settles without respondWith, the request falls through (PassThrough).
// - a throw or rejection fails the request (500), unless passThroughOnException was called: then it falls
//   through; an error after respondWith was called is reported only if the response promise also fails.
// - waitUntil extends the event's lifetime; once the handler settled and no waitUntil work is pending,
//   every call on the event throws an InvalidStateError DOMException instead of touching a finished request.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

/// <summary>The state of one FetchEvent; also the continuation of the handler's returned promise.</summary>
internal sealed class FetchEventState(IFetchEventExchange exchange) : PromiseContinuation
{
    public readonly IFetchEventExchange Exchange = exchange;
    public bool Settled;
    public bool RespondWithCalled;
    public bool PassThroughOnException;
    public int PendingWaitUntil;

    public bool LifetimeEnded => Settled && PendingWaitUntil == 0;

    public void ThrowIfEnded(Realm realm, string method)
    {
        if (LifetimeEnded)
        {
            throw new JsException(DomException.Create(realm, $"FetchEvent.{method}: the event's handler has already finished; call it before the handler's promise settles", "InvalidStateError"));
        }
    }

    public void RespondWith(Realm realm, JsValue response)
    {
        if (Settled) throw new JsException(DomException.Create(realm, "FetchEvent.respondWith: called after the handler's promise settled", "InvalidStateError"));
        if (RespondWithCalled) throw new JsException(DomException.Create(realm, "FetchEvent.respondWith: the event already has a response", "InvalidStateError"));
        FollowResponse(realm, response, "respondWith");
    }

    /// <summary>
    /// Lets <paramref name="response"/> (a Response or a promise of one) decide the request. Marks the response
    /// as given only once PromiseResolve succeeded: when it throws, the handler still decides.
    /// </summary>
    private void FollowResponse(Realm realm, JsValue response, string source)
    {
        JsPromise.Await(realm, response, new ResponseContinuation(this, source));
        RespondWithCalled = true;
    }

    public void WaitUntil(Realm realm, JsValue work)
    {
        ThrowIfEnded(realm, "waitUntil");
        var promise = (JsPromise)JsPromise.PromiseResolve(realm, realm.Intrinsics.PromiseConstructor, work);
        PendingWaitUntil++;
        JsPromise.PerformPromiseThen(realm, promise, new WaitUntilContinuation(this));
        Exchange.WaitUntil(promise);
    }

    /// <summary>passThroughOnException(): an error falls through to the next middleware instead of a 500.</summary>
    public void SetPassThroughOnException(Realm realm)
    {
        ThrowIfEnded(realm, "passThroughOnException");
        PassThroughOnException = true;
    }

    /// <summary>The handler (or a module worker's fetch) returned or resolved.</summary>
    public void HandlerSettled()
    {
        Settled = true;
        if (!RespondWithCalled) Exchange.PassThrough();
    }

    /// <summary>The handler threw or its promise rejected.</summary>
    public void HandlerFailed(JsValue error)
    {
        Settled = true;
        if (RespondWithCalled) return; // the response promise decides
        if (PassThroughOnException) Exchange.PassThrough();
        else Exchange.Fail(error);
    }

    public override void OnFulfilled(Realm realm, JsValue value) => HandlerSettled();

    public override void OnRejected(Realm realm, JsValue reason) => HandlerFailed(reason);

    /// <summary>A module worker's result: a Response, or a promise of one.</summary>
    public void ModuleResult(Realm realm, JsValue result) => FollowResponse(realm, result, "fetch");

    private sealed class ResponseContinuation(FetchEventState state, string source) : PromiseContinuation
    {
        public override void OnFulfilled(Realm realm, JsValue value)
        {
            state.Settled = true;
            if (value._ref is JsResponse response)
            {
                state.Exchange.Respond(response);
                return;
            }

            OnRejected(realm, realm.TypeError(source == "fetch"
                ? $"the module's fetch(request, env, ctx) must return a Response (or a promise of one); it returned {Operations.DescribeForError(realm, value)}"
                : $"respondWith must be given a Response (or a promise of one); it got {Operations.DescribeForError(realm, value)}").Value);
        }

        public override void OnRejected(Realm realm, JsValue reason)
        {
            state.Settled = true;
            if (state.PassThroughOnException) state.Exchange.PassThrough();
            else state.Exchange.Fail(reason);
        }
    }

    private sealed class WaitUntilContinuation(FetchEventState state) : PromiseContinuation
    {
        public override void OnFulfilled(Realm realm, JsValue value) => state.PendingWaitUntil--;

        public override void OnRejected(Realm realm, JsValue reason) => state.PendingWaitUntil--;
    }
}
