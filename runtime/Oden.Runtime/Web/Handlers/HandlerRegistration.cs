// How a script says which function handles requests: registerExpressHandler(fn, options),
// registerEventHandler(fn, options) (globals a host installs with HandlerBindings.Install before running the
// top level), or the module-worker form module.exports = { fetch(request, env, ctx), options }.
//
// The registration is per realm (module state is per realm: every realm of a handler version runs the top
// level and registers its own function). It lives in a ConditionalWeakTable keyed by the realm, so nothing
// outlives the realm and Realm.cs carries no host concept.
using System.Runtime.CompilerServices;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public enum HandlerStyle : byte
{
    /// <summary>registerExpressHandler(fn): fn({ req, res, next, fetch }).</summary>
    Express,

    /// <summary>registerEventHandler(fn): fn(event) with event.respondWith.</summary>
    FetchEvent,

    /// <summary>module.exports = { fetch(request, env, ctx) }.</summary>
    ModuleWorker,
}

/// <summary>The handler a realm's script registered.</summary>
public sealed class HandlerRegistration(HandlerStyle style, JsFunction handler, JsObject? options, JsObject? module)
{
    public HandlerStyle Style { get; } = style;

    /// <summary>The function to call per request (for a module worker: exports.fetch).</summary>
    public JsFunction Handler { get; } = handler;

    /// <summary>The registration options object, if any.</summary>
    public JsObject? Options { get; } = options;

    /// <summary>The module-worker's exports (the `this` of fetch).</summary>
    public JsObject? Module { get; } = module;

    /// <summary>Whether the options ask for outbound fetch ({ fetch: true }).</summary>
    public bool WantsFetch => Options is not null && Operations.ToBoolean(Options.Get("fetch"));

    /// <summary>The `fetch` handed to handlers (ctx.fetch, event.fetch); the host sets it after the top level ran.</summary>
    public JsValue Fetch { get; set; }

    /// <summary>A module worker's `env` (frozen); the host sets it after the top level ran.</summary>
    public JsObject? Environment { get; set; }
}

/// <summary>The registration globals and the lookup hosts use after running a script's top level.</summary>
public static partial class HandlerBindings
{
    private sealed class Slot
    {
        public HandlerRegistration? Registration;
    }

    private static readonly ConditionalWeakTable<Realm, Slot> s_slots = new();

    /// <summary>Defines registerExpressHandler and registerEventHandler on the realm's global object.</summary>
    public static void Install(Realm realm)
    {
        ArgumentNullException.ThrowIfNull(realm);
        DefineProperties(realm, realm.GlobalObject);
    }

    /// <summary>
    /// The handler the top level registered, else the module-worker form of <paramref name="moduleExports"/>
    /// (an object with a callable `fetch`), else null.
    /// </summary>
    public static HandlerRegistration? Find(Realm realm, JsValue moduleExports)
    {
        if (s_slots.TryGetValue(realm, out Slot? slot) && slot.Registration is not null) return slot.Registration;
        if (moduleExports.TryGetObject is JsObject exports && exports.Get("fetch").TryGetObject is JsFunction fetch)
        {
            JsObject? options = exports.Get("options").TryGetObject;
            return new HandlerRegistration(HandlerStyle.ModuleWorker, fetch, options, exports);
        }

        return null;
    }

    [JsFunction("registerExpressHandler", Length = 2)]
    private static JsValue RegisterExpressHandler(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Register(realm, HandlerStyle.Express, "registerExpressHandler", args);

    [JsFunction("registerEventHandler", Length = 2)]
    private static JsValue RegisterEventHandler(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Register(realm, HandlerStyle.FetchEvent, "registerEventHandler", args);

    private static JsValue Register(Realm realm, HandlerStyle style, string name, ReadOnlySpan<JsValue> args)
    {
        if (args.At(0).TryGetObject is not JsFunction handler)
        {
            throw realm.TypeError($"{name}(fn, options): fn must be a function. Received {Operations.DescribeForError(realm, args.At(0))}");
        }

        JsValue options = args.At(1);
        if (!options.IsUndefined && options.TryGetObject is null)
        {
            throw realm.TypeError($"{name}(fn, options): options must be an object such as {{ fetch: true }}");
        }

        Slot slot = s_slots.GetValue(realm, static _ => new Slot());
        if (slot.Registration is not null)
        {
            throw realm.TypeError($"{name}: this script already registered a handler (with {(slot.Registration.Style == HandlerStyle.Express ? "registerExpressHandler" : "registerEventHandler")}); a script has one handler");
        }

        slot.Registration = new HandlerRegistration(style, handler, options.TryGetObject, null);
        return default;
    }
}

public static partial class HandlerBindings
{
    /// <summary>A function that always throws a TypeError with <paramref name="message"/> (fetch when it is not allowed).</summary>
    public static JsFunction CreateThrowingFunction(Realm realm, string name, string message) => new ThrowingFunction(realm, name, message);

    private sealed class ThrowingFunction : JsFunction
    {
        private static readonly Shape s_shape = Shape.Root(ShapeKind.Function)
            .AddProperty("length", PropertyFlags.Configurable)
            .AddProperty("name", PropertyFlags.Configurable);

        private readonly string _message;

        public ThrowingFunction(Realm realm, string name, string message)
            : base(realm, realm.Intrinsics.FunctionPrototype, s_shape)
        {
            _message = message;
            _slots[0] = JsValue.FromNumber(0);
            _slots[1] = name;
        }

        public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments) => throw Realm.TypeError(_message);
    }
}
