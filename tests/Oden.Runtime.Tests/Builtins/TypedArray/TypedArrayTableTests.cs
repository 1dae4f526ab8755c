// ArrayBuffer, DataView and the typed arrays, through the JS-visible objects (the global constructors,
// Operations.Construct / Invoke). Expected values were generated with node 20 and hard-coded; typed
// arrays render as Name[e0,e1,…] with -0 shown as -0, other values as BuiltinsKit.Show does.
using Oden.Runtime;
using Oden.Runtime.Builtins;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;

namespace Oden.Runtime.Tests.Builtins;

public class TypedArrayTests
{
    internal static JsValue New(Realm realm, string constructor, params JsValue[] args) =>
        Operations.Construct(realm, realm.GlobalObject.Get(constructor), args);

    internal static JsValue Invoke(Realm realm, JsValue target, string method, params JsValue[] args) =>
        Operations.Invoke(realm, target, PropertyKey.FromString(method), args);

    private static string Num(double d) => d == 0 && double.IsNegative(d) ? "-0" : NumberFormatting.ToString(d);

    internal static string Render(Realm realm, JsValue v)
    {
        if (v.TryGetObject is JsTypedArray ta)
        {
            var parts = new List<string>();
            for (uint i = 0; i < ta.Length; i++) parts.Add(Num(ta.Get(PropertyKey.FromIndex(i)).AsNumber));
            return ta.ClassName + "[" + string.Join(",", parts) + "]";
        }

        if (v.TryGetObject is JsArrayIterator)
        {
            return Show(realm, Operations.CreateArrayFromList(realm, IteratorRecord.IterableToList(realm, v).ToArray()));
        }

        return Show(realm, v);
    }

    [Theory]
    [InlineData("Uint8Array", "[1,2,3]", "at", "-1", "3", "Uint8Array[1,2,3]")]
    [InlineData("Uint8Array", "[1,2,3]", "at", "3", "undefined", "Uint8Array[1,2,3]")]
    [InlineData("Int16Array", "[1,2,3,4,5]", "copyWithin", "0, 3", "Int16Array[4,5,3,4,5]", "Int16Array[4,5,3,4,5]")]
    [InlineData("Int16Array", "[1,2,3,4,5]", "copyWithin", "1, 0, 3", "Int16Array[1,1,2,3,5]", "Int16Array[1,1,2,3,5]")]
    [InlineData("Int16Array", "[1,2,3,4,5]", "copyWithin", "-2, -3, -1", "Int16Array[1,2,3,3,4]", "Int16Array[1,2,3,3,4]")]
    [InlineData("Float64Array", "[1,2,3,4]", "fill", "9, 1, -1", "Float64Array[1,9,9,4]", "Float64Array[1,9,9,4]")]
    [InlineData("Uint8Array", "[1,2,3]", "fill", "257", "Uint8Array[1,1,1]", "Uint8Array[1,1,1]")]
    [InlineData("Uint8ClampedArray", "[1,2,3]", "fill", "2.5", "Uint8ClampedArray[2,2,2]", "Uint8ClampedArray[2,2,2]")]
    [InlineData("Float32Array", "[1,NaN,3]", "includes", "NaN", "true", "Float32Array[1,NaN,3]")]
    [InlineData("Float32Array", "[1,NaN,3]", "indexOf", "NaN", "-1", "Float32Array[1,NaN,3]")]
    [InlineData("Float64Array", "[-0,1]", "includes", "0", "true", "Float64Array[-0,1]")]
    [InlineData("Float64Array", "[-0,1]", "indexOf", "0", "0", "Float64Array[-0,1]")]
    [InlineData("Int8Array", "[1,2,1]", "indexOf", "1, 1", "2", "Int8Array[1,2,1]")]
    [InlineData("Int8Array", "[1,2,1]", "indexOf", "\"1\"", "-1", "Int8Array[1,2,1]")]
    [InlineData("Int8Array", "[1,2,1]", "lastIndexOf", "1", "2", "Int8Array[1,2,1]")]
    [InlineData("Int8Array", "[1,2,1]", "lastIndexOf", "1, -2", "0", "Int8Array[1,2,1]")]
    [InlineData("Int8Array", "[1,2,1]", "lastIndexOf", "1, -5", "-1", "Int8Array[1,2,1]")]
    [InlineData("Uint8Array", "[1,2,3]", "includes", "1, 1", "false", "Uint8Array[1,2,3]")]
    [InlineData("Float64Array", "[1.5,-0,NaN]", "join", "", "\"1.5,0,NaN\"", "Float64Array[1.5,-0,NaN]")]
    [InlineData("Uint16Array", "[1,2,3]", "join", "\"-\"", "\"1-2-3\"", "Uint16Array[1,2,3]")]
    [InlineData("Uint16Array", "[]", "join", "", "\"\"", "Uint16Array[]")]
    [InlineData("Int32Array", "[1,2,3,4]", "reverse", "", "Int32Array[4,3,2,1]", "Int32Array[4,3,2,1]")]
    [InlineData("Float32Array", "[1,2,3]", "reverse", "", "Float32Array[3,2,1]", "Float32Array[3,2,1]")]
    [InlineData("Uint8Array", "[1,2,3,4,5]", "slice", "1, 3", "Uint8Array[2,3]", "Uint8Array[1,2,3,4,5]")]
    [InlineData("Uint8Array", "[1,2,3,4,5]", "slice", "-2", "Uint8Array[4,5]", "Uint8Array[1,2,3,4,5]")]
    [InlineData("Float64Array", "[1,2,3]", "slice", "2, 1", "Float64Array[]", "Float64Array[1,2,3]")]
    [InlineData("Int16Array", "[1,2,3,4,5]", "subarray", "1, 3", "Int16Array[2,3]", "Int16Array[1,2,3,4,5]")]
    [InlineData("Int16Array", "[1,2,3,4,5]", "subarray", "-2", "Int16Array[4,5]", "Int16Array[1,2,3,4,5]")]
    [InlineData("Int16Array", "[1,2,3,4,5]", "subarray", "3, 1", "Int16Array[]", "Int16Array[1,2,3,4,5]")]
    [InlineData("Float64Array", "[3,-0,0,NaN,-Infinity,1,-0]", "sort", "", "Float64Array[-Infinity,-0,-0,0,1,3,NaN]", "Float64Array[-Infinity,-0,-0,0,1,3,NaN]")]
    [InlineData("Int8Array", "[5,-1,10,2,-128]", "sort", "", "Int8Array[-128,-1,2,5,10]", "Int8Array[-128,-1,2,5,10]")]
    [InlineData("Uint32Array", "[10,9,1,100]", "sort", "", "Uint32Array[1,9,10,100]", "Uint32Array[1,9,10,100]")]
    [InlineData("Float32Array", "[3,1,2]", "sort", "desc", "Float32Array[3,2,1]", "Float32Array[3,2,1]")]
    [InlineData("Float64Array", "[3,-0,0,NaN,1]", "toSorted", "", "Float64Array[-0,0,1,3,NaN]", "Float64Array[3,-0,0,NaN,1]")]
    [InlineData("Uint8Array", "[1,2,3]", "toReversed", "", "Uint8Array[3,2,1]", "Uint8Array[1,2,3]")]
    [InlineData("Uint8Array", "[1,2,3]", "with", "-1, 300", "Uint8Array[1,2,44]", "Uint8Array[1,2,3]")]
    [InlineData("Uint8Array", "[1,2,3]", "with", "0, 7", "Uint8Array[7,2,3]", "Uint8Array[1,2,3]")]
    [InlineData("Int8Array", "[1,2,3]", "every", "gt2", "false", "Int8Array[1,2,3]")]
    [InlineData("Int8Array", "[3,4]", "every", "gt2", "true", "Int8Array[3,4]")]
    [InlineData("Int8Array", "[1,2]", "some", "isEven", "true", "Int8Array[1,2]")]
    [InlineData("Int8Array", "[1,2,3,4]", "find", "isEven", "2", "Int8Array[1,2,3,4]")]
    [InlineData("Int8Array", "[1,2,3,4]", "findIndex", "isEven", "1", "Int8Array[1,2,3,4]")]
    [InlineData("Int8Array", "[1,2,3,4]", "findLast", "isEven", "4", "Int8Array[1,2,3,4]")]
    [InlineData("Int8Array", "[1,2,3,4]", "findLastIndex", "isEven", "3", "Int8Array[1,2,3,4]")]
    [InlineData("Int8Array", "[1,3]", "findIndex", "isEven", "-1", "Int8Array[1,3]")]
    [InlineData("Int8Array", "[100,2,3]", "map", "double", "Int8Array[-56,4,6]", "Int8Array[100,2,3]")]
    [InlineData("Uint8ClampedArray", "[100,200]", "map", "double", "Uint8ClampedArray[200,255]", "Uint8ClampedArray[100,200]")]
    [InlineData("Float32Array", "[1,2,3,4]", "filter", "isEven", "Float32Array[2,4]", "Float32Array[1,2,3,4]")]
    [InlineData("Int16Array", "[1,2,3,4]", "reduce", "sum", "10", "Int16Array[1,2,3,4]")]
    [InlineData("Int16Array", "[1,2,3,4]", "reduce", "concatArgs, \"x\"", "\"x1234\"", "Int16Array[1,2,3,4]")]
    [InlineData("Int16Array", "[1,2,3,4]", "reduceRight", "concatArgs", "\"4321\"", "Int16Array[1,2,3,4]")]
    [InlineData("Int16Array", "[1,2,3]", "toString", "", "\"1,2,3\"", "Int16Array[1,2,3]")]
    [InlineData("Float64Array", "[0.1,-0]", "toString", "", "\"0.1,0\"", "Float64Array[0.1,-0]")]
    [InlineData("Uint8Array", "[1,2]", "keys", "", "[0,1]", "Uint8Array[1,2]")]
    [InlineData("Uint8Array", "[1,2]", "entries", "", "[[0,1],[1,2]]", "Uint8Array[1,2]")]
    [InlineData("Uint8Array", "[7,8]", "values", "", "[7,8]", "Uint8Array[7,8]")]
    public void PrototypeMethod_Table_MatchesNode(string constructor, string init, string method, string args, string expected, string after)
    {
        Realm realm = NewRealm();
        JsValue ta = New(realm, constructor, Parse(realm, init));
        JsValue result = Invoke(realm, ta, method, ParseArgs(realm, args));
        Assert.Equal(expected, Render(realm, result));
        Assert.Equal(after, Render(realm, ta));
    }

    [Theory]
    [InlineData("Uint8Array", "[1,2,3]", "with", "3, 1", "RangeError")]
    [InlineData("Uint8Array", "[1,2,3]", "reduce", "sum", "none")]
    [InlineData("Uint8Array", "[]", "reduce", "sum", "TypeError")]
    [InlineData("Uint8Array", "[1]", "sort", "1", "TypeError")]
    [InlineData("Uint8Array", "[1]", "forEach", "1", "TypeError")]
    [InlineData("Uint8Array", "[1,2]", "set", "[1,2,3]", "RangeError")]
    [InlineData("Uint8Array", "[1,2]", "set", "[1], -1", "RangeError")]
    [InlineData("Uint8Array", "[1,2]", "set", "[1], 2", "RangeError")]
    public void PrototypeMethod_BadArguments_Throw(string constructor, string init, string method, string args, string expected)
    {
        Realm realm = NewRealm();
        JsValue ta = New(realm, constructor, Parse(realm, init));
        string? error = ThrownError(() => Invoke(realm, ta, method, ParseArgs(realm, args)));
        Assert.Equal(expected, error is null ? "none" : error.Split(':')[0]);
    }

    [Theory]
    [InlineData("Uint8ClampedArray", "1.5", "2")]
    [InlineData("Uint8ClampedArray", "2.5", "2")]
    [InlineData("Uint8ClampedArray", "0.5", "0")]
    [InlineData("Uint8ClampedArray", "254.5", "254")]
    [InlineData("Uint8ClampedArray", "255.5", "255")]
    [InlineData("Uint8ClampedArray", "-1", "0")]
    [InlineData("Uint8ClampedArray", "300", "255")]
    [InlineData("Uint8ClampedArray", "NaN", "0")]
    [InlineData("Uint8ClampedArray", "-0", "0")]
    [InlineData("Uint8ClampedArray", "1.49999", "1")]
    [InlineData("Uint8ClampedArray", "Infinity", "255")]
    [InlineData("Uint8Array", "256", "0")]
    [InlineData("Uint8Array", "-1", "255")]
    [InlineData("Uint8Array", "1.9", "1")]
    [InlineData("Uint8Array", "-1.9", "255")]
    [InlineData("Uint8Array", "NaN", "0")]
    [InlineData("Uint8Array", "Infinity", "0")]
    [InlineData("Uint8Array", "4294967297", "1")]
    [InlineData("Uint8Array", "\"12\"", "12")]
    [InlineData("Uint8Array", "true", "1")]
    [InlineData("Int8Array", "128", "-128")]
    [InlineData("Int8Array", "255", "-1")]
    [InlineData("Int8Array", "-129", "127")]
    [InlineData("Int8Array", "127.9", "127")]
    [InlineData("Int16Array", "32768", "-32768")]
    [InlineData("Int16Array", "-32769", "32767")]
    [InlineData("Int16Array", "65535", "-1")]
    [InlineData("Uint16Array", "-1", "65535")]
    [InlineData("Uint16Array", "65536", "0")]
    [InlineData("Uint16Array", "70000", "4464")]
    [InlineData("Int32Array", "2147483648", "-2147483648")]
    [InlineData("Int32Array", "4294967297", "1")]
    [InlineData("Int32Array", "-2147483649", "2147483647")]
    [InlineData("Int32Array", "1e20", "1661992960")]
    [InlineData("Uint32Array", "-1", "4294967295")]
    [InlineData("Uint32Array", "4294967296", "0")]
    [InlineData("Uint32Array", "1e10", "1410065408")]
    [InlineData("Float32Array", "0.1", "0.10000000149011612")]
    [InlineData("Float32Array", "16777217", "16777216")]
    [InlineData("Float32Array", "1e40", "Infinity")]
    [InlineData("Float32Array", "-0", "-0")]
    [InlineData("Float32Array", "3.4028235677973366e38", "Infinity")]
    [InlineData("Float32Array", "1.401298464324817e-45", "1.401298464324817e-45")]
    [InlineData("Float32Array", "7e-46", "0")]
    [InlineData("Float32Array", "NaN", "NaN")]
    [InlineData("Float64Array", "0.1", "0.1")]
    [InlineData("Float64Array", "-0", "-0")]
    [InlineData("Float64Array", "1e308", "1e+308")]
    [InlineData("Float64Array", "5e-324", "5e-324")]
    public void Store_ConvertsLikeTheElementType(string constructor, string value, string expected)
    {
        Realm realm = NewRealm();
        JsValue ta = New(realm, constructor, Parse(realm, "[" + value + "]"));
        Assert.Equal(expected, Num(ta.AsObject.Get("0").AsNumber));

        // The same conversion through [[Set]] on an existing element.
        JsValue other = New(realm, constructor, 1);
        other.AsObject.Set("0", Parse(realm, value));
        Assert.Equal(expected, Num(other.AsObject.Get("0").AsNumber));
    }

    [Theory]
    [InlineData("setInt16", 0, "-2", "true", "254,255,0,0,0,0,0,0", "getInt16", 0, "true", "-2")]
    [InlineData("setInt16", 0, "-2", "false", "255,254,0,0,0,0,0,0", "getUint16", 0, "false", "65534")]
    [InlineData("setInt16", 0, "-2", "false", "255,254,0,0,0,0,0,0", "getUint16", 0, "true", "65279")]
    [InlineData("setUint32", 0, "305419896", "undefined", "18,52,86,120,0,0,0,0", "getUint8", 0, "undefined", "18")]
    [InlineData("setUint32", 0, "305419896", "true", "120,86,52,18,0,0,0,0", "getUint8", 0, "undefined", "120")]
    [InlineData("setUint32", 0, "305419896", "true", "120,86,52,18,0,0,0,0", "getUint32", 0, "false", "2018915346")]
    [InlineData("setInt32", 4, "-1", "true", "0,0,0,0,255,255,255,255", "getUint32", 4, "true", "4294967295")]
    [InlineData("setFloat32", 0, "1.5", "undefined", "63,192,0,0,0,0,0,0", "getUint32", 0, "undefined", "1069547520")]
    [InlineData("setFloat32", 0, "0.1", "true", "205,204,204,61,0,0,0,0", "getFloat32", 0, "true", "0.10000000149011612")]
    [InlineData("setFloat64", 0, "-0", "undefined", "128,0,0,0,0,0,0,0", "getUint8", 0, "undefined", "128")]
    [InlineData("setFloat64", 0, "Math.PI", "true", "24,45,68,84,251,33,9,64", "getFloat64", 0, "true", "3.141592653589793")]
    [InlineData("setFloat64", 0, "Math.PI", "false", "64,9,33,251,84,68,45,24", "getFloat64", 0, "true", "3.207375630676366e-192")]
    [InlineData("setInt8", 7, "-128", "undefined", "0,0,0,0,0,0,0,128", "getUint8", 7, "undefined", "128")]
    [InlineData("setUint8", 3, "513", "undefined", "0,0,0,1,0,0,0,0", "getInt8", 3, "undefined", "1")]
    [InlineData("setUint16", 6, "65535", "true", "0,0,0,0,0,0,255,255", "getInt16", 6, "true", "-1")]
    public void DataView_SetThenGet_HonoursByteOrder(string setter, int setOffset, string value, string littleEndian, string bytes, string getter, int getOffset, string getLittleEndian, string expected)
    {
        Realm realm = NewRealm();
        JsValue buffer = New(realm, "ArrayBuffer", 8);
        JsValue view = New(realm, "DataView", buffer);
        JsValue v = value == "Math.PI" ? System.Math.PI : Parse(realm, value);
        Invoke(realm, view, setter, setOffset, v, Parse(realm, littleEndian));
        Assert.Equal(bytes, Operations.ToString(realm, Invoke(realm, New(realm, "Uint8Array", buffer), "join")));
        Assert.Equal(expected, Num(Invoke(realm, view, getter, getOffset, Parse(realm, getLittleEndian)).AsNumber));
    }

    [Theory]
    [InlineData("getInt8", "8", "", "RangeError")]
    [InlineData("getInt16", "7", "", "RangeError")]
    [InlineData("getFloat64", "1", "", "RangeError")]
    [InlineData("getUint8", "-1", "", "RangeError")]
    [InlineData("setUint32", "5", "1", "RangeError")]
    [InlineData("getFloat32", "Infinity", "", "RangeError")]
    public void DataView_OutOfRange_Throws(string method, string offset, string value, string expected)
    {
        Realm realm = NewRealm();
        JsValue view = New(realm, "DataView", New(realm, "ArrayBuffer", 8));
        JsValue[] args = value.Length == 0 ? [Parse(realm, offset)] : [Parse(realm, offset), Parse(realm, value)];
        Assert.Equal(expected, ThrownError(() => Invoke(realm, view, method, args))?.Split(':')[0]);
    }
}
