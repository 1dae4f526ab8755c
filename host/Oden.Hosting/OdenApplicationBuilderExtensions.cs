// app.UseOden() serves the script of AddOden's options; app.UseOden("a.js", o => …) adds another handler
// (typically inside app.Map("/a", …)), with its own versions and realms.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Oden.Hosting;
using Oden.Hosting.Middleware;
using Oden.Runtime;
using Oden.Runtime.Web;

namespace Microsoft.AspNetCore.Builder;

public static class OdenApplicationBuilderExtensions
{
    /// <summary>Serves the handler configured with AddOden(o => o.ScriptPath = …).</summary>
    public static IApplicationBuilder UseOden(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        OdenOptions options = Services(app).GetRequiredService<IOptions<OdenOptions>>().Value.Clone();
        return UseHandler(app, options);
    }

    /// <summary>Serves <paramref name="scriptPath"/> (.js or .dll) with AddOden's options adjusted by <paramref name="configure"/>.</summary>
    public static IApplicationBuilder UseOden(this IApplicationBuilder app, string? scriptPath, Action<OdenOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        OdenOptions options = Services(app).GetRequiredService<IOptions<OdenOptions>>().Value.Clone();
        options.ScriptPath = scriptPath;
        if (scriptPath is not null && options.Name is null) options.Name = Path.GetFileName(scriptPath);
        configure?.Invoke(options);
        return UseHandler(app, options);
    }

    private static IServiceProvider Services(IApplicationBuilder app)
    {
        IServiceProvider services = app.ApplicationServices;
        if (services.GetService<OdenHandlerManager>() is null)
        {
            throw new InvalidOperationException("Oden's services are missing: call builder.Services.AddOden(...) before app.UseOden(...).");
        }

        return services;
    }

    private static IApplicationBuilder UseHandler(IApplicationBuilder app, OdenOptions options)
    {
        IServiceProvider services = app.ApplicationServices;
        var manager = services.GetRequiredService<OdenHandlerManager>();
        if (options.Name is not null && manager.All.Any(h => h.Name == options.Name))
        {
            options.Name = $"{options.Name}#{manager.All.Count + 1}";
        }

        IHostEnvironment? environment = services.GetService<IHostEnvironment>();
        bool detailed = options.DetailedErrors ?? environment?.IsDevelopment() ?? false;
        var handler = new OdenHandler(options, services.GetRequiredService<ILoggerFactory>(), services.GetRequiredService<OdenMetrics>(), detailed, RealmSetup.For(options));
        manager.Add(handler);
        handler.Start();
        return app.Use(next => new OdenMiddleware(next, handler).InvokeAsync);
    }
}
