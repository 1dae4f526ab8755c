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
        JsPromise? promise;
        try
        {
            if (registration.Style == HandlerStyle.ModuleWorker)
            {
                var ctx = new JsExecutionContext(realm, state);
                JsValue env = registration.Environment is { } e ? e : new JsObject(realm.Intrinsics.ObjectPrototype);
                state.ModuleResult(realm, registration.Handler.Call3(registration.Module is { } m ? m : JsValue.Undefined, request, env, ctx));
                return;
            }

            promise = HandlerResult.AsPromise(realm, registration.Handler.Call1(JsValue.Undefined, new JsFetchEvent(realm, request, registration.Fetch, state)));
        }
        catch (JsException e)
        {
            state.HandlerFailed(e.Value);
            return;
        }

        // The state is the continuation of the handler's promise (HandlerSettled / HandlerFailed).
        if (promise is null) state.HandlerSettled();
        else JsPromise.PerformPromiseThen(realm, promise, state);
    }

    /// <summary>A frozen object of string values: a module worker's env.</summary>
    public static JsObject CreateEnvironment(Realm realm, IEnumerable<KeyValuePair<string, string>> values)
    {
        var env = new JsObject(realm.Intrinsics.ObjectPrototype);
        foreach (var (key, value) in values) env.DefineOwnProperty(key, PropertyDescriptor.Data(value, PropertyFlags.Enumerable));
        env.PreventExtensions();
        return env;
    }
}
