// The hand-written C# counterpart of tools/http-bench/{hello,json,echo}.js, served the way odenc serve serves
// (Kestrel, slim builder, warnings-only logging):  Baseline hello|json|echo <url>
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

string mode = args.Length > 0 ? args[0] : "hello";
string url = args.Length > 1 ? args[1] : "http://127.0.0.1:8090";
WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
builder.WebHost.UseUrls(url);
// The same logging as odenc serve (ServeCommand.StartAsync): console, Microsoft.* at Warning.
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
WebApplication app = builder.Build();
byte[] hello = "Hello, world!"u8.ToArray();
app.Use(async (HttpContext context, RequestDelegate next) =>
{
    if (mode == "hello")
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = hello.Length;
        await context.Response.Body.WriteAsync(hello);
        return;
    }

    if (mode == "echo")
    {
        // Stream the request body back (as the Oden handler does with new Response(request.body)).
        context.Response.ContentType = context.Request.ContentType ?? "application/octet-stream";
        await context.Request.Body.CopyToAsync(context.Response.Body);
        return;
    }

    byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Payload("Hello, world!", [1, 2, 3], true, context.Request.Path.Value ?? "/"));
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});
Console.WriteLine($"baseline: serving {mode} on {url}");
app.Run();

internal sealed record Payload(string message, int[] items, bool ok, string path);
