// HttpContextExchange: IHttpExchange over one HttpContext, for the Express-style objects.
//
// The realm's thread reads the request (immutable while the middleware waits) and describes the response
// as data; the middleware's async flow (OdenMiddleware) awaits Decision and writes to the socket (on the
// realm's thread with ContinueOnRealmThread). Streamed chunks (res.write) go through an unbounded channel.
// The first decision wins (HostExchange: the script's, the time budget's or the client's going away); Close
// marks the exchange answered or abandoned so that later writes from script code are dropped.
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Oden.Runtime;
using Oden.Runtime.Web;

namespace Oden.Hosting.Bridging;

internal enum DecisionKind : byte
{
    Respond,
    Next,
    Fail,
    Settled,
    TimedOut,
    ClientGone,
}

internal sealed record ExpressDecision(DecisionKind Kind, int Status = 0, KeyValuePair<string, string>[]? Headers = null, ReadOnlyMemory<byte> Body = default, bool Complete = true, string? Error = null)
{
    public static readonly ExpressDecision Next = new(DecisionKind.Next);
    public static readonly ExpressDecision Settled = new(DecisionKind.Settled);
    public static readonly ExpressDecision TimedOut = new(DecisionKind.TimedOut);
    public static readonly ExpressDecision ClientGone = new(DecisionKind.ClientGone);
}

internal sealed class HttpContextExchange : HostExchange<ExpressDecision>, IHttpExchange
{
    private readonly HttpContext _context;
    private readonly long _maxBodySize;
    private readonly HandlerRegistration _registration;
    private Channel<ReadOnlyMemory<byte>>? _chunks;
    private volatile bool _closed;
    private KeyValuePair<string, string>[]? _requestHeaders;

    private readonly long _idleTicks;

    public HttpContextExchange(HttpContext context, Realm realm, HandlerRegistration registration, bool continueOnRealmThread, long deadline, TimeSpan idleTimeout, long maxBodySize, byte[]? bufferedBody)
        : base(realm, continueOnRealmThread, deadline)
    {
        _idleTicks = (long)(idleTimeout.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        _context = context;
        _registration = registration;
        _maxBodySize = maxBodySize;
        BufferedBody = bufferedBody;
    }

    protected override void Dispatch(Realm realm)
    {
        try
        {
            ExpressDispatcher.Dispatch(realm, _registration, this);
        }
        catch (Exception e) when (e is not ScriptInterruptedException)
        {
            Fail(JsError.Create(realm, ErrorKind.Error, "internal error: " + e));
        }
    }

    /// <summary>
    /// The watchdog's tick: no decision within the time budget → the middleware answers 504; a streamed
    /// response whose pump waited the idle timeout for the next res.write → the channel ends with
    /// ResponseStalledException and the middleware aborts the response.
    /// </summary>
    public override void Check(long now)
    {
        if (IsUndecided)
        {
            if (now >= Deadline) TryClaim(ExpressDecision.TimedOut);
            return;
        }

        long waitingSince = Volatile.Read(ref _pumpWaitingSince);
        if (waitingSince != 0 && now - waitingSince >= _idleTicks) _chunks?.Writer.TryComplete(new ResponseStalledException());
    }

    private long _pumpWaitingSince;

    /// <summary>The pump waits for script code's next chunk since <paramref name="timestamp"/> (0: it does not wait).</summary>
    public void PumpWaiting(long timestamp) => Volatile.Write(ref _pumpWaitingSince, timestamp);

    /// <summary>The streamed chunks after a Respond decision with Complete = false.</summary>
    public ChannelReader<ReadOnlyMemory<byte>>? Chunks => _chunks?.Reader;

    /// <summary>Set when a body read exceeded the limit: a failure then answers 413.</summary>
    public bool BodyTooLarge { get; private set; }

    /// <summary>
    /// Marks the exchange answered or abandoned. The middleware calls it before it returns, while the
    /// HttpContext is still valid: what the request getters read is captured then (mostly references to
    /// strings Kestrel already holds, plus the header pairs), because Kestrel reuses the context for the
    /// next request on the connection while script code may still read <c>req</c> (a timer, a promise that
    /// settles after a 504).
    /// </summary>
    public void Close()
    {
        if (_closed) return;
        HttpRequest r = _context.Request;
        _ended = new EndedRequest(r.Method, r.Scheme, r.Host, r.PathBase, RequestTarget(_context),
            _context.Connection.RemoteIpAddress, _requestHeaders ??= ReadHeaders(r.Headers), RequestHasBody(r));
        _closed = true;
    }

    private sealed record EndedRequest(string Method, string Scheme, HostString Host, PathString PathBase, string RawTarget,
        System.Net.IPAddress? RemoteIp, KeyValuePair<string, string>[] Headers, bool HasBody);

    private volatile EndedRequest? _ended;

    /// <summary>
    /// A request field: from the live context while the exchange is open, else from what Close captured. A
    /// live read that overlaps Close is discarded: the context is reused only after Close has run.
    /// </summary>
    private T Request<T>(Func<HttpContext, T> live, Func<EndedRequest, T> ended)
    {
        if (_ended is { } before) return ended(before);
        T value = live(_context);
        return _ended is { } after ? ended(after) : value;
    }

    // ---- request ------------------------------------------------------------------------------------

    public string Method => Request(static c => c.Request.Method, static e => e.Method);

    public string Scheme => Request(static c => c.Request.Scheme, static e => e.Scheme);

    public string Host => Request(static c => c.Request.Host, static e => e.Host).Value ?? "";

    public string PathBase => Request(static c => c.Request.PathBase, static e => e.PathBase).Value ?? "";

    public string RawTarget => Request(static c => RequestTarget(c), static e => e.RawTarget);

    /// <summary>The request target as the client sent it (origin form), else rebuilt from PathBase, Path and QueryString.</summary>
    public static string RequestTarget(HttpContext context)
    {
        string? raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!string.IsNullOrEmpty(raw) && raw[0] == '/') return raw;
        HttpRequest r = context.Request;
        return (r.PathBase + r.Path).ToUriComponent() + r.QueryString.ToUriComponent();
    }

    public string? RemoteAddress
    {
        get
        {
            var ip = Request(static c => c.Connection.RemoteIpAddress, static e => e.RemoteIp);
            if (ip is null) return null;
            return ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4().ToString() : ip.ToString();
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders =>
        _requestHeaders ??= Request(static c => ReadHeaders(c.Request.Headers), static e => e.Headers);

    /// <summary>Every request header line (a header with several values gives several pairs).</summary>
    public static KeyValuePair<string, string>[] ReadHeaders(IHeaderDictionary received)
    {
        // One pass (each foreach over the interface boxes the dictionary's enumerator): sized for one value per
        // name, grown in the rare case of a name with several.
        var headers = new KeyValuePair<string, string>[received.Count];
        int i = 0;
        foreach (var (name, values) in received)
        {
            if (i + values.Count > headers.Length) Array.Resize(ref headers, Math.Max(headers.Length * 2, i + values.Count));
            foreach (string? v in values) headers[i++] = new(name, v ?? "");
        }

        if (i < headers.Length) Array.Resize(ref headers, i);
        return headers;
    }

    public bool HasBody => Request(static c => RequestHasBody(c.Request), static e => e.HasBody);

    public static bool RequestHasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.ContainsKey("Transfer-Encoding"));

    public byte[]? BufferedBody { get; }

    public async Task<byte[]> ReadBodyAsync()
    {
        // After Close the context may already serve the next request on the connection: never read its body.
        if (_closed) throw new InvalidOperationException("the request has ended: read the body before responding");
        byte[]? body = await ReadLimitedAsync(_context.Request, _maxBodySize, _context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            BodyTooLarge = true;
            throw new InvalidOperationException($"PayloadTooLargeError: the request body exceeds the limit of {_maxBodySize} bytes");
        }

        return body;
    }

    /// <summary>Reads the whole body; null when it is larger than <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared)
        {
            // The usual case: read straight into an array of the declared size (the server ends the body
            // there, and fails the read if the client sends less).
            if (declared > limit) return null;
            var body = new byte[declared];
            int filled = 0;
            while (filled < body.Length)
            {
                int n = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (n == 0) return body.AsSpan(0, filled).ToArray();
                filled += n;
            }

            return body;
        }

        // Chunked: collect through a pooled chunk until the end, or until past the limit.
        var buffer = new MemoryStream();
        byte[] chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                int read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    // ---- response -----------------------------------------------------------------------------------

    public bool IsClosed => _closed;

    public void StartResponse(int status, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, bool complete)
    {
        if (_closed || !TryDecide()) return;
        if (!complete)
        {
            Interlocked.Add(ref _unflushed, body.Length);
            _chunks = Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        }

        Publish(new ExpressDecision(DecisionKind.Respond, status, headers.ToArray(), body, complete));
    }

    public void WriteBody(ReadOnlyMemory<byte> chunk)
    {
        if (_closed || _chunks is null) return;
        Interlocked.Add(ref _unflushed, chunk.Length);
        if (!_chunks.Writer.TryWrite(chunk)) Flushed(chunk.Length); // ended: never pumped
    }

    // ---- backpressure and completion (res.write's high-water mark, 'drain', 'finish'/'close') -------

    private long _unflushed;
    private TaskCompletionSource? _whenFlushed;

    // The completion, made only when script code listens ('close'/'finish'): 0 running, 1 complete, 2 aborted.
    private int _completionState;
    private TaskCompletionSource<bool>? _completion;

    public long UnflushedBytes => Interlocked.Read(ref _unflushed);

    public Task WhenFlushed()
    {
        lock (this)
        {
            if (Interlocked.Read(ref _unflushed) <= 0 || _completionState != 0) return Task.CompletedTask;
            return (_whenFlushed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    /// <summary>The pump flushed <paramref name="bytes"/> to the client (or dropped them: the request is over).</summary>
    public void Flushed(long bytes)
    {
        if (Interlocked.Add(ref _unflushed, -bytes) > 0) return;
        ReleaseFlushWaiters();
    }

    private void ReleaseFlushWaiters()
    {
        TaskCompletionSource? waiters;
        lock (this)
        {
            waiters = _whenFlushed;
            _whenFlushed = null;
        }

        waiters?.TrySetResult();
    }

    public Task<bool> Completion
    {
        get
        {
            lock (this)
            {
                if (_completion is null)
                {
                    _completion = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                    if (_completionState != 0) _completion.SetResult(_completionState == 2);
                }

                return _completion.Task;
            }
        }
    }

    /// <summary>The request is over (called at the middleware's end): <paramref name="aborted"/> when the client went away first.</summary>
    public void Complete(bool aborted)
    {
        TaskCompletionSource<bool>? completion;
        lock (this)
        {
            if (_completionState != 0) return;
            _completionState = aborted ? 2 : 1;
            completion = _completion;
        }

        completion?.TrySetResult(aborted);
        ReleaseFlushWaiters();
    }

    public void EndResponse()
    {
        _chunks?.Writer.TryComplete();
    }

    public void PassToNext()
    {
        if (!_closed && TryDecide()) Publish(ExpressDecision.Next);
    }

    public void Fail(JsValue error)
    {
        if (!_closed && TryDecide())
        {
            Publish(new ExpressDecision(DecisionKind.Fail, Error: DescribeError(error)));
        }
        else if (_chunks is not null)
        {
            // A failure after a streamed response started: end the stream with an error.
            _chunks.Writer.TryComplete(new JavaScriptErrorException(DescribeError(error)));
        }
    }

    public void HandlerSettled()
    {
        if (!_closed && TryDecide()) Publish(ExpressDecision.Settled);
    }

    /// <summary>The JavaScript stack of an error value (realm thread: reads the error's properties).</summary>
    public static string DescribeError(JsValue error) =>
        error.TryGetObject is JsError e ? e.StackText : "Uncaught " + JsException.Describe(error);
}

/// <summary>The watchdog ended a streamed response whose script wrote nothing for the idle timeout.</summary>
internal sealed class ResponseStalledException() : Exception("the streamed response stalled");

/// <summary>A JavaScript error that ended a streamed response; the message is the stack.</summary>
internal sealed class JavaScriptErrorException(string stack) : Exception(stack);
