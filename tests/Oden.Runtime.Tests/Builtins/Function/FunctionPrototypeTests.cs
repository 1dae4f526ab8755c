namespace Oden.Runtime.Tests.Builtins.Function;

public class FunctionPrototypeTests
{
    /// <summary>A function (length 3, name "f") that returns [this, ...args].</summary>
    private static JsFunction Recorder(Realm realm)
    {
        var f = new JsLambda(realm, (t, a) => realm.Arr([t, .. a]));
        f.DefineDataProperty("length", 3, PropertyFlags.Configurable);
        f.DefineDataProperty("name", "f", PropertyFlags.Configurable);
        return f;
    }

    private static string Inspect(Realm realm, JsValue v) => Oden.Runtime.Builtins.Inspector.Inspect(realm, v);

    [Fact]
    public void Apply_ArrayLike_SpreadsIt()
    {
        Realm realm = TestHost.CreateRealm();
        JsFunction f = Recorder(realm);
        Assert.Equal("[ 'this', 1, 2 ]", Inspect(realm, realm.CallPath("Function.prototype.apply", f, "this", realm.Arr(1, 2))));
        Assert.Equal("[ 'this', 'a', undefined ]", Inspect(realm, realm.CallPath("Function.prototype.apply", f, "this", realm.Obj(("length", 2), ("0", "a")))));
        Assert.Equal("[ 'this' ]", Inspect(realm, realm.CallPath("Function.prototype.apply", f, "this", JsValue.Null)));
        Assert.Equal("TypeError: CreateListFromArrayLike called on non-object",
            RealmTestExtensions.ThrowsJs(() => realm.CallPath("Function.prototype.apply", f, "this", 1)));
    }

    [Fact]
    public void Bind_Arguments_PrependsThemAndFixesThis()
    {
        Realm realm = TestHost.CreateRealm();
        JsFunction f = Recorder(realm);
        JsValue bound = realm.CallPath("Function.prototype.bind", f, "bound-this", 1);
        Assert.Equal("bound f", bound.AsObject.Get("name").AsString());
        Assert.Equal(2d, bound.AsObject.Get("length").AsNumber);
        Assert.Equal("[ 'bound-this', 1, 2 ]", Inspect(realm, Operations.Call(realm, bound, "ignored", [2])));
        JsValue twice = realm.CallPath("Function.prototype.bind", bound, JsValue.Null, 2, 3, 4);
        Assert.Equal("bound bound f", twice.AsObject.Get("name").AsString());
        Assert.Equal(0d, twice.AsObject.Get("length").AsNumber);
        Assert.Equal("function () { [native code] }", realm.CallPath("Function.prototype.toString", bound).AsString());
    }

    [Fact]
    public void Bind_Constructor_ConstructsTheTargetIgnoringThis()
    {
        Realm realm = TestHost.CreateRealm();
        JsValue numberCtor = realm.GetPath("Number");
        JsValue bound = realm.CallPath("Function.prototype.bind", numberCtor, "ignored", 7);
        Assert.True(Operations.IsConstructor(bound));
        JsValue made = Operations.Construct(realm, bound, ReadOnlySpan<JsValue>.Empty);
        Assert.Equal("[Number: 7]", Inspect(realm, made));
        Assert.True(Operations.InstanceOf(realm, made, bound));
    }

    [Fact]
    public void ToString_Builtin_IsNativeCode()
    {
        Realm realm = TestHost.CreateRealm();
        Assert.Equal("function max() { [native code] }", realm.CallPath("Function.prototype.toString", realm.GetPath("Math.max")).AsString());
        Assert.Equal("TypeError: Function.prototype.toString requires that 'this' be a Function",
            RealmTestExtensions.ThrowsJs(() => realm.CallPath("Function.prototype.toString", realm.Obj())));
    }

    [Fact]
    public void HasInstance_Property_IsFrozenAndWorks()
    {
        Realm realm = TestHost.CreateRealm();
        JsObject fp = realm.Intrinsics.FunctionPrototype;
        Assert.True(fp.GetOwnProperty(PropertyKey.FromSymbol(JsSymbol.HasInstance), out PropertyDescriptor d));
        Assert.False(d.Writable || d.Enumerable || d.Configurable);
        JsValue arr = realm.Arr();
        Assert.True(d.Value.AsObject is JsFunction f && f.Call1(realm.GetPath("Array"), arr).AsBoolean);
        Assert.Equal("[Symbol.hasInstance]", d.Value.AsObject.Get("name").AsString());
    }
}
