// Views sharing a buffer, overlapping set, integer-indexed keys, constructor paths, resizable and
// detached buffers. Expected values come from node 20 (transfer/detached, which node 20 lacks, follow
// the ES2024 steps).
using Oden.Runtime;
using Oden.Runtime.Builtins;
using Oden.Runtime.CompilerServices;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;
using static Oden.Runtime.Tests.Builtins.TypedArrayTests;

namespace Oden.Runtime.Tests.Builtins;

public class TypedArrayBehaviourTests
{
    private static string Join(Realm realm, JsValue ta)
    {
        string r = Render(realm, ta);
        return r[(r.IndexOf('[') + 1)..^1];
    }

    private static JsValue Bytes(Realm realm, params int[] values) =>
        New(realm, "Uint8Array", Operations.CreateArrayFromList(realm, values.Select(v => (JsValue)v).ToArray()));

    private static JsValue Buffer(JsValue view) => view.AsObject.Get("buffer");

    private static string? Error(Action action) => ThrownError(action)?.Split(':')[0];

    [Fact]
    public void Views_ShareOneBuffer_SeeEachOthersWrites()
    {
        Realm realm = NewRealm();
        JsValue b = New(realm, "ArrayBuffer", 8);
        JsValue u8 = New(realm, "Uint8Array", b);
        JsValue u32 = New(realm, "Uint32Array", b);
        JsValue f64 = New(realm, "Float64Array", b);
        Invoke(realm, u8, "set", Parse(realm, "[1,2,3,4,5,6,7,8]"));
        Assert.Equal("67305985,134678021", Join(realm, u32));

        f64.AsObject.Set("0", 1.5);
        Assert.Equal("0,0,0,0,0,0,248,63", Join(realm, u8));

        JsValue i16 = New(realm, "Int16Array", b, 2, 2);
        Ops.SetElement(realm, i16, 0, -1);
        Assert.Equal("0,0,255,255,0,0,248,63", Join(realm, u8));
        Assert.Equal("2 4 2", $"{Show(realm, i16.AsObject.Get("byteOffset"))} {Show(realm, i16.AsObject.Get("byteLength"))} {Show(realm, i16.AsObject.Get("length"))}");
    }

    [Theory]
    [InlineData("u16", "1", "1,3,5,4,5,6,7,8")]      // Uint16 [770, 1284] over bytes 2..5, written as bytes at 1
    [InlineData("head6", "2", "1,2,1,2,3,4,5,6")]    // same type, source before target, overlapping
    [InlineData("tail6", "0", "3,4,5,6,7,8,7,8")]    // same type, source after target, overlapping
    [InlineData("i16", "4", "1,2,3,4,1,3,7,8")]      // Int16 [513, 1027] over bytes 0..3, written as bytes at 4
    public void Set_OverlappingViewsOfOneBuffer_ReadsTheSourceFirst(string source, string offset, string expected)
    {
        Realm realm = NewRealm();
        JsValue u8 = Bytes(realm, 1, 2, 3, 4, 5, 6, 7, 8);
        JsValue b = Buffer(u8);
        JsValue src = source switch
        {
            "u16" => New(realm, "Uint16Array", b, 2, 2),
            "head6" => Invoke(realm, u8, "subarray", 0, 6),
            "tail6" => Invoke(realm, u8, "subarray", 2),
            _ => New(realm, "Int16Array", b, 0, 2),
        };
        Invoke(realm, u8, "set", src, Parse(realm, offset));
        Assert.Equal(expected, Join(realm, u8));
    }

    [Fact]
    public void Set_FromOtherElementType_ConvertsEachValue()
    {
        Realm realm = NewRealm();
        JsValue f = New(realm, "Float32Array", Parse(realm, "[1.5,2.5,-3]"));
        JsValue i8 = New(realm, "Int8Array", 3);
        Invoke(realm, i8, "set", f);
        Assert.Equal("1,2,-3", Join(realm, i8));
    }

    [Theory]
    [InlineData("-0", "undefined", false)]
    [InlineData("1.5", "undefined", false)]
    [InlineData("0", "1", true)]
    [InlineData("1", "2", true)]
    [InlineData("2", "undefined", false)]
    [InlineData("Infinity", "undefined", false)]
    [InlineData("NaN", "undefined", false)]
    [InlineData("-1", "undefined", false)]
    [InlineData("4294967295", "undefined", false)]
    [InlineData("1e0", "undefined", false)]
    public void Get_CanonicalNumericKeys_AreIndices(string key, string expected, bool has)
    {
        Realm realm = NewRealm();
        JsObject ta = Bytes(realm, 1, 2).AsObject;
        Assert.Equal(expected, Show(realm, ta.Get(PropertyKey.FromString(key))));
        Assert.Equal(has, ta.HasProperty(PropertyKey.FromString(key)));
        Assert.Equal(expected, Show(realm, Ops.GetElement(realm, ta, key)));
    }

    [Fact]
    public void Set_CanonicalNumericKeys_NeverCreateProperties()
    {
        Realm realm = NewRealm();
        JsObject ta = Bytes(realm, 1, 2).AsObject;
        ta.Set("-0", 5);
        ta.Set("1.5", 5);
        ta.Set("01", 7);   // not canonical: an ordinary property
        ta.Set("1e0", 8);  // not canonical: an ordinary property
        Ops.SetElement(realm, ta, 5, 9);
        Ops.SetElement(realm, ta, "Infinity", 9);
        Assert.Equal("0,1,01,1e0", string.Join(",", ta.OwnPropertyKeys()));

        Assert.True(ta.Delete("-0"));
        Assert.False(ta.Delete("0"));
        Assert.True(ta.Delete("7"));
        Assert.True(ta.DefineOwnProperty("0", new PropertyDescriptor { Value = 3, HasValue = true }));
        Assert.False(ta.DefineOwnProperty("0", new PropertyDescriptor { Value = 3, HasValue = true, Writable = false, HasWritable = true }));
        Assert.False(ta.DefineOwnProperty("5", new PropertyDescriptor { Value = 3, HasValue = true }));
        Assert.Equal("3,2", Join(realm, ta));

        Assert.True(ta.GetOwnProperty("1", out PropertyDescriptor d));
        Assert.Equal("2 True True True", $"{Show(realm, d.Value)} {d.Writable} {d.Enumerable} {d.Configurable}");
        Assert.False(ta.GetOwnProperty("-0", out _));
    }

    [Fact]
    public void Set_ThroughAnObjectInheritingFromATypedArray_FollowsIntegerIndexedSet()
    {
        Realm realm = NewRealm();
        JsValue ta = Bytes(realm, 3, 2);
        var o = new JsObject(ta.AsObject);
        o.Set("-0", 1);
        o.Set("1", 9);
        o.Set("7", 3);
        Assert.Equal("1", string.Join(",", o.OwnPropertyKeys()));
        Assert.Equal("3,2", Join(realm, ta));
        Assert.False(o.HasProperty("-0"));
        Assert.Equal("undefined", Show(realm, o.Get("1.5")));
    }

    [Fact]
    public void Set_OutOfRange_ConvertsTheValueFirst()
    {
        Realm realm = NewRealm();
        JsObject ta = New(realm, "Uint8Array", 1).AsObject;
        int calls = 0;
        JsObject Counting(double result)
        {
            var v = new JsObject(realm.Intrinsics.ObjectPrototype);
            v.FastAddProperty("valueOf", Fn(realm, _ => { calls++; return result; }));
            return v;
        }

        Ops.SetElement(realm, ta, 5, Counting(1));
        ta.Set("-0", Counting(1));
        Ops.SetElement(realm, ta, 0, Counting(300));
        Assert.Equal(3, calls);
        Assert.Equal("44", Show(realm, Ops.GetElement(realm, ta, 0)));
    }

    [Theory]
    [InlineData("set", "1,2,4464")]
    [InlineData("arraylike", "1,0,7")]
    [InlineData("typed", "-1,2")]
    [InlineData("typedConvert", "0,255")]
    [InlineData("length", "0,0,0")]
    public void Constructor_EachSourceKind_CopiesOrConverts(string source, string expected)
    {
        Realm realm = NewRealm();
        JsValue result = source switch
        {
            "set" => New(realm, "Int16Array", IterableOf(realm, 1, 2, 70000)),
            "arraylike" => New(realm, "Uint8Array", Parse(realm, "{length:3, 0:1, 2:\"7\"}")),
            "typed" => New(realm, "Float32Array", New(realm, "Int8Array", Parse(realm, "[-1,2]"))),
            "typedConvert" => New(realm, "Uint8Array", New(realm, "Float64Array", Parse(realm, "[256.5,-1]"))),
            _ => New(realm, "Int32Array", 3),
        };
        Assert.Equal(expected, Join(realm, result));
    }

    /// <summary>An iterable that is not an array: an object whose @@iterator is Array.prototype.values over a private array.</summary>
    private static JsValue IterableOf(Realm realm, params double[] values)
    {
        JsArray items = Operations.CreateArrayFromList(realm, values.Select(v => (JsValue)v).ToArray());
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        o.FastAddProperty(PropertyKey.FromSymbol(JsSymbol.Iterator), Fn(realm, _ => Invoke(realm, items, "values")));
        return o;
    }

    [Fact]
    public void Constructor_BufferOffsetLength_ViewsPartOfTheBuffer()
    {
        Realm realm = NewRealm();
        Assert.Equal("3", Show(realm, New(realm, "Int16Array", New(realm, "ArrayBuffer", 10), 4).AsObject.Get("length")));
        Assert.Equal("6", Show(realm, New(realm, "Int16Array", New(realm, "ArrayBuffer", 10), 2, 3).AsObject.Get("byteLength")));
    }

    [Theory]
    [InlineData("misaligned", "RangeError")]
    [InlineData("oddBuffer", "RangeError")]
    [InlineData("tooLong", "RangeError")]
    [InlineData("negative", "RangeError")]
    [InlineData("call", "TypeError")]
    [InlineData("abstract", "TypeError")]
    public void Constructor_BadArguments_Throw(string scenario, string expected)
    {
        Realm realm = NewRealm();
        Assert.Equal(expected, Error(() =>
        {
            switch (scenario)
            {
                case "misaligned": New(realm, "Int16Array", New(realm, "ArrayBuffer", 10), 1); break;
                case "oddBuffer": New(realm, "Int16Array", New(realm, "ArrayBuffer", 9)); break;
                case "tooLong": New(realm, "Int16Array", New(realm, "ArrayBuffer", 10), 4, 4); break;
                case "negative": New(realm, "Uint8Array", -1); break;
                case "call": Operations.Call(realm, realm.GlobalObject.Get("Uint8Array"), default, [1]); break;
                default: Operations.Construct(realm, realm.Intrinsics.TypedArrayConstructor, []); break;
            }
        }));
    }

    [Fact]
    public void Statics_AndPrototypeChain_MatchTheSpec()
    {
        Realm realm = NewRealm();
        JsObject global = realm.GlobalObject;
        JsObject int8 = global.Get("Int8Array").AsObject;
        JsObject typedArray = int8.GetPrototypeOf()!;
        Assert.Same(realm.Intrinsics.TypedArrayConstructor, typedArray);
        Assert.Same(typedArray, global.Get("Uint8Array").AsObject.GetPrototypeOf());
        Assert.Equal("\"TypedArray\" 0 3", $"{Show(realm, typedArray.Get("name"))} {Show(realm, typedArray.Get("length"))} {Show(realm, int8.Get("length"))}");
        Assert.Equal("2", Show(realm, global.Get("Int16Array").AsObject.Get("BYTES_PER_ELEMENT")));
        Assert.Equal("8", Show(realm, global.Get("Float64Array").AsObject.Get("prototype").AsObject.Get("BYTES_PER_ELEMENT")));

        // toString is the same function object as Array.prototype.toString.
        Assert.Same(realm.Intrinsics.ArrayPrototype.Get("toString").AsObject, global.Get("Uint8Array").AsObject.Get("prototype").AsObject.Get("toString").AsObject);

        JsValue clamped = New(realm, "Uint8ClampedArray", 1);
        Assert.Equal("\"[object Uint8ClampedArray]\"", Show(realm, CallMethod(realm, realm.Intrinsics.ObjectPrototype, "toString", clamped)));
        Assert.Equal("undefined", Show(realm, realm.Intrinsics.TypedArrayPrototype.Get(PropertyKey.FromSymbol(JsSymbol.ToStringTag))));

        JsObject arrayBuffer = global.Get("ArrayBuffer").AsObject;
        Assert.Equal("true true false", string.Join(" ",
            Show(realm, Invoke(realm, arrayBuffer, "isView", New(realm, "DataView", New(realm, "ArrayBuffer", 1)))),
            Show(realm, Invoke(realm, arrayBuffer, "isView", New(realm, "Uint8Array", 1))),
            Show(realm, Invoke(realm, arrayBuffer, "isView", Parse(realm, "[]")))));
    }

    [Fact]
    public void FromAndOf_BuildThroughTheConstructor()
    {
        Realm realm = NewRealm();
        Assert.Equal("2,4,6", Join(realm, Invoke(realm, realm.GlobalObject.Get("Uint16Array"), "from", Parse(realm, "[1,2,3]"), Parse(realm, "double"))));
        Assert.Equal("1,0.10000000149011612", Join(realm, Invoke(realm, realm.GlobalObject.Get("Float32Array"), "of", 1, 0.1)));
        Assert.Equal("5,0", Join(realm, Invoke(realm, realm.GlobalObject.Get("Int8Array"), "from", Parse(realm, "{length:2, 0:5}"))));
    }

    [Fact]
    public void ArrayBuffer_Slice_CopiesBytes()
    {
        Realm realm = NewRealm();
        JsValue b = Buffer(Bytes(realm, 1, 2, 3, 4, 5, 6, 7, 8));
        JsValue s = Invoke(realm, b, "slice", 2, -2);
        Assert.Equal("4", Show(realm, s.AsObject.Get("byteLength")));
        Assert.Equal("3,4,5,6", Join(realm, New(realm, "Uint8Array", s)));
        Assert.Equal("3 0 false 8", string.Join(" ",
            Show(realm, Invoke(realm, b, "slice", -3).AsObject.Get("byteLength")),
            Show(realm, Invoke(realm, b, "slice", 5, 2).AsObject.Get("byteLength")),
            Show(realm, b.AsObject.Get("resizable")),
            Show(realm, b.AsObject.Get("maxByteLength"))));
    }

    [Fact]
    public void ResizableBuffer_LengthTrackingAndFixedViews_FollowTheBuffer()
    {
        Realm realm = NewRealm();
        JsValue r = New(realm, "ArrayBuffer", 4, Parse(realm, "{maxByteLength:16}"));
        JsValue tracking = New(realm, "Uint8Array", r);
        JsValue fixedView = New(realm, "Uint8Array", r, 0, 4);
        Invoke(realm, tracking, "fill", 7);
        Invoke(realm, r, "resize", 8);
        Assert.Equal("8 4 7,7,7,7,0,0,0,0 8 16 true", string.Join(" ",
            Show(realm, tracking.AsObject.Get("length")), Show(realm, fixedView.AsObject.Get("length")), Join(realm, tracking),
            Show(realm, r.AsObject.Get("byteLength")), Show(realm, r.AsObject.Get("maxByteLength")), Show(realm, r.AsObject.Get("resizable"))));

        Invoke(realm, r, "resize", 2);
        Assert.Equal("2 0 0 0 7,7", string.Join(" ",
            Show(realm, tracking.AsObject.Get("length")), Show(realm, fixedView.AsObject.Get("length")),
            Show(realm, fixedView.AsObject.Get("byteOffset")), Show(realm, fixedView.AsObject.Get("byteLength")), Join(realm, tracking)));
        Assert.Equal("TypeError", Error(() => Invoke(realm, fixedView, "fill", 1)));
        Assert.Equal("undefined 7", $"{Show(realm, Ops.GetElement(realm, fixedView, 0))} {Show(realm, Ops.GetElement(realm, tracking, 0))}");
    }

    [Fact]
    public void Transfer_DetachesTheBuffer_AndItsViews()
    {
        Realm realm = NewRealm();
        JsValue u = Bytes(realm, 1, 2, 3, 4, 5, 6, 7, 8);
        JsValue b = Buffer(u);
        JsValue moved = Invoke(realm, b, "transfer");
        Assert.Equal("true 0 8 0 undefined false", string.Join(" ",
            Show(realm, b.AsObject.Get("detached")), Show(realm, b.AsObject.Get("byteLength")), Show(realm, moved.AsObject.Get("byteLength")),
            Show(realm, u.AsObject.Get("length")), Show(realm, Ops.GetElement(realm, u, 0)), Show(realm, moved.AsObject.Get("detached"))));
        Assert.Equal("1,2,3,4,5,6,7,8", Join(realm, New(realm, "Uint8Array", moved)));
        Assert.Equal("TypeError", Error(() => New(realm, "Uint8Array", b)));
        Assert.Equal("TypeError", Error(() => Invoke(realm, u, "fill", 0)));
        Assert.Equal("TypeError", Error(() => Invoke(realm, b, "slice", 0)));
        Assert.Equal("TypeError", Error(() => IteratorRecord.IterableToList(realm, Invoke(realm, u, "values").AsObject)));
        Assert.Equal("2", Show(realm, Invoke(realm, moved, "transferToFixedLength", 2).AsObject.Get("byteLength")));
    }

    [Theory]
    [InlineData("negative", "RangeError")]
    [InlineData("maxTooSmall", "RangeError")]
    [InlineData("call", "TypeError")]
    [InlineData("resizeFixed", "TypeError")]
    [InlineData("resizePastMax", "RangeError")]
    public void ArrayBuffer_BadArguments_Throw(string scenario, string expected)
    {
        Realm realm = NewRealm();
        Assert.Equal(expected, Error(() =>
        {
            switch (scenario)
            {
                case "negative": New(realm, "ArrayBuffer", -1); break;
                case "maxTooSmall": New(realm, "ArrayBuffer", 8, Parse(realm, "{maxByteLength:4}")); break;
                case "call": Operations.Call(realm, realm.GlobalObject.Get("ArrayBuffer"), default, [1]); break;
                case "resizeFixed": Invoke(realm, New(realm, "ArrayBuffer", 2), "resize", 1); break;
                default: Invoke(realm, New(realm, "ArrayBuffer", 2, Parse(realm, "{maxByteLength:3}")), "resize", 4); break;
            }
        }));
    }

    [Fact]
    public void Iteration_YieldsElementsAndEntries()
    {
        Realm realm = NewRealm();
        JsValue ta = New(realm, "Int8Array", Parse(realm, "[5,-3]"));
        Assert.Equal("[5,-3]", Show(realm, Operations.CreateArrayFromList(realm, IteratorRecord.IterableToList(realm, ta).ToArray())));
        Assert.Equal("[[0,5],[1,-3]]", Render(realm, Invoke(realm, ta, "entries")));
    }
}
