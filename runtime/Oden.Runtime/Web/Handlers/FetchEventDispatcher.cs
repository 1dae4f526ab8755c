// Calls a FetchEvent-style handler (fn(event)) or a module worker (exports.fetch(request, env, ctx)) for one
// request, on the realm's thread; FetchEventState applies the lifetime rules.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public static class FetchEventDispatcher
{
    /// <summary>Runs the registered handler for <paramref name="request"/>. Realm thread only; a host interrupt propagates.</summary>
    public static void Dispatch(Realm realm, HandlerRegistration registration, IFetchEventExchange exchange, JsRequest request)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(exchange);
        var state = new FetchEventState(exchange);
        JsValue result;
        try
        {
            if (registration.Style == HandlerStyle.ModuleWorker)
            {
                var ctx = new JsExecutionContext(realm, state);
                JsValue env = registration.Environment is { } e ? e : new JsObject(realm.Intrinsics.ObjectPrototype);
                result = registration.Handler.Call3(registration.Module is { } m ? m : JsValue.Undefined, request, env, ctx);
                state.ModuleResult(realm, result);
                return;
            }

            result = registration.Handler.Call1(JsValue.Undefined, new JsFetchEvent(realm, request, registration.Fetch, state));
        }
        catch (JsException e)
        {
            state.HandlerFailed(e.Value);
            return;
        }

        if (result.TryGetObject is JsObject o && (o is JsPromise || o.Get("then").TryGetObject is JsFunction))
        {
            try
            {
                JsObject promise = JsPromise.PromiseResolve(realm, realm.Intrinsics.PromiseConstructor, result);
                JsPromise.PerformPromiseThen(realm, (JsPromise)promise, new SettleContinuation(state));
            }
            catch (JsException e)
            {
                state.HandlerFailed(e.Value);
            }

            return;
        }

        state.HandlerSettled();
    }

    /// <summary>A frozen object of string values: a module worker's env.</summary>
    public static JsObject CreateEnvironment(Realm realm, IEnumerable<KeyValuePair<string, string>> values)
    {
        var env = new JsObject(realm.Intrinsics.ObjectPrototype);
        foreach (var (key, value) in values) env.DefineOwnProperty(key, PropertyDescriptor.Data(value, PropertyFlags.Enumerable));
        env.PreventExtensions();
        return env;
    }

    private sealed class SettleContinuation(FetchEventState state) : PromiseContinuation
    {
        public override void OnFulfilled(Realm realm, JsValue value) => state.HandlerSettled();

        public override void OnRejected(Realm realm, JsValue reason) => state.HandlerFailed(reason);
    }
}
