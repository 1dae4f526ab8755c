// JSON.parse and JSON.stringify: round trips, grammar errors, replacer/space/toJSON, cycles and depth.
// Expected values generated with node 20 and hard-coded.
using Oden.Runtime;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;

namespace Oden.Runtime.Tests.Builtins;

public class JsonTests
{
    private static JsValue JsonCall(Realm realm, string name, params JsValue[] args) =>
        CallMethod(realm, realm.Intrinsics.Json, name, realm.Intrinsics.Json, args);

    [Theory]
    [InlineData("{\"a\":1,\"b\":[1,2,{\"c\":null}],\"d\":\"x\\ny\"}", "{\"a\":1,\"b\":[1,2,{\"c\":null}],\"d\":\"x\\ny\"}")]
    [InlineData("[]", "[]")]
    [InlineData("{}", "{}")]
    [InlineData("[1e21,1e-7,-0,0.1,123456789012345680000]", "[1e+21,1e-7,0,0.1,123456789012345680000]")]
    [InlineData("\"\\u00e9\\ud83d\\ude00\\ud800\"", "\"\u00e9\ud83d\ude00\\ud800\"")]
    [InlineData("{\"__proto__\":1,\"a\":2,\"a\":3}", "{\"__proto__\":1,\"a\":3}")]
    [InlineData("  [ true , false , null ]  ", "[true,false,null]")]
    [InlineData("{\"1\":1,\"b\":2,\"0\":0}", "{\"0\":0,\"1\":1,\"b\":2}")]
    [InlineData("\"\\u0001\\t\\\"\\\\\\/\"", "\"\\u0001\\t\\\"\\\\/\"")]
    [InlineData("-0", "0")]
    [InlineData("1E+2", "100")]
    [InlineData("[[[[]]]]", "[[[[]]]]")]
    public void ParseThenStringify_RoundTrips(string text, string expected)
    {
        Realm realm = NewRealm();
        JsValue parsed = JsonCall(realm, "parse", text);
        Assert.Equal(expected, JsonCall(realm, "stringify", parsed).AsString());
    }

    [Theory]
    [InlineData("", "SyntaxError")]
    [InlineData("{", "SyntaxError")]
    [InlineData("[1,]", "SyntaxError")]
    [InlineData("{\"a\":1,}", "SyntaxError")]
    [InlineData("01", "SyntaxError")]
    [InlineData("1.", "SyntaxError")]
    [InlineData(".5", "SyntaxError")]
    [InlineData("+1", "SyntaxError")]
    [InlineData("\"\\x\"", "SyntaxError")]
    [InlineData("\"a", "SyntaxError")]
    [InlineData("tru", "SyntaxError")]
    [InlineData("[1 2]", "SyntaxError")]
    [InlineData("{a:1}", "SyntaxError")]
    [InlineData("'a'", "SyntaxError")]
    [InlineData("\"\t\"", "SyntaxError")]
    [InlineData("NaN", "SyntaxError")]
    [InlineData("1e", "SyntaxError")]
    [InlineData("-", "SyntaxError")]
    [InlineData("{\"a\" 1}", "SyntaxError")]
    [InlineData("[1]x", "SyntaxError")]
    public void Parse_BadInput_Throws(string text, string expectedName)
    {
        Realm realm = NewRealm();
        string? error = ThrownError(() => JsonCall(realm, "parse", text));
        Assert.NotNull(error);
        Assert.StartsWith(expectedName + ":", error);
    }

    [Theory]
    [InlineData("{a:[1,{b:2}],c:\"x\"}", "undefined, 2", "{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"x\"\n}")]
    [InlineData("[1,[2,[]],{}]", "undefined, \"--\"", "[\n--1,\n--[\n----2,\n----[]\n--],\n--{}\n]")]
    [InlineData("{a:1,b:2,c:3}", "[\"c\",\"a\"]", "{\"c\":3,\"a\":1}")]
    [InlineData("{a:undefined,b:upper,c:null}", "", "{\"c\":null}")]
    [InlineData("[undefined,upper]", "", "[null,null]")]
    [InlineData("\"\\ud800x\\udc00\"", "", "\"\\ud800x\\udc00\"")]
    [InlineData("{a:[]}", "undefined, 20", "{\n          \"a\": []\n}")]
    [InlineData("{a:1}", "undefined, \"12345678901234\"", "{\n1234567890\"a\": 1\n}")]
    [InlineData("[NaN,Infinity,-0]", "", "[null,null,0]")]
    [InlineData("{date:{toJSON:upper}}", "", "{\"date\":\"DATE\"}")]
    [InlineData("{a:{b:1}}", "index", "{\"a\":{\"b\":1}}")]
    public void Stringify_ReplacerAndSpace_MatchesNode(string value, string args, string expected)
    {
        Realm realm = NewRealm();
        JsValue[] a = [Parse(realm, value), .. ParseArgs(realm, args)];
        JsValue result = JsonCall(realm, "stringify", a);
        Assert.Equal(expected, result.IsUndefined ? "undefined" : result.AsString());
    }

    [Fact]
    public void Stringify_Undefined_ReturnsUndefined()
    {
        Realm realm = NewRealm();
        Assert.True(JsonCall(realm, "stringify", JsValue.Undefined).IsUndefined);
        Assert.True(JsonCall(realm, "stringify", NamedFunction(realm, "upper")).IsUndefined);
    }

    [Fact]
    public void Stringify_Cycle_ThrowsTypeError()
    {
        Realm realm = NewRealm();
        JsValue o = Parse(realm, "{a:{}}");
        o.AsObject.Get("a").AsObject.FastAddProperty("self", o);
        Assert.Equal("TypeError: Converting circular structure to JSON", ThrownError(() => JsonCall(realm, "stringify", o)));
    }

    [Fact]
    public void Stringify_BoxedPrimitives_AreUnwrapped()
    {
        Realm realm = NewRealm();
        var boxed = Oden.Runtime.Builtins.ArrayHelpers.ArrayCreate(realm, 0);
        boxed.Push(Operations.ToObject(realm, "s"));
        boxed.Push(Operations.ToObject(realm, 5));
        boxed.Push(Operations.ToObject(realm, false));
        Assert.Equal("[\"s\",5,false]", JsonCall(realm, "stringify", boxed).AsString());
    }

    [Fact]
    public void DeepNesting_ThrowsRangeError_BothWays()
    {
        Realm realm = NewRealm();
        string deep = new string('[', 300_000) + new string(']', 300_000);
        string? parseError = null, stringifyError = null;
        var thread = new Thread(() =>
        {
            parseError = ThrownError(() => JsonCall(realm, "parse", deep));
            JsArray outer = JsArray.Create(realm), inner = outer;
            for (int i = 0; i < 300_000; i++)
            {
                JsArray next = JsArray.Create(realm);
                inner.Push(next);
                inner = next;
            }

            stringifyError = ThrownError(() => JsonCall(realm, "stringify", outer));
        }, 1 << 20);
        thread.Start();
        thread.Join();
        Assert.Equal("RangeError: Maximum call stack size exceeded", parseError);
        Assert.Equal("RangeError: Maximum call stack size exceeded", stringifyError);
    }

    [Fact]
    public void Parse_Reviver_WalksBottomUpAndDeletesUndefined()
    {
        Realm realm = NewRealm();
        var seen = new List<string>();
        TestFunction reviver = Fn(realm, a =>
        {
            string key = a[0].AsString();
            seen.Add(key);
            if (key == "drop") return JsValue.Undefined;
            return a[1].IsNumber ? a[1].AsNumber * 10 : a[1];
        });
        JsValue result = JsonCall(realm, "parse", "{\"a\":[1,2],\"drop\":3,\"b\":{\"c\":4}}", reviver);
        Assert.Equal("{a:[10,20],b:{c:40}}", Show(realm, result));
        Assert.Equal(["0", "1", "a", "drop", "c", "b", ""], seen);
    }
}
