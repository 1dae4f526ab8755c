// Body: the body of a Request or Response (https://fetch.spec.whatwg.org/#concept-body) and the Body
// mixin's consume steps.
//
// Invariants:
// - A body has exactly one source until it is read: bytes (a byte array or a string encoded on demand),
//   a .NET stream (an incoming request, a fetch response), or a ReadableStream. The ReadableStream is
//   created only when script code reads `body` (or the body is tee'd); text()/json()/arrayBuffer() on
//   bytes or a .NET stream never build one.
// - Consuming without a stream sets Used; `bodyUsed` is Used or the stream's disturbed flag.
// - .NET reads run off the realm thread and post their completions back (Jobs.Post), counted as external
//   work so the realm's loop keeps running; nothing blocks the realm thread.
using System.Text;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal sealed class Body
{
    private byte[]? _bytes;
    private string? _text;
    private Stream? _dotnet;
    private JsReadableStream? _stream;

    public bool Used;

    /// <summary>The length in bytes when known without reading (byte and string sources).</summary>
    public long? KnownLength => _bytes?.Length ?? (_text is not null ? Encoding.UTF8.GetByteCount(_text) : null);

    public static Body FromBytes(byte[] bytes) => new() { _bytes = bytes };

    public static Body FromText(string text) => new() { _text = text };

    public static Body FromDotNet(Stream stream) => new() { _dotnet = stream };

    public static Body FromStream(JsReadableStream stream) => new() { _stream = stream };

    /// <summary>The body's stream: created from the source on first use.</summary>
    public JsReadableStream GetStream(Realm realm)
    {
        if (_stream is not null) return _stream;
        if (Used)
        {
            // Consumed without a stream: an empty, closed, disturbed and locked one (what reading left behind).
            _stream = JsReadableStream.FromBytes(realm, []);
            _stream.Disturbed = true;
            ReadableStreamOps.AcquireReader(realm, _stream);
            return _stream;
        }

        if (_dotnet is not null)
        {
            _stream = JsReadableStream.Create(realm, new DotNetStreamSource(_dotnet), 0);
            _dotnet = null;
        }
        else
        {
            _stream = JsReadableStream.FromBytes(realm, TakeBytes());
        }

        return _stream;
    }

    private byte[] TakeBytes()
    {
        byte[] bytes = _bytes ?? (_text is not null ? WebIdl.Utf8Encode(_text) : []);
        _bytes = null;
        _text = null;
        return bytes;
    }

    /// <summary>Whether the body was read from or canceled.</summary>
    public bool IsDisturbed => Used || (_stream?.Disturbed ?? false);

    /// <see href="https://fetch.spec.whatwg.org/#body-unusable"/>
    public bool IsUnusable => IsDisturbed || (_stream?.IsLocked ?? false);

    /// <summary>Clones the body: bytes are shared; a stream is tee'd (this body keeps one branch).</summary>
    /// <see href="https://fetch.spec.whatwg.org/#concept-body-clone"/>
    public Body Clone(Realm realm)
    {
        if (_stream is null && _dotnet is null)
        {
            return new Body { _bytes = _bytes, _text = _text };
        }

        var (a, b) = ReadableStreamOps.Tee(realm, GetStream(realm));
        _stream = a;
        return FromStream(b);
    }

    /// <summary>Hands this body over to a new request and leaves this one used (new Request(request)).</summary>
    public Body Transfer()
    {
        var taken = new Body { _bytes = _bytes, _text = _text, _dotnet = _dotnet, _stream = _stream };
        _bytes = null;
        _text = null;
        _dotnet = null;
        _stream = null;
        Used = true;
        return taken;
    }

    /// <summary>Whether the body is a ReadableStream given by script code (needs duplex: "half" in a request).</summary>
    public bool IsScriptStream => _stream is not null;

    /// <summary>Reads the whole body, then calls one of the callbacks on the realm thread.</summary>
    /// <see href="https://fetch.spec.whatwg.org/#fully-read-body"/>
    public void FullyRead(Realm realm, Action<Realm, byte[]> onDone, Action<Realm, JsValue> onError)
    {
        if (_stream is null && _dotnet is null)
        {
            Used = true;
            byte[] bytes = TakeBytes();
            realm.Jobs.Enqueue(() => onDone(realm, bytes));
            return;
        }

        if (_stream is null)
        {
            // A .NET stream read to its end off the realm thread.
            Stream source = _dotnet!;
            _dotnet = null;
            Used = true;
            realm.Jobs.BeginExternalWork();
            Task.Run(async () =>
            {
                var buffer = new MemoryStream();
                await source.CopyToAsync(buffer).ConfigureAwait(false);
                await source.DisposeAsync().ConfigureAwait(false);
                return buffer.ToArray();
            }).ContinueWith(
                t => realm.Jobs.Post(() =>
                {
                    realm.Jobs.EndExternalWork();
                    if (t.IsCompletedSuccessfully) onDone(realm, t.Result);
                    else onError(realm, realm.TypeError("Body read failed: " + (t.Exception?.InnerException?.Message ?? "canceled")).Value);
                }),
                TaskScheduler.Default);
            return;
        }

        JsReadableStreamDefaultReader reader = ReadableStreamOps.AcquireReader(realm, _stream);
        ReadableStreamOps.ReadAllBytes(realm, reader, onDone, onError);
    }

    /// <summary>
    /// Streams the body to <paramref name="destination"/> chunk by chunk. Call on the realm's thread; the
    /// returned task completes elsewhere once the last chunk is written.
    /// </summary>
    public Task CopyToAsync(Realm realm, Stream destination, CancellationToken ct)
    {
        if (_stream is null && _dotnet is null)
        {
            Used = true;
            byte[] bytes = TakeBytes();
            return bytes.Length == 0 ? Task.CompletedTask : destination.WriteAsync(bytes, ct).AsTask();
        }

        if (_stream is null)
        {
            Stream source = _dotnet!;
            _dotnet = null;
            Used = true;
            return CopyDotNetAsync(source, destination, ct);
        }

        if (TryTakeUntouchedDotNet(realm) is { } untouched) return CopyDotNetAsync(untouched, destination, ct);

        var pump = new StreamPump(realm, ReadableStreamOps.AcquireReader(realm, _stream), destination, ct);
        pump.Start();
        return pump.Task;
    }

    /// <summary>The body as outgoing HTTP content: bytes as they are, a .NET stream as a StreamContent, a script stream pulled while sending.</summary>
    public System.Net.Http.HttpContent ToHttpContent(Realm realm)
    {
        if (_stream is null && _dotnet is null)
        {
            Used = true;
            return new System.Net.Http.ByteArrayContent(TakeBytes());
        }

        if (_stream is null)
        {
            Stream source = _dotnet!;
            _dotnet = null;
            Used = true;
            return new System.Net.Http.StreamContent(source);
        }

        if (TryTakeUntouchedDotNet(realm) is { } untouched) return new System.Net.Http.StreamContent(untouched);
        return new ScriptStreamContent(realm, this);
    }

    /// <summary>
    /// When the body's ReadableStream is still exactly the .NET stream it was made from (script code only
    /// passed it along: nothing read, queued, pulling, locked or canceled), takes that stream so the host
    /// copies it directly instead of chunk by chunk through the realm (an echo or a proxied body). No script
    /// can tell: the stream is left locked and disturbed, as reading it whole leaves it.
    /// </summary>
    private Stream? TryTakeUntouchedDotNet(Realm realm)
    {
        if (_stream is not { } stream || stream.IsLocked || stream.Disturbed || stream.State != ReadableStreamState.Readable) return null;
        JsReadableStreamDefaultController controller = stream.Controller;
        if (controller.Source is not DotNetStreamSource source || controller.Pulling || controller.CloseRequested || controller.Queue.Count > 0) return null;
        ReadableStreamOps.AcquireReader(realm, stream);
        stream.Disturbed = true;
        Used = true;
        return source.Take();
    }

    private static async Task CopyDotNetAsync(Stream source, Stream destination, CancellationToken ct)
    {
        await using (source.ConfigureAwait(false))
        {
            await source.CopyToAsync(destination, 64 * 1024, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Pulls chunks from a ReadableStream on the realm's thread and writes each to a .NET stream, one
    /// write in flight at a time.
    /// </summary>
    internal sealed class StreamPump(Realm realm, JsReadableStreamDefaultReader reader, Stream destination, CancellationToken ct) : ReadRequest
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Task => _done.Task;

        public void Start() => ReadableStreamOps.ReaderRead(realm, reader, this);

        public override void ChunkSteps(Realm r, JsValue chunk)
        {
            if (!WebIdl.TryGetBufferSource(chunk, out Span<byte> span))
            {
                JsException error = r.TypeError("Received non-Uint8Array chunk");
                if (reader.Stream is { } s) ReadableStreamOps.StreamCancel(r, s, error.Value);
                _done.TrySetException(error);
                return;
            }

            byte[] copy = span.ToArray();
            r.Jobs.BeginExternalWork();
            destination.WriteAsync(copy, ct).AsTask().ContinueWith(
                t => r.Jobs.Post(() =>
                {
                    r.Jobs.EndExternalWork();
                    if (t.IsCompletedSuccessfully)
                    {
                        ReadableStreamOps.ReaderRead(r, reader, this);
                        return;
                    }

                    // The destination went away (client disconnected, canceled): cancel the source.
                    Exception failure = t.Exception?.InnerException ?? new OperationCanceledException(ct);
                    if (reader.Stream is { } stream) ReadableStreamOps.StreamCancel(r, stream, r.TypeError(failure.Message).Value);
                    _done.TrySetException(failure);
                }),
                TaskScheduler.Default);
        }

        public override void CloseSteps(Realm r) => _done.TrySetResult();

        public override void ErrorSteps(Realm r, JsValue error) => _done.TrySetException(new JsException(error));
    }
}

/// <summary>A ReadableStream source over a .NET stream: each pull is one asynchronous read, posted back.</summary>
internal sealed class DotNetStreamSource(Stream stream) : ReadableSource
{
    private const int ChunkSize = 64 * 1024;

    private Stream? _stream = stream;

    /// <summary>Hands the .NET stream to a copy that bypasses the script stream (Body.TryTakeUntouchedDotNet).</summary>
    public Stream Take()
    {
        Stream taken = _stream ?? throw new InvalidOperationException("The stream was already taken.");
        _stream = null;
        return taken;
    }

    public override JsPromise Pull(Realm realm, JsReadableStreamDefaultController controller)
    {
        JsPromise done = JsPromise.Create(realm);
        Stream source = _stream ?? throw new InvalidOperationException("The stream was taken.");
        byte[] buffer = new byte[ChunkSize];
        realm.Jobs.BeginExternalWork();
        source.ReadAsync(buffer, 0, buffer.Length).ContinueWith(
            t => realm.Jobs.Post(() =>
            {
                realm.Jobs.EndExternalWork();
                if (!t.IsCompletedSuccessfully)
                {
                    source.Dispose();
                    done.Reject(realm, realm.TypeError("Body read failed: " + (t.Exception?.InnerException?.Message ?? "canceled")).Value);
                    return;
                }

                int n = t.Result;
                if (n == 0)
                {
                    source.Dispose();
                    ReadableStreamOps.ControllerClose(realm, controller);
                }
                else
                {
                    byte[] chunk = n == buffer.Length ? buffer : buffer.AsSpan(0, n).ToArray();
                    ReadableStreamOps.ControllerEnqueue(realm, controller, WebIdl.CreateUint8Array(realm, chunk));
                }

                done.Resolve(realm, default);
            }),
            TaskScheduler.Default);
        return done;
    }

    public override JsPromise Cancel(Realm realm, JsValue reason)
    {
        _stream?.Dispose();
        return WebIdl.ResolvedPromise(realm, default);
    }
}

/// <summary>The Body mixin's methods, shared by Request and Response.</summary>
internal static class BodyMixin
{
    public enum ConsumeKind : byte
    {
        ArrayBuffer,
        Bytes,
        Json,
        Text,
        Blob,
        FormData,
    }

    /// <see href="https://fetch.spec.whatwg.org/#concept-body-consume-body"/>
    public static JsValue Consume(Realm realm, JsBodyObject target, ConsumeKind kind)
    {
        // 1. If object is unusable, then return a promise rejected with a TypeError.
        Body? body = target.BodyState;
        if (body is not null && body.IsUnusable)
        {
            return WebIdl.RejectedPromise(realm, realm.TypeError("Body is unusable: Body has already been read").Value);
        }

        JsPromise promise = JsPromise.Create(realm);
        void Done(Realm r, byte[] bytes)
        {
            try
            {
                promise.Resolve(r, kind switch
                {
                    ConsumeKind.Blob => JsBlob.Create(r, bytes, ContentMimeType(target)?.Serialize() ?? ""),
                    ConsumeKind.FormData => ParseFormData(r, bytes, ContentMimeType(target)),
                    _ => Convert(r, bytes, kind),
                });
            }
            catch (JsException e)
            {
                promise.Reject(r, e.Value);
            }
        }

        // 5. If object's body is null, run successSteps with an empty byte sequence.
        if (body is null)
        {
            realm.Jobs.Enqueue(() => Done(realm, []));
            return promise;
        }

        // 6. Otherwise, fully read object's body.
        body.FullyRead(realm, Done, (r, e) => promise.Reject(r, e));
        return promise;
    }

    /// <summary>arrayBuffer()/bytes()/json()/text() of a <typeparamref name="T"/>; a failed brand check is a rejected promise.</summary>
    public static JsValue Consume<T>(Realm realm, JsValue thisValue, ConsumeKind kind)
        where T : JsBodyObject =>
        thisValue._ref is T target ? Consume(realm, target, kind) : WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);

    /// <summary>The MIME type of a Request's or Response's Content-Type, or null.</summary>
    private static Multipart.MimeType? ContentMimeType(JsBodyObject target)
    {
        JsHeaders headers = target is JsRequest request ? request.Headers : ((JsResponse)target).Headers;
        return Multipart.ExtractMimeType(headers.Get("content-type"));
    }

    /// <summary>formData(): a multipart/form-data or application/x-www-form-urlencoded body; else a TypeError.</summary>
    /// <see href="https://fetch.spec.whatwg.org/#dom-body-formdata"/>
    private static JsFormData ParseFormData(Realm realm, byte[] bytes, Multipart.MimeType? mimeType)
    {
        var form = new JsFormData(realm.Intrinsics.FormDataPrototype);
        switch (mimeType?.Essence)
        {
            case "multipart/form-data":
            {
                List<KeyValuePair<string, JsValue>>? entries = mimeType.Parameter("boundary") is { } boundary ? Multipart.Parse(realm, bytes, boundary) : null;
                if (entries is null) throw realm.TypeError("Failed to parse body as FormData.");
                form.Entries.AddRange(entries);
                return form;
            }

            case "application/x-www-form-urlencoded":
                foreach (var (name, value) in FormUrlEncoded.Parse(WebIdl.Utf8Decode(bytes))) form.Entries.Add(new(name, value));
                return form;
            default:
                throw realm.TypeError("Content-Type was not one of \"multipart/form-data\" or \"application/x-www-form-urlencoded\".");
        }
    }

    private static JsValue Convert(Realm realm, byte[] bytes, ConsumeKind kind)
    {
        switch (kind)
        {
            case ConsumeKind.ArrayBuffer:
                return WebIdl.CreateArrayBuffer(realm, bytes);
            case ConsumeKind.Bytes:
                return WebIdl.CreateUint8Array(realm, bytes);
            case ConsumeKind.Text:
                return WebIdl.Utf8Decode(bytes);
            default:
                return JsonParser.Parse(realm, WebIdl.Utf8Decode(bytes));
        }
    }

    /// <summary>
    /// Extracts a body and its Content-Type from a BodyInit (string, BufferSource, Blob, FormData (multipart),
    /// URLSearchParams, ReadableStream; any other object converts to a string).
    /// </summary>
    /// <see href="https://fetch.spec.whatwg.org/#concept-bodyinit-extract"/>
    public static Body Extract(Realm realm, JsValue init, out string? contentType)
    {
        contentType = null;
        switch (init._ref)
        {
            case JsReadableStream stream:
                if (stream.IsDisturbed || stream.IsLocked) throw realm.TypeError("Response body object should not be disturbed or locked");
                return Body.FromStream(stream);
            case JsUrlSearchParams query:
                contentType = "application/x-www-form-urlencoded;charset=UTF-8";
                return Body.FromText(query.Serialize());
            case JsBlob blob:
                // A Blob: its bytes, and its type as the Content-Type when it has one.
                if (blob.Type.Length > 0) contentType = blob.Type;
                return Body.FromBytes(blob.ToArray());
            case JsFormData form:
            {
                var (multipart, type) = Multipart.Serialize(form);
                contentType = type;
                return Body.FromBytes(multipart);
            }
            case JsArrayBuffer or JsTypedArray or JsDataView:
                WebIdl.TryGetBufferSource(init, out Span<byte> bytes);
                return Body.FromBytes(bytes.ToArray());
            default:
                contentType = "text/plain;charset=UTF-8";
                return Body.FromText(WebIdl.ToUsvString(realm, init));
        }
    }
}

/// <summary>What Request and Response share: headers and a body.</summary>
public abstract class JsBodyObject(JsObject prototype, Realm realm) : JsObject(prototype)
{
    internal Body? BodyState;

    /// <summary>The realm the object belongs to (its body is read on that realm's thread).</summary>
    public Realm Realm { get; } = realm;
    private protected JsHeaders? _headers;

    internal void SetHeaders(JsHeaders headers) => _headers = headers;

    /// <summary>Whether there is a body (null for GET requests, 204 responses …).</summary>
    public bool HasBody => BodyState is not null;

    /// <summary>The `body` attribute: the body's ReadableStream (created on first read), or null.</summary>
    internal JsValue BodyStream(Realm realm) => BodyState is { } body ? body.GetStream(realm) : JsValue.Null;

    /// <summary>Whether the body was read.</summary>
    public bool BodyUsed => BodyState is { IsDisturbed: true };

    /// <summary>The length of the body when known without reading it.</summary>
    public long? KnownBodyLength => BodyState?.KnownLength;

    /// <summary>
    /// Streams the body to <paramref name="destination"/> chunk by chunk (a script ReadableStream is pulled on
    /// the realm's thread, one write in flight at a time; bytes are written directly). Call on the realm's
    /// thread; the task completes elsewhere. A body that was already read fails with InvalidOperationException.
    /// </summary>
    public Task CopyBodyToAsync(Stream destination, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (BodyState is null) return Task.CompletedTask;
        if (BodyState.IsUnusable) return Task.FromException(new InvalidOperationException("The body was already read or is locked."));
        return BodyState.CopyToAsync(Realm, destination, ct);
    }
}
