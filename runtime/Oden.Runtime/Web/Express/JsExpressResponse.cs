// JsExpressResponse: the Express `res` object. Like req, a fixed-shape runtime class; its state (status,
// header list, whether the response started) is C# data that the prototype's methods (ExpressResponsePrototype)
// read and write, and that is handed to the IHttpExchange when the response starts (send/json/end/write).
// Own properties: `locals` (lazy, a fresh object). statusCode and headersSent are accessors on the prototype.
//
// Header names keep the case they were set with (node does the same on the wire); lookups ignore case.
using System.Text;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public sealed partial class JsExpressResponse : JsObject
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Other).AddProperty("locals", PropertyFlags.Default);

    private readonly Realm _realm;
    internal readonly List<KeyValuePair<string, string>> Headers = new();

    internal JsExpressResponse(Realm realm, IHttpExchange exchange)
        : base(realm.Intrinsics.ExpressResponsePrototype, s_shape)
    {
        _realm = realm;
        Exchange = exchange;
        _slots[0] = JsValue.Lazy;
    }

    public IHttpExchange Exchange { get; }

    internal Realm ExchangeRealm => _realm;

    public override string ClassName => "ServerResponse";

    internal int StatusCode = 200;

    /// <summary>Whether status and headers were handed to the host (res.headersSent).</summary>
    internal bool Started;

    /// <summary>Whether the response was ended (send/json/end).</summary>
    internal bool Finished;

    protected internal override JsValue MaterializeLazy(in PropertyKey key)
    {
        var locals = new JsObject(_realm.Intrinsics.ObjectPrototype);
        StoreMaterialized(key, locals);
        return locals;
    }

    internal string? GetHeader(string name)
    {
        foreach (var (n, v) in Headers)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) return v;
        }

        return null;
    }

    internal List<string> GetHeaderValues(string name)
    {
        var values = new List<string>();
        foreach (var (n, v) in Headers)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) values.Add(v);
        }

        return values;
    }

    internal void RemoveHeader(string name)
    {
        for (int i = Headers.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Headers[i].Key, name, StringComparison.OrdinalIgnoreCase)) Headers.RemoveAt(i);
        }
    }

    internal void SetHeader(string name, string value)
    {
        RemoveHeader(name);
        Headers.Add(new(name, value));
    }

    internal void AppendHeader(string name, string value) => Headers.Add(new(name, value));

    internal void ThrowIfStarted(string what)
    {
        if (Started) throw _realm.Error($"Cannot {what} after they are sent to the client (ERR_HTTP_HEADERS_SENT)");
    }

    /// <summary>Sends the whole response: the status, the headers and <paramref name="body"/>, then ends it.</summary>
    internal void Finish(ReadOnlyMemory<byte> body, bool setLength = true)
    {
        if (Finished || Started)
        {
            if (!Finished && Started)
            {
                // res.end(data) after res.write: the last chunk, then the end.
                if (!body.IsEmpty && !Exchange.IsClosed) Exchange.WriteBody(body);
                Finished = true;
                if (!Exchange.IsClosed) Exchange.EndResponse();
                return;
            }

            throw _realm.Error("Cannot send a response twice: the response has already ended (ERR_STREAM_WRITE_AFTER_END)");
        }

        if (StatusCode is 204 or 304)
        {
            // Express strips the entity headers and the body of bodiless statuses.
            RemoveHeader("Content-Type");
            RemoveHeader("Content-Length");
            RemoveHeader("Transfer-Encoding");
            body = ReadOnlyMemory<byte>.Empty;
        }
        else if (setLength && GetHeader("Content-Length") is null)
        {
            Headers.Add(new("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Started = true;
        Finished = true;
        if (!Exchange.IsClosed) Exchange.StartResponse(StatusCode, Headers, body, complete: true);
    }

    /// <summary>
    /// res.write: starts a streamed response on the first call, then writes the chunk. Returns false when the
    /// unflushed bytes reached the high-water mark ('drain' follows), as node's res.write does.
    /// </summary>
    internal bool Write(ReadOnlyMemory<byte> chunk)
    {
        if (Finished) throw _realm.Error("write after end (ERR_STREAM_WRITE_AFTER_END)");
        if (!Started)
        {
            Started = true;
            if (!Exchange.IsClosed) Exchange.StartResponse(StatusCode, Headers, chunk, complete: false);
        }
        else if (!chunk.IsEmpty && !Exchange.IsClosed)
        {
            Exchange.WriteBody(chunk);
        }

        return AfterWrite(chunk.Length);
    }

    /// <summary>Bytes of a body value: a string (UTF-8), an ArrayBuffer, a typed array or a DataView; null otherwise.</summary>
    internal static byte[]? BytesOf(Realm realm, JsValue value)
    {
        switch (value._ref)
        {
            case string or JsRope:
                return Encoding.UTF8.GetBytes(Operations.ToString(realm, value));
            case JsArrayBuffer buffer:
                return buffer.Data.ToArray();
            case JsTypedArray typed:
                return typed.IsOutOfBounds ? [] : typed.Buffer.Data.Slice(typed.ByteOffset, typed.ByteLength).ToArray();
            case JsDataView view:
                return view.IsOutOfBounds ? [] : view.Buffer.Data.Slice(view.ByteOffset, view.ViewByteLength).ToArray();
            default:
                return null;
        }
    }
}
