// Map: SameValueZero keys (-0/NaN), insertion order, live iteration during mutation, constructor from
// iterables, the property table. Expected values come from node 20 (see CollectionKit for the row format).
using Oden.Runtime;
using Oden.Runtime.Builtins;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;
using static Oden.Runtime.Tests.Builtins.CollectionKit;

namespace Oden.Runtime.Tests.Builtins;

public class MapTests
{
    [Theory]
    [InlineData("Map", "", "set(-0, \"a\")|get(0)|get(-0)|has(0)|...keys()", "{} \"a\" \"a\" true [0]")]
    [InlineData("Map", "", "set(NaN, 1)|set(NaN, 2)|size|get(NaN)|...entries()", "{} {} 1 2 [[NaN,2]]")]
    [InlineData("Map", "", "set(\"1\", \"s\")|set(1, \"n\")|size|get(\"1\")|get(1)", "{} {} 2 \"s\" \"n\"")]
    [InlineData("Map", "", "set({}, 1)|get({})|size", "{} undefined 1")]
    [InlineData("Map", "", "set(1, 1)|set(2, 2)|delete(1)|delete(1)|has(1)|size|clear()|size|...keys()", "{} {} true false false 1 undefined 0 []")]
    [InlineData("Map", "", "set(\"a\", 1)|set(\"b\", 2)|set(\"c\", 3)|delete(\"a\")|set(\"a\", 4)|set(\"b\", 5)|...entries()", "{} {} {} true {} {} [[\"b\",5],[\"c\",3],[\"a\",4]]")]
    [InlineData("Map", "", "set(undefined, 1)|set(null, 2)|set(true, 3)|set(false, 4)|get()|get(null)|get(true)|get(false)|get(0)|get(\"\")|size", "{} {} {} {} 1 2 3 4 undefined undefined 4")]
    [InlineData("Map", "", "set(0, \"zero\")|get(-0)|delete(-0)|size", "{} \"zero\" true 0")]
    [InlineData("Map", "", "set(1, \"a\")|...values()|...keys()|...entries()", "{} [\"a\"] [1] [[1,\"a\"]]")]
    [InlineData("Map", "[[1, \"a\"], [1, \"b\"], [-0, \"c\"], [NaN, \"d\"]]", "size|...entries()", "3 [[1,\"b\"],[0,\"c\"],[NaN,\"d\"]]")]
    [InlineData("Map", "[]", "size", "0")]
    [InlineData("Map", "null", "size", "0")]
    [InlineData("Map", "[[\"k\"]]", "...entries()", "[[\"k\",undefined]]")]
    [InlineData("Map", "[\"ab\"]", "...entries()", "TypeError: Iterator value ab is not an entry object")]
    public void Operations_Sequence_MatchesNode(string constructor, string init, string ops, string expected)
    {
        Realm realm = NewRealm();
        Assert.Equal(expected, CollectionKit.Run(realm, constructor, init, ops));
    }

    // const m = new Map([[1,'a'],[2,'b'],[3,'c']]); const seen = [];
    // m.forEach((v,k) => { seen.push(k + v); if (k===1) { m.delete(2); m.set(4,'d'); } if (k===3) m.set(1,'z'); });
    [Fact]
    public void ForEach_DeleteAheadAndAppend_SkipsDeletedVisitsAdded()
    {
        Realm realm = NewRealm();
        JsValue m = New(realm, "Map", Parse(realm, "[[1,\"a\"],[2,\"b\"],[3,\"c\"]]"));
        var seen = new List<string>();
        var callback = Fn(realm, a =>
        {
            double k = a[1].AsNumber;
            seen.Add(NumberFormatting.ToString(k) + a[0].AsString());
            if (k == 1)
            {
                Call(realm, m, "delete", 2);
                Call(realm, m, "set", 4, "d");
            }

            if (k == 3) Call(realm, m, "set", 1, "z");
            return default;
        });
        Call(realm, m, "forEach", callback);
        Assert.Equal("1a 3c 4d", string.Join(" ", seen));
    }

    // const it = m.keys(); it.next(); m.clear(); it.next(); m.set(5,5); it.next();
    [Fact]
    public void Iterator_ClearThenAdd_StaysDone()
    {
        Realm realm = NewRealm();
        JsValue m = New(realm, "Map", Parse(realm, "[[1,1],[2,2],[3,3]]"));
        JsValue it = Call(realm, m, "keys");
        Assert.Equal("{\"value\":1,\"done\":false}", Next(realm, it));
        Call(realm, m, "clear");
        Assert.Equal("{\"done\":true}", Next(realm, it));
        Call(realm, m, "set", 5, 5);
        Assert.Equal("{\"done\":true}", Next(realm, it));
    }

    // it.next(); m.clear(); m.set(7,7); it.next() → 7; it.next() → done
    [Fact]
    public void Iterator_ClearThenAddBeforeNext_VisitsNewEntry()
    {
        Realm realm = NewRealm();
        JsValue m = New(realm, "Map", Parse(realm, "[[1,1],[2,2],[3,3]]"));
        JsValue it = Call(realm, m, "keys");
        Assert.Equal("{\"value\":1,\"done\":false}", Next(realm, it));
        Call(realm, m, "clear");
        Call(realm, m, "set", 7, 7);
        Assert.Equal("{\"value\":7,\"done\":false}", Next(realm, it));
        Assert.Equal("{\"done\":true}", Next(realm, it));
    }

    // const m = new Map([["a",1]]); const it = m.entries(); m.delete("a"); m.set("b", 2); [it.next(), it.next()]
    [Fact]
    public void Iterator_DeleteOnlyEntryThenAdd_VisitsNewEntry()
    {
        Realm realm = NewRealm();
        JsValue m = New(realm, "Map", Parse(realm, "[[\"a\",1]]"));
        JsValue it = Call(realm, m, "entries");
        Call(realm, m, "delete", "a");
        Call(realm, m, "set", "b", 2);
        Assert.Equal("{\"value\":[\"b\",2],\"done\":false}", Next(realm, it));
        Assert.Equal("{\"done\":true}", Next(realm, it));
    }

    [Fact]
    public void ManyEntries_GrowDeleteAndReAdd_KeepInsertionOrder()
    {
        Realm realm = NewRealm();
        JsValue m = New(realm, "Map");
        for (int i = 0; i < 1000; i++) Call(realm, m, "set", i, "v" + i);
        for (int i = 0; i < 1000; i += 2) Call(realm, m, "delete", i);
        for (int i = 0; i < 10; i += 2) Call(realm, m, "set", i, "again");
        Assert.Equal(505.0, Operations.GetV(realm, m, "size").AsNumber);
        List<JsValue> keys = Drain(realm, Call(realm, m, "keys"));
        Assert.Equal("1,3,5", string.Join(",", keys.Take(3).Select(k => Show(realm, k))));
        Assert.Equal("999,0,2,4,6,8", string.Join(",", keys.Skip(499).Select(k => Show(realm, k))));
        for (int i = 1; i < 1000; i += 2) Assert.Equal("v" + i, Call(realm, m, "get", i).AsString());
    }

    [Fact]
    public void ToStringTag_MatchesNode()
    {
        // Object.prototype.toString.call(new Map().entries()), (new Map()), Object.getPrototypeOf(new Map().keys())
        Realm realm = NewRealm();
        JsValue map = New(realm, "Map");
        JsValue it = Call(realm, map, "entries");
        Assert.Equal("[object Map Iterator]", CallMethod(realm, realm.Intrinsics.ObjectPrototype, "toString", it).AsString());
        Assert.Equal("[object Map]", CallMethod(realm, realm.Intrinsics.ObjectPrototype, "toString", map).AsString());
        Assert.Equal("[object Map Iterator]", CallMethod(realm, realm.Intrinsics.ObjectPrototype, "toString", it.AsObject.GetPrototypeOf()!).AsString());
        Assert.Same(realm.Intrinsics.IteratorPrototype, it.AsObject.GetPrototypeOf()!.GetPrototypeOf());
    }

    [Theory]
    [InlineData("Map()", "TypeError: Constructor Map requires 'new'")]
    [InlineData("Map.prototype.get.call({})", "TypeError: Method Map.prototype.get called on incompatible receiver #<Object>")]
    [InlineData("Map.prototype.set.call(new Set())", "TypeError: Method Map.prototype.set called on incompatible receiver #<Set>")]
    [InlineData("size getter on a Set", "TypeError: Method get Map.prototype.size called on incompatible receiver #<Set>")]
    [InlineData("new Map().forEach(1)", "TypeError: 1 is not a function")]
    public void Errors_MatchNode(string what, string expected)
    {
        Realm realm = NewRealm();
        JsObject proto = realm.Intrinsics.MapPrototype;
        JsValue set = New(realm, "Set");
        proto.GetOwnProperty("size", out PropertyDescriptor size);
        Action action = what switch
        {
            "Map()" => () => realm.Intrinsics.MapConstructor.Call(default, []),
            "Map.prototype.get.call({})" => () => CallMethod(realm, proto, "get", new JsObject(realm.Intrinsics.ObjectPrototype)),
            "Map.prototype.set.call(new Set())" => () => CallMethod(realm, proto, "set", set),
            "size getter on a Set" => () => size.Get!.Call0(set),
            _ => () => Call(realm, New(realm, "Map"), "forEach", 1),
        };
        Assert.Equal(expected, ThrownError(action));
    }

    // const it = { [Symbol.iterator]() { return { next() { return { done: false, value: 5 }; }, return() { calls.push("return"); return {}; } }; } };
    // new Map(it) → calls: ["return", "Iterator value 5 is not an entry object"]
    [Fact]
    public void Constructor_NonObjectEntry_ClosesIteratorAndThrows()
    {
        Realm realm = NewRealm();
        var calls = new List<string>();
        var iterator = new JsObject(realm.Intrinsics.ObjectPrototype);
        iterator.FastAddProperty("next", Fn(realm, _ => IteratorRecord.CreateIterResultObject(realm, 5, false)));
        iterator.FastAddProperty("return", Fn(realm, _ => { calls.Add("return"); return new JsObject(realm.Intrinsics.ObjectPrototype); }));
        var iterable = new JsObject(realm.Intrinsics.ObjectPrototype);
        iterable.FastAddProperty(PropertyKey.FromSymbol(JsSymbol.Iterator), Fn(realm, _ => iterator));
        string? error = ThrownError(() => New(realm, "Map", iterable));
        Assert.Equal(["return"], calls);
        Assert.Equal("TypeError: Iterator value 5 is not an entry object", error);
    }

    // class M2 extends Map { set(k, v) { return super.set(k, v * 10); } }  [...new M2([[1, 1]])] → [[1,10]]
    [Fact]
    public void Constructor_OverriddenSet_IsCalledForEachEntry()
    {
        Realm realm = NewRealm();
        var proto = new JsObject(realm.Intrinsics.MapPrototype);
        JsValue intrinsicSet = realm.Intrinsics.MapPrototype.Get("set");
        proto.FastAddProperty("set", new TestFunction(realm, (self, a) =>
            Operations.Call(realm, intrinsicSet, self, [a[0], a[1].AsNumber * 10])));
        var newTarget = new TestFunction(realm, (_, _) => default);
        newTarget.FastAddProperty("prototype", proto);
        JsValue m = realm.Intrinsics.MapConstructor.Construct([Parse(realm, "[[1, 1]]")], newTarget);
        Assert.Equal("[[1,10]]", Show(realm, JsArray.FromList(realm, IteratorRecord.IterableToList(realm, m))));
        Assert.Same(proto, m.AsObject.GetPrototypeOf());
    }

    [Fact]
    public void PropertyTable_MatchesNode()
    {
        // Reflect.ownKeys(Map.prototype), Map.prototype[Symbol.iterator] === Map.prototype.entries, names and lengths.
        Realm realm = NewRealm();
        JsObject proto = realm.Intrinsics.MapPrototype;
        Assert.Equal("constructor,get,set,has,delete,clear,entries,forEach,keys,size,values,Symbol(Symbol.toStringTag),Symbol(Symbol.iterator)",
            string.Join(",", proto.OwnPropertyKeys().Select(k => k.ToString())));
        Assert.Same(proto.Get("entries").AsObject, proto.Get(PropertyKey.FromSymbol(JsSymbol.Iterator)).AsObject);
        proto.GetOwnProperty("size", out PropertyDescriptor size);
        Assert.Equal("\"entries\" 0 0 2 1 \"get size\"", string.Join(" ",
            Show(realm, proto.Get("entries").AsObject.Get("name")),
            Show(realm, realm.Intrinsics.MapConstructor.Get("length")),
            Show(realm, proto.Get("entries").AsObject.Get("length")),
            Show(realm, proto.Get("set").AsObject.Get("length")),
            Show(realm, proto.Get("forEach").AsObject.Get("length")),
            Show(realm, size.Get!.Get("name"))));
        Assert.Same(realm.Intrinsics.MapConstructor, realm.GlobalObject.Get("Map").AsObject);
    }

    // Map.groupBy([1, 2, 3, -0, 4], x => x % 2) → [[1,[1,3]],[0,[2,-0,4]]] (ES2024: keys canonicalised, elements kept)
    [Fact]
    public void GroupBy_KeysBySameValueZero()
    {
        Realm realm = NewRealm();
        var parity = Fn(realm, a => a[0].AsNumber % 2);
        JsValue m = CallMethod(realm, realm.Intrinsics.MapConstructor, "groupBy", realm.Intrinsics.MapConstructor, Parse(realm, "[1, 2, 3, -0, 4]"), parity);
        Assert.Equal("[[1,[1,3]],[0,[2,-0,4]]]", Show(realm, JsArray.FromList(realm, IteratorRecord.IterableToList(realm, m))));
    }
}
