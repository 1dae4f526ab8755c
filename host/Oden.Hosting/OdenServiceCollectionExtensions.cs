// builder.Services.AddOden(o => o.ScriptPath = "handler.js");
using Microsoft.Extensions.DependencyInjection.Extensions;
using Oden.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class OdenServiceCollectionExtensions
{
    /// <summary>Registers Oden (options, the handler manager, metrics); app.UseOden() then serves the script.</summary>
    public static IServiceCollection AddOden(this IServiceCollection services, Action<OdenOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OdenOptions>();
        if (configure is not null) services.Configure(configure);
        services.AddMetrics();
        services.TryAddSingleton<OdenMetrics>();
        services.TryAddSingleton<OdenHandlerManager>();
        services.TryAddSingleton<IOdenHandlerManager>(sp => sp.GetRequiredService<OdenHandlerManager>());
        return services;
    }
}
