// Express res.write backpressure on real Kestrel: write returns false at the high-water mark, 'drain' comes
// once the host flushed, and a handler that waits for it streams a large body to a slow reader without
// buffering it: while the client does not read, the handler stops writing.
using System.Text.Json;

namespace Oden.Hosting.Tests;

public sealed class WriteBackpressureTests
{
    private const string Script = """
        var stats = { sent: 0, falses: 0, drains: 0, maxBuffered: 0, done: false, hwm: 0 };
        registerExpressHandler(function (ctx) {
          var req = ctx.req, res = ctx.res;
          if (req.path === '/stats') return res.json(stats);
          var chunk = new Uint8Array(64 * 1024);
          for (var i = 0; i < chunk.length; i++) chunk[i] = i & 255;
          var total = Number(req.query.chunks);
          stats.hwm = res.writableHighWaterMark;
          res.on('drain', function () { stats.drains++; });
          res.type('application/octet-stream');
          return new Promise(function (resolve) {
            function pump() {
              while (stats.sent < total) {
                stats.sent++;
                var ok = res.write(chunk);
                if (res.writableLength > stats.maxBuffered) stats.maxBuffered = res.writableLength;
                if (!ok) {
                  stats.falses++;
                  if (!res.writableNeedDrain) throw new Error('writableNeedDrain should be true after write returned false');
                  res.once('drain', pump);
                  return;
                }
              }
              res.end();
              stats.done = true;
              resolve();
            }
            pump();
          });
        });
        """;

    [Fact]
    public async Task Write_SlowReader_HandlerWaitsForDrain_AndNothingIsBufferedWhole()
    {
        await using var server = await KestrelServer.StartAsync(Script);
        using var client = new HttpClient();
        const int chunks = 512; // 32 MB
        using HttpResponseMessage response = await client.GetAsync(new Uri(server.Url, $"/stream?chunks={chunks}"), HttpCompletionOption.ResponseHeadersRead);
        Stream body = await response.Content.ReadAsStreamAsync();
        byte[] buffer = new byte[64 * 1024];
        long received = await body.ReadAsync(buffer);

        // The client stops reading: the socket buffers and Kestrel's output fill, then the handler must stop.
        await Task.Delay(500);
        JsonElement paused = JsonDocument.Parse(await client.GetStringAsync(new Uri(server.Url, "/stats"))).RootElement;
        Assert.False(paused.GetProperty("done").GetBoolean());
        Assert.True(paused.GetProperty("sent").GetInt32() < chunks / 2, "the handler kept writing while the client did not read: " + paused);

        // Then it reads slowly to the end; every byte arrives in order.
        bool ok = true;
        for (int i = 0; i < received; i++) ok &= buffer[i] == (byte)(i & 255);
        int reads = 0;
        while (true)
        {
            int n = await body.ReadAsync(buffer);
            if (n == 0) break;
            for (int i = 0; i < n; i++) ok &= buffer[i] == (byte)((received + i) & 255);
            received += n;
            if (++reads % 64 == 0) await Task.Delay(5);
        }

        Assert.True(ok, "the body bytes are wrong");
        Assert.Equal(chunks * 64L * 1024, received);
        JsonElement stats = JsonDocument.Parse(await client.GetStringAsync(new Uri(server.Url, "/stats"))).RootElement;
        Assert.True(stats.GetProperty("done").GetBoolean());
        Assert.Equal(16384, stats.GetProperty("hwm").GetInt32());
        // Every 64 KB chunk is above the 16 KB high-water mark: each write returns false and is followed by a drain.
        Assert.Equal(chunks, stats.GetProperty("falses").GetInt32());
        Assert.Equal(chunks, stats.GetProperty("drains").GetInt32());
        Assert.True(stats.GetProperty("maxBuffered").GetInt32() <= 2 * 64 * 1024, stats.ToString());
    }

    [Fact]
    public async Task Write_SmallChunks_ReturnTrueBelowTheHighWaterMark()
    {
        await using var server = await KestrelServer.StartAsync("""
            registerExpressHandler(function (ctx) {
              var res = ctx.res, results = [];
              results.push(res.write('a'), res.write('b'));
              results.push(res.writableLength <= 2, res.writableEnded);
              res.end('|' + results.join(','));
              results.push(res.writableEnded);
              if (results[4] !== true) throw new Error('writableEnded after end');
            });
            """);
        using var client = new HttpClient();
        Assert.Equal("ab|true,true,true,false", await client.GetStringAsync(server.Url));
    }

    [Fact]
    public async Task WriteAndEndCallbacks_RunAfterTheBytesAreFlushed()
    {
        await using var server = await KestrelServer.StartAsync("""
            var log = [];
            registerExpressHandler(function (ctx) {
              var res = ctx.res;
              if (ctx.req.path === '/log') return res.json(log);
              return new Promise(function (resolve) {
                res.write('a', function (err) { log.push('write a ' + (err === undefined)); });
                res.write('b', 'utf8', function () { log.push('write b'); });
                res.end('c', function () { log.push('end ' + res.writableEnded); resolve(); });
              });
            });
            """);
        using var client = new HttpClient();
        Assert.Equal("abc", await client.GetStringAsync(server.Url));
        const string expected = "[\"write a true\",\"write b\",\"end true\"]";
        Assert.Equal(expected, await server.PollAsync(client, "/log", expected, TimeSpan.FromSeconds(10)));
    }
}
