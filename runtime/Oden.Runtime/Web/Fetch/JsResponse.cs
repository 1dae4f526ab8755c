// JsResponse and %Response% (https://fetch.spec.whatwg.org/#response-class). Like Request, a Response
// is C# fields behind prototype getters: one shape for every Response.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public sealed class JsResponse : JsBodyObject
{
    internal JsResponse(JsObject prototype, Realm realm)
        : base(prototype, realm)
    {
    }

    public override string ClassName => "Response";

    /// <summary>"default", "basic", "cors", "error", "opaque" or "opaqueredirect".</summary>
    public string Type { get; internal set; } = "default";

    public int Status { get; internal set; } = 200;

    public string StatusText { get; internal set; } = "";

    /// <summary>The response URL ("" when the response was constructed by script code).</summary>
    public string Url { get; internal set; } = "";

    public bool Redirected { get; internal set; }

    /// <summary>Whether this is a network error (Response.error(), a failed fetch).</summary>
    public bool IsNetworkError => Type == "error";

    public JsHeaders Headers => _headers ??= new JsHeaders(Realm.Intrinsics.HeadersPrototype, HeadersGuard.Response);

    /// <summary>Whether the value is a Response (what a host checks respondWith's argument with).</summary>
    public static bool IsInstance(JsValue value) => value._ref is JsResponse;

    /// <summary>A Response built by .NET code (a host's fallback, a fetch result).</summary>
    public static JsResponse Create(Realm realm, int status, string statusText, IEnumerable<KeyValuePair<string, string>>? headers, Stream? body)
    {
        ArgumentNullException.ThrowIfNull(realm);
        var response = new JsResponse(realm.Intrinsics.ResponsePrototype, realm) { Status = status, StatusText = statusText ?? "" };
        var list = new HeaderList();
        if (headers is not null)
        {
            foreach (var h in headers) list.Append(HeaderList.ToLowerAscii(h.Key), HeaderList.Normalize(h.Value));
        }

        response._headers = new JsHeaders(realm.Intrinsics.HeadersPrototype, HeadersGuard.Response, list);
        if (body is not null) response.BodyState = Body.FromDotNet(body);
        return response;
    }

    internal static bool IsNullBodyStatus(int status) => status is 101 or 103 or 204 or 205 or 304;

    internal static bool IsRedirectStatus(int status) => status is 301 or 302 or 303 or 307 or 308;

    /// <see href="https://fetch.spec.whatwg.org/#initialize-a-response"/>
    internal static void Initialize(Realm realm, JsResponse response, JsValue init, Body? body, string? contentType)
    {
        WebIdl.RequireDictionary(realm, init, "ResponseInit");
        JsValue headers = WebIdl.Member(realm, init, "headers");
        JsValue statusValue = WebIdl.Member(realm, init, "status");
        JsValue statusTextValue = WebIdl.Member(realm, init, "statusText");

        // unsigned short status = 200 (ToNumber, modulo 2^16).
        int status = 200;
        if (!statusValue.IsUndefined)
        {
            double d = Operations.ToNumber(realm, statusValue);
            status = double.IsFinite(d) ? (int)(((long)Math.Truncate(d) % 65536 + 65536) % 65536) : 0;
        }

        string statusText = statusTextValue.IsUndefined ? "" : WebIdl.ToByteString(realm, statusTextValue);

        // 1. If init["status"] is not in the range 200 to 599, inclusive, then throw a RangeError.
        if (status < 200 || status > 599)
        {
            throw realm.RangeError($"init[\"status\"] must be in the range of 200 to 599, inclusive.");
        }

        // 2. If init["statusText"] does not match the reason-phrase token production, then throw a TypeError.
        foreach (char c in statusText)
        {
            if (!(c == '\t' || (c >= 0x20 && c <= 0x7E) || c >= 0x80)) throw realm.TypeError("Invalid statusText");
        }

        // 3-4. Set status and status message.
        response.Status = status;
        response.StatusText = statusText;

        // 5. If init["headers"] exists, then fill response's headers with init["headers"].
        JsHeaders h = response.Headers;
        if (!headers.IsUndefined) h.Fill(realm, headers);

        // 6. If body was given: a null body status is a TypeError; set the body and its Content-Type.
        if (body is not null)
        {
            if (IsNullBodyStatus(status)) throw realm.TypeError("Response constructor: Invalid response status code " + status);
            response.BodyState = body;
            if (contentType is not null && !h.List.Contains("content-type")) h.List.Append("content-type", contentType);
        }
    }
}

[JsToStringTag("Response")]
internal static partial class ResponsePrototype
{
    /// <see href="https://fetch.spec.whatwg.org/#dom-response"/>
    [JsConstructor("Response", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "Response");
        var response = new JsResponse(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.ResponsePrototype), realm);
        JsValue bodyInit = args.At(0);
        Body? body = null;
        string? contentType = null;
        if (!bodyInit.IsNullish) body = BodyMixin.Extract(realm, bodyInit, out contentType);
        JsResponse.Initialize(realm, response, args.At(1), body, contentType);
        return response;
    }

    private static JsResponse This(Realm realm, JsValue thisValue) => thisValue._ref as JsResponse ?? throw WebIdl.IllegalInvocation(realm);

    [JsGetter("type", Flags = WebIdl.Attr)]
    private static JsValue Type(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Type;

    [JsGetter("url", Flags = WebIdl.Attr)]
    private static JsValue Url(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Url;

    [JsGetter("redirected", Flags = WebIdl.Attr)]
    private static JsValue Redirected(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Redirected;

    [JsGetter("status", Flags = WebIdl.Attr)]
    private static JsValue Status(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Status;

    [JsGetter("ok", Flags = WebIdl.Attr)]
    private static JsValue Ok(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Status is >= 200 and <= 299;

    [JsGetter("statusText", Flags = WebIdl.Attr)]
    private static JsValue StatusText(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).StatusText;

    [JsGetter("headers", Flags = WebIdl.Attr)]
    private static JsValue Headers(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Headers;

    [JsGetter("body", Flags = WebIdl.Attr)]
    private static JsValue BodyGetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        This(realm, thisValue).BodyStream(realm);

    [JsGetter("bodyUsed", Flags = WebIdl.Attr)]
    private static JsValue BodyUsed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).BodyUsed;

}

/// <summary>%Response.prototype%'s operations, defined after its attributes (node's property order).</summary>
internal static partial class ResponsePrototypeMethods
{
    private static JsResponse This(Realm realm, JsValue thisValue) => thisValue._ref as JsResponse ?? throw WebIdl.IllegalInvocation(realm);

    /// <see href="https://fetch.spec.whatwg.org/#dom-response-clone"/>
    [JsFunction("clone", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Clone(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsResponse response = This(realm, thisValue);
        if (response.BodyState is { IsUnusable: true }) throw realm.TypeError("Response.clone: Body has already been consumed.");
        var clone = new JsResponse(realm.Intrinsics.ResponsePrototype, realm)
        {
            Type = response.Type,
            Status = response.Status,
            StatusText = response.StatusText,
            Url = response.Url,
            Redirected = response.Redirected,
        };
        clone.SetHeaders(response.Headers.CloneHeaders(realm));
        clone.BodyState = response.BodyState?.Clone(realm);
        return clone;
    }

    [JsFunction("arrayBuffer", Length = 0, Flags = WebIdl.Op)]
    private static JsValue ArrayBuffer(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsResponse>(realm, thisValue, BodyMixin.ConsumeKind.ArrayBuffer);

    [JsFunction("text", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Text(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsResponse>(realm, thisValue, BodyMixin.ConsumeKind.Text);

    [JsFunction("json", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Json(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsResponse>(realm, thisValue, BodyMixin.ConsumeKind.Json);

    [JsFunction("bytes", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Bytes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsResponse>(realm, thisValue, BodyMixin.ConsumeKind.Bytes);

    [JsFunction("blob", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Blob(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsResponse>(realm, thisValue, BodyMixin.ConsumeKind.Blob);

    [JsFunction("formData", Length = 0, Flags = WebIdl.Op)]
    private static JsValue FormData(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsResponse>(realm, thisValue, BodyMixin.ConsumeKind.FormData);
}

/// <summary>%Response%'s static methods.</summary>
internal static partial class ResponseConstructor
{
    /// <see href="https://fetch.spec.whatwg.org/#dom-response-error"/>
    [JsFunction("error", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Error(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => NetworkError(realm);

    internal static JsResponse NetworkError(Realm realm)
    {
        var response = new JsResponse(realm.Intrinsics.ResponsePrototype, realm) { Type = "error", Status = 0 };
        response.SetHeaders(new JsHeaders(realm.Intrinsics.HeadersPrototype, HeadersGuard.Immutable));
        return response;
    }

    /// <see href="https://fetch.spec.whatwg.org/#dom-response-json"/>
    [JsFunction("json", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Json(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 0) throw realm.TypeError("Response.json: At least 1 argument required, but only 0 present.");

        // 1. Let bytes be the result of running serialize a JavaScript value to JSON bytes on data.
        string? json = new JsonStringifier(realm).Stringify(args[0], default, default);
        if (json is null) throw realm.TypeError("Value is not JSON serializable");

        // 2-4. Extract the body and initialize a response with "application/json".
        var response = new JsResponse(realm.Intrinsics.ResponsePrototype, realm);
        JsResponse.Initialize(realm, response, args.At(1), Body.FromText(json), "application/json");
        return response;
    }

    /// <see href="https://fetch.spec.whatwg.org/#dom-response-redirect"/>
    [JsFunction("redirect", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Redirect(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 0) throw realm.TypeError("Response.redirect: At least 1 argument required, but only 0 present.");
        string input = WebIdl.ToUsvString(realm, args[0]);
        int status = 302;
        if (!args.At(1).IsUndefined)
        {
            double d = Operations.ToNumber(realm, args[1]);
            status = double.IsFinite(d) ? (int)(((long)Math.Truncate(d) % 65536 + 65536) % 65536) : 0;
        }

        // 1-2. Parse url (no base URL outside a browser); failure is a TypeError.
        UrlRecord url = UrlParser.Parse(input, null) ?? throw realm.TypeError("Failed to parse URL from " + input);

        // 3. If status is not a redirect status, then throw a RangeError.
        if (!JsResponse.IsRedirectStatus(status)) throw realm.RangeError("Invalid status code " + status);

        // 4-7. A response with the status and a Location header, whose headers are immutable.
        var response = new JsResponse(realm.Intrinsics.ResponsePrototype, realm) { Status = status };
        var list = new HeaderList();
        list.Append("location", url.Serialize());
        response.SetHeaders(new JsHeaders(realm.Intrinsics.HeadersPrototype, HeadersGuard.Immutable, list));
        return response;
    }
}
