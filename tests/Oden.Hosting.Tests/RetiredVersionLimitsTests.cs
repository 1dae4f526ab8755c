// The time-budget limits after a hot reload: requests still running on the old (retired) version get their
// 504 and their stalled-response abort, and a realm of the old version stuck in one job is interrupted by
// the watchdog (it watches every live version, not only the serving one).
using System.Net;
using Oden.Hosting.Loading;

namespace Oden.Hosting.Tests;

public sealed class RetiredVersionLimitsTests
{
    private const string OldVersion = """
        registerExpressHandler(function (ctx) {
          var req = ctx.req, res = ctx.res;
          if (req.path === '/hang') return new Promise(function () {});       // never responds
          if (req.path === '/stall') { res.write('start'); return new Promise(function () {}); } // stops writing
          if (req.path === '/stream') {
            // Streams ticks for 3 s (keeping this version alive after the reload); at 1.5 s a timer of the
            // same realm runs a job that never ends.
            setTimeout(function () { while (true) {} }, 1500);
            var ticks = 0;
            return new Promise(function (resolve) {
              var timer = setInterval(function () {
                res.write('.');
                if (++ticks === 30) { clearInterval(timer); res.end('done'); resolve(); }
              }, 100);
            });
          }
          res.send('v1');
        });
        """;

    private static Task<OdenReloadResult> ReloadAsync(OdenTestServer server) =>
        server.Handler().ReloadAsync(OdenHandlerSource.FromJavaScript("registerExpressHandler(function (ctx) { ctx.res.send('v2'); });", Path.Combine(server.Directory, "handler.js")));

    [Fact]
    public async Task OldVersion_RequestWithoutResponse_Gets504()
    {
        await using var server = await OdenTestServer.StartAsync(OldVersion, o => o.Limits.TimeBudget = TimeSpan.FromMilliseconds(1500));
        Task<HttpResponseMessage> hanging = server.Client.GetAsync("/hang");
        await Task.Delay(100);
        Assert.True((await ReloadAsync(server)).Success);
        Assert.Equal("v2", await server.Client.GetStringAsync("/"));
        Assert.False(hanging.IsCompleted);
        Assert.Equal(HttpStatusCode.GatewayTimeout, (await hanging).StatusCode);
        Assert.True(server.Logs.Contains("did not start a response to GET /hang"), server.Logs.Dump());
    }

    [Fact]
    public async Task OldVersion_StalledResponse_IsAborted()
    {
        await using var server = await OdenTestServer.StartAsync(OldVersion, o => o.Limits.ResponseIdleTimeout = TimeSpan.FromMilliseconds(1500));
        HttpResponseMessage response = await server.Client.GetAsync("/stall", HttpCompletionOption.ResponseHeadersRead);
        Assert.True((await ReloadAsync(server)).Success);
        Assert.Equal("v2", await server.Client.GetStringAsync("/"));
        await Assert.ThrowsAnyAsync<Exception>(() => response.Content.ReadAsStringAsync());
        Assert.True(server.Logs.Contains("the streamed response to GET /stall stalled"), server.Logs.Dump());
    }

    [Fact]
    public async Task OldVersion_StuckRealm_IsInterruptedByTheWatchdog()
    {
        await using var server = await OdenTestServer.StartAsync(OldVersion, o =>
        {
            o.RealmCount = 1;
            o.Limits.TimeBudget = TimeSpan.FromMilliseconds(300);
        });
        // A first request compiles the handler's paths (JIT): under a loaded machine that first job alone could
        // outlast the 300 ms budget, and the watchdog would rightly interrupt it.
        Assert.Equal("v1", await server.Client.GetStringAsync("/"));
        HttpResponseMessage streaming = await server.Client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);
        OdenHandler handler = server.Handler();
        var started = DateTime.UtcNow;
        Assert.True((await ReloadAsync(server)).Success);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1.2), "the reload took too long for this test: the loop would start before it");
        Assert.Equal(2, handler.Version);

        // The loop starts after the swap, on the retired version: only a watchdog that covers retired
        // versions stops it; then the old version's streamed response goes on to its end.
        string body = await streaming.Content.ReadAsStringAsync();
        Assert.Equal(new string('.', 30) + "done", body);
        Assert.True(server.Logs.Contains("realm 0 of version 1 ran one job"), server.Logs.Dump());
        for (int i = 0; i < 100 && !server.Logs.Contains("version 1 unloaded"); i++) await Task.Delay(50);
        Assert.True(server.Logs.Contains("version 1 unloaded"), server.Logs.Dump());
        Assert.Equal("v2", await server.Client.GetStringAsync("/"));
    }
}
