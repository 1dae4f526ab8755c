// odenc serve handler.js|handler.dll [--urls http://127.0.0.1:8080] [--watch] [--realms N]: a standalone
// Kestrel server running the handler through the same middleware as app.UseOden(); requests no handler
// answers (next()) get 404. Prints one ready line with the bound URLs once the first version is loaded.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oden.Hosting;

namespace Oden.Cli.Commands;

internal sealed record ServeOptions(string Input, string Urls, bool Watch, int? Realms)
{
    public static ServeOptions Parse(string[] args)
    {
        string? input = null;
        string urls = "http://127.0.0.1:8080";
        bool watch = false;
        int? realms = null;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            switch (a)
            {
                case "--urls":
                    if (i + 1 >= args.Length) throw new UsageException("--urls needs a value such as http://127.0.0.1:8080");
                    urls = args[++i];
                    break;
                case "--watch":
                    watch = true;
                    break;
                case "--realms":
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out int n) || n < 1) throw new UsageException("--realms needs a positive number");
                    realms = n;
                    i++;
                    break;
                default:
                    if (a.StartsWith('-')) throw new UsageException($"unknown option '{a}'");
                    if (input is not null) throw new UsageException($"more than one handler ('{input}', '{a}')");
                    input = a;
                    break;
            }
        }

        return new ServeOptions(input ?? throw new UsageException("no handler file"), urls, watch, realms);
    }
}

internal static class ServeCommand
{
    public static int Execute(ServeOptions options, TextWriter stdout, TextWriter stderr)
    {
        WebApplication? app = StartAsync(options, stdout, stderr).GetAwaiter().GetResult();
        if (app is null) return 1;
        app.WaitForShutdown();
        return 0;
    }

    /// <summary>Starts the server and returns it once the ready line is printed (null when the handler does not exist).</summary>
    public static async Task<WebApplication?> StartAsync(ServeOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(options.Input))
        {
            stderr.WriteLine($"{options.Input}: error ODN0001: file not found");
            return null;
        }

        string path = Path.GetFullPath(options.Input);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // Hosting diagnostics only log request start/finish (Information); left enabled at any level, they
        // start an Activity per request for their log scope. Errors still come from Kestrel's category.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Services.AddOden(o =>
        {
            o.ScriptPath = path;
            o.Watch = options.Watch;
            if (options.Realms is { } n) o.RealmCount = n;
            // Nothing runs after UseOden here but the 404 below (only reached through next()) and Kestrel: a
            // request may finish on its realm's thread, without a hop to the thread pool.
            o.ContinueOnRealmThread = true;
        });

        WebApplication app = builder.Build();
        app.UseOden();
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync().ConfigureAwait(false);

        var manager = app.Services.GetRequiredService<IOdenHandlerManager>();
        await ((OdenHandler)manager.GetHandler()).WhenLoaded.ConfigureAwait(false);
        string addresses = string.Join(", ", app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        stdout.WriteLine($"odenc: serving {Path.GetFileName(path)} on {addresses}{(options.Watch ? " (watching for changes)" : "")}; Ctrl+C to stop");
        stdout.Flush();
        return app;
    }
}
