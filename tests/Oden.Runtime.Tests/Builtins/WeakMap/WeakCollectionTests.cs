// WeakMap and WeakSet: object and unregistered-symbol keys only, get/set/has/delete/add, constructors from
// iterables, and keys that are not kept alive. Expected values from node 20:
//   const o = {}, s = Symbol("s"), r = Symbol.for("r"); const wm = new WeakMap([[o, 1]]);
//   wm.get(o) | wm.has(o) | wm.set(s, 2) === wm | wm.get(s) | wm.set(r, 3) | wm.set(1, 3) | wm.get(1) | wm.has("x")
//   | wm.delete(o) | wm.delete(o) | wm.has(o) | wm.set(Symbol.iterator, 5).get(Symbol.iterator)
//   → 1 | true | true | 2 | TypeError: Invalid value used as weak map key | (same) | undefined | false | true | false | false | 5
using System.Runtime.CompilerServices;
using Oden.Runtime;
using Oden.Runtime.Builtins;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;
using static Oden.Runtime.Tests.Builtins.CollectionKit;

namespace Oden.Runtime.Tests.Builtins;

public class WeakCollectionTests
{
    private static string Try(Realm realm, Func<JsValue> f)
    {
        JsValue result = default;
        return ThrownError(() => result = f()) ?? Show(realm, result);
    }

    [Fact]
    public void WeakMap_Operations_MatchNode()
    {
        Realm realm = NewRealm();
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        var s = new JsSymbol("s");
        JsValue r = CallMethod(realm, realm.Intrinsics.SymbolConstructor, "for", default, "r");
        JsValue wm = New(realm, "WeakMap", Operations.CreateArrayFromList(realm, [Operations.CreateArrayFromList(realm, [o, 1])]));
        string actual = string.Join(" | ",
            Try(realm, () => Call(realm, wm, "get", o)),
            Try(realm, () => Call(realm, wm, "has", o)),
            Try(realm, () => ReferenceEquals(Call(realm, wm, "set", s, 2).AsObject, wm.AsObject)),
            Try(realm, () => Call(realm, wm, "get", s)),
            Try(realm, () => Call(realm, wm, "set", r, 3)),
            Try(realm, () => Call(realm, wm, "set", 1, 3)),
            Try(realm, () => Call(realm, wm, "get", 1)),
            Try(realm, () => Call(realm, wm, "has", "x")),
            Try(realm, () => Call(realm, wm, "delete", o)),
            Try(realm, () => Call(realm, wm, "delete", o)),
            Try(realm, () => Call(realm, wm, "has", o)),
            Try(realm, () => Call(realm, Call(realm, wm, "set", JsSymbol.Iterator, 5), "get", JsSymbol.Iterator)));
        Assert.Equal("1 | true | true | 2 | TypeError: Invalid value used as weak map key | TypeError: Invalid value used as weak map key"
            + " | undefined | false | true | false | false | 5", actual);
    }

    // const ws = new WeakSet([o]); ws.has(o) | ws.add(s) === ws | ws.has(s) | ws.add(r) | ws.add(null) | ws.delete(o) | ws.has(o) | ws.delete(1)
    [Fact]
    public void WeakSet_Operations_MatchNode()
    {
        Realm realm = NewRealm();
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        var s = new JsSymbol("s");
        JsValue r = CallMethod(realm, realm.Intrinsics.SymbolConstructor, "for", default, "r");
        JsValue ws = New(realm, "WeakSet", Operations.CreateArrayFromList(realm, [o]));
        string actual = string.Join(" | ",
            Try(realm, () => Call(realm, ws, "has", o)),
            Try(realm, () => ReferenceEquals(Call(realm, ws, "add", s).AsObject, ws.AsObject)),
            Try(realm, () => Call(realm, ws, "has", s)),
            Try(realm, () => Call(realm, ws, "add", r)),
            Try(realm, () => Call(realm, ws, "add", JsValue.Null)),
            Try(realm, () => Call(realm, ws, "delete", o)),
            Try(realm, () => Call(realm, ws, "has", o)),
            Try(realm, () => Call(realm, ws, "delete", 1)));
        Assert.Equal("true | true | true | TypeError: Invalid value used in weak set | TypeError: Invalid value used in weak set | true | false | false", actual);
    }

    [Theory]
    [InlineData("WeakMap()", "TypeError: Constructor WeakMap requires 'new'")]
    [InlineData("WeakSet()", "TypeError: Constructor WeakSet requires 'new'")]
    [InlineData("new WeakMap([1])", "TypeError: Iterator value 1 is not an entry object")]
    [InlineData("new WeakSet([1])", "TypeError: Invalid value used in weak set")]
    [InlineData("WeakMap.prototype.set.call({}, {}, 1)", "TypeError: Method WeakMap.prototype.set called on incompatible receiver #<Object>")]
    [InlineData("WeakSet.prototype.add.call(new WeakMap(), {})", "TypeError: Method WeakSet.prototype.add called on incompatible receiver #<WeakMap>")]
    public void Errors_MatchNode(string what, string expected)
    {
        Realm realm = NewRealm();
        var plain = new JsObject(realm.Intrinsics.ObjectPrototype);
        Action action = what switch
        {
            "WeakMap()" => () => realm.Intrinsics.WeakMapConstructor.Call(default, []),
            "WeakSet()" => () => realm.Intrinsics.WeakSetConstructor.Call(default, []),
            "new WeakMap([1])" => () => New(realm, "WeakMap", Parse(realm, "[1]")),
            "new WeakSet([1])" => () => New(realm, "WeakSet", Parse(realm, "[1]")),
            "WeakMap.prototype.set.call({}, {}, 1)" => () => CallMethod(realm, realm.Intrinsics.WeakMapPrototype, "set", plain, plain, 1),
            _ => () => CallMethod(realm, realm.Intrinsics.WeakSetPrototype, "add", New(realm, "WeakMap"), plain),
        };
        Assert.Equal(expected, ThrownError(action));
    }

    [Fact]
    public void PropertyTables_MatchNode()
    {
        // Reflect.ownKeys(WeakMap.prototype), Reflect.ownKeys(WeakSet.prototype), toString tags, lengths.
        Realm realm = NewRealm();
        Assert.Equal("constructor,delete,get,set,has,Symbol(Symbol.toStringTag)",
            string.Join(",", realm.Intrinsics.WeakMapPrototype.OwnPropertyKeys().Select(k => k.ToString())));
        Assert.Equal("constructor,delete,has,add,Symbol(Symbol.toStringTag)",
            string.Join(",", realm.Intrinsics.WeakSetPrototype.OwnPropertyKeys().Select(k => k.ToString())));
        Assert.Equal("[object WeakMap] [object WeakSet] 0 0 2 1", string.Join(" ",
            CallMethod(realm, realm.Intrinsics.ObjectPrototype, "toString", New(realm, "WeakMap")).AsString(),
            CallMethod(realm, realm.Intrinsics.ObjectPrototype, "toString", New(realm, "WeakSet")).AsString(),
            Show(realm, realm.Intrinsics.WeakMapConstructor.Get("length")),
            Show(realm, realm.Intrinsics.WeakSetConstructor.Get("length")),
            Show(realm, realm.Intrinsics.WeakMapPrototype.Get("set").AsObject.Get("length")),
            Show(realm, realm.Intrinsics.WeakSetPrototype.Get("add").AsObject.Get("length"))));
    }

    [Fact]
    public void WeakMap_EntryWhoseValueRefersToKey_DoesNotKeepKeyAlive()
    {
        Realm realm = NewRealm();
        JsValue wm = New(realm, "WeakMap");
        JsValue ws = New(realm, "WeakSet");
        WeakReference key = AddCyclicEntry(realm, wm, ws);
        for (int i = 0; i < 10 && key.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(key.IsAlive);
        GC.KeepAlive(wm);
        GC.KeepAlive(ws);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference AddCyclicEntry(Realm realm, JsValue wm, JsValue ws)
    {
        var key = new JsObject(realm.Intrinsics.ObjectPrototype);
        var value = new JsObject(realm.Intrinsics.ObjectPrototype);
        value.FastAddProperty("back", key);
        Call(realm, wm, "set", key, value);
        Call(realm, ws, "add", key);
        Assert.True(Call(realm, wm, "has", key).AsBoolean);
        return new WeakReference(key);
    }
}
