// The request-path benchmark: the per-request cost of a handler through the Oden middleware in process
// (no sockets), beside a hand-written C# middleware doing the same work, in one run (hello and orders in the
// Express style, echo in the FetchEvent style: the body streamed back):
//   dotnet run -c Release --project tests/Oden.Benchmarks -- --request-path [--quick]
// Requests are DefaultHttpContexts driven straight into the built ASP.NET Core pipeline by a fixed number of
// concurrent callers (as Kestrel's connections would be), so the realm's thread hop is part of the cost.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Oden.Benchmarks;

internal static class RequestPath
{
    private const int Concurrency = 16;

    private static readonly byte[] OrdersBody = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        items = Enumerable.Range(0, 20).Select(i => new { id = "sku-" + i, qty = i % 4, price = 1.5 + i }).ToArray(),
    }));

    public static void Run(bool quick, string? filter = null)
    {
        Console.WriteLine();
        Console.WriteLine($"# Request path in process (DefaultHttpContext into the pipeline, {Concurrency} concurrent callers)");
        Console.WriteLine();
        Console.WriteLine("| handler | Oden wall/request | Oden CPU/request | Oden alloc/request | C# wall/request | C# CPU/request | C# alloc/request | Oden / C# CPU |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string name in new[] { "hello", "orders", "echo" })
        foreach (bool onRealmThread in new[] { false, true })
        {
            if (filter is not null && !name.Contains(filter, StringComparison.Ordinal)) continue;
            string script = Path.Combine(AppContext.BaseDirectory, "requests", name + ".js");
            using ServiceProvider odenServices = Services(script, onRealmThread);
            RequestDelegate oden = Pipeline(odenServices, app => app.UseOden());
            using ServiceProvider csharpServices = Services(null, false);
            RequestDelegate csharp = Pipeline(csharpServices, app => app.Use(name switch { "hello" => HelloAsync, "echo" => EchoAsync, _ => OrdersAsync }));

            string odenBody = Check(oden, name), csharpBody = Check(csharp, name);
            if (!JsonEquivalent(odenBody, csharpBody))
            {
                Console.Error.WriteLine($"{name}: the handlers disagree:\n  Oden: {odenBody}\n  C#:   {csharpBody}");
            }

            Cost o = Measure(oden, name, quick);
            Cost c = Measure(csharp, name, quick);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name}{(onRealmThread ? " (ContinueOnRealmThread)" : "")} | {o.WallUs:F2} µs | {o.CpuUs:F2} µs | {o.Bytes / 1024.0:F1} KB | {c.WallUs:F2} µs | {c.CpuUs:F2} µs | {c.Bytes / 1024.0:F1} KB | {o.CpuUs / c.CpuUs:F2}× |"));
        }
    }

    private static ServiceProvider Services(string? script, bool onRealmThread)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (script is not null)
        {
            services.AddOden(o =>
            {
                o.ScriptPath = script;
                o.ContinueOnRealmThread = onRealmThread;
            });
        }

        return services.BuildServiceProvider();
    }

    private static RequestDelegate Pipeline(IServiceProvider services, Action<IApplicationBuilder> configure)
    {
        var app = new ApplicationBuilder(services);
        configure(app);
        app.Run(context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
        return app.Build();
    }

    private static DefaultHttpContext NewContext(string name)
    {
        var context = new DefaultHttpContext();
        HttpRequest request = context.Request;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1:8080");
        if (name == "hello")
        {
            request.Method = "GET";
            request.Path = "/";
        }
        else if (name == "echo")
        {
            request.Method = "POST";
            request.Path = "/";
            request.ContentType = "application/json";
            request.ContentLength = OrdersBody.Length;
            request.Body = new MemoryStream(OrdersBody, writable: false);
        }
        else
        {
            request.Method = "POST";
            request.Path = "/orders";
            request.QueryString = new QueryString("?user=ada&limit=8");
            request.ContentType = "application/json";
            request.ContentLength = OrdersBody.Length;
            request.Body = new MemoryStream(OrdersBody, writable: false);
        }

        context.Response.Body = new MemoryStream();
        return context;
    }

    /// <summary>Runs one request (waiting for the handler to load) and returns the response body.</summary>
    private static string Check(RequestDelegate pipeline, string name)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            DefaultHttpContext context = NewContext(name);
            pipeline(context).GetAwaiter().GetResult();
            if (context.Response.StatusCode == 200)
            {
                return Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(30)) throw new InvalidOperationException($"{name}: status {context.Response.StatusCode}");
            Thread.Sleep(50);
        }
    }

    private static bool JsonEquivalent(string a, string b)
    {
        if (a == b) return true;
        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Per request: wall time, CPU time of the whole process (steadier than wall time on a shared machine), bytes allocated.</summary>
    private readonly record struct Cost(double WallUs, double CpuUs, double Bytes);

    private static Cost Measure(RequestDelegate pipeline, string name, bool quick)
    {
        int perCaller = quick ? 2_000 : 10_000;
        RunCallers(pipeline, name, perCaller / 2); // warm-up
        using var process = Process.GetCurrentProcess();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        RunCallers(pipeline, name, perCaller);
        double elapsed = watch.Elapsed.TotalMicroseconds;
        process.Refresh();
        double cpuUs = (process.TotalProcessorTime - cpu).TotalMicroseconds;
        double bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        int requests = perCaller * Concurrency;
        return new Cost(elapsed / requests, cpuUs / requests, bytes / requests);
    }

    private static void RunCallers(RequestDelegate pipeline, string name, int perCaller)
    {
        var callers = new Task[Concurrency];
        for (int c = 0; c < Concurrency; c++)
        {
            callers[c] = Task.Run(async () =>
            {
                for (int i = 0; i < perCaller; i++)
                {
                    DefaultHttpContext context = NewContext(name);
                    await pipeline(context).ConfigureAwait(false);
                    if (context.Response.StatusCode != 200) throw new InvalidOperationException($"status {context.Response.StatusCode}");
                }
            });
        }

        Task.WaitAll(callers);
    }

    // ---- The hand-written C# middleware: the same work as requests/*.js --------------------------------

    private static readonly byte[] Hello = "Hello, world!"u8.ToArray();

    private static async Task HelloAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = Hello.Length;
        await context.Response.Body.WriteAsync(Hello);
    }

    private static async Task EchoAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.ContentType = context.Request.ContentType ?? "application/octet-stream";
        await context.Request.Body.CopyToAsync(context.Response.Body);
    }

    private sealed record Item(string id, double qty, double price);

    private sealed record Order(Item[] items);

    private sealed record Line(string id, double total);

    private sealed record Reply(string? user, int count, double sum, Line[] items);

    private static async Task OrdersAsync(HttpContext context, RequestDelegate next)
    {
        int limit = int.TryParse(context.Request.Query["limit"], CultureInfo.InvariantCulture, out int l) && l != 0 ? l : 10;
        Order order = (await JsonSerializer.DeserializeAsync<Order>(context.Request.Body))!;
        Line[] lines = order.items.Where(i => i.qty > 0).Take(limit).Select(i => new Line(i.id, i.qty * i.price)).ToArray();
        double sum = 0;
        foreach (Line line in lines) sum += line.total;
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Reply(context.Request.Query["user"], lines.Length, sum, lines));
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }
}
