// Hot reload: file watching (the entry and what it requires), the reload API, failed reloads that keep the
// serving version, no failed request under load, and the unload of old versions proven with WeakReferences.
using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using Oden.Compiler;
using Oden.Hosting.Loading;

namespace Oden.Hosting.Tests;

public sealed class HotReloadTests
{
    private static string Version(string v) => $"registerExpressHandler(function (ctx) {{ ctx.res.send('{v}'); }});";

    private static async Task<string> PollUntilAsync(HttpClient client, string path, string expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        string last = "";
        while (DateTime.UtcNow < deadline)
        {
            last = await client.GetStringAsync(path);
            if (last == expected) return last;
            await Task.Delay(50);
        }

        return last;
    }

    [Fact]
    public async Task Watch_EntryAndRequiredFiles_Reload()
    {
        await using var server = await OdenTestServer.StartAsync(dir =>
        {
            File.WriteAllText(Path.Combine(dir, "lib.js"), "module.exports = 'lib v1';");
            File.WriteAllText(Path.Combine(dir, "main.js"), "var lib = require('./lib'); registerExpressHandler(function (ctx) { ctx.res.send('main v1 + ' + lib); });");
            return app => Microsoft.AspNetCore.Builder.OdenApplicationBuilderExtensions.UseOden(app, Path.Combine(dir, "main.js"), o =>
            {
                o.Watch = true;
                o.WatchDebounce = TimeSpan.FromMilliseconds(50);
                o.RealmCount = 1;
            });
        });
        Assert.Equal("main v1 + lib v1", await server.Client.GetStringAsync("/"));
        File.WriteAllText(Path.Combine(server.Directory, "lib.js"), "module.exports = 'lib v2';");
        string second = await PollUntilAsync(server.Client, "/", "main v1 + lib v2", TimeSpan.FromSeconds(15));
        Assert.True(second == "main v1 + lib v2", second + "\n" + server.Logs.Dump());
        File.WriteAllText(Path.Combine(server.Directory, "main.js"), "var lib = require('./lib'); registerExpressHandler(function (ctx) { ctx.res.send('main v3 + ' + lib); });");
        Assert.Equal("main v3 + lib v2", await PollUntilAsync(server.Client, "/", "main v3 + lib v2", TimeSpan.FromSeconds(15)));
        Assert.True(server.Logs.Contains("changed, reloading"), server.Logs.Dump());
    }

    [Fact]
    public async Task Watch_OneSave_ReloadsOnce_EvenWhenTheReloadOutlastsThePoll()
    {
        await using var server = await OdenTestServer.StartAsync(dir =>
        {
            File.WriteAllText(Path.Combine(dir, "main.js"), Version("v1"));
            return app => Microsoft.AspNetCore.Builder.OdenApplicationBuilderExtensions.UseOden(app, Path.Combine(dir, "main.js"), o =>
            {
                o.Watch = true;
                o.WatchDebounce = TimeSpan.FromMilliseconds(50);
                o.RealmCount = 1;
            });
        });
        Assert.Equal("v1", await server.Client.GetStringAsync("/"));
        IOdenHandler handler = server.Manager.GetHandler();
        int before = handler.Version;
        // The new version takes longer to compile than the watcher's one-second poll of the files, which must
        // not take the same save for a second change while the reload runs.
        var big = new System.Text.StringBuilder();
        for (int i = 0; i < 20_000; i++) big.Append("function f").Append(i).Append("(a) { return a + ").Append(i).Append("; }\n");
        File.WriteAllText(Path.Combine(server.Directory, "main.js"), big + Version("v2"));
        Assert.Equal("v2", await PollUntilAsync(server.Client, "/", "v2", TimeSpan.FromSeconds(90))); // a busy test machine compiles slowly
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        int reloads = server.Logs.Entries.Count(e => e.Message.Contains("changed, reloading", StringComparison.Ordinal));
        Assert.True(reloads == 1 && handler.Version == before + 1, $"{reloads} reloads, version {handler.Version} after one save from version {before}\n" + server.Logs.Dump());
    }

    [Fact]
    public async Task Reload_CompileError_KeepsServingTheOldVersion()
    {
        await using var server = await OdenTestServer.StartAsync(Version("v1"));
        Assert.Equal("v1", await server.Client.GetStringAsync("/"));
        OdenReloadResult result = await server.Manager.GetHandler().ReloadAsync(OdenHandlerSource.FromJavaScript("registerExpressHandler(function (ctx) {\n  ctx.res.send('v2'\n});", Path.Combine(server.Directory, "handler.js")));
        Assert.False(result.Success);
        Assert.Equal(1, result.Version);
        Assert.Contains("handler.js:3:", result.Error);
        Assert.Contains("error ODN1001", result.Error);
        Assert.Equal("v1", await server.Client.GetStringAsync("/"));
        Assert.True(server.Logs.Contains("version 1 keeps serving"), server.Logs.Dump());
    }

    [Fact]
    public async Task Reload_TopLevelThrow_KeepsServingTheOldVersion()
    {
        await using var server = await OdenTestServer.StartAsync(Version("v1"));
        OdenReloadResult result = await server.Manager.GetHandler().ReloadAsync(OdenHandlerSource.FromJavaScript("throw new Error('broken start');", Path.Combine(server.Directory, "handler.js")));
        Assert.False(result.Success);
        Assert.Contains("Error: broken start", result.Error);
        Assert.Contains("handler.js:1", result.Error);
        Assert.Equal("v1", await server.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Reload_TopLevelThatNeverEnds_IsInterrupted_AndTheOldVersionKeepsServing()
    {
        await using var server = await OdenTestServer.StartAsync(Version("v1"), o => o.Limits.TimeBudget = TimeSpan.FromMilliseconds(300));
        Task<OdenReloadResult> reload = server.Manager.GetHandler().ReloadAsync(OdenHandlerSource.FromJavaScript("while (true) {}", Path.Combine(server.Directory, "handler.js")));
        Assert.Same(reload, await Task.WhenAny(reload, Task.Delay(TimeSpan.FromSeconds(20))));
        OdenReloadResult result = await reload;
        Assert.False(result.Success);
        Assert.Contains("the top level was interrupted", result.Error);
        Assert.Equal("v1", await server.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Reload_NotAnOdenAssembly_IsRefusedClearly()
    {
        await using var server = await OdenTestServer.StartAsync(Version("v1"));
        byte[] notOden = File.ReadAllBytes(typeof(HotReloadTests).Assembly.Location);
        OdenReloadResult result = await server.Manager.GetHandler().ReloadAsync(OdenHandlerSource.FromAssembly(notOden));
        Assert.False(result.Success);
        Assert.Contains("is not an Oden script assembly", result.Error);
        Assert.Equal("v1", await server.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task DllHandler_IsServed()
    {
        await using var server = await OdenTestServer.StartAsync(dir =>
        {
            string dll = Path.Combine(dir, "compiled.dll");
            File.WriteAllBytes(dll, Compile(Version("from dll"), Path.Combine(dir, "compiled.js")));
            return app => Microsoft.AspNetCore.Builder.OdenApplicationBuilderExtensions.UseOden(app, dll);
        });
        Assert.Equal("from dll", await server.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Reload_UnderLoad_NoRequestFails_AndOldVersionsUnload()
    {
        await using var server = await OdenTestServer.StartAsync(Version("v0"));
        string path = Path.Combine(server.Directory, "handler.js");
        Assert.Equal("v0", await server.Client.GetStringAsync("/"));
        var failures = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();
        Task[] clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                HttpResponseMessage response = await server.Client.GetAsync("/");
                string body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || !body.StartsWith('v')) failures.Enqueue($"{(int)response.StatusCode} {body}");
                seen.AddOrUpdate(body, 1, (_, n) => n + 1);
            }
        })).ToArray();

        var contexts = new List<WeakReference>();
        OdenHandler handler = server.Handler();
        for (int i = 1; i <= 20; i++)
        {
            contexts.Add(handler.Current!.ContextReference);
            File.WriteAllText(path, Version("v" + i));
            OdenReloadResult result = await handler.ReloadAsync();
            Assert.True(result.Success, result.Error);
        }

        await Task.Delay(100);
        stop.Cancel();
        await Task.WhenAll(clients);
        Assert.Empty(failures);
        Assert.Equal("v20", await server.Client.GetStringAsync("/"));
        Assert.True(seen.Count >= 3, "requests saw only " + string.Join(",", seen.Keys));
        Assert.True(await AllCollectedAsync(contexts), "an old version's load context is still alive");
    }

    [Fact]
    public async Task Reload_InFlightRequest_FinishesOnTheOldVersion_ThenItIsCollected()
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerExpressHandler(function (ctx) { if (ctx.req.path === '/slow') return new Promise(function (r) { setTimeout(r, 400); }).then(function () { ctx.res.send('old slow'); }); ctx.res.send('old'); });");
        Assert.Equal("old", await server.Client.GetStringAsync("/"));
        OdenHandler handler = server.Handler();
        WeakReference oldContext = handler.Current!.ContextReference;
        Task<string> slow = server.Client.GetStringAsync("/slow");
        await Task.Delay(100);
        OdenReloadResult result = await handler.ReloadAsync(OdenHandlerSource.FromJavaScript(Version("new"), Path.Combine(server.Directory, "handler.js")));
        Assert.True(result.Success, result.Error);
        Assert.Equal("new", await server.Client.GetStringAsync("/"));
        Assert.True(oldContext.IsAlive);
        Assert.Equal("old slow", await slow);
        Assert.True(await AllCollectedAsync([oldContext]), "the old version's load context was not collected");
        Assert.True(server.Logs.Contains("version 1 unloaded"), server.Logs.Dump());
    }

    [Fact]
    public async Task EvalAndNewFunction_Work_AndTheVersionStillUnloadsAfterAReload()
    {
        await using var server = await OdenTestServer.StartAsync(
            "var add = new Function('a', 'b', 'return a + b');\n" +
            "registerExpressHandler(function (ctx) { var n = Number(ctx.req.query.n); ctx.res.send(eval('n * 2') + ' ' + add(n, 1) + ' ' + (0, eval)('typeof registerExpressHandler')); });");
        Assert.Equal("42 22 function", await server.Client.GetStringAsync("/?n=21"));
        Assert.Equal("10 6 function", await server.Client.GetStringAsync("/?n=5"));
        OdenHandler handler = server.Handler();
        WeakReference oldContext = handler.Current!.ContextReference;
        OdenReloadResult result = await handler.ReloadAsync(OdenHandlerSource.FromJavaScript(Version("new"), Path.Combine(server.Directory, "handler.js")));
        Assert.True(result.Success, result.Error);
        Assert.Equal("new", await server.Client.GetStringAsync("/"));
        Assert.True(await AllCollectedAsync([oldContext]), "the version that ran eval and new Function was not collected");
    }

    [Theory]
    [InlineData("registerEventHandler(function (event) { console.log('hit'); event.waitUntil(Promise.resolve()); event.respondWith(new Response(event.request.method + ' ' + new URL(event.request.url).pathname)); });")]
    [InlineData("module.exports = { fetch: function (request, env, ctx) { ctx.waitUntil(Promise.resolve()); return new Response(request.method + ' ' + new URL(request.url).pathname); } };")]
    [InlineData("registerEventHandler(function (event) { event.respondWith(new Response(new ReadableStream({ start: function (c) { c.enqueue(new TextEncoder().encode('GET /s')); c.close(); } }))); });")]
    public async Task Reload_FetchStyles_OldVersionIsCollected(string script)
    {
        await using var server = await OdenTestServer.StartAsync(script);
        Assert.Equal("GET /s", await server.Client.GetStringAsync("/s"));
        Assert.Equal("GET /s", await server.Client.GetStringAsync("/s"));
        OdenHandler handler = server.Handler();
        WeakReference oldContext = handler.Current!.ContextReference;
        OdenReloadResult result = await handler.ReloadAsync(OdenHandlerSource.FromJavaScript(Version("new"), Path.Combine(server.Directory, "handler.js")));
        Assert.True(result.Success, result.Error);
        Assert.Equal("new", await server.Client.GetStringAsync("/"));
        Assert.True(await AllCollectedAsync([oldContext]), "the old fetch-style version's load context was not collected");
    }

    [Fact]
    public async Task Reload_TaskKeptByTheCaller_DoesNotKeepItsVersionAlive()
    {
        await using var server = await OdenTestServer.StartAsync(Version("v0"));
        OdenHandler handler = server.Handler();
        Task<OdenReloadResult> kept = handler.ReloadAsync(OdenHandlerSource.FromJavaScript(Version("v1"), Path.Combine(server.Directory, "handler.js")));
        Assert.True((await kept).Success);
        WeakReference context = handler.Current!.ContextReference;
        Assert.True((await handler.ReloadAsync(OdenHandlerSource.FromJavaScript(Version("v2"), Path.Combine(server.Directory, "handler.js")))).Success);
        Assert.Equal("v2", await server.Client.GetStringAsync("/"));
        Assert.True(await AllCollectedAsync([context]), "a completed reload task keeps the version it loaded alive");
        GC.KeepAlive(kept);
    }

    [Fact]
    public async Task Reload_200Times_LeavesAtMostTwoLiveContexts()
    {
        await using var server = await OdenTestServer.StartAsync(Version("v0"), o => o.RealmCount = 1);
        OdenHandler handler = server.Handler();
        var contexts = new List<WeakReference>();
        byte[][] images = [Compile(Version("a"), "a.js"), Compile(Version("b"), "b.js")];
        for (int i = 0; i < 200; i++)
        {
            OdenReloadResult result = await handler.ReloadAsync(OdenHandlerSource.FromAssembly(images[i % 2]));
            Assert.True(result.Success, result.Error);
            contexts.Add(handler.Current!.ContextReference);
            if (i % 50 == 0) Assert.Equal(i % 2 == 0 ? "a" : "b", await server.Client.GetStringAsync("/"));
        }

        await AllCollectedAsync(contexts.Take(contexts.Count - 1).ToList());
        int alive = contexts.Count(c => c.IsAlive);
        Assert.True(alive <= 2, $"{alive} load contexts are alive after 200 reloads");
    }

    internal static byte[] Compile(string source, string path)
    {
        var compilation = OdenCompilation.Create(new SourceFile(path, source));
        using var pe = new MemoryStream();
        EmitResult result = compilation.Emit(pe);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return pe.ToArray();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static async Task<bool> AllCollectedAsync(IReadOnlyList<WeakReference> references)
    {
        for (int i = 0; i < 100 && references.Any(r => r.IsAlive); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(20);
        }

        return references.All(r => !r.IsAlive);
    }
}
