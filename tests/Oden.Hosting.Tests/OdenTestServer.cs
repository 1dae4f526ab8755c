// A TestServer app serving one or more scripts written to a temp folder, with captured logs.
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oden.Hosting;

namespace Oden.Hosting.Tests;

internal sealed class OdenTestServer : IAsyncDisposable
{
    private readonly IHost _host;

    private OdenTestServer(IHost host, string directory, CapturedLogs logs)
    {
        _host = host;
        Directory = directory;
        Logs = logs;
        Client = host.GetTestClient();
    }

    public HttpClient Client { get; }

    public string Directory { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _host.Services;

    public IOdenHandlerManager Manager => Services.GetRequiredService<IOdenHandlerManager>();

    internal OdenHandler Handler(string? name = null) => (OdenHandler)Manager.GetHandler(name);

    public static string NewDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "oden-host-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Serves <paramref name="script"/> (written to handler.js) with UseOden(), then a fallback that answers "next".</summary>
    public static Task<OdenTestServer> StartAsync(string script, Action<OdenOptions>? configure = null, string environment = "Production") =>
        StartAsync(dir =>
        {
            File.WriteAllText(Path.Combine(dir, "handler.js"), script);
            return app => app.UseOden(Path.Combine(dir, "handler.js"), o =>
            {
                o.RealmCount = 2;
                configure?.Invoke(o);
            });
        }, environment);

    /// <summary>A custom pipeline; <paramref name="build"/> gets the temp folder and returns the pipeline setup.</summary>
    public static async Task<OdenTestServer> StartAsync(Func<string, Action<IApplicationBuilder>> build, string environment = "Production", Action<OdenOptions>? services = null)
    {
        string dir = NewDirectory();
        var logs = new CapturedLogs();
        Action<IApplicationBuilder> pipeline = build(dir);
        IHost host = await new HostBuilder()
            .UseEnvironment(environment)
            .ConfigureLogging(l => l.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .ConfigureWebHost(web => web
                .UseTestServer()
                .ConfigureServices(s => s.AddOden(o =>
                {
                    o.RealmCount = 2;
                    services?.Invoke(o);
                }))
                .Configure(app =>
                {
                    pipeline(app);
                    app.Run(context => context.Response.WriteAsync("next middleware"));
                }))
            .StartAsync();
        var server = new OdenTestServer(host, dir, logs);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.StopAsync();
        _host.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public bool Contains(string text) => Entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal));

    public string Dump() => string.Join("\n", Entries.Select(e => $"{e.Level} {e.Category}: {e.Message}"));

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
