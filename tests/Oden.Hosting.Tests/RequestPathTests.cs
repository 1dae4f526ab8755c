// The request path after its performance work: no timer per request (the handler's watchdog tick checks
// every in-flight request's time budget and response progress), ContinueOnRealmThread (the request finishes
// on its realm's thread, but the next middleware never runs there), and the FetchEvent request's header view
// (read from ASP.NET Core's dictionary while the request runs, from a snapshot after it, when Kestrel reuses
// the dictionary for the connection's next request). Each limit is checked with the option off and on.
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Oden.Hosting.Tests;

public sealed class RequestPathTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    // Requests to /hang never get a response; /count says how many are waiting (one realm: module state).
    private const string HangingExpress = """
        var waiting = 0;
        registerExpressHandler(function (ctx) {
          if (ctx.req.path === '/count') return ctx.res.send(String(waiting));
          waiting++;
          return new Promise(function () {});
        });
        """;

    private const string HangingFetch = """
        var waiting = 0;
        registerEventHandler(function (event) {
          if (new URL(event.request.url).pathname === '/count') return event.respondWith(new Response(String(waiting)));
          waiting++;
          event.respondWith(new Promise(function () {}));
        });
        """;

    [Theory]
    [InlineData(HangingExpress, false)]
    [InlineData(HangingExpress, true)]
    [InlineData(HangingFetch, false)]
    [InlineData(HangingFetch, true)]
    public async Task ManyWaitingRequests_Get504_WithoutATimerEach(string script, bool onRealmThread)
    {
        const int requests = 200;
        await using var server = await OdenTestServer.StartAsync(script, o =>
        {
            o.RealmCount = 1;
            o.ContinueOnRealmThread = onRealmThread;
            o.Limits.TimeBudget = TimeSpan.FromSeconds(3);
        });
        // A client without a timeout: HttpClient's own arms a timer per request.
        var testServer = (TestServer)server.Services.GetRequiredService<IServer>();
        using var client = new HttpClient(testServer.CreateHandler()) { BaseAddress = new Uri("http://localhost/"), Timeout = Timeout.InfiniteTimeSpan };
        Assert.Equal("0", await client.GetStringAsync("/count"));
        long timersBefore = Timer.ActiveCount;
        Task<HttpResponseMessage>[] waiting = Enumerable.Range(0, requests).Select(i => client.GetAsync("/hang/" + i)).ToArray();
        DateTime deadline = DateTime.UtcNow + s_timeout;
        while (await client.GetStringAsync("/count") != requests.ToString(System.Globalization.CultureInfo.InvariantCulture) && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.False(waiting.Any(t => t.IsCompleted), "a request finished before its time budget");

        // Each request used to arm a timer for its time budget (WaitAsync); other tests running in parallel
        // arm a few of their own meanwhile.
        long timersWhileWaiting = Timer.ActiveCount;
        Assert.True(timersWhileWaiting - timersBefore < requests / 4, $"{timersWhileWaiting - timersBefore} timers more while {requests} requests wait");

        HttpResponseMessage[] responses = await Task.WhenAll(waiting);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.GatewayTimeout, r.StatusCode));
        Assert.True(server.Logs.Contains("did not start a response"), server.Logs.Dump());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StalledResponses_AreAborted_InBothStyles(bool onRealmThread)
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { event.respondWith(new Response(new ReadableStream({ start: function (c) { c.enqueue(new TextEncoder().encode('start')); } }))); });",
            o =>
            {
                o.ContinueOnRealmThread = onRealmThread;
                o.Limits.ResponseIdleTimeout = TimeSpan.FromMilliseconds(300);
            });
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            HttpResponseMessage response = await server.Client.GetAsync("/");
            await response.Content.ReadAsStringAsync();
        });
        Assert.True(server.Logs.Contains("stalled"), server.Logs.Dump());

        await using var express = await OdenTestServer.StartAsync(
            "registerExpressHandler(function (ctx) { ctx.res.write('start'); return new Promise(function () {}); });",
            o =>
            {
                o.ContinueOnRealmThread = onRealmThread;
                o.Limits.ResponseIdleTimeout = TimeSpan.FromMilliseconds(300);
            });
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            HttpResponseMessage response = await express.Client.GetAsync("/");
            await response.Content.ReadAsStringAsync();
        });
        Assert.True(express.Logs.Contains("stalled"), express.Logs.Dump());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ContinueOnRealmThread_FinishesOnTheRealm_ButNeverRunsTheNextMiddlewareThere(bool onRealmThread)
    {
        string? afterOden = null, inNext = null;
        const string script = """
            registerExpressHandler(function (ctx) {
              if (ctx.req.path === '/next') return ctx.next();
              ctx.res.send('answered');
            });
            """;
        await using var server = await OdenTestServer.StartAsync(dir =>
        {
            File.WriteAllText(Path.Combine(dir, "handler.js"), script);
            return app =>
            {
                app.Use(async (HttpContext context, RequestDelegate next) =>
                {
                    await next(context);
                    if (context.Request.Path == "/answered") afterOden = Thread.CurrentThread.Name ?? "";
                });
                app.UseOden(Path.Combine(dir, "handler.js"), o =>
                {
                    o.RealmCount = 1;
                    o.ContinueOnRealmThread = onRealmThread;
                });
                app.Use(async (HttpContext context, RequestDelegate next) =>
                {
                    inNext = Thread.CurrentThread.Name ?? "";
                    await context.Response.WriteAsync("next ran");
                });
            };
        });
        Assert.Equal("answered", await server.Client.GetStringAsync("/answered"));
        Assert.Equal("next ran", await server.Client.GetStringAsync("/next"));
        // The realm's loop thread is named oden-<handler>-<index>.
        Assert.Equal(onRealmThread, afterOden!.StartsWith("oden-handler.js-", StringComparison.Ordinal));
        Assert.False(inNext!.StartsWith("oden-", StringComparison.Ordinal), inNext);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RequestHeaders_KeptPastTheResponse_AreThatRequestsOnAReusedConnection(bool onRealmThread)
    {
        // /keep stores its Request after reading one header; /read (the next request on the same keep-alive
        // connection, for which Kestrel reuses the header dictionary) reads the stored one's headers.
        const string script = """
            var kept = null;
            registerEventHandler(function (event) {
              var path = new URL(event.request.url).pathname;
              if (path === '/keep') {
                kept = event.request;
                return event.respondWith(new Response('kept ' + kept.headers.get('x-id')));
              }
              var pairs = [];
              kept.headers.forEach(function (value, name) { if (name.indexOf('x-') === 0) pairs.push(name + '=' + value); });
              event.respondWith(new Response([kept.headers.get('x-id'), kept.headers.has('x-other'), kept.headers.get('X-Multi'), pairs.join(';')].join('|')));
            });
            """;
        await using var server = await KestrelServer.StartAsync(script, o => o.ContinueOnRealmThread = onRealmThread);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1 };
        using var client = new HttpClient(handler) { BaseAddress = server.Url };
        using var keep = new HttpRequestMessage(HttpMethod.Get, "/keep");
        keep.Headers.Add("X-Id", "first");
        keep.Headers.TryAddWithoutValidation("X-Multi", " a,b\t");
        Assert.Equal("kept first", await (await client.SendAsync(keep)).Content.ReadAsStringAsync());
        using var read = new HttpRequestMessage(HttpMethod.Get, "/read");
        read.Headers.Add("X-Id", "second");
        read.Headers.Add("X-Other", "1");
        Assert.Equal("first|false|a,b|x-id=first;x-multi=a,b", await (await client.SendAsync(read)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Echo_Of100MB_StreamsThrough_OnTheRealmThreadPath()
    {
        // ContinueOnRealmThread on, as in odenc serve; Kestrel's own 30 MB body limit lifted. The upload pauses
        // halfway until the client has read echoed bytes back: a path that buffered the body before answering
        // would never get there.
        const long size = 100L * 1024 * 1024;
        string dir = OdenTestServer.NewDirectory();
        string path = Path.Combine(dir, "echo.js");
        File.WriteAllText(path, "registerEventHandler(function (event) { event.respondWith(new Response(event.request.body)); });");
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0").ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        builder.Logging.ClearProviders();
        builder.Services.AddOden(o =>
        {
            o.ScriptPath = path;
            o.RealmCount = 1;
            o.ContinueOnRealmThread = true;
        });
        await using WebApplication app = builder.Build();
        app.UseOden();
        await app.StartAsync();
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());
        // A raw socket: HttpClient would send the whole HTTP/1.1 body before it reads the response.
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(url.Host, url.Port);
        System.Net.Sockets.NetworkStream stream = socket.GetStream();
        var echoedSome = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sent = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Task upload = Task.Run(async () =>
        {
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"POST / HTTP/1.1\r\nHost: {url.Authority}\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n"));
            byte[] chunk = new byte[64 * 1024];
            var random = new Random(42);
            for (long offset = 0; offset < size; offset += chunk.Length)
            {
                if (offset == size / 2) await echoedSome.Task.WaitAsync(s_timeout);
                random.NextBytes(chunk);
                sent.AppendData(chunk);
                await stream.WriteAsync(chunk);
            }
        });

        // The response: headers, then a chunked body (no Content-Length: the body is a stream).
        using var received = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var reader = new ChunkedReader(stream);
        string head = await reader.ReadHeadAsync();
        Assert.StartsWith("HTTP/1.1 200", head, StringComparison.Ordinal);
        Assert.Contains("Transfer-Encoding: chunked", head, StringComparison.OrdinalIgnoreCase);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = await reader.ReadBodyAsync(buffer)) > 0)
        {
            received.AppendData(buffer, 0, n);
            total += n;
            if (total >= 1024 * 1024) echoedSome.TrySetResult();
        }

        await upload;
        Assert.Equal(size, total);
        Assert.Equal(sent.GetHashAndReset(), received.GetHashAndReset());
        await app.StopAsync();
    }

    /// <summary>Reads an HTTP/1.1 response head and its chunked body from a stream.</summary>
    private sealed class ChunkedReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start, _end;
        private long _chunkLeft;
        private bool _done;

        private async Task<bool> FillAsync()
        {
            if (_start == _end) _start = _end = 0;
            int n = await stream.ReadAsync(_buffer.AsMemory(_end));
            _end += n;
            return n > 0;
        }

        private async Task<string> ReadLineAsync()
        {
            var line = new System.Text.StringBuilder();
            while (true)
            {
                if (_start == _end && !await FillAsync()) throw new EndOfStreamException();
                char c = (char)_buffer[_start++];
                if (c == '\n') return line.ToString().TrimEnd('\r');
                line.Append(c);
            }
        }

        public async Task<string> ReadHeadAsync()
        {
            var head = new System.Text.StringBuilder();
            string line;
            while ((line = await ReadLineAsync()).Length > 0) head.Append(line).Append('\n');
            return head.ToString();
        }

        public async Task<int> ReadBodyAsync(byte[] destination)
        {
            if (_done) return 0;
            if (_chunkLeft == 0)
            {
                string size = await ReadLineAsync();
                if (size.Length == 0) size = await ReadLineAsync(); // the CRLF after the previous chunk
                _chunkLeft = Convert.ToInt64(size.Split(';')[0], 16);
                if (_chunkLeft == 0)
                {
                    _done = true;
                    return 0;
                }
            }

            if (_start == _end && !await FillAsync()) throw new EndOfStreamException();
            int n = (int)Math.Min(Math.Min(_chunkLeft, _end - _start), destination.Length);
            Array.Copy(_buffer, _start, destination, 0, n);
            _start += n;
            _chunkLeft -= n;
            return n;
        }
    }
}
