// Array.prototype methods on arrays with holes; expected values generated with node 20 (see the
// rendering in BuiltinsKit.Show) and hard-coded.
using Oden.Runtime;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;

namespace Oden.Runtime.Tests.Builtins;

public partial class ArrayPrototypeTests
{
    [Theory]
    [InlineData("[1,2,3]", "at", "-1", "3", "[1,2,3]")]
    [InlineData("[1,2,3]", "at", "5", "undefined", "[1,2,3]")]
    [InlineData("[1,2,3]", "at", "\"1\"", "2", "[1,2,3]")]
    [InlineData("[1,2]", "concat", "[3,[4]], 5", "[1,2,3,[4],5]", "[1,2]")]
    [InlineData("[1,,3]", "concat", "[,5]", "[1,,3,,5]", "[1,,3]")]
    [InlineData("[]", "concat", "1, \"a\", [null]", "[1,\"a\",null]", "[]")]
    [InlineData("[1,2,3,4,5]", "copyWithin", "0, 3", "[4,5,3,4,5]", "[4,5,3,4,5]")]
    [InlineData("[1,2,3,4,5]", "copyWithin", "1, 0, 3", "[1,1,2,3,5]", "[1,1,2,3,5]")]
    [InlineData("[1,,3,4,5]", "copyWithin", "2, 0", "[1,,1,,3]", "[1,,1,,3]")]
    [InlineData("[1,2,3,4,5]", "copyWithin", "-2, -3, -1", "[1,2,3,3,4]", "[1,2,3,3,4]")]
    [InlineData("[1,2,3]", "fill", "0", "[0,0,0]", "[0,0,0]")]
    [InlineData("[1,2,3,4]", "fill", "9, 1, -1", "[1,9,9,4]", "[1,9,9,4]")]
    [InlineData("[1,2,3]", "fill", "7, 5", "[1,2,3]", "[1,2,3]")]
    [InlineData("[1,NaN,3]", "includes", "NaN", "true", "[1,NaN,3]")]
    [InlineData("[1,,3]", "includes", "undefined", "true", "[1,,3]")]
    [InlineData("[1,2,3]", "includes", "1, 1", "false", "[1,2,3]")]
    [InlineData("[-0]", "includes", "0", "true", "[-0]")]
    [InlineData("[1,NaN,3]", "indexOf", "NaN", "-1", "[1,NaN,3]")]
    [InlineData("[1,,3]", "indexOf", "undefined", "-1", "[1,,3]")]
    [InlineData("[1,2,1]", "indexOf", "1, 1", "2", "[1,2,1]")]
    [InlineData("[1,2,1]", "indexOf", "1, -1", "2", "[1,2,1]")]
    [InlineData("[1,2,3]", "indexOf", "3, -100", "2", "[1,2,3]")]
    [InlineData("[1,2,1]", "lastIndexOf", "1", "2", "[1,2,1]")]
    [InlineData("[1,2,1]", "lastIndexOf", "1, -2", "0", "[1,2,1]")]
    [InlineData("[1,2,1]", "lastIndexOf", "1, -5", "-1", "[1,2,1]")]
    [InlineData("[1,2,1]", "lastIndexOf", "2, 10", "1", "[1,2,1]")]
    [InlineData("[1,2,3]", "pop", "", "3", "[1,2]")]
    [InlineData("[]", "pop", "", "undefined", "[]")]
    [InlineData("[1,2]", "push", "3, 4", "4", "[1,2,3,4]")]
    [InlineData("[1,2,3]", "reverse", "", "[3,2,1]", "[3,2,1]")]
    [InlineData("[1,,3,,]", "reverse", "", "[,3,,1]", "[,3,,1]")]
    [InlineData("[1,2,3,4]", "reverse", "", "[4,3,2,1]", "[4,3,2,1]")]
    [InlineData("[1,2,3]", "shift", "", "1", "[2,3]")]
    [InlineData("[,2,3]", "shift", "", "undefined", "[2,3]")]
    [InlineData("[]", "shift", "", "undefined", "[]")]
    [InlineData("[1,2,3,4,5]", "slice", "1, 3", "[2,3]", "[1,2,3,4,5]")]
    [InlineData("[1,2,3,4,5]", "slice", "-2", "[4,5]", "[1,2,3,4,5]")]
    [InlineData("[1,,3]", "slice", "", "[1,,3]", "[1,,3]")]
    [InlineData("[1,2,3]", "slice", "2, 1", "[]", "[1,2,3]")]
    [InlineData("[1,2,3]", "slice", "undefined, -1", "[1,2]", "[1,2,3]")]
    [InlineData("[1,2,3,4,5]", "splice", "1, 2", "[2,3]", "[1,4,5]")]
    [InlineData("[1,2,3,4,5]", "splice", "1, 0, \"a\", \"b\"", "[]", "[1,\"a\",\"b\",2,3,4,5]")]
    [InlineData("[1,2,3,4,5]", "splice", "-2", "[4,5]", "[1,2,3]")]
    [InlineData("[1,2,3]", "splice", "", "[]", "[1,2,3]")]
    [InlineData("[1,2,3,4,5]", "splice", "1, 3, \"x\"", "[2,3,4]", "[1,\"x\",5]")]
    [InlineData("[1,,3,4]", "splice", "0, 1, 9, 8", "[1]", "[9,8,,3,4]")]
    [InlineData("[1,2,3]", "unshift", "0, \"a\"", "5", "[0,\"a\",1,2,3]")]
    [InlineData("[,1]", "unshift", "9", "3", "[9,,1]")]
    [InlineData("[1,2,3]", "join", "", "\"1,2,3\"", "[1,2,3]")]
    [InlineData("[1,null,undefined,3]", "join", "\"-\"", "\"1---3\"", "[1,null,undefined,3]")]
    [InlineData("[[1,[2]],3]", "join", "\";\"", "\"1,2;3\"", "[[1,[2]],3]")]
    [InlineData("[1,,3]", "join", "undefined", "\"1,,3\"", "[1,,3]")]
    [InlineData("[]", "join", "", "\"\"", "[]")]
    [InlineData("[1,[2,[3]]]", "toString", "", "\"1,2,3\"", "[1,[2,[3]]]")]
    [InlineData("[null,undefined,[]]", "toLocaleString", "", "\",,\"", "[null,undefined,[]]")]
    [InlineData("[3,1,10,2]", "sort", "", "[1,10,2,3]", "[1,10,2,3]")]
    [InlineData("[3,1,10,2]", "sort", "asc", "[1,2,3,10]", "[1,2,3,10]")]
    [InlineData("[3,1,10,2]", "sort", "desc", "[10,3,2,1]", "[10,3,2,1]")]
    [InlineData("[undefined,3,,1]", "sort", "", "[1,3,undefined,,]", "[1,3,undefined,,]")]
    [InlineData("[\"b\",undefined,\"a\",,\"c\"]", "sort", "", "[\"a\",\"b\",\"c\",undefined,,]", "[\"a\",\"b\",\"c\",undefined,,]")]
    [InlineData("[[2,\"a\"],[1,\"b\"],[2,\"c\"],[1,\"d\"]]", "sort", "byFirst", "[[1,\"b\"],[1,\"d\"],[2,\"a\"],[2,\"c\"]]", "[[1,\"b\"],[1,\"d\"],[2,\"a\"],[2,\"c\"]]")]
    [InlineData("[true,false,\"a\",null,1]", "sort", "", "[1,\"a\",false,null,true]", "[1,\"a\",false,null,true]")]
    [InlineData("[1,2,3]", "every", "gt2", "false", "[1,2,3]")]
    [InlineData("[3,4]", "every", "gt2", "true", "[3,4]")]
    [InlineData("[]", "every", "gt2", "true", "[]")]
    [InlineData("[1,,3]", "some", "isEven", "false", "[1,,3]")]
    [InlineData("[1,2]", "some", "isEven", "true", "[1,2]")]
    [InlineData("[1,,3]", "map", "double", "[2,,6]", "[1,,3]")]
    [InlineData("[1,2,3,4]", "filter", "isEven", "[2,4]", "[1,2,3,4]")]
    [InlineData("[1,,2,,3]", "filter", "isOdd", "[1,3]", "[1,,2,,3]")]
    [InlineData("[1,2,3]", "reduce", "sum", "6", "[1,2,3]")]
    [InlineData("[1,2,3]", "reduce", "sum, 10", "16", "[1,2,3]")]
    [InlineData("[,1,,2]", "reduce", "sum", "3", "[,1,,2]")]
    [InlineData("[]", "reduce", "sum", "throws TypeError: Reduce of empty array with no initial value", "[]")]
    [InlineData("[,,]", "reduce", "sum", "throws TypeError: Reduce of empty array with no initial value", "[,,]")]
    [InlineData("[]", "reduce", "sum, 5", "5", "[]")]
    [InlineData("[\"a\",\"b\",\"c\"]", "reduceRight", "concatArgs", "\"cba\"", "[\"a\",\"b\",\"c\"]")]
    [InlineData("[\"a\",\"b\",\"c\"]", "reduceRight", "concatArgs, \"z\"", "\"zcba\"", "[\"a\",\"b\",\"c\"]")]
    [InlineData("[1,2,3,4]", "find", "isEven", "2", "[1,2,3,4]")]
    [InlineData("[1,3]", "find", "isEven", "undefined", "[1,3]")]
    [InlineData("[1,2,3,4]", "findIndex", "isEven", "1", "[1,2,3,4]")]
    [InlineData("[1,3]", "findIndex", "isEven", "-1", "[1,3]")]
    [InlineData("[1,2,3,4]", "findLast", "isEven", "4", "[1,2,3,4]")]
    [InlineData("[1,2,3,4]", "findLastIndex", "isEven", "3", "[1,2,3,4]")]
    [InlineData("[1,,3]", "findIndex", "undefinedFn", "-1", "[1,,3]")]
    [InlineData("[1,[2,[3,[4]]]]", "flat", "", "[1,2,[3,[4]]]", "[1,[2,[3,[4]]]]")]
    [InlineData("[1,[2,[3,[4]]]]", "flat", "Infinity", "[1,2,3,4]", "[1,[2,[3,[4]]]]")]
    [InlineData("[1,[2,[3,[4]]]]", "flat", "0", "[1,[2,[3,[4]]]]", "[1,[2,[3,[4]]]]")]
    [InlineData("[1,,[2,,3]]", "flat", "", "[1,2,3]", "[1,,[2,,3]]")]
    [InlineData("[1,2]", "flatMap", "pair", "[1,1,2,2]", "[1,2]")]
    [InlineData("[1,[2]]", "flatMap", "index", "[0,1]", "[1,[2]]")]
    [InlineData("[1,2]", "map", "1", "throws TypeError: 1 is not a function", "[1,2]")]
    [InlineData("[1,2]", "forEach", "", "throws TypeError: undefined is not a function", "[1,2]")]
    [InlineData("[1,2]", "sort", "1", "throws TypeError: The comparison function must be either a function or undefined", "[1,2]")]
    [InlineData("[1,2]", "map", "throws", "throws Error: boom", "[1,2]")]
    public void Method_OnLiteral_MatchesNode(string receiver, string method, string args, string expected, string receiverAfter)
    {
        Realm realm = NewRealm();
        JsValue r = Parse(realm, receiver);
        JsValue[] a = ParseArgs(realm, args);
        string actual;
        try
        {
            actual = Show(realm, CallMethod(realm, realm.Intrinsics.ArrayPrototype, method, r, a));
        }
        catch (JsException e)
        {
            actual = "throws " + JsException.Describe(e.Value);
        }

        Assert.Equal(expected, actual);
        Assert.Equal(receiverAfter, Show(realm, r));
    }
}
