// Object's static methods, checked through the JS-visible functions; expected values are what node prints.
namespace Oden.Runtime.Tests.Builtins.Object;

public class ObjectConstructorTests
{
    private static string Inspect(Realm realm, JsValue v) => Oden.Runtime.Builtins.Inspector.Inspect(realm, v);

    [Fact]
    public void KeysValuesEntries_MixedKeys_ListEnumerableStringKeysInOrder()
    {
        Realm realm = TestHost.CreateRealm();
        var o = realm.Obj(("b", 1), ("2", "two"), ("a", true), (new JsSymbol("s"), 0), ("1", "one"));
        o.DefineOwnProperty("hidden", PropertyDescriptor.Data(9, PropertyFlags.Hidden));
        Assert.Equal("[ '1', '2', 'b', 'a' ]", Inspect(realm, realm.CallStatic("Object.keys", o)));
        Assert.Equal("[ 'one', 'two', 1, true ]", Inspect(realm, realm.CallStatic("Object.values", o)));
        Assert.Equal("[ [ '1', 'one' ], [ '2', 'two' ], [ 'b', 1 ], [ 'a', true ] ]", Inspect(realm, realm.CallStatic("Object.entries", o)));
        Assert.Equal("[ '1', '2', 'b', 'a', 'hidden' ]", Inspect(realm, realm.CallStatic("Object.getOwnPropertyNames", o)));
        Assert.Equal("[ Symbol(s) ]", Inspect(realm, realm.CallStatic("Object.getOwnPropertySymbols", o)));
    }

    [Fact]
    public void Keys_String_ListsIndices()
    {
        Realm realm = TestHost.CreateRealm();
        Assert.Equal("[ '0', '1' ]", Inspect(realm, realm.CallStatic("Object.keys", "ab")));
        Assert.Equal("TypeError: Cannot convert undefined to object", RealmTestExtensions.ThrowsJs(() => realm.CallStatic("Object.keys")));
    }

    [Fact]
    public void DefineProperty_Descriptor_RoundTripsThroughGetOwnPropertyDescriptor()
    {
        Realm realm = TestHost.CreateRealm();
        var o = realm.Obj();
        realm.CallStatic("Object.defineProperty", o, "x", realm.Obj(("value", 1), ("enumerable", true)));
        Assert.Equal("{ value: 1, writable: false, enumerable: true, configurable: false }",
            Inspect(realm, realm.CallStatic("Object.getOwnPropertyDescriptor", o, "x")));
        Assert.Equal("TypeError: Cannot redefine property: x",
            RealmTestExtensions.ThrowsJs(() => realm.CallStatic("Object.defineProperty", o, "x", realm.Obj(("value", 2)))));
        Assert.Equal("TypeError: Object.defineProperty called on non-object",
            RealmTestExtensions.ThrowsJs(() => realm.CallStatic("Object.defineProperty", 1, "x", realm.Obj())));
        Assert.Equal("{\n  x: { value: 1, writable: false, enumerable: true, configurable: false }\n}",
            Inspect(realm, realm.CallStatic("Object.getOwnPropertyDescriptors", o)));
    }

    [Fact]
    public void Create_WithProperties_DefinesThem()
    {
        Realm realm = TestHost.CreateRealm();
        var proto = realm.Obj(("kind", "proto"));
        JsValue o = realm.CallStatic("Object.create", proto, realm.Obj(("a", realm.Obj(("value", 1), ("enumerable", true))), ("b", realm.Obj(("value", 2)))));
        Assert.Same(proto, o.AsObject.GetPrototypeOf());
        Assert.Equal("{ a: 1 }", Inspect(realm, o));
        Assert.Equal("[Object: null prototype] {}", Inspect(realm, realm.CallStatic("Object.create", JsValue.Null)));
        Assert.Equal("TypeError: Object prototype may only be an Object or null: 1",
            RealmTestExtensions.ThrowsJs(() => realm.CallStatic("Object.create", 1)));
    }

    [Fact]
    public void FreezeAndSeal_Object_ChangeAttributesAndTests()
    {
        Realm realm = TestHost.CreateRealm();
        var frozen = realm.Obj(("a", 1));
        var sealedObject = realm.Obj(("a", 1));
        var array = realm.Arr(1, 2);
        realm.CallStatic("Object.freeze", frozen);
        realm.CallStatic("Object.seal", sealedObject);
        realm.CallStatic("Object.freeze", array);
        Assert.True(realm.CallStatic("Object.isFrozen", frozen).AsBoolean);
        Assert.True(realm.CallStatic("Object.isSealed", frozen).AsBoolean);
        Assert.False(realm.CallStatic("Object.isFrozen", sealedObject).AsBoolean);
        Assert.True(realm.CallStatic("Object.isSealed", sealedObject).AsBoolean);
        Assert.True(realm.CallStatic("Object.isFrozen", array).AsBoolean);
        Assert.False(frozen.Set("a", 2));
        Assert.True(sealedObject.Set("a", 2));
        Assert.False(sealedObject.Set("b", 2));
        Assert.False(array.Set(PropertyKey.FromIndex(0), 5));
        Assert.True(realm.CallStatic("Object.isFrozen", 1).AsBoolean);
        Assert.False(realm.CallStatic("Object.isExtensible", 1).AsBoolean);
    }

    [Fact]
    public void PreventExtensions_Object_StopsAdditions()
    {
        Realm realm = TestHost.CreateRealm();
        var o = realm.Obj(("a", 1));
        realm.CallStatic("Object.preventExtensions", o);
        Assert.False(realm.CallStatic("Object.isExtensible", o).AsBoolean);
        Assert.False(realm.CallStatic("Object.isFrozen", o).AsBoolean);
        Assert.False(o.Set("b", 1));
    }

    [Fact]
    public void Assign_Sources_CopiesOwnEnumerableInOrder()
    {
        Realm realm = TestHost.CreateRealm();
        var target = realm.Obj(("a", 1));
        JsValue result = realm.CallStatic("Object.assign", target, realm.Obj(("b", 2)), JsValue.Null, "xy", realm.Obj(("a", 3), (new JsSymbol("s"), 4)));
        Assert.Same(target, result.AsObject);
        Assert.Equal("{ '0': 'x', '1': 'y', a: 3, b: 2, [Symbol(s)]: 4 }", Inspect(realm, target));
    }

    [Theory]
    [InlineData("NaN", "NaN", true)]
    [InlineData("0", "-0", false)]
    [InlineData("-0", "-0", true)]
    [InlineData("1", "1", true)]
    public void Is_Numbers_UsesSameValue(string a, string b, bool expected)
    {
        Realm realm = TestHost.CreateRealm();
        Assert.Equal(expected, realm.CallStatic("Object.is", Js.Parse(a), Js.Parse(b)).AsBoolean);
    }

    [Fact]
    public void SetPrototypeOf_Cycle_ThrowsTypeError()
    {
        Realm realm = TestHost.CreateRealm();
        var a = realm.Obj();
        var b = realm.Obj();
        realm.CallStatic("Object.setPrototypeOf", a, b);
        Assert.Same(b, a.GetPrototypeOf());
        Assert.Equal("TypeError: Cyclic __proto__ value", RealmTestExtensions.ThrowsJs(() => realm.CallStatic("Object.setPrototypeOf", b, a)));
        realm.CallStatic("Object.preventExtensions", b);
        Assert.Equal("TypeError: #<Object> is not extensible", RealmTestExtensions.ThrowsJs(() => realm.CallStatic("Object.setPrototypeOf", b, JsValue.Null)));
        Assert.Equal(1d, realm.CallStatic("Object.setPrototypeOf", 1, JsValue.Null).AsNumber);
    }

    [Fact]
    public void FromEntries_IteratorProtocol_BuildsObjectAndClosesOnError()
    {
        Realm realm = TestHost.CreateRealm();
        // An iterable whose iterator yields [k, v] pairs, then 5 (not an entry object).
        var items = new JsValue[] { realm.Arr("a", 1), realm.Arr("b", 2) };
        bool closed = false;
        JsObject MakeIterable(bool bad)
        {
            int i = 0;
            var iterator = realm.Obj();
            iterator.Set("next", new JsLambda(realm, (_, _) =>
            {
                if (i < items.Length) return realm.Obj(("value", items[i++]), ("done", false));
                if (bad && i++ == items.Length) return realm.Obj(("value", 5), ("done", false));
                return realm.Obj(("done", true));
            }));
            iterator.Set("return", new JsLambda(realm, (_, _) => { closed = true; return realm.Obj(); }));
            var iterable = realm.Obj();
            iterable.Set(PropertyKey.FromSymbol(JsSymbol.Iterator), new JsLambda(realm, (_, _) => iterator));
            return iterable;
        }

        Assert.Equal("{ a: 1, b: 2 }", Inspect(realm, realm.CallStatic("Object.fromEntries", MakeIterable(false))));
        Assert.False(closed);
        Assert.Equal("TypeError: Iterator value 5 is not an entry object", RealmTestExtensions.ThrowsJs(() => realm.CallStatic("Object.fromEntries", MakeIterable(true))));
        Assert.True(closed);
        Assert.Equal("TypeError: undefined is not iterable", RealmTestExtensions.ThrowsJs(() => realm.CallStatic("Object.fromEntries")));
    }

    [Fact]
    public void HasOwn_Keys_ChecksOwnProperties()
    {
        Realm realm = TestHost.CreateRealm();
        var o = realm.Obj(("a", 1));
        Assert.True(realm.CallStatic("Object.hasOwn", o, "a").AsBoolean);
        Assert.False(realm.CallStatic("Object.hasOwn", o, "toString").AsBoolean);
    }
}
