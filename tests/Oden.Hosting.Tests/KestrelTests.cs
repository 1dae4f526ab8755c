// A few tests on real Kestrel bound to 127.0.0.1 (port 0): the serve command's ready line, a body streamed
// chunk by chunk over the socket, a large upload echoed byte for byte, and req.ip.
using System.Text;
using System.Text.RegularExpressions;
using Oden.Cli.Commands;

namespace Oden.Hosting.Tests;

public sealed class KestrelTests
{
    private static async Task<(Microsoft.AspNetCore.Builder.WebApplication App, Uri Url, string Dir)> ServeAsync(string script, int realms = 2)
    {
        string dir = OdenTestServer.NewDirectory();
        string path = Path.Combine(dir, "handler.js");
        File.WriteAllText(path, script);
        var stdout = new StringWriter();
        var app = await ServeCommand.StartAsync(new ServeOptions(path, "http://127.0.0.1:0", Watch: false, Realms: realms), stdout, TextWriter.Null);
        Assert.NotNull(app);
        Match ready = Regex.Match(stdout.ToString(), @"^odenc: serving handler\.js on (http://127\.0\.0\.1:\d+); Ctrl\+C to stop", RegexOptions.Multiline);
        Assert.True(ready.Success, stdout.ToString());
        return (app!, new Uri(ready.Groups[1].Value), dir);
    }

    [Fact]
    public async Task Serve_PrintsReadyLine_AndServesOnLoopback()
    {
        var (app, url, _) = await ServeAsync("registerExpressHandler(function (ctx) { if (ctx.req.path === '/') ctx.res.json({ ip: ctx.req.ip, host: ctx.req.hostname }); else ctx.next(); });");
        await using (app)
        {
            using var client = new HttpClient { BaseAddress = url };
            Assert.Equal("{\"ip\":\"127.0.0.1\",\"host\":\"127.0.0.1\"}", await client.GetStringAsync("/"));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/nothing")).StatusCode);
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task Write_StreamsChunksOverTheSocket()
    {
        // The second chunk is written only after the client has read the first one (it asks for it with a
        // second request), so the test fails if the response were buffered.
        var (app, url, _) = await ServeAsync(
            "var pending = null; registerExpressHandler(function (ctx) { var res = ctx.res; " +
            "if (ctx.req.path === '/release') { pending.end('second'); pending = null; return res.send('released'); } " +
            "res.type('text'); res.write('first|'); pending = res; });", realms: 1); // module state is per realm
        await using (app)
        {
            using var client = new HttpClient { BaseAddress = url };
            using HttpResponseMessage response = await client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead);
            Stream body = await response.Content.ReadAsStreamAsync();
            byte[] buffer = new byte[64];
            int read = await body.ReadAsync(buffer);
            Assert.Equal("first|", Encoding.UTF8.GetString(buffer, 0, read));
            Assert.Equal("released", await client.GetStringAsync("/release"));
            var rest = new StreamReader(body);
            Assert.Equal("second", await rest.ReadToEndAsync());
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task LargeUpload_IsEchoedByteForByte()
    {
        var (app, url, _) = await ServeAsync(
            "registerExpressHandler(function (ctx) { return ctx.req.arrayBuffer().then(function (b) { ctx.res.send(new Uint8Array(b)); }); });");
        await using (app)
        {
            byte[] payload = new byte[900 * 1024];
            new Random(5).NextBytes(payload);
            using var client = new HttpClient { BaseAddress = url };
            HttpResponseMessage response = await client.PostAsync("/", new ByteArrayContent(payload));
            Assert.Equal(payload, await response.Content.ReadAsByteArrayAsync());
            await app.StopAsync();
        }
    }
}
