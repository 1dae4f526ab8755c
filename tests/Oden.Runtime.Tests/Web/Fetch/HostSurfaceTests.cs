// The C# surface a host uses: JsRequest.CreateIncoming (lazy headers, body read asynchronously),
// JsResponse's status/headers and CopyBodyToAsync (chunk by chunk, never buffered whole), JsHeaders.Entries.
using System.Text;
using Oden.Runtime.Web;

namespace Oden.Runtime.Tests.Web.Fetch;

public sealed class HostSurfaceTests
{
    [Fact]
    public void CopyBodyToAsync_100MbScriptStream_PullsOneChunkAtATime()
    {
        // The script's source counts pulls; the destination holds its first write until the test has looked:
        // with one write in flight, the source cannot have run ahead by more than its queue (highWaterMark 1).
        using var web = new WebRealm().Run("""
            globalThis.pulls = 0;
            const chunk = new Uint8Array(64 * 1024).fill(120);
            globalThis.res = new Response(new ReadableStream({
              pull(c) { pulls++; c.enqueue(chunk.slice()); if (pulls === 1600) c.close(); },
            }), { status: 201, headers: { 'X-Big': 'yes' } });
            """);
        var response = Assert.IsType<JsResponse>(web.Global("res").AsObject);
        Assert.True(JsResponse.IsInstance(web.Global("res")));
        Assert.Equal(201, response.Status);
        Assert.Equal("yes", response.Headers.Get("x-big"));

        var destination = new GatedCountingStream();
        Task copy = response.CopyBodyToAsync(destination, CancellationToken.None);
        web.Pump(until: () => destination.Writes == 1);
        double pullsAtFirstWrite = web.Global("pulls").AsNumber;
        Assert.True(pullsAtFirstWrite <= 3, $"{pullsAtFirstWrite} chunks pulled while the first write was pending");

        destination.Open();
        web.Pump(until: () => copy.IsCompleted, timeoutSeconds: 120);
        Assert.True(copy.IsCompletedSuccessfully, copy.Exception?.ToString());
        Assert.Equal(1600L * 64 * 1024, destination.Total);
        Assert.Equal(1600, destination.Writes);
        Assert.True(destination.LargestWrite <= 64 * 1024);
        Assert.True(response.BodyUsed);
    }

    [Fact]
    public void CopyBodyToAsync_LoneSurrogate_IsWrittenAsReplacementCharacter()
    {
        // A body string that is not a USVString (built by .NET code here) encodes lone surrogates as U+FFFD.
        using var web = new WebRealm();
        var response = JsResponse.Create(web.Realm, 200, "", null, null);
        response.BodyState = Oden.Runtime.Web.Body.FromText("a\ud800b");
        Assert.Equal(5L, response.KnownBodyLength);
        var destination = new MemoryStream();
        Task copy = response.CopyBodyToAsync(destination, CancellationToken.None);
        web.Pump(until: () => copy.IsCompleted);
        Assert.Equal(new byte[] { (byte)'a', 0xEF, 0xBF, 0xBD, (byte)'b' }, destination.ToArray());
    }

    [Fact]
    public void CopyBodyToAsync_BytesAndStrings_AreWrittenDirectly()
    {
        using var web = new WebRealm().Run("globalThis.a = new Response('héllo'); globalThis.b = Response.json({ ok: true }); globalThis.c = new Response(null, { status: 204 });");
        foreach (var (name, expected) in new[] { ("a", "héllo"), ("b", "{\"ok\":true}"), ("c", "") })
        {
            var response = (JsResponse)web.Global(name).AsObject;
            var destination = new MemoryStream();
            Task copy = response.CopyBodyToAsync(destination, CancellationToken.None);
            web.Pump(until: () => copy.IsCompleted);
            Assert.Equal(expected, Encoding.UTF8.GetString(destination.ToArray()));
        }

        var used = (JsResponse)web.Global("a").AsObject;
        Assert.True(used.BodyUsed);
        Assert.True(used.CopyBodyToAsync(new MemoryStream(), CancellationToken.None).IsFaulted);
    }

    [Fact]
    public void CreateIncoming_HeadersAndUrlAreLazy_BodyIsReadAsynchronously()
    {
        using var web = new WebRealm();
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json", ["X-Trace"] = "  t1 ", ["Cookie"] = "a=1" };
        var body = new SlowStream(Encoding.UTF8.GetBytes("{\"name\":\"oden\",\"n\":[1,2,3]}"), chunk: 5);
        JsRequest request = JsRequest.CreateIncoming(web.Realm, "post", "http://localhost:5000/api/items?x=1", headers, body);
        Assert.True(JsRequest.IsInstance(request));
        Assert.Equal("POST", request.Method);
        Assert.Equal(0, body.Reads);
        web.Realm.GlobalObject.Set("req", request);
        web.Execute("""
            console.log(req.method, req.url, req.headers.get('x-trace'), req.headers.get('content-type'), req.bodyUsed);
            try { req.headers.set('x', 'y'); } catch (e) { console.log('immutable', e.constructor.name); }
            req.json().then(v => console.log(v.name, v.n.length, req.bodyUsed));
            """);
        web.Pump();
        Assert.Equal("POST http://localhost:5000/api/items?x=1 t1 application/json false\nimmutable TypeError\noden 3 true", web.Output);
        Assert.True(body.Reads > 1);
        Assert.True(body.ReadOffRealmThread);
    }

    [Fact]
    public void CreateIncoming_HeaderLookup_AnswersGetAndHasWithoutACopy_AndIsCopiedForAnythingElse()
    {
        using var web = new WebRealm();
        var lookup = new CountingLookup(new() { ["Content-Type"] = "text/plain", ["X-Two"] = "a, b" });
        web.Realm.GlobalObject.Set("req", JsRequest.CreateIncoming(web.Realm, "GET", "http://h/", lookup, null));
        web.Execute("""
            console.log(req.headers.get('Content-Type'), req.headers.has('x-two'), req.headers.has('x-none'), req.headers.get('x-none'));
            console.log(JSON.stringify([...req.headers]), req.headers.get('x-two'));
            """);
        Assert.Equal("text/plain true false null\n[[\"content-type\",\"text/plain\"],[\"x-two\",\"a, b\"]] a, b", web.Output);
        Assert.Equal(4, lookup.LookupsAtFirstEnumeration); // get/has asked the host's collection
        Assert.Equal(1, lookup.Enumerations);              // iteration copied it once
        Assert.Equal(4, lookup.Lookups);                   // and the copy answered the last get
    }

    private sealed class CountingLookup(Dictionary<string, string> headers) : IHeaderLookup
    {
        public int Lookups;
        public int Enumerations;
        public int LookupsAtFirstEnumeration = -1;

        public string? Get(string lowerName)
        {
            Lookups++;
            return headers.FirstOrDefault(h => string.Equals(h.Key, lowerName, StringComparison.OrdinalIgnoreCase)).Value;
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
        {
            if (Enumerations++ == 0) LookupsAtFirstEnumeration = Lookups;
            return headers.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void CreateIncoming_GetHasNoBody_AndEchoStreamsThroughAResponse()
    {
        using var web = new WebRealm();
        JsRequest get = JsRequest.CreateIncoming(web.Realm, "GET", "http://h/", [], new MemoryStream([1, 2, 3]));
        Assert.False(get.HasBody);

        byte[] payload = new byte[3 * 1024 * 1024 + 17];
        new Random(7).NextBytes(payload);
        JsRequest put = JsRequest.CreateIncoming(web.Realm, "PUT", "http://h/upload", [new("Content-Length", payload.Length.ToString())], new SlowStream(payload, chunk: 100_000));
        web.Realm.GlobalObject.Set("req", put);
        web.Execute("globalThis.res = new Response(req.body, { headers: { 'content-type': req.headers.get('content-type') || 'application/octet-stream' } });");
        var response = (JsResponse)web.Global("res").AsObject;
        var destination = new MemoryStream();
        Task copy = response.CopyBodyToAsync(destination, CancellationToken.None);
        web.Pump(until: () => copy.IsCompleted, timeoutSeconds: 60);
        Assert.True(copy.IsCompletedSuccessfully, copy.Exception?.ToString());
        Assert.Equal(payload, destination.ToArray());
        Assert.Equal([new KeyValuePair<string, string>("content-type", "application/octet-stream")], response.Headers.Entries());
    }

    [Fact]
    public void Entries_AreSortedCombinedWithSetCookieSeparate()
    {
        using var web = new WebRealm().Run("""
            globalThis.res = new Response('x', { headers: [['X-B', '1'], ['Set-Cookie', 'a=1'], ['x-b', '2'], ['set-cookie', 'b=2'], ['A', 'first']] });
            """);
        var response = (JsResponse)web.Global("res").AsObject;
        Assert.Equal(
            ["a: first", "content-type: text/plain;charset=UTF-8", "set-cookie: a=1", "set-cookie: b=2", "x-b: 1, 2"],
            response.Headers.Entries().Select(e => e.Key + ": " + e.Value));
        Assert.False(response.IsNetworkError);
        Assert.Equal("", response.StatusText);
    }

    [Fact]
    public void ResponseError_IsANetworkError()
    {
        using var web = new WebRealm().Run("globalThis.res = Response.error(); globalThis.notRes = {};");
        var response = (JsResponse)web.Global("res").AsObject;
        Assert.True(response.IsNetworkError);
        Assert.Equal(0, response.Status);
        Assert.False(JsResponse.IsInstance(web.Global("notRes")));
    }

    [Fact]
    public void CopyBodyToAsync_DestinationFails_CancelsTheScriptStream()
    {
        using var web = new WebRealm().Run("""
            globalThis.canceled = 'no';
            globalThis.res = new Response(new ReadableStream({
              pull(c) { c.enqueue(new Uint8Array(10)); }, cancel(reason) { canceled = reason instanceof Error ? 'yes' : String(reason); },
            }));
            """);
        var response = (JsResponse)web.Global("res").AsObject;
        var destination = new FailingStream(failAfterWrites: 3);
        Task copy = response.CopyBodyToAsync(destination, CancellationToken.None);
        web.Pump(until: () => copy.IsCompleted);
        web.Pump();
        Assert.True(copy.IsFaulted);
        Assert.Equal("yes", web.Global("canceled").AsString());
    }
}

/// <summary>Counts writes; the first write waits until Open() (a slow client).</summary>
internal sealed class GatedCountingStream : Stream
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _writes;
    private long _total;

    public int Writes => Volatile.Read(ref _writes);
    public long Total => Interlocked.Read(ref _total);
    public int LargestWrite { get; private set; }

    public void Open() => _gate.TrySetResult();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        LargestWrite = Math.Max(LargestWrite, buffer.Length);
        Interlocked.Add(ref _total, buffer.Length);
        Interlocked.Increment(ref _writes);
        await _gate.Task.ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("synchronous write");
}

/// <summary>A readable stream that yields small chunks asynchronously, on thread-pool threads.</summary>
internal sealed class SlowStream(byte[] data, int chunk) : Stream
{
    private int _position;
    private readonly int _realmThread = Environment.CurrentManagedThreadId;

    public int Reads { get; private set; }
    public bool ReadOffRealmThread { get; private set; }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (Environment.CurrentManagedThreadId != _realmThread) ReadOffRealmThread = true;
        Reads++;
        int n = Math.Min(Math.Min(count, chunk), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        byte[] temp = new byte[buffer.Length];
        return new ValueTask<int>(ReadAsync(temp, 0, temp.Length, cancellationToken).ContinueWith(t =>
        {
            temp.AsSpan(0, t.Result).CopyTo(buffer.Span);
            return t.Result;
        }, TaskScheduler.Default));
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("synchronous read on the realm thread");
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => data.Length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A destination whose writes fail after a few (a client that went away).</summary>
internal sealed class FailingStream(int failAfterWrites) : Stream
{
    private int _writes;

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ++_writes > failAfterWrites ? Task.FromException(new IOException("client disconnected")) : Task.CompletedTask;

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        ++_writes > failAfterWrites ? ValueTask.FromException(new IOException("client disconnected")) : ValueTask.CompletedTask;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

public sealed class RequestAllocationTests
{
    [Fact]
    public void CreateIncoming_CopiesNothingUpFront()
    {
        using var web = new WebRealm();
        var headers = new KeyValuePair<string, string>[] { new("Host", "h"), new("Accept", "*/*"), new("User-Agent", "bench") };
        _ = web.Realm.Intrinsics.RequestPrototype;
        JsRequest.CreateIncoming(web.Realm, "GET", "http://h/warm", headers, null);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) JsRequest.CreateIncoming(web.Realm, "GET", "http://h/p", headers, null);
        long perRequest = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000;
        Assert.True(perRequest <= 256, $"{perRequest} bytes per incoming request");
    }
}
