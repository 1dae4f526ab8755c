// JsExpressRequest: the Express `req` object. A runtime class with one fixed shape (every request object of
// every realm shares it, so inline caches hit across requests), whose own data properties start as lazy
// slots and are filled from the IHttpExchange on first read (DESIGN.md §2): a handler that reads only
// req.method pays for nothing else. The properties are ordinary writable data properties, as in Express,
// so middleware-style code may replace req.body or req.user.
//
// Methods live on %ExpressRequest.prototype% (ExpressRequestPrototype), one per realm.
using System.Text;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public sealed partial class JsExpressRequest : JsObject
{
    // The order of Keys is the slot order of s_shape.
    private static readonly string[] s_keys =
    [
        "method", "url", "originalUrl", "baseUrl", "path", "query", "params", "headers", "ip", "hostname",
        "protocol", "secure", "xhr", "cookies", "body",
    ];

    private static readonly Shape s_shape = CreateShape();

    private static Shape CreateShape()
    {
        Shape s = Shape.Root(ShapeKind.Other);
        foreach (string key in s_keys) s = s.AddProperty(PropertyKey.FromString(key), PropertyFlags.Default);
        return s;
    }

    private readonly Realm _realm;
    private byte[]? _body;
    private JsPromise? _bodyRead;

    internal JsExpressRequest(Realm realm, IHttpExchange exchange)
        : base(realm.Intrinsics.ExpressRequestPrototype, s_shape)
    {
        _realm = realm;
        Exchange = exchange;
        _slots.AsSpan().Fill(JsValue.Lazy);
        _body = exchange.BufferedBody;
    }

    public IHttpExchange Exchange { get; }

    public override string ClassName => "IncomingMessage";

    /// <summary>The body as parsed before the handler ran (JSON or urlencoded), or undefined.</summary>
    internal void SetParsedBody(JsValue body) => StoreMaterialized("body", body);

    protected internal override JsValue MaterializeLazy(in PropertyKey key)
    {
        JsValue value = Build(key.Name);
        StoreMaterialized(key, value);
        return value;
    }

    private JsValue Build(string key)
    {
        IHttpExchange x = Exchange;
        switch (key)
        {
            case "method": return x.Method;
            case "url": return RelativeUrl();
            case "originalUrl": return x.RawTarget;
            case "baseUrl": return x.PathBase;
            case "path":
            {
                string url = RelativeUrl();
                int q = url.IndexOf('?');
                return q < 0 ? url : url[..q];
            }

            case "query":
            {
                string target = x.RawTarget;
                int q = target.IndexOf('?');
                return HttpText.ParseQuery(_realm, q < 0 ? "" : target[(q + 1)..]);
            }

            case "params": return new JsObject(_realm.Intrinsics.ObjectPrototype);
            case "headers": return BuildHeaders();
            case "ip": return x.RemoteAddress is { } ip ? ip : JsValue.Undefined;
            case "hostname": return HostName(x.Host);
            case "protocol": return x.Scheme;
            case "secure": return x.Scheme == "https";
            case "xhr": return string.Equals(Header("x-requested-with"), "XMLHttpRequest", StringComparison.OrdinalIgnoreCase);
            case "cookies": return HttpText.ParseCookies(_realm, Header("cookie"));
            case "body": return JsValue.Undefined;
            default: return JsValue.Undefined;
        }
    }

    /// <summary>req.url: the target below the mount path (Express strips the mount path), still escaped.</summary>
    private string RelativeUrl()
    {
        string target = Exchange.RawTarget;
        string pathBase = Exchange.PathBase;
        if (pathBase.Length > 0 && target.StartsWith(pathBase, StringComparison.OrdinalIgnoreCase))
        {
            string rest = target[pathBase.Length..];
            return rest.Length == 0 || rest[0] == '?' ? "/" + rest : rest;
        }

        return target.Length == 0 ? "/" : target;
    }

    private static string HostName(string host)
    {
        if (host.Length == 0) return host;
        if (host[0] == '[')
        {
            int close = host.IndexOf(']');
            return close < 0 ? host : host[..(close + 1)];
        }

        int colon = host.IndexOf(':');
        return colon < 0 ? host : host[..colon];
    }

    /// <summary>req.headers: lower-cased names; repeated headers joined with ", " except set-cookie (an array), as node does.</summary>
    private JsObject BuildHeaders()
    {
        var headers = new JsObject(_realm.Intrinsics.ObjectPrototype);
        IReadOnlyList<KeyValuePair<string, string>> received = Exchange.RequestHeaders;
        for (int i = 0; i < received.Count; i++)
        {
            var (name, value) = received[i];
            string lower = HeaderList.ToLowerAscii(name);
            PropertyKey key = PropertyKey.FromString(lower);
            if (headers.GetOwnProperty(key, out PropertyDescriptor existing))
            {
                if (lower == "set-cookie" && existing.Value.TryGetObject is JsArray array)
                {
                    Operations.CreateDataPropertyOrThrow(_realm, array, PropertyKey.FromIndex((uint)Operations.LengthOfArrayLike(_realm, array)), value);
                }
                else if (lower is not ("host" or "content-type" or "content-length" or "user-agent" or "authorization" or "referer"))
                {
                    headers.Set(key, Operations.ToString(_realm, existing.Value) + (lower == "cookie" ? "; " : ", ") + value);
                }
            }
            else
            {
                JsValue v = lower == "set-cookie" ? Operations.CreateArrayFromList(_realm, [value]) : value;
                headers.DefineOwnProperty(key, PropertyDescriptor.Data(v, PropertyFlags.Default));
            }
        }

        return headers;
    }

    /// <summary>One request header, repeated values joined with ", " (null when absent).</summary>
    internal string? Header(string name)
    {
        // An indexed loop: foreach over the interface would allocate an enumerator per call.
        string? result = null;
        IReadOnlyList<KeyValuePair<string, string>> received = Exchange.RequestHeaders;
        for (int i = 0; i < received.Count; i++)
        {
            var (n, v) = received[i];
            if (!string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) continue;
            result = result is null ? v : result + ", " + v;
        }

        return result;
    }

    /// <summary>
    /// req.text()/json()/arrayBuffer(): reads the body once (from the host's buffer or the socket, bounded by
    /// the size limit), converts it on the realm's thread and stores the result in req.body.
    /// </summary>
    internal JsValue ReadBody(BodyKind kind)
    {
        JsPromise result = JsPromise.Create(_realm);
        if (_body is not null)
        {
            Settle(result, kind, _body);
            return result;
        }

        if (_bodyRead is null)
        {
            _bodyRead = JsPromise.Create(_realm);
            JsPromise read = _bodyRead;
            Realm realm = _realm;
            realm.Jobs.BeginExternalWork();
            Exchange.ReadBodyAsync().ContinueWith(
                t => realm.Jobs.Post(() =>
                {
                    realm.Jobs.EndExternalWork();
                    if (t.IsCompletedSuccessfully)
                    {
                        _body = t.Result;
                        read.Resolve(realm, JsValue.Undefined);
                    }
                    else
                    {
                        string message = t.Exception?.InnerException?.Message ?? "reading the request body was canceled";
                        read.Reject(realm, JsError.Create(realm, ErrorKind.Error, message));
                    }
                }),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        JsPromise.PerformPromiseThen(_realm, _bodyRead, new BodyContinuation(this, result, kind));
        return result;
    }

    private void Settle(JsPromise promise, BodyKind kind, byte[] bytes)
    {
        try
        {
            JsValue value = kind switch
            {
                BodyKind.Text => Encoding.UTF8.GetString(bytes),
                BodyKind.Json => JsonParser.Parse(_realm, Encoding.UTF8.GetString(bytes)),
                _ => CreateArrayBuffer(_realm, bytes),
            };
            if (kind != BodyKind.ArrayBuffer) Set("body", value);
            promise.Resolve(_realm, value);
        }
        catch (JsException e)
        {
            promise.Reject(_realm, e.Value);
        }
    }

    internal static JsArrayBuffer CreateArrayBuffer(Realm realm, ReadOnlySpan<byte> bytes)
    {
        var buffer = new JsArrayBuffer(realm.Intrinsics.ArrayBufferPrototype, bytes.Length);
        bytes.CopyTo(buffer.Data);
        return buffer;
    }

    internal enum BodyKind : byte
    {
        Text,
        Json,
        ArrayBuffer,
    }

    private sealed class BodyContinuation(JsExpressRequest request, JsPromise result, BodyKind kind) : PromiseContinuation
    {
        public override void OnFulfilled(Realm realm, JsValue value) => request.Settle(result, kind, request._body!);

        public override void OnRejected(Realm realm, JsValue reason) => result.Reject(realm, reason);
    }
}
