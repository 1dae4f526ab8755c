// The Express style end to end through TestServer: bytes on the wire, headers, statuses, body parsing.
// Handlers are written without destructuring and async functions (the compiler's current surface).
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Oden.Hosting.Tests;

public sealed class ExpressMiddlewareTests
{
    private static string Handler(string body) => "registerExpressHandler(function (ctx) { var req = ctx.req, res = ctx.res, next = ctx.next; " + body + " });";

    [Fact]
    public async Task Send_String_IsHtmlWithLength()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("res.send('hello');"));
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hello", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(5, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task StatusJson_Object_IsJson()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("res.status(201).json({ a: 1, b: [true, null], s: 'é' });"));
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("{\"a\":1,\"b\":[true,null],\"s\":\"é\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Request_UrlPartsAndQuery_AreParsed()
    {
        await using var server = await OdenTestServer.StartAsync(Handler(
            "res.json({ method: req.method, url: req.url, originalUrl: req.originalUrl, path: req.path, baseUrl: req.baseUrl, query: req.query, " +
            "protocol: req.protocol, secure: req.secure, hostname: req.hostname, params: req.params });"));
        string body = await server.Client.GetStringAsync("/items/42?a=1&a=2&b=x%20y&c=d+e&flag");
        Assert.Equal(
            "{\"method\":\"GET\",\"url\":\"/items/42?a=1&a=2&b=x%20y&c=d+e&flag\",\"originalUrl\":\"/items/42?a=1&a=2&b=x%20y&c=d+e&flag\",\"path\":\"/items/42\",\"baseUrl\":\"\"," +
            "\"query\":{\"a\":[\"1\",\"2\"],\"b\":\"x y\",\"c\":\"d e\",\"flag\":\"\"},\"protocol\":\"http\",\"secure\":false,\"hostname\":\"localhost\",\"params\":{}}",
            body);
    }

    [Fact]
    public async Task Request_Headers_AreLowerCasedAndGetIgnoresCase()
    {
        await using var server = await OdenTestServer.StartAsync(Handler(
            "res.json({ h: req.headers['x-custom'], get: req.get('X-CUSTOM'), header: req.header('x-custom'), missing: req.get('x-none') === undefined, " +
            "ref: req.get('referrer'), xhr: req.xhr, ip: typeof req.ip });"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        // TestServer has no remote address, so req.ip is undefined here (the Kestrel tests see 127.0.0.1).
        request.Headers.Add("X-Custom", "v1");
        request.Headers.Add("Referer", "http://example.com/from");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal("{\"h\":\"v1\",\"get\":\"v1\",\"header\":\"v1\",\"missing\":true,\"ref\":\"http://example.com/from\",\"xhr\":true,\"ip\":\"undefined\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Request_ReadAfterTheResponse_SeesItsOwnRequest()
    {
        // Kestrel reuses an HttpContext for the next request on a connection: req must not read through to it.
        await using var server = await OdenTestServer.StartAsync(
            "var seen = null;\n" +
            "registerExpressHandler(function (ctx) { var req = ctx.req, res = ctx.res;\n" +
            "  if (req.path === '/report') { res.json(seen); return; }\n" +
            "  res.send('ok');\n" +
            "  return new Promise(function (resolve) { setTimeout(function () {\n" +
            "    seen = { method: req.method, url: req.url, h: req.get('x-a'), host: req.hostname };\n" +
            "    req.text().then(function () { seen.body = 'read'; }, function (e) { seen.body = e.name; }).then(resolve);\n" +
            "  }, 300); });\n" +
            "});");
        var first = new HttpRequestMessage(HttpMethod.Post, "/first?x=1") { Content = new StringContent("payload") };
        first.Headers.Add("X-A", "one");
        Assert.Equal("ok", await (await server.Client.SendAsync(first)).Content.ReadAsStringAsync());
        // Until the body read settled (seen is set first, its body after); the limit only bounds a failure.
        string report = "null";
        var limit = System.Diagnostics.Stopwatch.StartNew();
        while (!report.Contains("\"body\"", StringComparison.Ordinal) && limit.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
            report = await server.Client.GetStringAsync("/report");
        }

        Assert.Equal("{\"method\":\"POST\",\"url\":\"/first?x=1\",\"h\":\"one\",\"host\":\"localhost\",\"body\":\"Error\"}", report);
    }

    [Fact]
    public async Task Cookies_ParsedAndSet()
    {
        await using var server = await OdenTestServer.StartAsync(Handler(
            "res.cookie('session', 'a b', { httpOnly: true, path: '/app', sameSite: 'lax', secure: true }); " +
            "res.cookie('prefs', { dark: true }); res.clearCookie('old'); res.json(req.cookies);"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "a=1; b=hello%20world; a=2; q=\"quoted\"");
        HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal("{\"a\":\"1\",\"b\":\"hello world\",\"q\":\"quoted\"}", await response.Content.ReadAsStringAsync());
        Assert.Equal(
            ["session=a%20b; Path=/app; HttpOnly; Secure; SameSite=Lax", "prefs=j%3A%7B%22dark%22%3Atrue%7D; Path=/", "old=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT"],
            response.Headers.GetValues("Set-Cookie"));
    }

    [Fact]
    public async Task Cookie_MaxAge_SetsMaxAgeAndExpires()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("res.cookie('t', '1', { maxAge: 60000 }); res.end();"));
        HttpResponseMessage response = await server.Client.GetAsync("/");
        string cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith("t=1; Max-Age=60; Path=/; Expires=", cookie);
        Assert.EndsWith(" GMT", cookie);
    }

    [Fact]
    public async Task Body_Json_IsParsedIntoReqBody()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("res.json({ got: req.body, is: req.is('json'), isHtml: req.is('html'), type: req.is() });"));
        HttpResponseMessage response = await server.Client.PostAsync("/", new StringContent("{\"x\":[1,2],\"y\":\"z\"}", Encoding.UTF8, "application/json"));
        Assert.Equal("{\"got\":{\"x\":[1,2],\"y\":\"z\"},\"is\":\"json\",\"isHtml\":false,\"type\":\"application/json\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Json_LargeNonAsciiBody_IsExactUtf8WithLength()
    {
        // Written straight from the stringify buffer's chunks to UTF-8: pairs of surrogates, 2- and 3-byte
        // characters and lone surrogates (escaped by JSON.stringify) across chunk boundaries; undefined sends nothing.
        await using var server = await OdenTestServer.StartAsync(Handler(
            "if (req.path === '/undefined') { res.json(undefined); return; }" +
            "var parts = []; for (var i = 0; i < 3000; i++) parts.push(i % 7 === 0 ? '\\ud83d\\ude00' : i % 5 === 0 ? '\\u00e9\\u4e2d' : i % 11 === 0 ? '\\ud800' : 'a' + i);" +
            "res.json({ parts: parts, nested: { toJSON: function () { return JSON.stringify({ inner: [1, '\\u00fc'] }); } } });"));
        HttpResponseMessage response = await server.Client.GetAsync("/");
        byte[] bytes = await response.Content.ReadAsByteArrayAsync();
        var parts = Enumerable.Range(0, 3000).Select(i => i % 7 == 0 ? "\ud83d\ude00" : i % 5 == 0 ? "\u00e9\u4e2d" : i % 11 == 0 ? "\\ud800" : "a" + i);
        string expected = "{\"parts\":[" + string.Join(",", parts.Select(p => "\"" + p + "\"")) + "],\"nested\":\"{\\\"inner\\\":[1,\\\"\u00fc\\\"]}\"}";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), bytes);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        HttpResponseMessage empty = await server.Client.GetAsync("/undefined");
        Assert.Empty(await empty.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Body_UrlEncoded_IsParsed()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("res.json(req.body);"));
        HttpResponseMessage response = await server.Client.PostAsync("/", new FormUrlEncodedContent([new("a", "1"), new("a", "2"), new("name", "J D")]));
        Assert.Equal("{\"a\":[\"1\",\"2\"],\"name\":\"J D\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Body_InvalidJson_Is400()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("res.send('should not run');"));
        HttpResponseMessage response = await server.Client.PostAsync("/", new StringContent("{oops", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Body_OverLimit_Is413()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("res.send('should not run');"), o => o.Limits.MaxRequestBodySize = 100);
        HttpResponseMessage response = await server.Client.PostAsync("/", new StringContent("{\"a\":\"" + new string('x', 200) + "\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(server.Logs.Contains("exceeds 100 bytes"), server.Logs.Dump());
    }

    [Fact]
    public async Task Body_TextAndArrayBuffer_ReadWithPromises()
    {
        await using var server = await OdenTestServer.StartAsync(Handler(
            "return req.text().then(function (t) { return req.arrayBuffer().then(function (b) { res.json({ t: t, body: req.body, bytes: b.byteLength }); }); });"));
        HttpResponseMessage response = await server.Client.PostAsync("/", new StringContent("plain text ü", Encoding.UTF8, "text/plain"));
        Assert.Equal("{\"t\":\"plain text ü\",\"body\":\"plain text ü\",\"bytes\":13}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Body_ReadOverLimit_Is413()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("return req.text().then(function (t) { res.send(t); });"), o => o.Limits.MaxRequestBodySize = 10);
        HttpResponseMessage response = await server.Client.PostAsync("/", new StringContent(new string('x', 50), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task NothingSent_Is204()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("res.set('X-Ignored', '1');"));
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PromiseHandler_WithThen_RespondsWhenResolved()
    {
        await using var server = await OdenTestServer.StartAsync(Handler(
            "return new Promise(function (resolve) { setTimeout(resolve, 5); }).then(function () { res.send('later'); });"));
        Assert.Equal("later", await server.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Next_PassesToNextMiddleware()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("if (req.path === '/mine') res.send('mine'); else next();"));
        Assert.Equal("mine", await server.Client.GetStringAsync("/mine"));
        Assert.Equal("next middleware", await server.Client.GetStringAsync("/other"));
    }

    [Theory]
    [InlineData("next(new TypeError('bad input'));", "TypeError: bad input")]
    [InlineData("throw new RangeError('thrown');", "RangeError: thrown")]
    [InlineData("return Promise.reject(new Error('rejected'));", "Error: rejected")]
    [InlineData("return Promise.resolve().then(function () { null.x; });", "TypeError")]
    public async Task Errors_Are500WithoutInternals_AndLoggedWithStack(string body, string logged)
    {
        await using var server = await OdenTestServer.StartAsync(Handler(body));
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        string text = await response.Content.ReadAsStringAsync();
        Assert.Equal("500 Internal Server Error\n", text);
        Assert.True(server.Logs.Contains(logged), server.Logs.Dump());
        Assert.True(server.Logs.Contains("handler.js:1"), server.Logs.Dump());
    }

    [Fact]
    public async Task Errors_InDevelopment_ShowTheStack()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("throw new Error('visible');"), environment: "Development");
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        string text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Error: visible", text);
        Assert.Contains("handler.js:1", text);
    }

    [Fact]
    public async Task NoRegistration_Is502WithMessage()
    {
        await using var server = await OdenTestServer.StartAsync("var x = 1;");
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("registered no handler", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CompileError_Is502_AndLoggedWithLocation()
    {
        await using var server = await OdenTestServer.StartAsync("registerExpressHandler(function (ctx) {\n  ctx.res.send(;\n});");
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain("ODN1001", await response.Content.ReadAsStringAsync());
        Assert.True(server.Logs.Contains("handler.js:2:"), server.Logs.Dump());
        Assert.True(server.Logs.Contains("error ODN1001"), server.Logs.Dump());
    }

    [Fact]
    public async Task TimeBudget_NoResponse_Is504()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("return new Promise(function () {});"), o => o.Limits.TimeBudget = TimeSpan.FromMilliseconds(300));
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.True(server.Logs.Contains("did not start a response"), server.Logs.Dump());
    }

    [Fact]
    public async Task TimeBudget_CpuLoop_Is504_AndTheRealmIsInterrupted()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("if (req.path === '/spin') { while (true) {} } res.send('ok');"), o =>
        {
            o.Limits.TimeBudget = TimeSpan.FromMilliseconds(300);
            o.RealmCount = 1;
        });
        HttpResponseMessage response = await server.Client.GetAsync("/spin");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        // The only realm was stuck in the loop; after the interrupt it serves again.
        for (int i = 0; i < 50 && !server.Logs.Contains("interrupting it"); i++) await Task.Delay(50);
        Assert.Equal("ok", await server.Client.GetStringAsync("/"));
        Assert.True(server.Logs.Contains("interrupting it"), server.Logs.Dump());
    }

    [Fact]
    public async Task ResponseHelpers_SetAppendGetTypeVaryLocation()
    {
        await using var server = await OdenTestServer.StartAsync(Handler(
            "res.set('X-One', '1').set({ 'X-Two': '2', 'X-Three': ['a', 'b'] }).append('X-One', 'again').type('json').vary('Accept').vary('accept').vary('Origin');" +
            "res.location('/where'); res.locals.user = 'u'; var sent = res.headersSent; " +
            "res.send({ one: res.get('x-one'), type: res.get('Content-Type'), sent: sent, locals: res.locals, status: res.statusCode });"));
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal("{\"one\":[\"1\",\"again\"],\"type\":\"application/json; charset=utf-8\",\"sent\":false,\"locals\":{\"user\":\"u\"},\"status\":200}", await response.Content.ReadAsStringAsync());
        Assert.Equal(["1", "again"], response.Headers.GetValues("X-One"));
        Assert.Equal(["a", "b"], response.Headers.GetValues("X-Three"));
        Assert.Equal("Accept, Origin", string.Join(", ", response.Headers.Vary));
        Assert.Equal("/where", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Redirect_DefaultsTo302WithBody()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("if (req.path === '/a') res.redirect('/b c'); else res.redirect(301, 'http://example.com/');"));
        var client = server.Client;
        HttpResponseMessage response = await client.GetAsync("/a");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/b%20c", response.Headers.Location!.OriginalString);
        Assert.Equal("Found. Redirecting to /b%20c", await response.Content.ReadAsStringAsync());
        response = await client.GetAsync("/x");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
    }

    [Fact]
    public async Task SendStatus_AndBinaryBodies()
    {
        await using var server = await OdenTestServer.StartAsync(Handler(
            "if (req.path === '/status') return res.sendStatus(404);" +
            "if (req.path === '/bytes') return res.send(new Uint8Array([0, 1, 254, 255]));" +
            "if (req.path === '/buffer') { var b = new ArrayBuffer(3); new Uint8Array(b)[1] = 7; return res.type('png').send(b); }" +
            "res.status(204).send('dropped');"));
        HttpResponseMessage response = await server.Client.GetAsync("/status");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());
        response = await server.Client.GetAsync("/bytes");
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, await response.Content.ReadAsByteArrayAsync());
        response = await server.Client.GetAsync("/buffer");
        Assert.Equal("image/png", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(new byte[] { 0, 7, 0 }, await response.Content.ReadAsByteArrayAsync());
        response = await server.Client.GetAsync("/204");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentType);
    }

    [Fact]
    public async Task Write_StreamsChunksUntilEnd()
    {
        await using var server = await OdenTestServer.StartAsync(Handler(
            "res.type('text'); res.write('a'); var n = 0; var t = setInterval(function () { n++; res.write('-' + n); if (n === 3) { clearInterval(t); res.end('!'); } }, 5);"));
        HttpResponseMessage response = await server.Client.GetAsync("/");
        Assert.Equal("a-1-2-3!", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Write_Stalled_IsAbortedAndLogged()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("res.write('start');"), o => o.Limits.ResponseIdleTimeout = TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            HttpResponseMessage response = await server.Client.GetAsync("/");
            await response.Content.ReadAsStringAsync();
        });
        Assert.True(server.Logs.Contains("stalled"), server.Logs.Dump());
    }

    [Fact]
    public async Task Console_GoesToTheLogger_WithFileAndLine()
    {
        await using var server = await OdenTestServer.StartAsync("registerExpressHandler(function (ctx) {\n  console.log('seen', 42);\n  console.warn('careful');\n  ctx.res.end();\n});");
        await server.Client.GetAsync("/");
        Assert.Contains(server.Logs.Entries, e => e.Category == "Oden.Script.handler.js" && e.Message == "handler.js:2: seen 42" && e.Level == Microsoft.Extensions.Logging.LogLevel.Information);
        Assert.Contains(server.Logs.Entries, e => e.Message == "handler.js:3: careful" && e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task ModuleState_IsPerRealm_AndRequestsInterleave()
    {
        // Each realm counts its own requests; a slow request does not block a fast one on another realm or
        // on the same realm (they interleave at the timer).
        await using var server = await OdenTestServer.StartAsync(
            "var count = 0; registerExpressHandler(function (ctx) { count++; var res = ctx.res; " +
            "if (ctx.req.path === '/slow') return new Promise(function (r) { setTimeout(r, 300); }).then(function () { res.send('slow'); }); res.send(String(count)); });",
            o => o.RealmCount = 1);
        Task<string> slow = server.Client.GetStringAsync("/slow");
        await Task.Delay(50);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal("2", await server.Client.GetStringAsync("/fast"));
        Assert.True(sw.ElapsedMilliseconds < 250, "the fast request waited for the slow one");
        Assert.Equal("slow", await slow);
    }

    [Fact]
    public async Task SeveralHandlers_InMapBranches_HaveTheirOwnVersions()
    {
        await using var server = await OdenTestServer.StartAsync(dir =>
        {
            File.WriteAllText(Path.Combine(dir, "a.js"), "registerExpressHandler(function (ctx) { ctx.res.json({ h: 'a', base: ctx.req.baseUrl, url: ctx.req.url, orig: ctx.req.originalUrl }); });");
            File.WriteAllText(Path.Combine(dir, "b.js"), "registerExpressHandler(function (ctx) { ctx.res.send('b'); });");
            return app =>
            {
                app.Map("/a", a => a.UseOden(Path.Combine(dir, "a.js")));
                app.Map("/b", b => b.UseOden(Path.Combine(dir, "b.js"), o => o.RealmCount = 1));
            };
        });
        Assert.Equal("{\"h\":\"a\",\"base\":\"/a\",\"url\":\"/x?q=1\",\"orig\":\"/a/x?q=1\"}", await server.Client.GetStringAsync("/a/x?q=1"));
        Assert.Equal("b", await server.Client.GetStringAsync("/b"));
        Assert.Equal("next middleware", await server.Client.GetStringAsync("/c"));
        Assert.Equal(2, server.Manager.Handlers.Count);
        Assert.Equal(["a.js", "b.js"], server.Manager.Handlers.Select(h => h.Name));
        Assert.Equal(1, server.Handler("b.js").Current!.RealmCount);
    }

    [Fact]
    public async Task Fetch_WithoutOptIn_ThrowsClearTypeError()
    {
        await using var server = await OdenTestServer.StartAsync(Handler("try { ctx.fetch('http://example.com/'); } catch (e) { res.send(e.constructor.name + ': ' + e.message); }"));
        string text = await server.Client.GetStringAsync("/");
        Assert.StartsWith("TypeError: fetch is disabled: pass { fetch: true } in the handler's registration options", text);
    }
}
