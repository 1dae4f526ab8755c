// FormData and Blob over HTTP: a multipart upload (as .NET's MultipartFormDataContent writes it) read with
// request.formData(), an urlencoded form, and multipart/Blob responses that ASP.NET Core's own form reader
// parses back.
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Oden.Hosting.Tests;

public sealed class FormDataBodyTests
{
    private const string Echo = """
        module.exports = {
          fetch: async function (request) {
            const path = new URL(request.url).pathname;
            if (path === '/fields') {
              const form = await request.formData();
              const out = [];
              for (const [name, value] of form) {
                out.push(typeof value === 'string' ? [name, value] : [name, value.name, value.type, value.size, Array.from(await value.bytes()).slice(0, 4)]);
              }
              return Response.json(out);
            }
            if (path === '/multipart') {
              const form = new FormData();
              form.append('greeting', 'hello\nworld');
              form.append('upload', new Blob([new Uint8Array([1, 2, 3, 250])], { type: 'application/x-bin' }), 'data.bin');
              return new Response(form);
            }
            return new Response(new Blob(['<p>blob</p>'], { type: 'text/html' }));
          },
        };
        """;

    [Fact]
    public async Task MultipartUpload_IsReadWithFormData()
    {
        await using var server = await OdenTestServer.StartAsync(Echo);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent("plain value"), "text");
        var file = new ByteArrayContent([0, 255, 13, 10, 9]);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "picture", "pic.png");
        HttpResponseMessage response = await server.Client.PostAsync("/fields", content);
        Assert.Equal("[[\"text\",\"plain value\"],[\"picture\",\"pic.png\",\"image/png\",5,[0,255,13,10]]]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UrlEncodedForm_IsReadWithFormData()
    {
        await using var server = await OdenTestServer.StartAsync(Echo);
        using var content = new FormUrlEncodedContent([new("a", "1 2"), new("é", "ü"), new("a", "3")]);
        HttpResponseMessage response = await server.Client.PostAsync("/fields", content);
        Assert.Equal("[[\"a\",\"1 2\"],[\"é\",\"ü\"],[\"a\",\"3\"]]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormDataResponse_IsMultipartThatAspNetCoreParses()
    {
        // A second app reads the handler's multipart answer with ASP.NET Core's form reader.
        await using var server = await OdenTestServer.StartAsync(Echo);
        HttpResponseMessage response = await server.Client.GetAsync("/multipart");
        string type = response.Content.Headers.ContentType!.ToString();
        Assert.StartsWith("multipart/form-data; boundary=", type);
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(response.Content.Headers.ContentLength, body.Length);

        var context = new DefaultHttpContext();
        context.Request.ContentType = type;
        context.Request.Body = new MemoryStream(body);
        IFormCollection form = await context.Request.ReadFormAsync();
        Assert.Equal("hello\r\nworld", form["greeting"].ToString());
        IFormFile upload = Assert.Single(form.Files);
        Assert.Equal("upload", upload.Name);
        Assert.Equal("data.bin", upload.FileName);
        Assert.Equal("application/x-bin", upload.ContentType);
        using var copy = new MemoryStream();
        await upload.CopyToAsync(copy);
        Assert.Equal(new byte[] { 1, 2, 3, 250 }, copy.ToArray());
    }

    [Fact]
    public async Task BlobResponse_HasItsTypeAndBytes()
    {
        await using var server = await OdenTestServer.StartAsync(Echo);
        HttpResponseMessage response = await server.Client.GetAsync("/blob");
        Assert.Equal("text/html", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("<p>blob</p>", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }
}
