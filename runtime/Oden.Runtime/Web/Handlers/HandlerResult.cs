// What a handler returned, as the dispatchers see it (DESIGN.md §5): a promise or a thenable is waited on;
// any other value means the handler finished synchronously, so Express answers at once and a FetchEvent
// without respondWith falls through without waiting for a microtask.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal static class HandlerResult
{
    /// <summary>
    /// The promise to wait on: <paramref name="result"/> itself (PromiseResolve), or a new promise that follows a
    /// thenable; null when the result is neither. A thenable's "then" is read once; a throwing getter (or a
    /// promise's throwing "constructor" getter) propagates as a JsException.
    /// </summary>
    public static JsPromise? AsPromise(Realm realm, JsValue result)
    {
        if (result._ref is JsPromise) return (JsPromise)JsPromise.PromiseResolve(realm, realm.Intrinsics.PromiseConstructor, result);
        if (result._ref is not JsObject thenable || thenable.Get("then")._ref is not JsFunction then) return null;

        // PromiseResolve's steps for a thenable (ResolvePromise 13-15) with the "then" already read.
        JsPromise promise = JsPromise.Create(realm);
        realm.Jobs.Enqueue(new PromiseResolveThenableJob(promise, thenable, then));
        return promise;
    }
}
