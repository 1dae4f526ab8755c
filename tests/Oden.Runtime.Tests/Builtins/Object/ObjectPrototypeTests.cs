namespace Oden.Runtime.Tests.Builtins.Object;

public class ObjectPrototypeTests
{
    [Fact]
    public void IsPrototypeOfAndPropertyIsEnumerable_Chain_AnswerLikeTheSpec()
    {
        Realm realm = TestHost.CreateRealm();
        var proto = realm.Obj();
        var o = new JsObject(proto);
        o.DefineOwnProperty("hidden", PropertyDescriptor.Data(1, PropertyFlags.Hidden));
        realm.With(o, ("shown", 2));
        Assert.True(realm.CallPath("Object.prototype.isPrototypeOf", proto, o).AsBoolean);
        Assert.True(realm.CallPath("Object.prototype.isPrototypeOf", realm.Intrinsics.ObjectPrototype, o).AsBoolean);
        Assert.False(realm.CallPath("Object.prototype.isPrototypeOf", o, proto).AsBoolean);
        Assert.False(realm.CallPath("Object.prototype.isPrototypeOf", proto, 1).AsBoolean);
        Assert.False(realm.CallPath("Object.prototype.propertyIsEnumerable", o, "hidden").AsBoolean);
        Assert.True(realm.CallPath("Object.prototype.propertyIsEnumerable", o, "shown").AsBoolean);
    }

    [Fact]
    public void ProtoAccessor_GetAndSet_ReadsAndChangesThePrototype()
    {
        Realm realm = TestHost.CreateRealm();
        var o = realm.Obj();
        var p = realm.Obj();
        Assert.Same(realm.Intrinsics.ObjectPrototype, o.Get("__proto__").AsObject);
        o.Set("__proto__", p);
        Assert.Same(p, o.GetPrototypeOf());
        o.Set("__proto__", 5);
        Assert.Same(p, o.GetPrototypeOf());
    }

    [Fact]
    public void DefineGetterAndLookup_Accessors_WorkThroughTheChain()
    {
        Realm realm = TestHost.CreateRealm();
        var getter = new JsLambda(realm, (_, _) => 42);
        var proto = realm.Obj();
        realm.CallPath("Object.prototype.__defineGetter__", proto, "x", getter);
        var o = new JsObject(proto);
        Assert.Equal(42d, o.Get("x").AsNumber);
        Assert.Same(getter, realm.CallPath("Object.prototype.__lookupGetter__", o, "x").AsObject);
        Assert.True(realm.CallPath("Object.prototype.__lookupSetter__", o, "x").IsUndefined);
    }

    [Theory]
    [InlineData("toLocaleString")]
    [InlineData("toString")]
    public void ToStringFamily_PlainObject_IsObjectObject(string method)
    {
        Realm realm = TestHost.CreateRealm();
        Assert.Equal("[object Object]", realm.CallPath("Object.prototype." + method, realm.Obj()).AsString());
    }
}
