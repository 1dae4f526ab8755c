// The one argument of an Express-style handler: { req, res, next, fetch }. A fixed shape; `next` and `fetch`
// are lazy slots, so destructuring only { req, res } creates neither function.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal sealed class JsExpressContext : JsObject
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Other)
        .AddProperty("req", PropertyFlags.Default)
        .AddProperty("res", PropertyFlags.Default)
        .AddProperty("next", PropertyFlags.Default)
        .AddProperty("fetch", PropertyFlags.Default);

    private readonly JsExpressResponse _res;
    private readonly JsValue _fetch;

    public JsExpressContext(Realm realm, JsExpressRequest req, JsExpressResponse res, JsValue fetch)
        : base(realm.Intrinsics.ObjectPrototype, s_shape)
    {
        _res = res;
        _fetch = fetch;
        _slots[0] = req;
        _slots[1] = res;
        _slots[2] = JsValue.Lazy;
        _slots[3] = JsValue.Lazy;
    }

    protected internal override JsValue MaterializeLazy(in PropertyKey key)
    {
        JsValue value = key.Name == "next" ? new ExpressNextFunction(_res) : _fetch;
        StoreMaterialized(key, value);
        return value;
    }
}

/// <summary>next([err]): no argument passes the request to the next middleware; an error (anything but "route"/"router") fails it.</summary>
internal sealed class ExpressNextFunction : JsFunction
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Function)
        .AddProperty("length", PropertyFlags.Configurable)
        .AddProperty("name", PropertyFlags.Configurable);

    private readonly JsExpressResponse _res;

    public ExpressNextFunction(JsExpressResponse res)
        : base(res.ExchangeRealm, res.ExchangeRealm.Intrinsics.FunctionPrototype, s_shape)
    {
        _res = res;
        _slots[0] = JsValue.FromNumber(1);
        _slots[1] = "next";
    }

    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        JsValue error = arguments.At(0);
        if (_res.Exchange.IsClosed) return default;
        if (error.IsUndefined || error.IsNull || (error.IsString && error.AsString() is "route" or "router"))
        {
            if (_res.Started) throw Realm.Error("next() called after the response started");
            _res.Exchange.PassToNext();
        }
        else
        {
            _res.Exchange.Fail(error);
        }

        return default;
    }
}
