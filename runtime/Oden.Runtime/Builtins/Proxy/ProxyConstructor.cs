// %Proxy% (no "prototype" property), Proxy.revocable and the revocation functions.
namespace Oden.Runtime.Builtins;

/// <summary>%Proxy%.</summary>
internal static partial class ProxyConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-proxy-target-handler"/>
    [JsConstructor("Proxy", Length = 2)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, throw a TypeError exception.
        if (newTarget is null) throw realm.TypeError("Constructor Proxy requires 'new'");

        // 2. Return ? ProxyCreate(target, handler).
        return ProxyCreate(realm, args.At(0), args.At(1));
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxycreate"/>
    internal static JsObject ProxyCreate(Realm realm, JsValue target, JsValue handler)
    {
        // 1-2. If target or handler is not an Object, throw a TypeError exception.
        if (target._ref is not JsObject targetObject || handler._ref is not JsObject handlerObject)
        {
            throw realm.TypeError("Cannot create proxy with a non-object as target or handler");
        }

        // 3-8. P = MakeBasicObject with the proxy internal methods; [[Call]] if IsCallable(target) (and
        // [[Construct]] if IsConstructor(target)); [[ProxyTarget]] = target, [[ProxyHandler]] = handler.
        return targetObject is JsFunction callable
            ? new JsCallableProxy(realm, callable, handlerObject)
            : new JsProxy(realm, targetObject, handlerObject);
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy.revocable"/>
    [JsFunction("revocable", Length = 2)]
    private static JsValue Revocable(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let proxy be ? ProxyCreate(target, handler).
        JsObject proxy = ProxyCreate(realm, args.At(0), args.At(1));

        // 2-4. Let revoker be CreateBuiltinFunction(revokerClosure, 0, "", « [[RevocableProxy]] »), with
        //      revoker.[[RevocableProxy]] = proxy.
        var revoker = new ProxyRevokerFunction(realm, (IJsProxy)proxy);

        // 5. Let result be OrdinaryObjectCreate(%Object.prototype%).
        var result = new JsObject(realm.Intrinsics.ObjectPrototype);

        // 6-7. Perform ! CreateDataPropertyOrThrow(result, "proxy", proxy) and (result, "revoke", revoker).
        result.FastAddProperty("proxy", proxy);
        result.FastAddProperty("revoke", revoker);

        // 8. Return result.
        return result;
    }
}

/// <summary>A Proxy revocation function: a builtin with a [[RevocableProxy]] slot.</summary>
internal sealed class ProxyRevokerFunction : JsFunction
{
    // The shape every builtin function starts with ("length", then "name"; both only configurable).
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Function)
        .AddProperty("length", PropertyFlags.Configurable)
        .AddProperty("name", PropertyFlags.Configurable);

    private IJsProxy? _revocableProxy;

    public ProxyRevokerFunction(Realm realm, IJsProxy proxy)
        : base(realm, realm.Intrinsics.FunctionPrototype, s_shape)
    {
        _slots[0] = JsValue.Zero;
        _slots[1] = JsValue.EmptyString;
        _revocableProxy = proxy;
    }

    /// <see href="https://tc39.es/ecma262/#sec-proxy.revocable"/> (revokerClosure)
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        // a-b. Let F be the active function object. Let p be F.[[RevocableProxy]].
        IJsProxy? p = _revocableProxy;

        // c. If p is null, return undefined.
        if (p is null) return default;

        // d. Set F.[[RevocableProxy]] to null.
        _revocableProxy = null;

        // e-g. Assert: p is a Proxy exotic object. Set p.[[ProxyTarget]] and p.[[ProxyHandler]] to null.
        p.Core.Revoke();

        // h. Return undefined.
        return default;
    }
}
