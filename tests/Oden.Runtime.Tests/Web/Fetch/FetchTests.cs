// fetch() over a stub HttpMessageHandler: the policy gate, status/headers/body, streamed request and response
// bodies, abort, timeout, allowed hosts and network errors. No test touches the network.
using System.Net;
using System.Text;

namespace Oden.Runtime.Tests.Web.Fetch;

public sealed class FetchTests
{
    private static Action<Realm> Policy(HttpMessageHandler handler, TimeSpan? timeout = null, string[]? allowedHosts = null) => realm =>
        realm.Fetch = new FetchPolicy
        {
            Enabled = true,
            Client = new HttpMessageInvoker(handler),
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
            AllowedHosts = allowedHosts,
        };

    [Fact]
    public void Fetch_PolicyDisabled_ThrowsTypeErrorSayingHowToEnable()
    {
        using var web = new WebRealm().Run("""
            try { fetch('http://example.com/'); console.log('no throw'); }
            catch (e) { console.log(e.constructor.name); console.log(e.message); }
            """);
        Assert.Equal("TypeError\n" + FetchPolicy.DisabledMessage, web.Output);
        Assert.Contains("{ fetch: true }", FetchPolicy.DisabledMessage);
    }

    [Fact]
    public void Fetch_EnabledWithoutClient_StillThrows()
    {
        using var web = new WebRealm(r => r.Fetch = new FetchPolicy { Enabled = true }).Run(
            "try { fetch('http://example.com/'); } catch (e) { console.log(e instanceof TypeError); }");
        Assert.Equal("true", web.Output);
    }

    [Fact]
    public void Fetch_StubResponse_ExposesStatusHeadersUrlAndBody()
    {
        var handler = new StubHandler((request, ct) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Created)
            {
                ReasonPhrase = "Made It",
                Content = new StringContent("hello from upstream", Encoding.UTF8, "text/plain"),
                RequestMessage = request,
            };
            response.Headers.Add("X-Upstream", "a");
            response.Headers.Add("Set-Cookie", ["s=1", "t=2"]);
            return Task.FromResult(response);
        });
        using var web = new WebRealm(Policy(handler)).Run("""
            fetch('http://upstream.test/path?q=1#frag', { headers: { 'X-Req': 'r1' } }).then(res => {
              console.log(res.status, res.statusText, res.ok, res.type, res.url, res.redirected);
              console.log(res.headers.get('x-upstream'), JSON.stringify(res.headers.getSetCookie()), res.headers.get('content-type'));
              try { res.headers.set('a', 'b'); } catch (e) { console.log('immutable', e.constructor.name); }
              return res.text();
            }).then(t => console.log(t));
            """);
        Assert.Equal(
            "201 Made It true basic http://upstream.test/path?q=1 false\n" +
            "a [\"s=1\",\"t=2\"] text/plain; charset=utf-8\n" +
            "immutable TypeError\n" +
            "hello from upstream",
            web.Output);
        HttpRequestMessage sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal("http://upstream.test/path?q=1", sent.RequestUri!.AbsoluteUri);
        Assert.Equal("r1", sent.Headers.GetValues("x-req").Single());
    }

    [Fact]
    public void Fetch_RequestBodies_AreSentWithMethodAndContentType()
    {
        string? received = null;
        string? contentType = null;
        var handler = new StubHandler(async (request, ct) =>
        {
            received = await request.Content!.ReadAsStringAsync(ct);
            contentType = request.Content.Headers.ContentType?.ToString();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(request.Method + " " + received) };
        });
        using var web = new WebRealm(Policy(handler)).Run("""
            const enc = new TextEncoder();
            let n = 0;
            const body = new ReadableStream({ pull(c) { n++; c.enqueue(enc.encode('part' + n + ';')); if (n === 3) c.close(); } });
            fetch('http://upstream.test/echo', { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'application/x-parts' } })
              .then(r => r.text()).then(t => { console.log(t); return fetch(new Request('http://upstream.test/', { method: 'PUT', body: new URLSearchParams('a=1&b=2') })); })
              .then(r => r.text()).then(t => console.log(t));
            """);
        Assert.Equal("POST part1;part2;part3;\nPUT a=1&b=2", web.Output);
        Assert.Equal("a=1&b=2", received);
        Assert.Equal("application/x-www-form-urlencoded; charset=UTF-8", contentType);
    }

    [Fact]
    public void Fetch_AbortSignal_RejectsWithTheReasonAndCancelsTheRequest()
    {
        var started = new TaskCompletionSource();
        CancellationToken seen = default;
        var handler = new StubHandler(async (request, ct) =>
        {
            seen = ct;
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var web = new WebRealm(Policy(handler));
        web.Execute("""
            globalThis.controller = new AbortController();
            fetch('http://upstream.test/slow', { signal: controller.signal })
              .then(() => console.log('resolved'), e => console.log('rejected', e.name, e instanceof DOMException));
            fetch('http://upstream.test/x', { signal: AbortSignal.abort('pre') }).catch(e => console.log('pre-aborted', e));
            """);
        web.Pump(until: () => started.Task.IsCompleted);
        Operations.Invoke(web.Realm, web.Global("controller"), "abort", []);
        web.Pump();
        Assert.Equal("pre-aborted pre\nrejected AbortError true", web.Output);
        Assert.True(seen.IsCancellationRequested);
    }

    [Fact]
    public void Fetch_PolicyTimeout_RejectsWithTimeoutError()
    {
        var handler = new StubHandler(async (request, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var web = new WebRealm(Policy(handler, TimeSpan.FromMilliseconds(100))).Run(
            "fetch('http://upstream.test/').catch(e => console.log(e.name, e instanceof DOMException, e.code));");
        Assert.Equal("TimeoutError true 23", web.Output);
    }

    [Fact]
    public void Fetch_HostNotAllowed_RejectsWithoutSending()
    {
        var handler = new StubHandler((request, ct) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        using var web = new WebRealm(Policy(handler, allowedHosts: ["api.test"])).Run("""
            fetch('http://evil.test/').catch(e => console.log(e.constructor.name))
              .then(() => fetch('http://API.test:8080/ok')).then(r => console.log(r.status));
            """);
        Assert.Equal("TypeError\n200", web.Output);
        Assert.Equal("api.test", Assert.Single(handler.Requests).RequestUri!.Host);
    }

    [Fact]
    public void Fetch_NetworkErrorAndBadScheme_RejectWithFetchFailed()
    {
        var handler = new StubHandler((request, ct) => throw new HttpRequestException("connection refused"));
        using var web = new WebRealm(Policy(handler)).Run("""
            fetch('http://down.test/').catch(e => console.log(e.constructor.name, e.message, e.cause.message))
              .then(() => fetch('ftp://files.test/')).catch(e => console.log(e.message))
              .then(() => fetch('/relative')).catch(e => console.log('relative', e.constructor.name))
              .then(() => fetch('http://x.test/', { method: 'GET', body: 'no' })).catch(e => console.log('get body', e.constructor.name));
            """);
        Assert.Equal("TypeError fetch failed connection refused\nfetch failed\nrelative TypeError\nget body TypeError", web.Output);
    }

    [Fact]
    public void Fetch_ResponseBody_IsStreamedOnDemand()
    {
        // 8 MB upstream body; the script reads one chunk and cancels: only a few 64 KB reads happen.
        var source = new CountingStream(8 * 1024 * 1024);
        var handler = new StubHandler((request, ct) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(source) }));
        using var web = new WebRealm(Policy(handler)).Run("""
            fetch('http://big.test/').then(res => {
              const reader = res.body.getReader();
              return reader.read().then(r => { console.log(r.done, r.value.length > 0); return reader.cancel(); });
            }).then(() => console.log('canceled'));
            """);
        Assert.Equal("false true\ncanceled", web.Output);
        Assert.True(source.BytesRead <= 4 * 64 * 1024, $"read {source.BytesRead} bytes of an 8 MB body");
    }

    [Fact]
    public void Fetch_HeadAndNullBodyStatus_HaveNoBody()
    {
        var handler = new StubHandler((request, ct) => Task.FromResult(new HttpResponseMessage(
            request.Method == HttpMethod.Head ? HttpStatusCode.OK : HttpStatusCode.NoContent) { Content = new StringContent("ignored") }));
        using var web = new WebRealm(Policy(handler)).Run("""
            fetch('http://h.test/', { method: 'HEAD' }).then(r => { console.log(r.status, r.body); return fetch('http://h.test/'); })
              .then(r => { console.log(r.status, r.body); return r.text(); }).then(t => console.log(JSON.stringify(t)));
            """);
        Assert.Equal("200 null\n204 null\n\"\"", web.Output);
    }
}

/// <summary>A read-only stream of <paramref name="length"/> bytes ('a'..'z') that counts what was read.</summary>
internal sealed class CountingStream(long length) : Stream
{
    private long _position;

    public long BytesRead => Interlocked.Read(ref _position);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = (int)Math.Min(count, length - _position);
        for (int i = 0; i < n; i++) buffer[offset + i] = (byte)('a' + (_position + i) % 26);
        Interlocked.Add(ref _position, n);
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
