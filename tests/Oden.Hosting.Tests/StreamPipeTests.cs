// Streams across the host: a request body piped through a TransformStream into the response (streamed both
// ways on real Kestrel, byte-exact), and pipeTo into a WritableStream that collects a digest.
namespace Oden.Hosting.Tests;

public sealed class StreamPipeTests
{
    private const string Script = """
        module.exports = {
          fetch: async function (request) {
            const path = new URL(request.url).pathname;
            if (path === '/invert') {
              const invert = new TransformStream({
                transform(chunk, controller) {
                  const out = new Uint8Array(chunk.length);
                  for (let i = 0; i < chunk.length; i++) out[i] = 255 - chunk[i];
                  controller.enqueue(out);
                },
              });
              return new Response(request.body.pipeThrough(invert), { headers: { 'content-type': 'application/octet-stream' } });
            }
            let total = 0, sum = 0;
            await request.body.pipeTo(new WritableStream({
              write(chunk) { total += chunk.length; for (let i = 0; i < chunk.length; i++) sum = (sum + chunk[i]) % 65521; },
            }));
            return Response.json({ total, sum });
          },
        };
        """;

    [Fact]
    public async Task RequestBody_PipedThroughATransform_StreamsBackByteExact()
    {
        await using var server = await KestrelServer.StartAsync(Script);
        byte[] payload = new byte[2 * 1024 * 1024];
        new Random(11).NextBytes(payload);
        using var client = new HttpClient();
        HttpResponseMessage response = await client.PostAsync(new Uri(server.Url, "/invert"), new ByteArrayContent(payload));
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(payload.Length, body.Length);
        for (int i = 0; i < payload.Length; i++)
        {
            if (body[i] != 255 - payload[i]) Assert.Fail($"byte {i} differs");
        }
    }

    [Fact]
    public async Task RequestBody_PipedToAWritableStream_SeesEveryByte()
    {
        await using var server = await KestrelServer.StartAsync(Script);
        byte[] payload = new byte[1024 * 1024 + 7];
        new Random(3).NextBytes(payload);
        int sum = 0;
        foreach (byte b in payload) sum = (sum + b) % 65521;
        using var client = new HttpClient();
        HttpResponseMessage response = await client.PostAsync(new Uri(server.Url, "/digest"), new ByteArrayContent(payload));
        Assert.Equal($"{{\"total\":{payload.Length},\"sum\":{sum}}}", await response.Content.ReadAsStringAsync());
    }
}
