// JsRequest and %Request% (https://fetch.spec.whatwg.org/#request-class).
//
// A Request has a fixed set of C# fields (no own JS properties: every attribute is a getter on
// %Request.prototype%), so every Request shares one shape and the call sites that read request.method or
// request.headers stay monomorphic. An incoming request keeps the host's URL string, header collection and
// body stream untouched until script code reads them.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public sealed class JsRequest : JsBodyObject
{
    internal JsRequest(JsObject prototype, Realm realm)
        : base(prototype, realm)
    {
    }

    public override string ClassName => "Request";

    private string _method = "GET";
    private string? _rawUrl;
    private UrlRecord? _url;
    private IEnumerable<KeyValuePair<string, string>>? _headerSource;
    private JsAbortSignal? _signal;
    private Task<bool>? _clientGone;

    internal string Mode = "cors";
    internal string Credentials = "same-origin";
    internal string Cache = "default";
    internal string Redirect = "follow";
    internal string Referrer = "client";
    internal string ReferrerPolicy = "";
    internal string Integrity = "";
    internal bool Keepalive;

    /// <summary>The request method (normalized: GET, POST, … upper-cased; other tokens as given).</summary>
    public string Method => _method;

    /// <summary>The request URL, serialized.</summary>
    public string Url => _rawUrl ?? UrlRecord.Serialize();

    internal UrlRecord UrlRecord
    {
        get
        {
            if (_url is null)
            {
                _url = UrlParser.Parse(_rawUrl!, null) ?? throw new InvalidOperationException($"'{_rawUrl}' is not an absolute URL.");
                _rawUrl = null;
            }

            return _url;
        }
    }

    /// <summary>The request's Headers object (created on first use).</summary>
    public JsHeaders Headers => _headers ??= _headerSource is { } source
        ? new JsHeaders(Realm.Intrinsics.HeadersPrototype, HeadersGuard.Immutable, source)
        : new JsHeaders(Realm.Intrinsics.HeadersPrototype, HeadersGuard.Request);

    /// <summary>The request's signal (created on first use; aborted when the host's client-gone task says so).</summary>
    public JsAbortSignal Signal => _signal ??= CreateSignal();

    private JsAbortSignal CreateSignal()
    {
        var signal = new JsAbortSignal(Realm.Intrinsics.AbortSignalPrototype);
        if (_clientGone is not { } gone) return signal;
        if (gone.IsCompleted)
        {
            if (gone.IsCompletedSuccessfully && gone.Result) signal.SignalAbort(Realm, ClientGoneReason(Realm));
            return signal;
        }

        // Off the realm's thread: only a post back, and only when the client did go away.
        Realm realm = Realm;
        gone.ContinueWith(
            static (t, state) =>
            {
                if (!t.IsCompletedSuccessfully || !t.Result) return;
                var (r, s) = ((Realm, JsAbortSignal))state!;
                r.Jobs.Post(() => s.SignalAbort(r, ClientGoneReason(r)));
            },
            (realm, signal),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return signal;
    }

    private static JsValue ClientGoneReason(Realm realm) => DomException.Create(realm, "The client disconnected", "AbortError");

    /// <summary>Whether the value is a Request.</summary>
    public static bool IsInstance(JsValue value) => value._ref is JsRequest;

    /// <summary>
    /// A Request for an incoming HTTP request. Nothing is copied up front: the URL string is parsed when
    /// read through a URL-based API, the headers become a (immutable) Headers object when first touched, and
    /// the body stream is read lazily with asynchronous reads that post back to the realm.
    /// <paramref name="clientGone"/> (optional) completes when the request is over: true when the client
    /// went away first, which aborts <c>request.signal</c> with an "AbortError" DOMException (posted to the
    /// realm's thread; the signal subscribes only once script code reads it).
    /// </summary>
    public static JsRequest CreateIncoming(Realm realm, string method, string absoluteUrl, IEnumerable<KeyValuePair<string, string>> headers, Stream? body, Task<bool>? clientGone = null)
    {
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(absoluteUrl);
        ArgumentNullException.ThrowIfNull(headers);
        var request = new JsRequest(realm.Intrinsics.RequestPrototype, realm)
        {
            _method = NormalizeMethod(method),
            _rawUrl = absoluteUrl,
            _headerSource = headers,
            _clientGone = clientGone,
        };
        if (body is not null && request._method is not ("GET" or "HEAD")) request.BodyState = Body.FromDotNet(body);
        return request;
    }

    internal static string NormalizeMethod(string method) =>
        method.ToUpperInvariant() switch
        {
            "DELETE" => "DELETE",
            "GET" => "GET",
            "HEAD" => "HEAD",
            "OPTIONS" => "OPTIONS",
            "POST" => "POST",
            "PUT" => "PUT",
            _ => method,
        };

    /// <see href="https://fetch.spec.whatwg.org/#dom-request"/>
    internal static JsRequest Construct(Realm realm, JsObject prototype, JsValue input, JsValue init)
    {
        WebIdl.RequireDictionary(realm, init, "RequestInit");
        var request = new JsRequest(prototype, realm);
        JsRequest? inputRequest = input._ref as JsRequest;
        JsAbortSignal? inputSignal = null;
        HeaderList? inputHeaders = null;

        // 5. If input is a string: parse it (no base URL outside a browser); credentials are refused.
        if (inputRequest is null)
        {
            string s = WebIdl.ToUsvString(realm, input);
            UrlRecord url = UrlParser.Parse(s, null) ?? throw realm.TypeError("Failed to parse URL from " + s);
            if (url.IncludesCredentials) throw realm.TypeError("Request cannot be constructed from a URL that includes credentials: " + s);
            request._url = url;
        }
        else
        {
            // 6. Otherwise copy input's request.
            request._url = inputRequest.UrlRecord.Clone();
            request._method = inputRequest._method;
            request.Mode = inputRequest.Mode;
            request.Credentials = inputRequest.Credentials;
            request.Cache = inputRequest.Cache;
            request.Redirect = inputRequest.Redirect;
            request.Referrer = inputRequest.Referrer;
            request.ReferrerPolicy = inputRequest.ReferrerPolicy;
            request.Integrity = inputRequest.Integrity;
            request.Keepalive = inputRequest.Keepalive;
            // An incoming request's signal exists as soon as something follows it (the client may go away).
            inputSignal = inputRequest._clientGone is null ? inputRequest._signal : inputRequest.Signal;
            inputHeaders = inputRequest.Headers.List;
        }

        // The RequestInit members, in Web IDL's (lexicographic) order.
        JsValue body = WebIdl.Member(realm, init, "body");
        JsValue cache = WebIdl.Member(realm, init, "cache");
        JsValue credentials = WebIdl.Member(realm, init, "credentials");
        JsValue duplex = WebIdl.Member(realm, init, "duplex");
        JsValue headers = WebIdl.Member(realm, init, "headers");
        JsValue integrity = WebIdl.Member(realm, init, "integrity");
        JsValue keepalive = WebIdl.Member(realm, init, "keepalive");
        JsValue method = WebIdl.Member(realm, init, "method");
        JsValue mode = WebIdl.Member(realm, init, "mode");
        JsValue redirect = WebIdl.Member(realm, init, "redirect");
        JsValue referrer = WebIdl.Member(realm, init, "referrer");
        JsValue referrerPolicy = WebIdl.Member(realm, init, "referrerPolicy");
        JsValue signal = WebIdl.Member(realm, init, "signal");
        JsValue window = WebIdl.Member(realm, init, "window");

        bool initIsEmpty = body.IsUndefined && cache.IsUndefined && credentials.IsUndefined && duplex.IsUndefined
            && headers.IsUndefined && integrity.IsUndefined && keepalive.IsUndefined && method.IsUndefined
            && mode.IsUndefined && redirect.IsUndefined && referrer.IsUndefined && referrerPolicy.IsUndefined
            && signal.IsUndefined && window.IsUndefined;

        // 12-13. window must be null.
        if (!window.IsNullish) throw realm.TypeError("RequestInit: Expected window to be null");

        // 14. If init is not empty: a navigate mode becomes same-origin; referrer and policy are reset.
        if (!initIsEmpty)
        {
            if (request.Mode == "navigate") request.Mode = "same-origin";
            request.Referrer = "client";
            request.ReferrerPolicy = "";
        }

        // 15. referrer.
        if (!referrer.IsUndefined)
        {
            string r = WebIdl.ToUsvString(realm, referrer);
            if (r.Length == 0)
            {
                request.Referrer = "no-referrer";
            }
            else
            {
                UrlRecord parsed = UrlParser.Parse(r, null) ?? throw realm.TypeError("Referrer \"" + r + "\" is not a valid URL.");
                string serialized = parsed.Serialize();
                request.Referrer = serialized == "about:client" ? "client" : serialized;
            }
        }

        // 16-17. referrerPolicy and mode.
        if (!referrerPolicy.IsUndefined)
        {
            request.ReferrerPolicy = Enum(realm, referrerPolicy, "referrerPolicy",
                "", "no-referrer", "no-referrer-when-downgrade", "same-origin", "origin", "strict-origin",
                "origin-when-cross-origin", "strict-origin-when-cross-origin", "unsafe-url");
        }

        if (!mode.IsUndefined)
        {
            string m = Enum(realm, mode, "mode", "same-origin", "no-cors", "cors", "navigate");
            if (m == "navigate") throw realm.TypeError("Request constructor: invalid request mode navigate.");
            request.Mode = m;
        }

        // 19-22. credentials, cache, redirect, integrity, keepalive.
        if (!credentials.IsUndefined) request.Credentials = Enum(realm, credentials, "credentials", "omit", "same-origin", "include");
        if (!cache.IsUndefined)
        {
            request.Cache = Enum(realm, cache, "cache", "default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached");
            if (request.Cache == "only-if-cached" && request.Mode != "same-origin")
            {
                throw realm.TypeError("'only-if-cached' can be set only with 'same-origin' mode");
            }
        }

        if (!redirect.IsUndefined) request.Redirect = Enum(realm, redirect, "redirect", "follow", "error", "manual");
        if (!integrity.IsUndefined) request.Integrity = WebIdl.ToDomString(realm, integrity);
        if (!keepalive.IsUndefined) request.Keepalive = Operations.ToBoolean(keepalive);

        // 25. method: a token, not forbidden, normalized.
        if (!method.IsUndefined)
        {
            string m = WebIdl.ToByteString(realm, method);
            if (!HeaderList.IsValidName(m)) throw realm.TypeError($"'{m}' is not a valid HTTP method.");
            string upper = m.ToUpperInvariant();
            if (upper is "CONNECT" or "TRACE" or "TRACK") throw realm.TypeError($"'{m}' HTTP method is unsupported.");
            request._method = NormalizeMethod(m);
        }

        // 26. signal.
        if (!signal.IsUndefined)
        {
            if (signal.IsNull) inputSignal = null;
            else inputSignal = signal._ref as JsAbortSignal ?? throw realm.TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
        }

        // 29-30. This's signal follows the input or init signal.
        JsAbortSignal own = request.Signal;
        if (inputSignal is not null) own.Follow(realm, inputSignal);

        // 31-32. Headers: the init's, or a copy of the input's.
        JsHeaders headersObject;
        if (headers.IsUndefined)
        {
            headersObject = new JsHeaders(realm.Intrinsics.HeadersPrototype, HeadersGuard.Request, inputHeaders?.Clone() ?? new HeaderList());
        }
        else
        {
            headersObject = new JsHeaders(realm.Intrinsics.HeadersPrototype, HeadersGuard.Request);
            headersObject.Fill(realm, headers);
        }

        request._headers = headersObject;

        if (request.Mode == "no-cors" && request._method is not ("GET" or "HEAD" or "POST"))
        {
            throw realm.TypeError($"'{request._method}' is unsupported in no-cors mode.");
        }

        // 34. A body with GET or HEAD is a TypeError.
        Body? inputBody = inputRequest?.BodyState;
        if ((!body.IsNullish || inputBody is not null) && request._method is "GET" or "HEAD")
        {
            throw realm.TypeError("Request with GET/HEAD method cannot have body.");
        }

        // 36. The init body, with its Content-Type unless one was given.
        Body? initBody = null;
        if (!body.IsNullish)
        {
            initBody = BodyMixin.Extract(realm, body, out string? contentType);
            if (contentType is not null && !headersObject.List.Contains("content-type"))
            {
                headersObject.List.Append("content-type", contentType);
            }
        }

        // 38-39. A stream body needs duplex: "half".
        if (!duplex.IsUndefined) Enum(realm, duplex, "duplex", "half");
        if (initBody is { IsScriptStream: true } && duplex.IsUndefined)
        {
            throw realm.TypeError("RequestInit: duplex option is required when sending a body.");
        }

        // 40-41. Otherwise the input's body moves to the new request (and the input becomes used).
        Body? finalBody = initBody;
        if (initBody is null && inputBody is not null)
        {
            if (inputBody.IsUnusable) throw realm.TypeError("Cannot construct a Request with a Request object that has already been used.");
            finalBody = inputBody.Transfer();
        }

        request.BodyState = finalBody;
        return request;
    }

    private static string Enum(Realm realm, JsValue value, string member, params string[] allowed)
    {
        string s = WebIdl.ToDomString(realm, value);
        if (Array.IndexOf(allowed, s) < 0)
        {
            throw realm.TypeError($"Failed to construct 'Request': The provided value '{s}' is not a valid enum value of type Request{char.ToUpperInvariant(member[0])}{member[1..]}.");
        }

        return s;
    }

    /// <see href="https://fetch.spec.whatwg.org/#concept-request-clone"/>
    internal JsRequest CloneRequest(Realm realm)
    {
        var clone = new JsRequest(realm.Intrinsics.RequestPrototype, realm)
        {
            _method = _method,
            _rawUrl = _rawUrl,
            _url = _url?.Clone(),
            Mode = Mode,
            Credentials = Credentials,
            Cache = Cache,
            Redirect = Redirect,
            Referrer = Referrer,
            ReferrerPolicy = ReferrerPolicy,
            Integrity = Integrity,
            Keepalive = Keepalive,
        };
        clone._headers = Headers.CloneHeaders(realm);
        clone.BodyState = BodyState?.Clone(realm);
        JsAbortSignal own = clone.Signal;
        own.Follow(realm, Signal);
        return clone;
    }
}

[JsToStringTag("Request")]
internal static partial class RequestPrototype
{
    [JsConstructor("Request", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "Request");
        if (args.Length == 0) throw realm.TypeError("Request constructor: At least 1 argument required, but only 0 present.");
        return JsRequest.Construct(realm, JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.RequestPrototype), args[0], args.At(1));
    }

    private static JsRequest This(Realm realm, JsValue thisValue) => thisValue._ref as JsRequest ?? throw WebIdl.IllegalInvocation(realm);

    [JsGetter("method", Flags = WebIdl.Attr)]
    private static JsValue Method(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Method;

    [JsGetter("url", Flags = WebIdl.Attr)]
    private static JsValue Url(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Url;

    [JsGetter("headers", Flags = WebIdl.Attr)]
    private static JsValue Headers(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Headers;

    [JsGetter("destination", Flags = WebIdl.Attr)]
    private static JsValue Destination(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        This(realm, thisValue);
        return "";
    }

    [JsGetter("referrer", Flags = WebIdl.Attr)]
    private static JsValue Referrer(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Referrer switch
    {
        "no-referrer" => "",
        "client" => "about:client",
        var url => url,
    };

    [JsGetter("referrerPolicy", Flags = WebIdl.Attr)]
    private static JsValue ReferrerPolicy(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).ReferrerPolicy;

    [JsGetter("mode", Flags = WebIdl.Attr)]
    private static JsValue Mode(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Mode;

    [JsGetter("credentials", Flags = WebIdl.Attr)]
    private static JsValue Credentials(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Credentials;

    [JsGetter("cache", Flags = WebIdl.Attr)]
    private static JsValue Cache(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Cache;

    [JsGetter("redirect", Flags = WebIdl.Attr)]
    private static JsValue Redirect(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Redirect;

    [JsGetter("integrity", Flags = WebIdl.Attr)]
    private static JsValue Integrity(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Integrity;

    [JsGetter("keepalive", Flags = WebIdl.Attr)]
    private static JsValue Keepalive(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Keepalive;

    [JsGetter("isReloadNavigation", Flags = WebIdl.Attr)]
    private static JsValue IsReloadNavigation(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        This(realm, thisValue);
        return false;
    }

    [JsGetter("isHistoryNavigation", Flags = WebIdl.Attr)]
    private static JsValue IsHistoryNavigation(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        This(realm, thisValue);
        return false;
    }

    [JsGetter("signal", Flags = WebIdl.Attr)]
    private static JsValue Signal(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Signal;

    [JsGetter("body", Flags = WebIdl.Attr)]
    private static JsValue BodyGetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        This(realm, thisValue).BodyStream(realm);

    [JsGetter("bodyUsed", Flags = WebIdl.Attr)]
    private static JsValue BodyUsed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).BodyUsed;

    [JsGetter("duplex", Flags = WebIdl.Attr)]
    private static JsValue Duplex(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        This(realm, thisValue);
        return "half";
    }

}

/// <summary>%Request.prototype%'s operations, defined after its attributes (node's property order).</summary>
internal static partial class RequestPrototypeMethods
{
    private static JsRequest This(Realm realm, JsValue thisValue) => thisValue._ref as JsRequest ?? throw WebIdl.IllegalInvocation(realm);

    /// <see href="https://fetch.spec.whatwg.org/#dom-request-clone"/>
    [JsFunction("clone", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Clone(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsRequest request = This(realm, thisValue);
        if (request.BodyState is { IsUnusable: true }) throw realm.TypeError("Request.clone: Body has already been consumed.");
        return request.CloneRequest(realm);
    }

    [JsFunction("arrayBuffer", Length = 0, Flags = WebIdl.Op)]
    private static JsValue ArrayBuffer(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsRequest>(realm, thisValue, BodyMixin.ConsumeKind.ArrayBuffer);

    [JsFunction("text", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Text(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsRequest>(realm, thisValue, BodyMixin.ConsumeKind.Text);

    [JsFunction("json", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Json(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsRequest>(realm, thisValue, BodyMixin.ConsumeKind.Json);

    [JsFunction("bytes", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Bytes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsRequest>(realm, thisValue, BodyMixin.ConsumeKind.Bytes);

    [JsFunction("blob", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Blob(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsRequest>(realm, thisValue, BodyMixin.ConsumeKind.Blob);

    [JsFunction("formData", Length = 0, Flags = WebIdl.Op)]
    private static JsValue FormData(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        BodyMixin.Consume<JsRequest>(realm, thisValue, BodyMixin.ConsumeKind.FormData);
}
