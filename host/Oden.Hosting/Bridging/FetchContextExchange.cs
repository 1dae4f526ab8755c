// FetchContextExchange: IFetchEventExchange over one HttpContext, for the FetchEvent and module-worker
// styles. The first decision wins (HostExchange's compare-and-swap, which the time budget and a client going
// away use too, so a late respondWith never touches a response that got its 504). Respond runs on the
// realm's thread: it sets status and headers (the middleware is only awaiting at that point) and starts
// the body copy (JsResponse.CopyBodyToAsync must start on the realm's thread), whose task the middleware
// awaits; the watchdog aborts a copy that makes no progress for the response idle timeout.
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Oden.Hosting.Loading;
using Oden.Runtime;
using Oden.Runtime.Builtins;
using Oden.Runtime.Web;

namespace Oden.Hosting.Bridging;

internal sealed record FetchDecision(DecisionKind Kind, Task? Copy = null, ProgressStream? Body = null, string? Error = null)
{
    public static readonly FetchDecision Next = new(DecisionKind.Next);
    public static readonly FetchDecision TimedOut = new(DecisionKind.TimedOut);
    public static readonly FetchDecision ClientGone = new(DecisionKind.ClientGone);
}

internal sealed class FetchContextExchange : HostExchange<FetchDecision>, IFetchEventExchange
{
    private readonly HttpContext _context;
    private readonly HandlerVersion _version;
    private readonly OdenHandler _handler;
    private readonly HandlerRegistration _registration;
    private readonly string _url;
    private readonly RequestHeaderView _headers;
    private readonly Stream? _body;

    public FetchContextExchange(HttpContext context, Realm realm, HandlerRegistration registration, HandlerVersion version, OdenHandler handler, long deadline)
        : base(realm, handler.Options.ContinueOnRealmThread, deadline)
    {
        _context = context;
        _registration = registration;
        _version = version;
        _handler = handler;
        // What the realm reads of the request is taken here (strings Kestrel already holds) or through the
        // header view, which answers from the live header dictionary until Complete detaches it.
        _url = AbsoluteUrl(context);
        _headers = new RequestHeaderView(context.Request.Headers);
        _body = HttpContextExchange.RequestHasBody(context.Request) ? context.Request.Body : null;
    }

    private readonly TaskCompletionSource<bool> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The request is over (the middleware's finally, while the context is still valid): true when the client went away first.</summary>
    public void Complete(bool aborted)
    {
        _headers.Detach();
        _completion.TrySetResult(aborted);
    }

    public bool IsClosed => !IsUndecided;

    protected override void Dispatch(Realm realm)
    {
        try
        {
            // The signal of the Request aborts when the completion says the client went away (JsRequest
            // subscribes only when script code reads the signal).
            JsRequest request = JsRequest.CreateIncoming(realm, _context.Request.Method, _url, _headers, _body, _completion.Task);
            FetchEventDispatcher.Dispatch(realm, _registration, this, request);
        }
        catch (Exception e) when (e is not ScriptInterruptedException)
        {
            Fail(JsError.Create(realm, ErrorKind.Error, "internal error: " + e));
        }
    }

    /// <summary>The absolute URL of the request as the client sent it (scheme://host + raw target).</summary>
    public static string AbsoluteUrl(HttpContext context)
    {
        HttpRequest r = context.Request;
        return string.Concat(r.Scheme, "://", r.Host.HasValue ? r.Host.Value : "localhost", HttpContextExchange.RequestTarget(context));
    }

    public void Respond(JsResponse response)
    {
        if (response.IsNetworkError)
        {
            Fail(Realm.TypeError("the handler responded with Response.error() (a network error)").Value);
            return;
        }

        if (!TryDecide()) return;
        HttpResponse http = _context.Response;
        http.StatusCode = response.Status;
        if (response.StatusText.Length > 0)
        {
            _context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = response.StatusText;
        }

        foreach (var (name, value) in response.Headers.Entries())
        {
            if (name.Equals("content-length", StringComparison.OrdinalIgnoreCase) && long.TryParse(value, out long length)) http.ContentLength = length;
            else http.Headers.Append(name, value);
        }

        bool bodiless = HttpMethods.IsHead(_context.Request.Method) || response.Status is 101 or 103 or 204 or 205 or 304;
        var body = new ProgressStream(http.Body);
        Task copy = bodiless || !response.HasBody ? Task.CompletedTask : response.CopyBodyToAsync(body, _context.RequestAborted);
        Publish(new FetchDecision(DecisionKind.Respond, copy, body));
    }

    public void Fail(JsValue error)
    {
        if (TryDecide()) Publish(new FetchDecision(DecisionKind.Fail, Error: HttpContextExchange.DescribeError(error)));
    }

    public void PassThrough()
    {
        if (TryDecide()) Publish(FetchDecision.Next);
    }

    /// <summary>Keeps the version (and so its realms) alive until the promise settles or the waitUntil timeout passes.</summary>
    public void WaitUntil(JsPromise promise)
    {
        _version.Extend();
        Task work = promise.ToTask(Realm);
        TimeSpan timeout = _handler.Options.Limits.WaitUntilTimeout;
        _ = TrackAsync(work, timeout);
    }

    private async Task TrackAsync(Task work, TimeSpan timeout)
    {
        try
        {
            await work.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Log.WaitUntilTimedOut(_handler.Logger, _handler.Name, timeout);
        }
        catch (JsException e)
        {
            Log.WaitUntilFailed(_handler.Logger, _handler.Name, e.Message);
        }
        finally
        {
            _version.Release();
        }
    }

    // ---- the watchdog: time budget, then a body copy without progress ------------------------------

    private ProgressStream? _copyBody;
    private TaskCompletionSource? _stalled;
    private long _copyWrites;
    private long _copyProgressAt;

    /// <summary>
    /// A task that completes when the watchdog sees no write to <paramref name="body"/> for the response idle
    /// timeout (the middleware awaits it beside the copy when the copy did not finish at once).
    /// </summary>
    public Task WatchCopy(ProgressStream body)
    {
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (this)
        {
            _copyWrites = body.Writes;
            _copyProgressAt = Stopwatch.GetTimestamp();
            _stalled = stalled;
            _copyBody = body;
        }

        return stalled.Task;
    }

    public override void Check(long now)
    {
        if (IsUndecided)
        {
            if (now >= Deadline) TryClaim(FetchDecision.TimedOut);
            return;
        }

        TaskCompletionSource? stalled = null;
        lock (this)
        {
            if (_copyBody is not { } body) return;
            long writes = body.Writes;
            if (writes != _copyWrites)
            {
                _copyWrites = writes;
                _copyProgressAt = now;
            }
            else if (now - _copyProgressAt >= (long)(_handler.Options.Limits.ResponseIdleTimeout.TotalSeconds * Stopwatch.Frequency))
            {
                stalled = _stalled;
                _copyBody = null;
            }
        }

        stalled?.TrySetResult();
    }
}

/// <summary>A write-through stream that counts writes, so that the middleware can tell a stalled body copy.</summary>
internal sealed class ProgressStream(Stream inner) : Stream
{
    private long _writes;

    public long Writes => Interlocked.Read(ref _writes);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Interlocked.Increment(ref _writes);
        inner.Write(buffer, offset, count);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        // A streamed body reaches the client chunk by chunk: each write is flushed. Without a state machine
        // when both complete at once (the usual case: Kestrel's output is below its pause threshold).
        ValueTask write = inner.WriteAsync(buffer, cancellationToken);
        if (!write.IsCompletedSuccessfully) return FlushAfterAsync(write, cancellationToken);
        write.GetAwaiter().GetResult();
        Task flush = inner.FlushAsync(cancellationToken);
        return flush.IsCompletedSuccessfully ? default : new ValueTask(flush);
    }

    private async ValueTask FlushAfterAsync(ValueTask write, CancellationToken cancellationToken)
    {
        await write.ConfigureAwait(false);
        await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
}
