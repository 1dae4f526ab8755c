// The FetchEvent style (registerEventHandler) and the module-worker form through TestServer: respondWith
// timing, fall-through, errors and passThroughOnException, streamed bodies, waitUntil across a reload,
// env and ctx, and the fetch policy with a stub client (no test touches the network).
using System.Net;
using System.Text;

namespace Oden.Hosting.Tests;

public sealed class FetchEventMiddlewareTests
{
    [Fact]
    public async Task RespondWith_Response_StatusHeadersBody()
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { event.respondWith(new Response('hi ' + new URL(event.request.url).pathname + ' ' + event.request.method, { status: 201, headers: { 'x-a': '1', 'content-type': 'text/plain' } })); });");
        HttpResponseMessage response = await server.Client.GetAsync("/path?q=1");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("x-a").Single());
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("hi /path GET", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RespondWith_Promise_ResolvedLater()
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { event.respondWith(new Promise(function (r) { setTimeout(function () { r(Response.json({ late: true })); }, 10); })); });");
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal("{\"late\":true}", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task StreamedBody_Stalled_IsAbortedAndLogged()
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { event.respondWith(new Response(new ReadableStream({ start: function (c) { c.enqueue(new TextEncoder().encode('start')); } }))); });",
            o => o.Limits.ResponseIdleTimeout = TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            HttpResponseMessage response = await server.Client.GetAsync("/");
            await response.Content.ReadAsStringAsync();
        });
        Assert.True(server.Logs.Contains("stalled"), server.Logs.Dump());
    }

    [Fact]
    public async Task NoRespondWith_FallsThroughToNextMiddleware()
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { if (event.request.url.indexOf('/mine') >= 0) event.respondWith(new Response('mine')); });");
        Assert.Equal("mine", await server.Client.GetStringAsync("/mine"));
        Assert.Equal("next middleware", await server.Client.GetStringAsync("/other"));
    }

    [Fact]
    public async Task RespondWith_UntilTheHandlerPromiseSettles()
    {
        // Lenient timing: respondWith inside the handler's own promise chain still counts.
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { return new Promise(function (r) { setTimeout(r, 10); }).then(function () { event.respondWith(new Response('in time')); }); });");
        Assert.Equal("in time", await server.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task EventAfterItsLifetime_ThrowsInvalidStateError()
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { setTimeout(function () { try { event.respondWith(new Response('late')); } catch (e) { console.log('late respondWith: ' + e.name); } " +
            "try { event.waitUntil(Promise.resolve()); } catch (e) { console.log('late waitUntil: ' + e.name); } }, 20); });");
        Assert.Equal("next middleware", await server.Client.GetStringAsync("/"));
        for (int i = 0; i < 40 && !server.Logs.Contains("late waitUntil"); i++) await Task.Delay(25);
        Assert.True(server.Logs.Contains("late respondWith: InvalidStateError"), server.Logs.Dump());
        Assert.True(server.Logs.Contains("late waitUntil: InvalidStateError"), server.Logs.Dump());
    }

    [Theory]
    [InlineData("throw new Error('boom');", HttpStatusCode.InternalServerError, "500 Internal Server Error\n")]
    [InlineData("event.passThroughOnException(); throw new Error('boom');", HttpStatusCode.OK, "next middleware")]
    [InlineData("event.respondWith(Promise.reject(new Error('boom')));", HttpStatusCode.InternalServerError, "500 Internal Server Error\n")]
    [InlineData("event.passThroughOnException(); event.respondWith(Promise.reject(new Error('boom')));", HttpStatusCode.OK, "next middleware")]
    [InlineData("event.respondWith('not a response');", HttpStatusCode.InternalServerError, "500 Internal Server Error\n")]
    public async Task Errors_Are500_OrPassThrough(string body, HttpStatusCode status, string text)
    {
        await using var server = await OdenTestServer.StartAsync("registerEventHandler(function (event) { " + body + " });");
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(text, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RequestBody_StreamsBackAsTheResponseBody()
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { event.respondWith(new Response(event.request.body, { headers: { 'x-len': event.request.headers.get('content-length') } })); });");
        byte[] payload = new byte[300_000];
        new Random(3).NextBytes(payload);
        HttpResponseMessage response = await server.Client.PostAsync("/", new ByteArrayContent(payload));
        Assert.Equal(payload, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("300000", response.Headers.GetValues("x-len").Single());
    }

    [Fact]
    public async Task RequestBody_PassedAlong_IsCopiedDirectly_AndLeftLockedAndUsed()
    {
        // An untouched request stream given to a Response is copied by the host without the realm; script
        // code still sees what reading it whole leaves: locked and disturbed. A stream the script already
        // read from goes through the realm chunk by chunk (its first chunk is not sent twice).
        await using var server = await OdenTestServer.StartAsync(
            "var seen = null;\n" +
            "registerEventHandler(function (event) {\n" +
            "  var url = new URL(event.request.url);\n" +
            "  if (url.pathname === '/report') {\n" +
            "    event.respondWith(Response.json({ locked: seen.body.locked, requestUsed: seen.request.bodyUsed, responseUsed: seen.response.bodyUsed }));\n" +
            "    return;\n" +
            "  }\n" +
            "  var body = event.request.body;\n" +
            "  if (url.pathname === '/direct') {\n" +
            "    var response = new Response(body);\n" +
            "    event.respondWith(response);\n" +
            "    seen = { body: body, request: event.request, response: response };\n" +
            "    return;\n" +
            "  }\n" +
            "  var reader = body.getReader();\n" +
            "  event.respondWith(reader.read().then(function (first) {\n" +
            "    return new Response(new ReadableStream({\n" +
            "      start: function (c) { c.enqueue(first.value); },\n" +
            "      pull: function (c) { return reader.read().then(function (r) { if (r.done) c.close(); else c.enqueue(r.value); }); }\n" +
            "    }));\n" +
            "  }));\n" +
            "});");
        byte[] payload = new byte[200_000];
        new Random(4).NextBytes(payload);
        foreach (string path in new[] { "/direct", "/read-first" })
        {
            HttpResponseMessage response = await server.Client.PostAsync(path, new ByteArrayContent(payload));
            Assert.Equal(payload, await response.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal("{\"locked\":true,\"requestUsed\":true,\"responseUsed\":true}", await server.Client.GetStringAsync("/report"));
    }

    [Fact]
    public async Task RequestBody_ReadAsJson()
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { event.respondWith(event.request.json().then(function (j) { return Response.json({ sum: j.a + j.b }); })); });");
        HttpResponseMessage response = await server.Client.PostAsync("/", new StringContent("{\"a\":2,\"b\":3}", Encoding.UTF8, "application/json"));
        Assert.Equal("{\"sum\":5}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ModuleWorker_FetchEnvCtx()
    {
        await using var server = await OdenTestServer.StartAsync(
            "module.exports = { fetch: function (request, env, ctx) { ctx.waitUntil(Promise.resolve()); " +
            "return new Response(JSON.stringify({ greeting: env.GREETING, frozen: Object.isFrozen(env), self: this === module.exports, path: new URL(request.url).pathname }), { headers: { 'content-type': 'application/json' } }); } };",
            o => o.Environment["GREETING"] = "hello");
        Assert.Equal("{\"greeting\":\"hello\",\"frozen\":true,\"self\":true,\"path\":\"/w\"}", await server.Client.GetStringAsync("/w"));
    }

    [Fact]
    public async Task ModuleWorker_NotAResponse_Is500_AndPassThroughOnException()
    {
        await using var server = await OdenTestServer.StartAsync(
            "module.exports = { fetch: function (request, env, ctx) { if (request.url.indexOf('/pass') >= 0) { ctx.passThroughOnException(); throw new Error('x'); } return 42; } };");
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(server.Logs.Contains("must return a Response"), server.Logs.Dump());
        Assert.Equal("next middleware", await server.Client.GetStringAsync("/pass"));
    }

    [Fact]
    public async Task WaitUntil_WorkFinishesOnTheOldVersion_BeforeItUnloads()
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { event.waitUntil(new Promise(function (r) { setTimeout(function () { console.log('background work done'); r(); }, 400); })); event.respondWith(new Response('v1')); });");
        Assert.Equal("v1", await server.Client.GetStringAsync("/"));
        OdenHandler handler = server.Handler();
        WeakReference old = handler.Current!.ContextReference;
        OdenReloadResult result = await handler.ReloadAsync(OdenHandlerSource.FromJavaScript("registerEventHandler(function (event) { event.respondWith(new Response('v2')); });", Path.Combine(server.Directory, "handler.js")));
        Assert.True(result.Success, result.Error);
        Assert.Equal("v2", await server.Client.GetStringAsync("/"));
        Assert.True(await HotReloadTests.AllCollectedAsync([old]), "the old version was not collected");
        var messages = server.Logs.Entries.Select(e => e.Message).ToList();
        int done = messages.FindIndex(m => m.Contains("background work done"));
        int unloaded = messages.FindIndex(m => m.Contains("version 1 unloaded"));
        Assert.True(done >= 0 && unloaded > done, server.Logs.Dump());
    }

    private sealed class StubUpstream : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent("upstream saw " + request.RequestUri!.PathAndQuery) };
            response.Headers.Add("x-upstream", "yes");
            return Task.FromResult(response);
        }
    }

    [Fact]
    public async Task Fetch_WithOptIn_GoesThroughTheHostClient_AndPassesTheResponseThrough()
    {
        await using var server = await OdenTestServer.StartAsync(
            "registerEventHandler(function (event) { event.respondWith(event.fetch('http://upstream.test' + new URL(event.request.url).pathname)); }, { fetch: true });",
            o => o.Fetch.Client = new HttpMessageInvoker(new StubUpstream()));
        HttpResponseMessage response = await server.Client.GetAsync("/api/x");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("yes", response.Headers.GetValues("x-upstream").Single());
        Assert.Equal("upstream saw /api/x", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Fetch_HostPolicy_LimitsHostsAndCanDisable()
    {
        string script = "registerEventHandler(function (event) { var f; try { f = event.fetch('http://other.test/'); } catch (e) { return event.respondWith(new Response('sync ' + e.name + ': ' + e.message)); } " +
            "event.respondWith(f.then(function () { return new Response('fetched'); }, function (e) { return new Response('async ' + e.name + ': ' + e.message); })); }, { fetch: true });";
        await using (var server = await OdenTestServer.StartAsync(script, o =>
        {
            o.Fetch.Client = new HttpMessageInvoker(new StubUpstream());
            o.Fetch.AllowedHosts.Add("upstream.test");
        }))
        {
            Assert.StartsWith("async TypeError: fetch to other.test is not allowed", await server.Client.GetStringAsync("/"));
        }

        await using (var server = await OdenTestServer.StartAsync(script, o => o.Fetch.Enabled = false))
        {
            Assert.Equal("sync TypeError: fetch is disabled by the host's policy (OdenOptions.Fetch.Enabled is false)", await server.Client.GetStringAsync("/"));
        }

        await using (var server = await OdenTestServer.StartAsync(script.Replace(", { fetch: true }", "")))
        {
            Assert.StartsWith("sync TypeError: fetch is disabled: pass { fetch: true }", await server.Client.GetStringAsync("/"));
        }
    }
}
