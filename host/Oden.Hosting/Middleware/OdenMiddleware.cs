// OdenMiddleware: runs one request through the serving version of a handler.
//
//   acquire version ─▶ none: 502 (load error) │ no registration: 502 │ Express: RunExpressAsync │ fetch styles
//   Express: buffer a JSON/urlencoded body (413 past the limit) ─▶ post to the least-busy realm ─▶ await the
//   first decision within the time budget (else 504) ─▶ respond / next() / 500 (413) / 204.
// A streamed response is pumped from the exchange's channel; a pause longer than the idle timeout aborts it
// (the handler's watchdog tick sees it: no request arms a timer of its own).
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Oden.Hosting.Bridging;
using Oden.Hosting.Execution;
using Oden.Hosting.Loading;
using Oden.Runtime;
using Oden.Runtime.Web;

namespace Oden.Hosting.Middleware;

internal sealed partial class OdenMiddleware(RequestDelegate next, OdenHandler handler)
{
    public async Task InvokeAsync(HttpContext context)
    {
        HandlerVersion? version = await handler.AcquireAsync().ConfigureAwait(false);
        try
        {
            if (version is null)
            {
                string reason = handler.LastError is { } error
                    ? "the handler failed to load" + (handler.DetailedErrors ? ":\n" + error : " (see the log)")
                    : "no handler code is loaded";
                await NoHandlerAsync(context, reason).ConfigureAwait(false);
                return;
            }

            switch (version.Style)
            {
                case null:
                    await NoHandlerAsync(context, "the script registered no handler: call registerExpressHandler(fn) or registerEventHandler(fn), or export { fetch(request, env, ctx) }").ConfigureAwait(false);
                    break;
                case HandlerStyle.Express:
                    await RunExpressAsync(context, version).ConfigureAwait(false);
                    break;
                default:
                    await RunFetchStyleAsync(context, version).ConfigureAwait(false);
                    break;
            }
        }
        finally
        {
            version?.Release();
            handler.Metrics.Request(handler.Name, context.Response.StatusCode);
        }
    }

    private async Task NoHandlerAsync(HttpContext context, string reason)
    {
        Log.NoHandler(handler.Logger, handler.Name, context.Request.Method, context.Request.Path, reason);
        await WriteTextAsync(context, StatusCodes.Status502BadGateway, $"502 Bad Gateway: Oden handler '{handler.Name}': {reason}\n").ConfigureAwait(false);
    }

    private static async Task WriteTextAsync(HttpContext context, int status, string text)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(text, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsParsedBodyType(string? contentType)
    {
        if (contentType is null) return false;
        ReadOnlySpan<char> type = contentType.AsSpan();
        int semicolon = type.IndexOf(';');
        if (semicolon >= 0) type = type[..semicolon];
        type = type.Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
    }

    private async Task RunExpressAsync(HttpContext context, HandlerVersion version)
    {
        OdenLimits limits = handler.Options.Limits;
        byte[]? buffered = null;
        if (HttpContextExchange.RequestHasBody(context.Request) && IsParsedBodyType(context.Request.ContentType))
        {
            buffered = await HttpContextExchange.ReadLimitedAsync(context.Request, limits.MaxRequestBodySize, context.RequestAborted).ConfigureAwait(false);
            if (buffered is null)
            {
                await BodyTooLargeAsync(context).ConfigureAwait(false);
                return;
            }
        }

        RealmWorker worker = version.PickWorker();
        var exchange = new HttpContextExchange(context, worker.Realm, worker.Registration!, handler.Options.ContinueOnRealmThread,
            HostExchange.After(Stopwatch.GetTimestamp(), limits.TimeBudget), limits.ResponseIdleTimeout, limits.MaxRequestBodySize, buffered);
        worker.Enter();
        handler.InFlight.Add(exchange);
        try
        {
            exchange.Start(context, ExpressDecision.ClientGone);
            ExpressDecision decision = await exchange.Decision.ConfigureAwait(false);
            switch (decision.Kind)
            {
                case DecisionKind.Respond:
                    await RespondAsync(context, exchange, decision, limits).ConfigureAwait(false);
                    break;
                case DecisionKind.Next:
                    exchange.Close();
                    await LeaveRealmThread(worker);
                    await next(context).ConfigureAwait(false);
                    break;
                case DecisionKind.Fail:
                    exchange.Close();
                    if (exchange.BodyTooLarge)
                    {
                        await BodyTooLargeAsync(context).ConfigureAwait(false);
                    }
                    else
                    {
                        await FailAsync(context, decision.Error!).ConfigureAwait(false);
                    }

                    break;
                case DecisionKind.Settled:
                    exchange.Close();
                    if (!context.Response.HasStarted) context.Response.StatusCode = StatusCodes.Status204NoContent;
                    break;
                case DecisionKind.TimedOut:
                    exchange.Close();
                    Log.TimeBudgetExceeded(handler.Logger, handler.Name, context.Request.Method, context.Request.Path, limits.TimeBudget);
                    handler.Metrics.Error(handler.Name, "timeout");
                    await WriteTextAsync(context, StatusCodes.Status504GatewayTimeout, "504 Gateway Timeout\n").ConfigureAwait(false);
                    break;
                case DecisionKind.ClientGone:
                    break;
            }
        }
        finally
        {
            // A client that goes away ends the wait at once (ClientGone): the completion ('close' on req and
            // res, or 'finish') is reported before the version is released.
            exchange.StopWatchingClient();
            handler.InFlight.Remove(exchange);
            exchange.Close();
            exchange.Complete(context.RequestAborted.IsCancellationRequested);
            worker.Exit();
        }
    }

    private async Task BodyTooLargeAsync(HttpContext context)
    {
        Log.BodyTooLarge(handler.Logger, handler.Name, context.Request.Method, context.Request.Path, handler.Options.Limits.MaxRequestBodySize);
        await WriteTextAsync(context, StatusCodes.Status413PayloadTooLarge, "413 Payload Too Large\n").ConfigureAwait(false);
    }

    /// <summary>500 for a throw, a rejection or next(err): the stack goes to the log, and to the body only in Development.</summary>
    private async Task FailAsync(HttpContext context, string stack)
    {
        Log.HandlerError(handler.Logger, handler.Name, context.Request.Method, context.Request.Path, stack);
        handler.Metrics.Error(handler.Name, "exception");
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        await WriteTextAsync(context, StatusCodes.Status500InternalServerError,
            handler.DetailedErrors ? "500 Internal Server Error\n\n" + stack + "\n" : "500 Internal Server Error\n").ConfigureAwait(false);
    }

    private async Task RespondAsync(HttpContext context, HttpContextExchange exchange, ExpressDecision decision, OdenLimits limits)
    {
        HttpResponse response = context.Response;
        response.StatusCode = decision.Status;
        foreach (var (name, value) in decision.Headers!)
        {
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && long.TryParse(value, out long length))
            {
                response.ContentLength = length;
            }
            else
            {
                response.Headers.Append(name, value);
            }
        }

        bool head = HttpMethods.IsHead(context.Request.Method);
        if (!decision.Body.IsEmpty && !head)
        {
            await response.Body.WriteAsync(decision.Body, context.RequestAborted).ConfigureAwait(false);
        }

        if (decision.Complete) return;

        // Streamed: flush what we have, then pump chunks until res.end(), with an idle timeout. What is
        // flushed is subtracted from the exchange's unflushed bytes (res.write's backpressure, 'drain').
        await response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        exchange.Flushed(decision.Body.Length);
        var reader = exchange.Chunks!;
        while (true)
        {
            bool more;
            try
            {
                // The watchdog ends a wait that lasts the idle timeout (HttpContextExchange.Check): no timer here.
                exchange.PumpWaiting(Stopwatch.GetTimestamp());
                more = await reader.WaitToReadAsync(context.RequestAborted).ConfigureAwait(false);
                exchange.PumpWaiting(0);
            }
            catch (ResponseStalledException)
            {
                if (!context.RequestAborted.IsCancellationRequested)
                {
                    Log.ResponseStalled(handler.Logger, handler.Name, context.Request.Method, context.Request.Path, limits.ResponseIdleTimeout);
                    handler.Metrics.Error(handler.Name, "stalled");
                }

                context.Abort();
                return;
            }
            catch (JavaScriptErrorException e)
            {
                Log.HandlerError(handler.Logger, handler.Name, context.Request.Method, context.Request.Path, e.Message);
                handler.Metrics.Error(handler.Name, "exception");
                context.Abort();
                return;
            }

            if (!more) break;
            while (reader.TryRead(out ReadOnlyMemory<byte> chunk))
            {
                // Kestrel's body WriteAsync flushes and waits while the connection's output is above its
                // pause threshold: a slow reader holds the pump here, and res.write sees the bytes pile up.
                if (!head) await response.Body.WriteAsync(chunk, context.RequestAborted).ConfigureAwait(false);
                exchange.Flushed(chunk.Length);
            }

            await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// FetchEvent and module-worker styles: post the Request to a realm; respondWith/return value → the
    /// Response (its body streamed to the socket), no response → next middleware, error → 500.
    /// </summary>
    private async Task RunFetchStyleAsync(HttpContext context, HandlerVersion version)
    {
        OdenLimits limits = handler.Options.Limits;
        RealmWorker worker = version.PickWorker();
        var exchange = new FetchContextExchange(context, worker.Realm, worker.Registration!, version, handler, HostExchange.After(Stopwatch.GetTimestamp(), limits.TimeBudget));
        worker.Enter();
        handler.InFlight.Add(exchange);
        try
        {
            exchange.Start(context, FetchDecision.ClientGone);
            FetchDecision decision = await exchange.Decision.ConfigureAwait(false);
            switch (decision.Kind)
            {
                case DecisionKind.Respond:
                    // An echo's copy usually finished on the realm's thread already (the body was buffered by Kestrel).
                    if (!decision.Copy!.IsCompletedSuccessfully) await CopyResponseBodyAsync(context, exchange, decision, limits).ConfigureAwait(false);
                    break;
                case DecisionKind.Next:
                    await LeaveRealmThread(worker);
                    await next(context).ConfigureAwait(false);
                    break;
                case DecisionKind.Fail:
                    await FailAsync(context, decision.Error!).ConfigureAwait(false);
                    break;
                case DecisionKind.TimedOut:
                    Log.TimeBudgetExceeded(handler.Logger, handler.Name, context.Request.Method, context.Request.Path, limits.TimeBudget);
                    handler.Metrics.Error(handler.Name, "timeout");
                    await WriteTextAsync(context, StatusCodes.Status504GatewayTimeout, "504 Gateway Timeout\n").ConfigureAwait(false);
                    break;
                case DecisionKind.ClientGone:
                    break;
            }
        }
        finally
        {
            // A client that goes away ends the wait at once (ClientGone): request.signal aborts (posted to the
            // realm) before the version is released, and the header view is detached before Kestrel reuses it.
            exchange.StopWatchingClient();
            handler.InFlight.Remove(exchange);
            exchange.Complete(context.RequestAborted.IsCancellationRequested);
            worker.Exit();
        }
    }

    /// <summary>
    /// Moves off the realm's thread before code that is not ours runs (the next middleware): it might block,
    /// and the realm's other requests would wait behind it.
    /// </summary>
    private static YieldAwaitable LeaveRealmThread(RealmWorker worker) =>
        worker.Loop.IsOnLoopThread ? Task.Yield() : default;

    /// <summary>Awaits the Response body's copy to the socket; a copy without progress for the idle timeout is aborted (the watchdog sees it).</summary>
    private async Task CopyResponseBodyAsync(HttpContext context, FetchContextExchange exchange, FetchDecision decision, OdenLimits limits)
    {
        Task copy = decision.Copy!;
        try
        {
            if (!copy.IsCompleted)
            {
                Task stalled = exchange.WatchCopy(decision.Body!);
                if (await Task.WhenAny(copy, stalled).ConfigureAwait(false) == stalled)
                {
                    if (context.RequestAborted.IsCancellationRequested) return; // the client went away: the copy stops at its next write
                    Log.ResponseStalled(handler.Logger, handler.Name, context.Request.Method, context.Request.Path, limits.ResponseIdleTimeout);
                    handler.Metrics.Error(handler.Name, "stalled");
                    context.Abort();
                    return;
                }
            }

            await copy.ConfigureAwait(false);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            Log.HandlerError(handler.Logger, handler.Name, context.Request.Method, context.Request.Path, "the response body failed: " + (e is JsException js ? js.JsStack : e.Message));
            handler.Metrics.Error(handler.Name, "exception");
            context.Abort();
        }
        catch (Exception)
        {
            // The client went away.
        }
    }
}
