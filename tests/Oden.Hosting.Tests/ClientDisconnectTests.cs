// A client that goes away mid-request, on real Kestrel: request.signal aborts (FetchEvent and module-worker
// styles) and req/res emit 'close' (Express), on the realm's thread; the handler sees it while it waits,
// nothing is logged as an error, and the version still unloads after a reload (nothing keeps it alive).
using Microsoft.Extensions.Logging;
using Oden.Hosting.Loading;

namespace Oden.Hosting.Tests;

public sealed class ClientDisconnectTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    // Each script answers /log with what it recorded (module state: one realm) and /wait with a promise
    // that settles only on abort.
    private const string FetchEventScript = """
        var log = [];
        registerEventHandler(function (event) {
          var path = new URL(event.request.url).pathname;
          if (path === '/log') return event.respondWith(new Response(log.join(',')));
          log.push('started');
          event.respondWith(new Promise(function (resolve) {
            var signal = event.request.signal;
            signal.addEventListener('abort', function () {
              log.push('abort ' + signal.aborted + ' ' + signal.reason.name + ' ' + (signal.reason instanceof DOMException));
              resolve(new Response('too late'));
            });
          }));
        });
        """;

    private const string ModuleWorkerScript = """
        var log = [];
        module.exports = {
          fetch: function (request, env, ctx) {
            if (new URL(request.url).pathname === '/log') return new Response(log.join(','));
            log.push('started');
            var follower = new Request(request); // a Request made from it follows its signal
            return new Promise(function (resolve) {
              follower.signal.onabort = function () {
                log.push('abort ' + request.signal.aborted + ' ' + follower.signal.reason.name);
                resolve(new Response('too late'));
              };
            });
          },
        };
        """;

    private const string ExpressScript = """
        var log = [];
        registerExpressHandler(function (ctx) {
          var req = ctx.req, res = ctx.res;
          if (req.path === '/log') return res.send(log.join(','));
          if (req.path === '/normal') {
            res.on('finish', function () { log.push('finish'); });
            res.on('close', function () { log.push('res close ' + res.writableEnded); });
            req.on('close', function () { log.push('req close'); });
            return res.send('ok');
          }
          log.push('started');
          return new Promise(function (resolve) {
            req.on('aborted', function () { log.push('req aborted'); });
            res.once('close', function () { log.push('res close ' + res.writableEnded); });
            req.on('close', function () { log.push('req close'); resolve(); });
          });
        });
        """;

    [Theory]
    [InlineData(FetchEventScript, "started,abort true AbortError true")]
    [InlineData(ModuleWorkerScript, "started,abort true AbortError")]
    [InlineData(ExpressScript, "started,req aborted,res close false,req close")]
    public async Task ClientDisconnects_TheWaitingHandlerSeesIt(string script, string expected)
    {
        await using var server = await KestrelServer.StartAsync(script);
        using var client = new HttpClient();
        await server.SendThenDisconnectAsync("/wait", async () => Assert.Equal("started", await server.PollAsync(client, "/log", "started", s_timeout)));
        string log = await server.PollAsync(client, "/log", expected, s_timeout);
        Assert.True(log == expected, log + "\n" + server.Logs.Dump());
        await Task.Delay(100); // anything logged late about the aborted request
        Assert.DoesNotContain(server.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Express_CompleteResponse_EmitsFinishThenClose()
    {
        await using var server = await KestrelServer.StartAsync(ExpressScript);
        using var client = new HttpClient();
        Assert.Equal("ok", await client.GetStringAsync(new Uri(server.Url, "/normal")));
        const string expected = "finish,res close true,req close";
        Assert.Equal(expected, await server.PollAsync(client, "/log", expected, s_timeout));
    }

    [Fact]
    public async Task ClientDisconnects_ThenReload_TheOldVersionIsCollected()
    {
        await using var server = await KestrelServer.StartAsync(FetchEventScript);
        using var client = new HttpClient();
        await server.SendThenDisconnectAsync("/wait", async () => Assert.Equal("started", await server.PollAsync(client, "/log", "started", s_timeout)));
        Assert.Equal("started,abort true AbortError true", await server.PollAsync(client, "/log", "started,abort true AbortError true", s_timeout));
        OdenHandler handler = server.Handler();
        WeakReference oldContext = handler.Current!.ContextReference;
        OdenReloadResult result = await handler.ReloadAsync(OdenHandlerSource.FromJavaScript(
            "registerEventHandler(function (event) { event.respondWith(new Response('v2')); });", Path.Combine(server.Directory, "handler.js")));
        Assert.True(result.Success, result.Error);
        Assert.Equal("v2", await client.GetStringAsync(server.Url));
        Assert.True(await HotReloadTests.AllCollectedAsync([oldContext]), "the version that saw the disconnect was not collected");
    }

    [Fact]
    public async Task ClientDisconnects_AnUpstreamFetchWithTheRequestSignalIsCancelled()
    {
        // The upstream: a second Kestrel app whose one endpoint waits until its client (the handler's fetch) goes away.
        var upstreamStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var upstreamAborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseUrls(builder.WebHost, "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var upstream = builder.Build();
        Microsoft.AspNetCore.Builder.RunExtensions.Run(upstream, async context =>
        {
            upstreamStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                upstreamAborted.TrySetResult();
            }
        });
        await upstream.StartAsync();
        string upstreamUrl = upstream.Urls.First();

        await using var server = await KestrelServer.StartAsync("""
            var log = [];
            module.exports = {
              options: { fetch: true },
              fetch: async function (request, env) {
                if (new URL(request.url).pathname === '/log') return new Response(log.join(','));
                try {
                  return await fetch(env.UPSTREAM, { signal: request.signal });
                } catch (e) {
                  log.push('fetch rejected ' + e.name);
                  return new Response('too late');
                }
              },
            };
            """, o => o.Environment["UPSTREAM"] = upstreamUrl);
        using var client = new HttpClient();
        await server.SendThenDisconnectAsync("/proxy", () => upstreamStarted.Task.WaitAsync(s_timeout));
        await upstreamAborted.Task.WaitAsync(s_timeout);
        Assert.Equal("fetch rejected AbortError", await server.PollAsync(client, "/log", "fetch rejected AbortError", s_timeout));
        Assert.DoesNotContain(server.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task ClientDisconnects_DuringAStreamedExpressResponse_TheWriterStopsQuietly()
    {
        await using var server = await KestrelServer.StartAsync("""
            var log = [];
            registerExpressHandler(function (ctx) {
              var req = ctx.req, res = ctx.res;
              if (req.path === '/log') return res.send(log.join(','));
              var chunk = new Uint8Array(64 * 1024), sent = 0;
              return new Promise(function (resolve) {
                res.on('close', function () { log.push('closed after ' + (sent > 0) + ' ended ' + res.writableEnded); resolve(); });
                (function pump() {
                  while (!res.writableEnded && sent < 100000) {
                    sent++;
                    if (!res.write(chunk)) return res.once('drain', pump);
                  }
                })();
              });
            });
            """);
        using var client = new HttpClient();
        using (var streaming = await client.GetAsync(new Uri(server.Url, "/stream"), HttpCompletionOption.ResponseHeadersRead))
        {
            Stream body = await streaming.Content.ReadAsStreamAsync();
            byte[] buffer = new byte[64 * 1024];
            for (int i = 0; i < 8; i++) await body.ReadExactlyAsync(buffer);
        } // disposing the response closes the connection mid-body

        const string expected = "closed after true ended false";
        Assert.Equal(expected, await server.PollAsync(client, "/log", expected, s_timeout));
        await Task.Delay(200);
        Assert.DoesNotContain(server.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task CompleteRequest_DoesNotAbortItsSignal()
    {
        await using var server = await KestrelServer.StartAsync("""
            var last = null;
            registerEventHandler(function (event) {
              if (new URL(event.request.url).pathname === '/check') {
                return event.respondWith(new Response(String(last.signal.aborted)));
              }
              last = event.request;
              last.signal.addEventListener('abort', function () { throw new Error('a complete request was aborted'); });
              event.respondWith(new Response('done'));
            });
            """);
        using var client = new HttpClient();
        Assert.Equal("done", await client.GetStringAsync(server.Url));
        await Task.Delay(100);
        Assert.Equal("false", await client.GetStringAsync(new Uri(server.Url, "/check")));
        Assert.DoesNotContain(server.Logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
