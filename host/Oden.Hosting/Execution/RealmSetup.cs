// What a host gives each realm after its top level registered a handler: the `fetch` handlers see
// (ctx.fetch, event.fetch), bounded by the host's policy and enabled by the handler's own options.
using Oden.Runtime;
using Oden.Runtime.Web;

namespace Oden.Hosting;

internal static class RealmSetup
{
    public static Action<Realm, HandlerRegistration> For(OdenOptions options) => (realm, registration) =>
    {
        string? refusal = !options.Fetch.Enabled
            ? "fetch is disabled by the host's policy (OdenOptions.Fetch.Enabled is false)"
            : !registration.WantsFetch
                ? "fetch is not enabled for this handler: pass { fetch: true } in its registration options (registerExpressHandler(fn, { fetch: true }), registerEventHandler(fn, { fetch: true }), or export options: { fetch: true })"
                : "fetch is not available in this build of Oden (the Fetch API objects are missing)";
        registration.Fetch = HandlerBindings.CreateThrowingFunction(realm, "fetch", refusal);
    };
}
