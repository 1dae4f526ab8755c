// FetchContextExchange: IFetchEventExchange over one HttpContext, for the FetchEvent and module-worker
// styles. The first decision wins through a compare-and-swap on _state, which the middleware's time-budget
// path uses too (so a late respondWith never touches a response that got its 504). Respond runs on the
// realm's thread: it sets status and headers (the middleware is only awaiting at that point) and starts
// the body copy (JsResponse.CopyBodyToAsync must start on the realm's thread), whose task the middleware awaits.
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Oden.Hosting.Loading;
using Oden.Runtime;
using Oden.Runtime.Builtins;
using Oden.Runtime.Web;

namespace Oden.Hosting.Bridging;

internal sealed record FetchDecision(DecisionKind Kind, Task? Copy = null, ProgressStream? Body = null, string? Error = null);

internal sealed class FetchContextExchange(HttpContext context, Realm realm, HandlerVersion version, OdenHandler handler) : IFetchEventExchange
{
    private const int Pending = 0, Decided = 1, Closed = 2;
    private int _state;
    private readonly TaskCompletionSource<FetchDecision> _decision = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<FetchDecision> Decision => _decision.Task;

    private readonly TaskCompletionSource<bool> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes when the request is over: true when the client went away first. The incoming Request's
    /// signal aborts on true (JsRequest.CreateIncoming posts that to the realm's thread).
    /// </summary>
    public Task<bool> Completion => _completion.Task;

    public void Complete(bool aborted) => _completion.TrySetResult(aborted);

    public bool IsClosed => Volatile.Read(ref _state) != Pending;

    /// <summary>Claims the request for the middleware (time budget, client gone); false when a decision was made first.</summary>
    public bool TryClose() => Interlocked.CompareExchange(ref _state, Closed, Pending) == Pending;

    private bool TryDecide() => Interlocked.CompareExchange(ref _state, Decided, Pending) == Pending;

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
            Fail(realm.TypeError("the handler responded with Response.error() (a network error)").Value);
            return;
        }

        if (!TryDecide()) return;
        HttpResponse http = context.Response;
        http.StatusCode = response.Status;
        if (response.StatusText.Length > 0)
        {
            context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = response.StatusText;
        }

        foreach (var (name, value) in response.Headers.Entries())
        {
            if (name.Equals("content-length", StringComparison.OrdinalIgnoreCase) && long.TryParse(value, out long length)) http.ContentLength = length;
            else http.Headers.Append(name, value);
        }

        bool bodiless = HttpMethods.IsHead(context.Request.Method) || response.Status is 101 or 103 or 204 or 205 or 304;
        var body = new ProgressStream(http.Body);
        Task copy = bodiless || !response.HasBody ? Task.CompletedTask : response.CopyBodyToAsync(body, context.RequestAborted);
        _decision.TrySetResult(new FetchDecision(DecisionKind.Respond, copy, body));
    }

    public void Fail(JsValue error)
    {
        if (TryDecide()) _decision.TrySetResult(new FetchDecision(DecisionKind.Fail, Error: HttpContextExchange.DescribeError(error)));
    }

    public void PassThrough()
    {
        if (TryDecide()) _decision.TrySetResult(new FetchDecision(DecisionKind.Next));
    }

    /// <summary>Keeps the version (and so its realms) alive until the promise settles or the waitUntil timeout passes.</summary>
    public void WaitUntil(JsPromise promise)
    {
        version.Extend();
        Task work = promise.ToTask(realm);
        TimeSpan timeout = handler.Options.Limits.WaitUntilTimeout;
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
            Log.WaitUntilTimedOut(handler.Logger, handler.Name, timeout);
        }
        catch (JsException e)
        {
            Log.WaitUntilFailed(handler.Logger, handler.Name, e.Message);
        }
        finally
        {
            version.Release();
        }
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

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        await inner.FlushAsync(cancellationToken).ConfigureAwait(false); // a streamed body reaches the client chunk by chunk
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
}
