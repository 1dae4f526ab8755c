namespace Oden.Runtime.Tests.Builtins.Symbol;

public class SymbolTests
{
    [Fact]
    public void For_SameKey_ReturnsSameSymbolAcrossRealms()
    {
        Realm a = TestHost.CreateRealm();
        Realm b = TestHost.CreateRealm();
        JsValue s1 = a.CallStatic("Symbol.for", "app.key");
        JsValue s2 = b.CallStatic("Symbol.for", "app.key");
        Assert.True(Operations.SameValue(s1, s2));
        Assert.Equal("app.key", a.CallStatic("Symbol.keyFor", s1).AsString());
        Assert.True(a.CallStatic("Symbol.keyFor", new JsSymbol("app.key")).IsUndefined);
        Assert.Equal("TypeError: x is not a symbol", RealmTestExtensions.ThrowsJs(() => a.CallStatic("Symbol.keyFor", "x")));
    }

    [Fact]
    public void ToPrimitive_SymbolObject_ReturnsTheSymbol()
    {
        Realm realm = TestHost.CreateRealm();
        var sym = new JsSymbol("d");
        JsValue boxed = Operations.ToObject(realm, sym);
        JsValue method = realm.Intrinsics.SymbolPrototype.Get(PropertyKey.FromSymbol(JsSymbol.ToPrimitive));
        Assert.Same(sym, Operations.Call(realm, method, boxed, ["number"]).AsSymbol);
        Assert.Same(sym, Operations.ToPrimitive(realm, boxed).AsSymbol);
        Assert.True(realm.Intrinsics.SymbolPrototype.GetOwnProperty(PropertyKey.FromSymbol(JsSymbol.ToPrimitive), out PropertyDescriptor d));
        Assert.False(d.Writable);
        Assert.True(d.Configurable);
    }
}
