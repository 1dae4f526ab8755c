using Oden.Runtime;
using Oden.Runtime.CompilerServices;

namespace Oden.Runtime.Tests.CompilerServices;

public class InlineCacheTests
{
    private static JsObject Point(Realm realm, double x, double y)
    {
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        o.Set("x", x);
        o.Set("y", y);
        return o;
    }

    [Fact]
    public void GetNamed_OwnProperty_MissesOnceThenHits()
    {
        var realm = new Realm();
        var site = new PropertySite("y");
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(i, Ops.GetNamed(realm, Point(realm, 0, i), site).AsNumber);
        }

        Assert.Equal(1, site.Misses);
    }

    [Fact]
    public void GetNamed_WarmedInOneRealm_HitsInAnother()
    {
        var r1 = new Realm();
        var r2 = new Realm();
        var site = new PropertySite("x");
        Ops.GetNamed(r1, Point(r1, 1, 2), site);
        Assert.Equal(5, Ops.GetNamed(r2, Point(r2, 5, 6), site).AsNumber);
        Assert.Equal(1, site.Misses);
    }

    [Fact]
    public void GetNamed_PrototypeHit_SeesChangesToThePrototype()
    {
        var realm = new Realm();
        var proto = new JsObject(realm.Intrinsics.ObjectPrototype);
        proto.Set("m", 1);
        var site = new PropertySite("m");
        var a = new JsObject(proto);
        Assert.Equal(1, Ops.GetNamed(realm, a, site).AsNumber);
        Assert.Equal(1, Ops.GetNamed(realm, new JsObject(proto), site).AsNumber);
        Assert.Equal(1, site.Misses);

        // Shadowing on the prototype's own slot is seen (same shape, new value).
        proto.Set("m", 2);
        Assert.Equal(2, Ops.GetNamed(realm, a, site).AsNumber);

        // An own property on the receiver changes its shape: miss, then the own value.
        a.Set("m", 3);
        Assert.Equal(3, Ops.GetNamed(realm, a, site).AsNumber);
    }

    [Fact]
    public void GetNamed_AbsentProperty_CachedUntilAPrototypeGainsIt()
    {
        var realm = new Realm();
        var proto = new JsObject(realm.Intrinsics.ObjectPrototype);
        var o = new JsObject(proto);
        var site = new PropertySite("later");
        Assert.True(Ops.GetNamed(realm, o, site).IsUndefined);
        Assert.True(Ops.GetNamed(realm, o, site).IsUndefined);
        proto.Set("later", 7);
        Assert.Equal(7, Ops.GetNamed(realm, o, site).AsNumber);
    }

    [Fact]
    public void SetNamed_AddTransition_IsCached_AndRespectsSetters()
    {
        var realm = new Realm();
        var site = new PropertySite("z");
        for (int i = 0; i < 10; i++)
        {
            var o = Point(realm, 1, 2);
            Ops.SetNamed(realm, o, site, i);
            Assert.Equal(i, o.Get("z").AsNumber);
        }

        Assert.Equal(1, site.Misses);

        // A setter added to Object.prototype must now be called instead of adding.
        JsValue seen = default;
        var setter = new TestFunction(realm, (t, args) => { seen = args[0]; return default; });
        realm.Intrinsics.ObjectPrototype.DefineAccessorProperty("z", null, setter, PropertyFlags.Configurable);
        var p = Point(realm, 1, 2);
        Ops.SetNamed(realm, p, site, 42);
        Assert.Equal(42, seen.AsNumber);
        Assert.False(p.GetOwnProperty("z", out _));
    }

    [Fact]
    public void SetNamedStrict_ReadOnly_Throws()
    {
        var realm = new Realm();
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        o.DefineDataProperty("ro", 1, PropertyFlags.Enumerable);
        var site = new PropertySite("ro");
        Ops.SetNamed(realm, o, site, 2);
        Assert.Equal(1, o.Get("ro").AsNumber);
        var ex = Assert.Throws<JsException>(() => Ops.SetNamedStrict(realm, o, site, 2));
        Assert.StartsWith("TypeError", ex.Message);
    }

    [Fact]
    public void Polymorphic_ThenMegamorphic()
    {
        var realm = new Realm();
        var site = new PropertySite("v");
        for (int shape = 0; shape < 6; shape++)
        {
            var o = new JsObject(realm.Intrinsics.ObjectPrototype);
            o.Set("pad" + shape, 0);
            o.Set("v", shape);
            Assert.Equal(shape, Ops.GetNamed(realm, o, site).AsNumber);
        }

        Assert.True(site.IsMegamorphic);
    }

    [Fact]
    public void ArrayLength_IsNeverCachedAsASlot()
    {
        var realm = new Realm();
        var site = new PropertySite("length");
        var a = JsArray.Create(realm);
        Assert.Equal(0, Ops.GetNamed(realm, a, site).AsNumber);
        a.Push(1);
        Assert.Equal(1, Ops.GetNamed(realm, a, site).AsNumber);
    }

    [Fact]
    public void Global_Lazy_IntrinsicsMaterializeOnFirstRead()
    {
        var realm = new Realm();
        var site = new PropertySite("Math");
        JsValue math = Ops.GetGlobal(realm, site);
        Assert.Same(realm.Intrinsics.Math, math.AsObject);
        Assert.Throws<JsException>(() => Ops.GetGlobal(realm, new PropertySite("nope")));
    }

    private sealed class TestFunction(Realm realm, Func<JsValue, JsValue[], JsValue> body)
        : JsFunction(realm, realm.Intrinsics.FunctionPrototype, Shape.Root(ShapeKind.Function))
    {
        public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments) => body(thisValue, arguments.ToArray());
    }
}
