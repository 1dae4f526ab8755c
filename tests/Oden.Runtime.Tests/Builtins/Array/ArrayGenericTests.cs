// Array.prototype methods called on array-like objects, Array.from/of, array iterators, species,
// join of cyclic and deep arrays. Theory data generated with node 20 and hard-coded.
using Oden.Runtime;
using Oden.Runtime.Builtins;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;

namespace Oden.Runtime.Tests.Builtins;

public class ArrayGenericTests
{
    [Theory]
    [InlineData("{length:3, 0:\"a\", 2:\"c\"}", "join", "\"+\"", "\"a++c\"", "{0:\"a\",2:\"c\",length:3}")]
    [InlineData("{length:3, 0:1, 1:2, 2:3}", "map", "double", "[2,4,6]", "{0:1,1:2,2:3,length:3}")]
    [InlineData("{length:\"2\", 0:1, 1:2, 2:3}", "slice", "", "[1,2]", "{0:1,1:2,2:3,length:\"2\"}")]
    [InlineData("{length:2, 0:\"x\", 1:\"y\"}", "push", "\"z\"", "3", "{0:\"x\",1:\"y\",2:\"z\",length:3}")]
    [InlineData("{length:2, 0:\"x\", 1:\"y\"}", "pop", "", "\"y\"", "{0:\"x\",length:1}")]
    [InlineData("{length:3, 0:3, 1:1, 2:2}", "sort", "", "{0:1,1:2,2:3,length:3}", "{0:1,1:2,2:3,length:3}")]
    [InlineData("{length:4, 0:3, 2:1}", "sort", "", "{0:1,1:3,length:4}", "{0:1,1:3,length:4}")]
    [InlineData("{length:3, 0:\"a\", 1:\"b\", 2:\"c\"}", "reverse", "", "{0:\"c\",1:\"b\",2:\"a\",length:3}", "{0:\"c\",1:\"b\",2:\"a\",length:3}")]
    [InlineData("{length:3, 0:\"a\", 1:\"b\", 2:\"c\"}", "splice", "1, 1, \"X\", \"Y\"", "[\"b\"]", "{0:\"a\",1:\"X\",2:\"Y\",3:\"c\",length:4}")]
    [InlineData("{length:2, 0:\"a\", 1:\"b\"}", "shift", "", "\"a\"", "{0:\"b\",length:1}")]
    [InlineData("{length:2, 0:\"a\", 1:\"b\"}", "unshift", "\"z\"", "3", "{0:\"z\",1:\"a\",2:\"b\",length:3}")]
    [InlineData("{length:-1, 0:\"a\"}", "indexOf", "\"a\"", "-1", "{0:\"a\",length:-1}")]
    [InlineData("{0:\"a\"}", "includes", "\"a\"", "false", "{0:\"a\"}")]
    [InlineData("{length:2, 0:1, 1:[2]}", "concat", "3", "[{0:1,1:[2],length:2},3]", "{0:1,1:[2],length:2}")]
    [InlineData("{length:3, 1:\"b\"}", "fill", "0, 1", "{1:0,2:0,length:3}", "{1:0,2:0,length:3}")]
    [InlineData("{length:2, 0:1, 1:2}", "reduce", "sum", "3", "{0:1,1:2,length:2}")]
    [InlineData("{length:3, 0:1, 1:[2,[3]]}", "flat", "Infinity", "[1,2,3]", "{0:1,1:[2,[3]],length:3}")]
    [InlineData("{length:3, 0:1, 1:2, 2:3}", "copyWithin", "0, 1", "{0:2,1:3,2:3,length:3}", "{0:2,1:3,2:3,length:3}")]
    [InlineData("{length:2, 0:\"a\", 1:\"b\"}", "at", "-1", "\"b\"", "{0:\"a\",1:\"b\",length:2}")]
    [InlineData("{length:2, 0:5, 1:6}", "findLast", "gt2", "6", "{0:5,1:6,length:2}")]
    public void Method_OnArrayLike_MatchesNode(string receiver, string method, string args, string expected, string receiverAfter)
    {
        Realm realm = NewRealm();
        JsValue r = Parse(realm, receiver);
        string actual = Show(realm, CallMethod(realm, realm.Intrinsics.ArrayPrototype, method, r, ParseArgs(realm, args)));
        Assert.Equal(expected, actual);
        Assert.Equal(receiverAfter, Show(realm, r));
    }

    [Fact]
    public void SymbolIterator_IsValues()
    {
        Realm realm = NewRealm();
        JsObject proto = realm.Intrinsics.ArrayPrototype;
        Assert.True(ReferenceEquals(proto.Get("values").AsObject, proto.Get(PropertyKey.FromSymbol(JsSymbol.Iterator)).AsObject));
        Assert.Equal("\"values\"", Show(realm, proto.Get("values").AsObject.Get("name")));
    }

    [Theory]
    [InlineData("keys", "[0,1,2]")]
    [InlineData("values", "[\"a\",undefined,\"c\"]")]
    [InlineData("entries", "[[0,\"a\"],[1,undefined],[2,\"c\"]]")]
    public void Iterator_Kinds_YieldExpected(string kind, string expected)
    {
        Realm realm = NewRealm();
        JsValue arr = Parse(realm, "[\"a\",,\"c\"]");
        JsValue iterator = CallMethod(realm, realm.Intrinsics.ArrayPrototype, kind, arr);
        var values = new List<JsValue>();
        while (true)
        {
            JsValue result = CallMethod(realm, iterator.AsObject, "next", iterator);
            if (Operations.ToBoolean(result.AsObject.Get("done"))) break;
            values.Add(result.AsObject.Get("value"));
        }

        Assert.Equal(expected, Show(realm, Operations.CreateArrayFromList(realm, values.ToArray())));
        Assert.Equal("{value:undefined,done:true}", Show(realm, CallMethod(realm, iterator.AsObject, "next", iterator)));
        Assert.Equal("\"[object Array Iterator]\"", Show(realm, CallMethod(realm, realm.Intrinsics.ObjectPrototype, "toString", iterator)));
    }

    [Fact]
    public void Iterator_Exhausted_StaysDoneAfterPush()
    {
        Realm realm = NewRealm();
        var arr = (JsArray)Parse(realm, "[1]").AsObject;
        IteratorRecord it = IteratorRecord.GetIterator(realm, arr);
        Assert.True(it.Step(realm, out JsValue first));
        Assert.Equal(1, first.AsNumber);
        Assert.False(it.Step(realm, out _));
        arr.Push(2);
        Assert.False(it.Step(realm, out _));
    }

    [Fact]
    public void IteratorRecord_NonIterable_ThrowsTypeError()
    {
        Realm realm = NewRealm();
        Assert.Equal("TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))", ThrownError(() => IteratorRecord.GetIterator(realm, default)));
        Assert.Equal("TypeError: object is not iterable", ThrownError(() => IteratorRecord.GetIterator(realm, new JsObject(realm.Intrinsics.ObjectPrototype))));
    }

    [Fact]
    public void IteratorRecord_Close_CallsReturn()
    {
        Realm realm = NewRealm();
        int returns = 0;
        var iterator = new JsObject(realm.Intrinsics.ObjectPrototype);
        iterator.FastAddProperty("next", Fn(realm, _ => IteratorRecord.CreateIterResultObject(realm, 1, false)));
        iterator.FastAddProperty("return", Fn(realm, _ => { returns++; return new JsObject(realm.Intrinsics.ObjectPrototype); }));
        var iterable = new JsObject(realm.Intrinsics.ObjectPrototype);
        iterable.FastAddProperty(PropertyKey.FromSymbol(JsSymbol.Iterator), Fn(realm, _ => iterator));
        IteratorRecord record = IteratorRecord.GetIterator(realm, iterable);
        Assert.True(record.Step(realm, out JsValue v));
        Assert.Equal(1, v.AsNumber);
        record.Close(realm);
        record.Close(realm);
        Assert.Equal(1, returns);
    }

    [Theory]
    [InlineData("[1,2,3]", "", "[1,2,3]")]
    [InlineData("[1,,3]", "", "[1,undefined,3]")]
    [InlineData("{length:2, 0:\"a\"}", "", "[\"a\",undefined]")]
    [InlineData("[1,2]", "double", "[2,4]")]
    [InlineData("{length:3}", "index", "[0,1,2]")]
    [InlineData("\"a\\ud83d\\ude00b\"", "", "[\"a\",\"\ud83d\ude00\",\"b\"]")]
    public void ArrayFrom_Items_MatchesNode(string items, string mapFn, string expected)
    {
        Realm realm = NewRealm();
        JsValue[] args = mapFn.Length == 0 ? [Parse(realm, items)] : [Parse(realm, items), Parse(realm, mapFn)];
        JsValue result = CallMethod(realm, realm.Intrinsics.ArrayConstructor, "from", realm.Intrinsics.ArrayConstructor, args);
        Assert.Equal(expected, Show(realm, result));
    }

    [Fact]
    public void ArrayOf_And_FromWithNonConstructorThis_MakeArrays()
    {
        Realm realm = NewRealm();
        JsFunction array = realm.Intrinsics.ArrayConstructor;
        Assert.Equal("[7]", Show(realm, CallMethod(realm, array, "of", array, 7)));
        Assert.Equal("[1,\"a\"]", Show(realm, CallMethod(realm, array, "of", default, 1, "a")));
        Assert.Equal("[]", Show(realm, CallMethod(realm, array, "from", 5, new JsObject(realm.Intrinsics.ObjectPrototype))));
    }

    [Fact]
    public void Join_CyclicArray_PrintsEmptyForCycle()
    {
        Realm realm = NewRealm();
        var a = (JsArray)Parse(realm, "[1,2]").AsObject;
        var b = (JsArray)Parse(realm, "[3]").AsObject;
        a.Push(b);
        b.Push(a);
        Assert.Equal("\"1,2,3,\"", Show(realm, CallMethod(realm, realm.Intrinsics.ArrayPrototype, "join", a)));
        Assert.Equal("\"3,1,2,\"", Show(realm, CallMethod(realm, realm.Intrinsics.ArrayPrototype, "toString", b)));
    }

    [Fact]
    public void Join_DeeplyNested_ThrowsRangeError()
    {
        Realm realm = NewRealm();
        JsArray a = JsArray.Create(realm);
        JsArray inner = a;
        for (int i = 0; i < 200_000; i++)
        {
            JsArray next = JsArray.Create(realm);
            inner.Push(next);
            inner = next;
        }

        string? error = null;
        var thread = new Thread(() => error = ThrownError(() => CallMethod(realm, realm.Intrinsics.ArrayPrototype, "join", a)), 1 << 20);
        thread.Start();
        thread.Join();
        Assert.Equal("RangeError: Maximum call stack size exceeded", error);
    }

    [Fact]
    public void Sort_Large_IsStable()
    {
        Realm realm = NewRealm();
        JsArray a = JsArray.Create(realm);
        var rng = new Random(42);
        for (int i = 0; i < 1000; i++) a.Push(Operations.CreateArrayFromList(realm, [rng.Next(10), i]));
        CallMethod(realm, realm.Intrinsics.ArrayPrototype, "sort", a, NamedFunction(realm, "byFirst"));
        for (uint i = 1; i < 1000; i++)
        {
            JsObject prev = a.Get(PropertyKey.FromIndex(i - 1)).AsObject, cur = a.Get(PropertyKey.FromIndex(i)).AsObject;
            double p0 = prev.Get("0").AsNumber, c0 = cur.Get("0").AsNumber;
            Assert.True(p0 < c0 || (p0 == c0 && prev.Get("1").AsNumber < cur.Get("1").AsNumber));
        }
    }

    [Fact]
    public void Sort_ComparatorThrows_LeavesArrayUnchanged()
    {
        Realm realm = NewRealm();
        JsValue a = Parse(realm, "[3,2,1]");
        Assert.Equal("Error: boom", ThrownError(() => CallMethod(realm, realm.Intrinsics.ArrayPrototype, "sort", a, NamedFunction(realm, "throws"))));
        Assert.Equal("[3,2,1]", Show(realm, a));
    }

    [Fact]
    public void Map_Species_UsesConstructorSpecies()
    {
        Realm realm = NewRealm();
        JsValue a = Parse(realm, "[1,2]");
        var ctor = new JsObject(realm.Intrinsics.ObjectPrototype);
        ctor.FastAddProperty(PropertyKey.FromSymbol(JsSymbol.Species), JsValue.Null);
        a.AsObject.FastAddProperty("constructor", ctor);
        JsValue mapped = CallMethod(realm, realm.Intrinsics.ArrayPrototype, "map", a, NamedFunction(realm, "double"));
        Assert.True(ReferenceEquals(mapped.AsObject.Prototype, realm.Intrinsics.ArrayPrototype));

        a.AsObject.DefineDataProperty("constructor", JsValue.Undefined);
        Assert.Equal("[2,4]", Show(realm, CallMethod(realm, realm.Intrinsics.ArrayPrototype, "map", a, NamedFunction(realm, "double"))));
        ctor.DefineDataProperty(PropertyKey.FromSymbol(JsSymbol.Species), 5);
        a.AsObject.DefineDataProperty("constructor", ctor);
        Assert.Equal("TypeError: object.constructor[Symbol.species] is not a constructor",
            ThrownError(() => CallMethod(realm, realm.Intrinsics.ArrayPrototype, "map", a, NamedFunction(realm, "double"))));
    }

    [Fact]
    public void Concat_IsConcatSpreadable_SpreadsArrayLikeAndNotArray()
    {
        Realm realm = NewRealm();
        JsValue arrayLike = Parse(realm, "{length:2, 0:\"x\", 1:\"y\"}");
        arrayLike.AsObject.FastAddProperty(PropertyKey.FromSymbol(JsSymbol.IsConcatSpreadable), true);
        JsValue notSpread = Parse(realm, "[8,9]");
        notSpread.AsObject.FastAddProperty(PropertyKey.FromSymbol(JsSymbol.IsConcatSpreadable), false);
        JsValue result = CallMethod(realm, realm.Intrinsics.ArrayPrototype, "concat", Parse(realm, "[1]"), arrayLike, notSpread);
        Assert.Equal("[1,\"x\",\"y\",[8,9]]", Show(realm, result));
    }

    [Fact]
    public void Push_PastMaxSafeInteger_ThrowsTypeError()
    {
        Realm realm = NewRealm();
        JsValue o = Parse(realm, "{length:9007199254740991}");
        Assert.StartsWith("TypeError: Pushing 1 elements", ThrownError(() => CallMethod(realm, realm.Intrinsics.ArrayPrototype, "push", o, 1)));
    }

    [Fact]
    public void Holes_ReadThroughPrototype()
    {
        Realm realm = NewRealm();
        realm.Intrinsics.ArrayPrototype.DefineOwnProperty(PropertyKey.FromIndex(1), PropertyDescriptor.Data("P", PropertyFlags.Default));
        JsValue a = Parse(realm, "[1,,3]");
        Assert.Equal("\"1,P,3\"", Show(realm, CallMethod(realm, realm.Intrinsics.ArrayPrototype, "join", a)));
        Assert.Equal("1", Show(realm, CallMethod(realm, realm.Intrinsics.ArrayPrototype, "indexOf", a, "P")));
    }
}
