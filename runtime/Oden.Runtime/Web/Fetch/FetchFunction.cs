// fetch(input, init) (https://fetch.spec.whatwg.org/#fetch-method) over the realm's FetchPolicy: the
// request goes out through the host's shared HttpMessageInvoker; the response is handed to script code
// as soon as its headers arrive and its body streams (64 KB reads, on demand). Request bodies stream too:
// a ReadableStream body is pulled on the realm's thread while the client writes it.
//
// Errors, as node's undici reports them: a disabled policy is a TypeError thrown synchronously; an abort
// rejects with the signal's reason; the policy's timeout rejects with a "TimeoutError" DOMException; any
// other failure rejects with TypeError("fetch failed") whose `cause` carries the .NET message.
using System.Net.Http;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal static class FetchFunction
{
    internal static JsValue Fetch(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // The policy check comes first and throws: disabled fetch is a configuration error, not a network one.
        FetchPolicy policy = realm.Fetch;
        if (!policy.Enabled || policy.Client is null) throw realm.TypeError(FetchPolicy.DisabledMessage);

        JsPromise promise = JsPromise.Create(realm);
        JsRequest request;
        try
        {
            request = JsRequest.Construct(realm, realm.Intrinsics.RequestPrototype, args.At(0), args.At(1));
        }
        catch (JsException e)
        {
            promise.Reject(realm, e.Value);
            return promise;
        }

        JsAbortSignal signal = request.Signal;
        if (signal.Aborted)
        {
            promise.Reject(realm, signal.Reason);
            return promise;
        }

        UrlRecord url = request.UrlRecord;
        if (url.Scheme is not ("http" or "https"))
        {
            promise.Reject(realm, FetchFailed(realm, $"URL scheme \"{url.Scheme}\" is not supported."));
            return promise;
        }

        string host = url.Host ?? "";
        string hostName = host.StartsWith('[') ? host : host.TrimEnd('.');
        if (!policy.IsHostAllowed(hostName))
        {
            promise.Reject(realm, realm.TypeError($"fetch to {hostName} is not allowed by the host's fetch policy (OdenOptions.Fetch.AllowedHosts)").Value);
            return promise;
        }

        HttpRequestMessage message;
        try
        {
            message = CreateMessage(realm, request, url);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            promise.Reject(realm, FetchFailed(realm, e.Message));
            return promise;
        }

        var cts = new CancellationTokenSource(policy.Timeout);
        HttpResponseMessage? received = null;
        void OnAbort(Realm r, JsValue reason)
        {
            cts.Cancel();
            received?.Dispose();
        }

        signal.AddAlgorithm(OnAbort);
        HttpMessageInvoker client = policy.Client;
        string requestUrl = url.Serialize(excludeFragment: true);
        string method = request.Method;

        realm.Jobs.BeginExternalWork();
        Task.Run(async () =>
        {
            HttpResponseMessage response = client is HttpClient httpClient
                ? await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false)
                : await client.SendAsync(message, cts.Token).ConfigureAwait(false);
            Stream body = await response.Content.ReadAsStreamAsync(cts.Token).ConfigureAwait(false);
            return (response, body);
        }).ContinueWith(
            t => realm.Jobs.Post(() =>
            {
                realm.Jobs.EndExternalWork();
                if (t.IsCompletedSuccessfully)
                {
                    var (response, body) = t.Result;
                    received = response;

                    // The policy's timeout runs until the headers: stop its timer (an abort still cancels).
                    cts.CancelAfter(Timeout.InfiniteTimeSpan);
                    if (signal.Aborted)
                    {
                        response.Dispose();
                        promise.Reject(realm, signal.Reason);
                        return;
                    }

                    // An abort still cancels the body read: the algorithm stays until the body is done with
                    // (the stream is disposed at its end, on cancel or on error; that may be another thread).
                    promise.Resolve(realm, CreateResponse(realm, response, body, requestUrl, method,
                        () => realm.Jobs.Post(() => signal.RemoveAlgorithm(OnAbort))));
                    return;
                }

                signal.RemoveAlgorithm(OnAbort);
                message.Dispose();
                if (signal.Aborted)
                {
                    promise.Reject(realm, signal.Reason);
                }
                else if (t.IsCanceled || t.Exception?.InnerException is OperationCanceledException)
                {
                    promise.Reject(realm, DomException.Create(realm, "The operation was aborted due to timeout", "TimeoutError"));
                }
                else
                {
                    promise.Reject(realm, FetchFailed(realm, t.Exception?.InnerException?.Message ?? "unknown error"));
                }
            }),
            TaskScheduler.Default);
        return promise;
    }

    /// <summary>TypeError("fetch failed") with a cause, as undici reports network errors.</summary>
    private static JsValue FetchFailed(Realm realm, string cause)
    {
        JsObject error = realm.TypeError("fetch failed").Value.AsObject;
        error.DefineDataProperty("cause", JsError.Create(realm, ErrorKind.Error, cause), PropertyFlags.Hidden);
        return error;
    }

    private static readonly HashSet<string> s_contentHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "allow", "content-disposition", "content-encoding", "content-language", "content-length",
        "content-location", "content-md5", "content-range", "content-type", "expires", "last-modified",
    };

    private static HttpRequestMessage CreateMessage(Realm realm, JsRequest request, UrlRecord url)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(url.Serialize(excludeFragment: true)));
        if (request.BodyState is { } body)
        {
            if (body.IsUnusable) throw new InvalidOperationException("The request body was already read.");
            message.Content = body.ToHttpContent(realm);
        }

        foreach (var pair in request.Headers.List.RawEntries)
        {
            if (s_contentHeaders.Contains(pair.Key))
            {
                if (pair.Key == "content-length") continue;
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.Remove(pair.Key);
                message.Content.Headers.TryAddWithoutValidation(pair.Key, pair.Value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(pair.Key, pair.Value);
            }
        }

        return message;
    }

    private static JsResponse CreateResponse(Realm realm, HttpResponseMessage message, Stream body, string requestUrl, string method, Action bodyDone)
    {
        int status = (int)message.StatusCode;
        string finalUrl = requestUrl;
        if (message.RequestMessage?.RequestUri is { } uri && UrlParser.Parse(uri.AbsoluteUri, null) is { } parsed)
        {
            finalUrl = parsed.Serialize(excludeFragment: true);
        }

        var response = new JsResponse(realm.Intrinsics.ResponsePrototype, realm)
        {
            Type = "basic",
            Status = status,
            StatusText = message.ReasonPhrase ?? "",
            Url = finalUrl,
            Redirected = finalUrl != requestUrl,
        };

        var list = new HeaderList();
        foreach (var header in message.Headers)
        {
            string name = HeaderList.ToLowerAscii(header.Key);
            foreach (string value in header.Value) list.Append(name, HeaderList.Normalize(value));
        }

        foreach (var header in message.Content.Headers)
        {
            string name = HeaderList.ToLowerAscii(header.Key);
            foreach (string value in header.Value) list.Append(name, HeaderList.Normalize(value));
        }

        response.SetHeaders(new JsHeaders(realm.Intrinsics.HeadersPrototype, HeadersGuard.Immutable, list));
        if (method == "HEAD" || JsResponse.IsNullBodyStatus(status))
        {
            body.Dispose();
            bodyDone();
        }
        else
        {
            response.BodyState = Body.FromDotNet(new ResponseStream(body, message, bodyDone));
        }

        return response;
    }

    /// <summary>The response body; disposing it disposes the response message too and reports the body done (once).</summary>
    private sealed class ResponseStream(Stream inner, HttpResponseMessage message, Action done) : Stream
    {
        private int _disposed;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                inner.Dispose();
                message.Dispose();
                done();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>A request body pulled from a script ReadableStream while HttpClient writes it.</summary>
internal sealed class ScriptStreamContent(Realm realm, Body body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        realm.Jobs.BeginExternalWork();
        realm.Jobs.Post(() =>
        {
            realm.Jobs.EndExternalWork();
            body.CopyToAsync(realm, stream, cancellationToken).ContinueWith(
                t =>
                {
                    if (t.IsCompletedSuccessfully) done.TrySetResult();
                    else if (t.IsCanceled) done.TrySetCanceled();
                    else done.TrySetException(t.Exception!.InnerExceptions);
                },
                TaskScheduler.Default);
        });
        return done.Task;
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
