// Set: SameValueZero elements, insertion order, live iteration (delete/re-add, compaction, growth, clear).
// Expected values come from node 20 (see CollectionKit for the row format).
using Oden.Runtime;
using Oden.Runtime.Builtins;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;
using static Oden.Runtime.Tests.Builtins.CollectionKit;

namespace Oden.Runtime.Tests.Builtins;

public class SetTests
{
    [Theory]
    [InlineData("Set", "", "add(-0)|has(0)|has(-0)|...values()", "{} true true [0]")]
    [InlineData("Set", "", "add(NaN)|add(NaN)|size|has(NaN)", "{} {} 1 true")]
    [InlineData("Set", "", "add(1)|add(\"1\")|add(1)|...entries()", "{} {} {} [[1,1],[\"1\",\"1\"]]")]
    [InlineData("Set", "", "add(3)|add(1)|add(2)|delete(1)|add(1)|...keys()", "{} {} {} true {} [3,2,1]")]
    [InlineData("Set", "", "add(1)|add(2)|clear()|size|has(1)|add(2)|...values()", "{} {} undefined 0 false {} [2]")]
    [InlineData("Set", "", "add(undefined)|has()|add(null)|size|delete()|size", "{} true {} 2 true 1")]
    [InlineData("Set", "[1, 2, 2, -0, 0, NaN, NaN, \"2\"]", "size|...values()", "5 [1,2,0,NaN,\"2\"]")]
    [InlineData("Set", "\"hello\"", "...values()", "[\"h\",\"e\",\"l\",\"o\"]")]
    [InlineData("Set", "[]", "size", "0")]
    public void Operations_Sequence_MatchesNode(string constructor, string init, string ops, string expected)
    {
        Realm realm = NewRealm();
        Assert.Equal(expected, CollectionKit.Run(realm, constructor, init, ops));
    }

    // const s = new Set([1,2,3]); for (const v of s) { seen.push(v); if (v === 1 && !once) { once = true; s.delete(1); s.add(1); } } → [1,2,3,1]
    [Fact]
    public void Iteration_DeleteAndReAddCurrent_VisitsItAgainAtTheEnd()
    {
        Realm realm = NewRealm();
        JsValue s = New(realm, "Set", Parse(realm, "[1,2,3]"));
        IteratorRecord it = IteratorRecord.GetIterator(realm, s);
        var seen = new List<double>();
        bool once = false;
        while (it.Step(realm, out JsValue v))
        {
            seen.Add(v.AsNumber);
            if (v.AsNumber == 1 && !once)
            {
                once = true;
                Call(realm, s, "delete", 1);
                Call(realm, s, "add", 1);
            }
        }

        Assert.Equal([1, 2, 3, 1], seen);
    }

    // 100 elements; take 10; delete 0..79 (the table shrinks and renumbers); add 100, 101; drain.
    [Fact]
    public void Iterator_CompactionDuringIteration_ContinuesAtTheRightElement()
    {
        Realm realm = NewRealm();
        JsValue s = New(realm, "Set");
        for (int i = 0; i < 100; i++) Call(realm, s, "add", i);
        JsValue it = Call(realm, s, "values");
        var seen = new List<JsValue>();
        for (int i = 0; i < 10; i++) seen.Add(Operations.Invoke(realm, it, "next", []).AsObject.Get("value"));
        for (int i = 0; i < 80; i++) Call(realm, s, "delete", i);
        Call(realm, s, "add", 100);
        Call(realm, s, "add", 101);
        seen.AddRange(Drain(realm, it));
        Assert.Equal("0,1,2,3,4,5,6,7,8,9,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101",
            string.Join(",", seen.Select(v => Show(realm, v))));
    }

    // 20 elements; take 5; delete 2, 3 (behind the cursor) and 6..17 (ahead of it); drain → 0,1,2,3,4,5,18,19
    [Fact]
    public void Iterator_DeletesOnBothSidesWithShrink_SkipsOnlyDeletedAhead()
    {
        Realm realm = NewRealm();
        JsValue s = New(realm, "Set");
        for (int i = 0; i < 20; i++) Call(realm, s, "add", i);
        JsValue it = Call(realm, s, "values");
        var seen = new List<JsValue>();
        for (int i = 0; i < 5; i++) seen.Add(Operations.Invoke(realm, it, "next", []).AsObject.Get("value"));
        Call(realm, s, "delete", 2);
        Call(realm, s, "delete", 3);
        for (int i = 6; i < 18; i++) Call(realm, s, "delete", i);
        seen.AddRange(Drain(realm, it));
        Assert.Equal("0,1,2,3,4,5,18,19", string.Join(",", seen.Select(v => Show(realm, v))));
    }

    // const s = new Set([0]); for (const v of s) { seen.push(v); if (v < 50) s.add(v + 1); } → 51 values, the last 50
    [Fact]
    public void Iteration_AddingWhileIterating_GrowsAndVisitsEverything()
    {
        Realm realm = NewRealm();
        JsValue s = New(realm, "Set", Parse(realm, "[0]"));
        IteratorRecord it = IteratorRecord.GetIterator(realm, s);
        var seen = new List<double>();
        while (it.Step(realm, out JsValue v))
        {
            seen.Add(v.AsNumber);
            if (v.AsNumber < 50) Call(realm, s, "add", v.AsNumber + 1);
        }

        Assert.Equal(51, seen.Count);
        Assert.Equal(50, seen[50]);
    }

    // const s = new Set([1,2,3]); s.forEach(v => { seen.push(v); s.clear(); }) → [1]
    [Fact]
    public void ForEach_ClearInCallback_Ends()
    {
        Realm realm = NewRealm();
        JsValue s = New(realm, "Set", Parse(realm, "[1,2,3]"));
        var seen = new List<double>();
        Call(realm, s, "forEach", Fn(realm, a => { seen.Add(a[0].AsNumber); Call(realm, s, "clear"); return default; }));
        Assert.Equal([1], seen);
    }

    [Fact]
    public void ForEach_PassesValueValueSet()
    {
        Realm realm = NewRealm();
        JsValue s = New(realm, "Set", Parse(realm, "[\"a\"]"));
        var callback = Fn(realm, a => default);
        Call(realm, s, "forEach", callback, Parse(realm, "{t:1}"));
        Assert.Equal(["\"a\",\"a\",{}"], callback.Calls);
    }

    [Fact]
    public void PropertyTable_MatchesNode()
    {
        // Reflect.ownKeys(Set.prototype); keys === values === [Symbol.iterator]; names; toStringTags.
        Realm realm = NewRealm();
        JsObject proto = realm.Intrinsics.SetPrototype;
        Assert.Equal("constructor,has,add,delete,clear,entries,forEach,size,values,keys,Symbol(Symbol.toStringTag),Symbol(Symbol.iterator)",
            string.Join(",", proto.OwnPropertyKeys().Select(k => k.ToString())));
        Assert.Same(proto.Get("values").AsObject, proto.Get("keys").AsObject);
        Assert.Same(proto.Get("values").AsObject, proto.Get(PropertyKey.FromSymbol(JsSymbol.Iterator)).AsObject);
        Assert.Equal("\"values\"", Show(realm, proto.Get("keys").AsObject.Get("name")));
        JsValue it = Call(realm, New(realm, "Set"), "values");
        Assert.Equal("[object Set Iterator]", CallMethod(realm, realm.Intrinsics.ObjectPrototype, "toString", it).AsString());
        Assert.Equal("[object Set]", CallMethod(realm, realm.Intrinsics.ObjectPrototype, "toString", New(realm, "Set")).AsString());
        Assert.Same(realm.Intrinsics.IteratorPrototype, it.AsObject.GetPrototypeOf()!.GetPrototypeOf());
    }

    [Theory]
    [InlineData("Set()", "TypeError: Constructor Set requires 'new'")]
    [InlineData("Set.prototype.add.call(new Map(), 1)", "TypeError: Method Set.prototype.add called on incompatible receiver #<Map>")]
    [InlineData("next on a Map Iterator", "TypeError: Method Set Iterator.prototype.next called on incompatible receiver ")]
    public void Errors_MatchNode(string what, string expected)
    {
        Realm realm = NewRealm();
        Action action = what switch
        {
            "Set()" => () => realm.Intrinsics.SetConstructor.Call(default, []),
            "Set.prototype.add.call(new Map(), 1)" => () => CallMethod(realm, realm.Intrinsics.SetPrototype, "add", New(realm, "Map"), 1),
            _ => () => CallMethod(realm, realm.Intrinsics.SetIteratorPrototype, "next", Call(realm, New(realm, "Map"), "keys")),
        };
        // (V8 names the receiver #<Object> for iterators; only the part before the receiver is compared for those.)
        Assert.StartsWith(expected, ThrownError(action));
    }
}
