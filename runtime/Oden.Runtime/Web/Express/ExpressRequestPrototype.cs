// %ExpressRequest.prototype%: the methods of Express's req (get/header, is) and the body readers
// (text, json, arrayBuffer, as on a Fetch Request) that also store the result in req.body.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal static partial class ExpressRequestPrototype
{
    private static JsExpressRequest ThisRequest(Realm realm, JsValue thisValue, string method) =>
        thisValue._ref as JsExpressRequest ?? throw realm.TypeError($"req.{method} called on an object that is not a request");

    /// <summary>req.get(name) / req.header(name): a request header, case-insensitive; Referer and Referrer are one.</summary>
    [JsFunction("get", Length = 1, Alias = "header")]
    private static JsValue Get(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressRequest req = ThisRequest(realm, thisValue, "get");
        if (!args.At(0).IsString) throw realm.TypeError("name argument is required to req.get");
        string name = args[0].AsString().ToLowerInvariant();
        if (name is "referer" or "referrer") return req.Header("referer") ?? req.Header("referrer") ?? JsValue.Undefined;
        if (name == "set-cookie")
        {
            var values = req.Exchange.RequestHeaders.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => (JsValue)h.Value).ToArray();
            return values.Length == 0 ? JsValue.Undefined : Operations.CreateArrayFromList(realm, values);
        }

        return req.Header(name) is { } value ? value : JsValue.Undefined;
    }

    /// <summary>req.is(...types): the matching type, false, or null when the request has no body (type-is).</summary>
    [JsFunction("is", Length = 1)]
    private static JsValue Is(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressRequest req = ThisRequest(realm, thisValue, "is");
        if (!req.Exchange.HasBody) return JsValue.Null;
        string? contentType = req.Header("content-type");
        if (contentType is null) return JsValue.False;
        string mediaType = HttpText.Essence(contentType);
        var types = new List<string>();
        foreach (JsValue a in args)
        {
            if (a.TryGetObject is JsArray array)
            {
                double length = Operations.LengthOfArrayLike(realm, array);
                for (uint i = 0; i < length; i++) types.Add(Operations.ToString(realm, array.Get(PropertyKey.FromIndex(i))));
            }
            else
            {
                types.Add(Operations.ToString(realm, a));
            }
        }

        if (types.Count == 0) return mediaType;
        return HttpText.MatchType(mediaType, types) is { } match ? match : JsValue.False;
    }

    [JsFunction("text")]
    private static JsValue Text(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisRequest(realm, thisValue, "text").ReadBody(JsExpressRequest.BodyKind.Text);

    [JsFunction("json")]
    private static JsValue Json(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisRequest(realm, thisValue, "json").ReadBody(JsExpressRequest.BodyKind.Json);

    [JsFunction("arrayBuffer")]
    private static JsValue ArrayBuffer(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisRequest(realm, thisValue, "arrayBuffer").ReadBody(JsExpressRequest.BodyKind.ArrayBuffer);
}
