// Calls an Express-style handler for one request, on the realm's thread:
//   fn({ req, res, next, fetch }) → a value or a promise (thenable);
//   a throw, next(err) or a rejection → exchange.Fail; settling → exchange.HandlerSettled (the host answers
//   204 if nothing was sent). A JSON or urlencoded body the host buffered is parsed first, as Express's body
//   parsers do; invalid JSON is answered 400 without calling the handler.
using System.Text;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public static class ExpressDispatcher
{
    /// <summary>Runs the handler for <paramref name="exchange"/>. Realm thread only; a host interrupt propagates.</summary>
    public static void Dispatch(Realm realm, HandlerRegistration registration, IHttpExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(exchange);
        var req = new JsExpressRequest(realm, exchange);
        var res = new JsExpressResponse(realm, exchange) { Request = req };
        req.Response = res;
        if (exchange.BufferedBody is { } body && !ParseBody(realm, req, res, body)) return;

        var context = new JsExpressContext(realm, req, res, registration.Fetch);
        JsPromise? promise;
        try
        {
            promise = HandlerResult.AsPromise(realm, registration.Handler.Call1(JsValue.Undefined, context));
        }
        catch (JsException e)
        {
            exchange.Fail(e.Value);
            return;
        }

        if (promise is null) exchange.HandlerSettled();
        else JsPromise.PerformPromiseThen(realm, promise, new SettleContinuation(exchange));
    }

    /// <summary>req.body from a buffered JSON or urlencoded body; false when the request was answered 400.</summary>
    private static bool ParseBody(Realm realm, JsExpressRequest req, JsExpressResponse res, byte[] body)
    {
        string? contentType = req.Header("content-type");
        if (contentType is null) return true;
        string type = HttpText.Essence(contentType);
        string text = Encoding.UTF8.GetString(body);
        if (type == "application/x-www-form-urlencoded")
        {
            req.SetParsedBody(HttpText.ParseQuery(realm, text));
            return true;
        }

        if (type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                req.SetParsedBody(new JsObject(realm.Intrinsics.ObjectPrototype));
                return true;
            }

            try
            {
                req.SetParsedBody(JsonParser.Parse(realm, text));
                return true;
            }
            catch (JsException)
            {
                res.StatusCode = 400;
                res.SetHeader("Content-Type", "text/plain; charset=utf-8");
                res.Finish(Encoding.UTF8.GetBytes("Bad Request: the JSON body is not valid JSON"));
                return false;
            }
        }

        return true;
    }

    private sealed class SettleContinuation(IHttpExchange exchange) : PromiseContinuation
    {
        public override void OnFulfilled(Realm realm, JsValue value) => exchange.HandlerSettled();

        public override void OnRejected(Realm realm, JsValue reason) => exchange.Fail(reason);
    }
}
