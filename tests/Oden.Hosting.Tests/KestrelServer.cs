// A real Kestrel app on 127.0.0.1 (port 0) serving one script with UseOden, with captured logs: for tests
// that need a socket (client disconnects, slow readers), which TestServer does not have.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Oden.Hosting.Tests;

internal sealed class KestrelServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelServer(WebApplication app, Uri url, string directory, CapturedLogs logs)
    {
        _app = app;
        Url = url;
        Directory = directory;
        Logs = logs;
    }

    public Uri Url { get; }

    public string Directory { get; }

    public CapturedLogs Logs { get; }

    public IOdenHandlerManager Manager => _app.Services.GetRequiredService<IOdenHandlerManager>();

    internal OdenHandler Handler() => (OdenHandler)Manager.GetHandler();

    public static async Task<KestrelServer> StartAsync(string script, Action<OdenOptions>? configure = null)
    {
        string dir = OdenTestServer.NewDirectory();
        string path = Path.Combine(dir, "handler.js");
        File.WriteAllText(path, script);
        var logs = new CapturedLogs();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddOden(o => o.RealmCount = 1);
        WebApplication app = builder.Build();
        app.UseOden(path, configure);
        app.Run(context => context.Response.WriteAsync("next middleware"));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new KestrelServer(app, new Uri(address), dir, logs);
        await ((OdenHandler)server.Manager.GetHandler()).WhenLoaded;
        return server;
    }

    /// <summary>Sends a request on a raw socket (no reads), then closes the socket once <paramref name="closeWhen"/> completes.</summary>
    public async Task SendThenDisconnectAsync(string path, Func<Task> closeWhen)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(Url.Host, Url.Port);
        byte[] request = System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {Url.Authority}\r\n\r\n");
        await client.GetStream().WriteAsync(request);
        await closeWhen();
        client.Client.Close();
    }

    /// <summary>Polls <paramref name="path"/> until its body is <paramref name="expected"/>; returns the last body.</summary>
    public async Task<string> PollAsync(HttpClient client, string path, string expected, TimeSpan timeout)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        string last = "";
        while (DateTime.UtcNow < deadline)
        {
            last = await client.GetStringAsync(new Uri(Url, path));
            if (last == expected) return last;
            await Task.Delay(20);
        }

        return last;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
