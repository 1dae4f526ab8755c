// What a host gives each realm after its top level registered a handler: the fetch policy (the host's
// OdenOptions.Fetch is the upper bound; the handler opts in with { fetch: true }), the `fetch` handlers see
// (ctx.fetch, event.fetch: the realm's fetch, which throws a TypeError saying how to enable it while the
// policy is off), and a module worker's frozen `env`.
using System.Net.Http;
using Oden.Runtime;
using Oden.Runtime.Web;

namespace Oden.Hosting;

internal static class RealmSetup
{
    // One shared client for outbound fetch (connection pooling across realms and versions); it references
    // nothing of a script, so it may live in the default context for the process lifetime.
    private static readonly Lazy<HttpMessageInvoker> s_client = new(() => new HttpMessageInvoker(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    }));

    public static Action<Realm, HandlerRegistration> For(OdenOptions options) => (realm, registration) =>
    {
        bool enabled = options.Fetch.Enabled && registration.WantsFetch;
        realm.Fetch = enabled
            ? new FetchPolicy
            {
                Enabled = true,
                Client = options.Fetch.Client ?? s_client.Value,
                Timeout = options.Fetch.Timeout,
                AllowedHosts = options.Fetch.AllowedHosts.Count == 0 ? null : options.Fetch.AllowedHosts.ToArray(),
            }
            : FetchPolicy.Disabled;
        // The realm's own fetch: while the policy is off it throws FetchPolicy.DisabledMessage, which says how
        // to enable it; when the handler asked for fetch but the host forbids it, say that instead.
        registration.Fetch = !options.Fetch.Enabled && registration.WantsFetch
            ? HandlerBindings.CreateThrowingFunction(realm, "fetch", "fetch is disabled by the host's policy (OdenOptions.Fetch.Enabled is false)")
            : realm.Intrinsics.FetchFunction;

        if (registration.Style == HandlerStyle.ModuleWorker)
        {
            registration.Environment = FetchEventDispatcher.CreateEnvironment(realm, options.Environment);
        }
    };
}
