// The dispatchers' handling of what a handler returns and of respondWith / a module worker's result, with
// recording exchanges: every request gets exactly one decision, whatever the script throws and where.
using Oden.Runtime.Tests.Web.Fetch;
using Oden.Runtime.Web;

namespace Oden.Runtime.Tests.Web.Handlers;

public sealed class DispatcherTests
{
    // A promise whose "constructor" getter throws makes PromiseResolve (and so respondWith) throw.
    private const string PoisonedPromise = """
        function poisoned(value) {
          const p = Promise.resolve(value);
          Object.defineProperty(p, 'constructor', { get() { throw new Error('boom'); } });
          return p;
        }
        """;

    [Theory]
    [InlineData("registerEventHandler(e => { e.respondWith(new Response('x')); });", "respond")]
    [InlineData("registerEventHandler(e => {});", "pass")]
    [InlineData("registerEventHandler(async e => { await null; });", "pass")]
    [InlineData("registerEventHandler(e => ({ then(ok) { ok(); } }));", "pass")]
    [InlineData("registerEventHandler(e => { throw new Error('boom'); });", "fail boom")]
    [InlineData("registerEventHandler(e => ({ get then() { throw new Error('boom'); } }));", "fail boom")]
    [InlineData("registerEventHandler(e => { try { e.respondWith(poisoned(new Response('x'))); } catch (err) { globalThis.caught = err.message; } });", "pass")]
    [InlineData("module.exports = { fetch() { return new Response('x'); } };", "respond")]
    [InlineData("module.exports = { fetch() { return poisoned(new Response('x')); } };", "fail boom")]
    public void FetchEvent_HandlerOutcome_DecidesOnce(string script, string expected)
    {
        using var web = new WebRealm(HandlerBindings.Install);
        web.Execute(PoisonedPromise + script);
        web.Pump();
        HandlerRegistration registration = HandlerBindings.Find(web.Realm, web.Exports)!;
        var exchange = new RecordingFetchExchange();
        JsRequest request = JsRequest.CreateIncoming(web.Realm, "GET", "http://localhost/", [], null);

        FetchEventDispatcher.Dispatch(web.Realm, registration, exchange, request);
        web.Pump();

        Assert.Equal([expected], exchange.Decisions);
    }

    [Theory]
    [InlineData("registerExpressHandler(({ res }) => { res.send('x'); });", "start 200 settled")]
    [InlineData("registerExpressHandler(({ res }) => ({ then(ok) { res.send('x'); ok(); } }));", "start 200 settled")]
    [InlineData("registerExpressHandler(() => { throw new Error('boom'); });", "fail boom")]
    [InlineData("registerExpressHandler(() => ({ get then() { throw new Error('boom'); } }));", "fail boom")]
    [InlineData("registerExpressHandler(() => poisoned(1));", "fail boom")]
    public void Express_HandlerOutcome_DecidesOnce(string script, string expected)
    {
        using var web = new WebRealm(HandlerBindings.Install);
        web.Execute(PoisonedPromise + script);
        web.Pump();
        HandlerRegistration registration = HandlerBindings.Find(web.Realm, web.Exports)!;
        var exchange = new RecordingHttpExchange();

        ExpressDispatcher.Dispatch(web.Realm, registration, exchange);
        web.Pump();

        Assert.Equal(expected, string.Join(" ", exchange.Decisions));
    }

    [Fact]
    public void Express_ThenableResult_ReadsThenOnce()
    {
        using var web = new WebRealm(HandlerBindings.Install);
        web.Execute("""
            globalThis.reads = 0;
            registerExpressHandler(({ res }) => ({ get then() { reads++; return ok => { res.send('x'); ok(); }; } }));
            """);
        HandlerRegistration registration = HandlerBindings.Find(web.Realm, web.Exports)!;
        var exchange = new RecordingHttpExchange();

        ExpressDispatcher.Dispatch(web.Realm, registration, exchange);
        web.Pump();

        Assert.Equal(1.0, web.Global("reads").AsNumber);
        Assert.Equal("start 200 settled", string.Join(" ", exchange.Decisions));
    }

    /// <summary>
    /// Reading req's and res's properties (lazy slots of one fixed shape, accessors on the prototype) allocates
    /// nothing once each was read: a loop of reads in a warm handler stays at zero bytes.
    /// </summary>
    [Fact]
    public void Express_RequestAndResponseReads_AllocateNothingOnceMaterialized()
    {
        using var web = new WebRealm(HandlerBindings.Install);
        web.Execute("""
            registerExpressHandler(({ req, res }) => {
              globalThis.readLoop = function (n) {
                var s = 0;
                for (var i = 0; i < n; i++) {
                  s += req.method.length + req.path.length + req.query.user.length + req.hostname.length + req.protocol.length
                    + (req.secure ? 1 : 0) + req.headers.accept.length + res.statusCode + (res.headersSent ? 1 : 0);
                }
                return s;
              };
              res.send('x');
            });
            """);
        web.Pump();
        HandlerRegistration registration = HandlerBindings.Find(web.Realm, web.Exports)!;
        var exchange = new RecordingHttpExchange("/orders?user=ada&limit=8", [new("Accept", "*/*")]);
        ExpressDispatcher.Dispatch(web.Realm, registration, exchange);
        web.Pump();
        var readLoop = (JsFunction)web.Global("readLoop")._ref!;

        JsValue warm = readLoop.Call1(default, 1000);
        Assert.Equal(1000.0 * (3 + 7 + 3 + 9 + 4 + 0 + 3 + 200 + 1), warm.AsNumber);
        long before = GC.GetAllocatedBytesForCurrentThread();
        readLoop.Call1(default, 100_000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.InRange(allocated, 0, 64);
    }

    private static string Describe(JsValue error) => error.TryGetObject is JsObject o ? o.Get("message").AsString() : "non-object";

    private sealed class RecordingFetchExchange : IFetchEventExchange
    {
        public List<string> Decisions { get; } = [];

        public bool IsClosed => false;

        public void Respond(JsResponse response) => Decisions.Add("respond");

        public void Fail(JsValue error) => Decisions.Add("fail " + Describe(error));

        public void PassThrough() => Decisions.Add("pass");

        public void WaitUntil(Oden.Runtime.Builtins.JsPromise promise)
        {
        }
    }

    private sealed class RecordingHttpExchange(string rawTarget = "/", KeyValuePair<string, string>[]? headers = null) : IHttpExchange
    {
        public List<string> Decisions { get; } = [];

        public string Method => "GET";

        public string Scheme => "http";

        public string Host => "localhost";

        public string PathBase => "";

        public string RawTarget => rawTarget;

        public string? RemoteAddress => null;

        public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; } = headers ?? [];

        public bool HasBody => false;

        public byte[]? BufferedBody => null;

        public bool IsClosed => false;

        public Task<byte[]> ReadBodyAsync() => Task.FromResult(Array.Empty<byte>());

        public void StartResponse(int status, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, bool complete) => Decisions.Add("start " + status);

        public void WriteBody(ReadOnlyMemory<byte> chunk)
        {
        }

        public long UnflushedBytes => 0;

        public Task WhenFlushed() => Task.CompletedTask;

        public Task<bool> Completion { get; } = new TaskCompletionSource<bool>().Task;

        public void EndResponse()
        {
        }

        public void PassToNext() => Decisions.Add("next");

        public void Fail(JsValue error) => Decisions.Add("fail " + Describe(error));

        public void HandlerSettled() => Decisions.Add("settled");
    }
}
