// JsProxy and JsCallableProxy: Proxy exotic objects. Every internal method delegates to ProxyCore (the
// §10.5 algorithms); the two classes differ only in [[Call]]/[[Construct]], which exist when the target
// has them at creation (a callable proxy must be a JsFunction for typeof, IsCallable and call sites).
//
// Invariants:
// - The object model never takes a fast path through a proxy: it is flagged ExoticLookup (prototype walks
//   that meet it call its internal methods, and inline caches never record a chain through it) and
//   ExoticPrototype (its [[GetPrototypeOf]] is not the _prototype field, which stays null).
// - Its shape is Shape.DictionaryMode, which no inline cache ever records, and it has no own storage: a
//   cache entry recorded for some ordinary object with an empty shape can never match a proxy.
namespace Oden.Runtime.Builtins;

/// <summary>What the Proxy constructor, revocation functions and IsArray need from either kind of proxy.</summary>
internal interface IJsProxy
{
    ProxyCore Core { get; }
}

/// <summary>A Proxy whose target is not callable.</summary>
public sealed class JsProxy : JsObject, IJsProxy
{
    private readonly ProxyCore _core;

    internal JsProxy(Realm realm, JsObject target, JsObject handler)
        : base(null, Shape.DictionaryMode)
    {
        _core = new ProxyCore(realm, target, handler);
        _objectFlags |= ObjectFlags.ExoticLookup | ObjectFlags.ExoticPrototype | ObjectFlags.Proxy;
    }

    ProxyCore IJsProxy.Core => _core;

    /// <summary>[[ProxyTarget]] (null once revoked).</summary>
    public JsObject? ProxyTarget => _core.Target;

    /// <summary>[[ProxyHandler]] (null once revoked).</summary>
    public JsObject? ProxyHandler => _core.Handler;

    public override JsObject? GetPrototypeOf() => _core.GetPrototypeOf();

    public override bool SetPrototypeOf(JsObject? value) => _core.SetPrototypeOf(value);

    public override bool IsExtensible() => _core.IsExtensible();

    public override bool PreventExtensions() => _core.PreventExtensions();

    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor) => _core.GetOwnProperty(key, out descriptor);

    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc) => _core.DefineOwnProperty(key, desc);

    public override bool HasProperty(in PropertyKey key) => _core.HasProperty(key);

    public override JsValue Get(in PropertyKey key, JsValue receiver) => _core.Get(key, receiver);

    public override bool Set(in PropertyKey key, JsValue value, JsValue receiver) => _core.Set(key, value, receiver);

    public override bool Delete(in PropertyKey key) => _core.Delete(key);

    public override void OwnPropertyKeys(List<PropertyKey> keys) => _core.OwnPropertyKeys(keys);

    protected internal override bool ProxyIsArray() => _core.IsArray();
}

/// <summary>A Proxy whose target is callable: it has [[Call]], and [[Construct]] when the target has it.</summary>
public sealed class JsCallableProxy : JsFunction, IJsProxy
{
    private readonly ProxyCore _core;
    private readonly bool _isConstructor;

    internal JsCallableProxy(Realm realm, JsFunction target, JsObject handler)
        : base(realm, null, Shape.DictionaryMode)
    {
        _core = new ProxyCore(realm, target, handler);
        _isConstructor = target.IsConstructor;
        _objectFlags |= ObjectFlags.ExoticLookup | ObjectFlags.ExoticPrototype | ObjectFlags.Proxy;
    }

    ProxyCore IJsProxy.Core => _core;

    /// <summary>[[ProxyTarget]] (null once revoked).</summary>
    public JsObject? ProxyTarget => _core.Target;

    /// <summary>[[ProxyHandler]] (null once revoked).</summary>
    public JsObject? ProxyHandler => _core.Handler;

    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments) => _core.Call(thisValue, arguments);

    public override bool IsConstructor => _isConstructor;

    public override JsValue Construct(ReadOnlySpan<JsValue> arguments, JsObject newTarget) =>
        _isConstructor ? _core.Construct(arguments, newTarget) : throw Realm.TypeError("proxy is not a constructor");

    public override JsObject? GetPrototypeOf() => _core.GetPrototypeOf();

    public override bool SetPrototypeOf(JsObject? value) => _core.SetPrototypeOf(value);

    public override bool IsExtensible() => _core.IsExtensible();

    public override bool PreventExtensions() => _core.PreventExtensions();

    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor descriptor) => _core.GetOwnProperty(key, out descriptor);

    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc) => _core.DefineOwnProperty(key, desc);

    public override bool HasProperty(in PropertyKey key) => _core.HasProperty(key);

    public override JsValue Get(in PropertyKey key, JsValue receiver) => _core.Get(key, receiver);

    public override bool Set(in PropertyKey key, JsValue value, JsValue receiver) => _core.Set(key, value, receiver);

    public override bool Delete(in PropertyKey key) => _core.Delete(key);

    public override void OwnPropertyKeys(List<PropertyKey> keys) => _core.OwnPropertyKeys(keys);

    protected internal override bool ProxyIsArray() => _core.IsArray();
}
