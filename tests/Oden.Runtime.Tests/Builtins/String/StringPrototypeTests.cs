// String.prototype methods, including the ones that go through the RegExp protocol. Expected values
// generated with node 20 and hard-coded.
using Oden.Runtime;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;

namespace Oden.Runtime.Tests.Builtins;

public class StringPrototypeTests
{
    [Theory]
    [InlineData("\"abc\"", "at", "-1", "\"c\"")]
    [InlineData("\"abc\"", "at", "3", "undefined")]
    [InlineData("\"abc\"", "charAt", "1", "\"b\"")]
    [InlineData("\"abc\"", "charAt", "-1", "\"\"")]
    [InlineData("\"abc\"", "charCodeAt", "1", "98")]
    [InlineData("\"abc\"", "charCodeAt", "9", "NaN")]
    [InlineData("\"a\\ud83d\\ude00\"", "codePointAt", "1", "128512")]
    [InlineData("\"a\\ud83d\\ude00\"", "codePointAt", "2", "56832")]
    [InlineData("\"a\"", "codePointAt", "1", "undefined")]
    [InlineData("\"a\"", "concat", "1, null, [2,3]", "\"a1null2,3\"")]
    [InlineData("\"abc\"", "endsWith", "\"bc\"", "true")]
    [InlineData("\"abc\"", "endsWith", "\"b\", 2", "true")]
    [InlineData("\"abc\"", "includes", "\"bc\", 2", "false")]
    [InlineData("\"abc\"", "includes", "\"\"", "true")]
    [InlineData("\"abcabc\"", "indexOf", "\"c\", 3", "5")]
    [InlineData("\"abc\"", "indexOf", "\"\", 10", "3")]
    [InlineData("\"abcabc\"", "lastIndexOf", "\"c\"", "5")]
    [InlineData("\"abcabc\"", "lastIndexOf", "\"c\", 4", "2")]
    [InlineData("\"abc\"", "lastIndexOf", "\"\", 1", "1")]
    [InlineData("\"abc\"", "lastIndexOf", "\"a\", -5", "0")]
    [InlineData("\"a\"", "localeCompare", "\"B\"", "-1")]
    [InlineData("\"B\"", "localeCompare", "\"b\"", "1")]
    [InlineData("\"b\"", "localeCompare", "\"B\"", "-1")]
    [InlineData("\"a\"", "localeCompare", "\"a\"", "0")]
    [InlineData("\"a10\"", "localeCompare", "\"a9\"", "-1")]
    [InlineData("\"_a\"", "localeCompare", "\"a\"", "-1")]
    [InlineData("\"ab\"", "localeCompare", "\"a\"", "1")]
    [InlineData("\"abc\"", "padStart", "6, \"12\"", "\"121abc\"")]
    [InlineData("\"abc\"", "padEnd", "6", "\"abc   \"")]
    [InlineData("\"abc\"", "padStart", "2, \"x\"", "\"abc\"")]
    [InlineData("\"abc\"", "padEnd", "5, \"\"", "\"abc\"")]
    [InlineData("\"ab\"", "repeat", "3", "\"ababab\"")]
    [InlineData("\"ab\"", "repeat", "0", "\"\"")]
    [InlineData("\"ab\"", "repeat", "-1", "throws RangeError: Invalid count value: -1")]
    [InlineData("\"ab\"", "repeat", "Infinity", "throws RangeError: Invalid count value: Infinity")]
    [InlineData("\"abcdef\"", "slice", "1, -1", "\"bcde\"")]
    [InlineData("\"abcdef\"", "slice", "-2", "\"ef\"")]
    [InlineData("\"abcdef\"", "slice", "4, 1", "\"\"")]
    [InlineData("\"abcdef\"", "substring", "4, 1", "\"bcd\"")]
    [InlineData("\"abcdef\"", "substring", "-1, 2", "\"ab\"")]
    [InlineData("\"abcdef\"", "substr", "-3, 2", "\"de\"")]
    [InlineData("\"abcdef\"", "substr", "1", "\"bcdef\"")]
    [InlineData("\"abcdef\"", "substr", "2, -1", "\"\"")]
    [InlineData("\"abc\"", "startsWith", "\"b\", 1", "true")]
    [InlineData("\"abc\"", "startsWith", "\"abcd\"", "false")]
    [InlineData("\"Stra\u00dfe \ufb01 \u0131\"", "toUpperCase", "", "\"STRASSE FI I\"")]
    [InlineData("\"\u00c0\u00c9 \u0130 \u0391\u03a3 \u0391\u03a3\u0391\"", "toLowerCase", "", "\"\u00e0\u00e9 i\u0307 \u03b1\u03c2 \u03b1\u03c3\u03b1\"")]
    [InlineData("\"MiXeD\"", "toLocaleLowerCase", "", "\"mixed\"")]
    [InlineData("\"  \\t a b \\n\\u00a0\\ufeff\"", "trim", "", "\"a b\"")]
    [InlineData("\"  a  \"", "trimStart", "", "\"a  \"")]
    [InlineData("\"  a  \"", "trimEnd", "", "\"  a\"")]
    [InlineData("\"  a  \"", "trimLeft", "", "\"a  \"")]
    [InlineData("\"a,b,,c\"", "split", "\",\"", "[\"a\",\"b\",\"\",\"c\"]")]
    [InlineData("\"a,b,,c\"", "split", "\",\", 2", "[\"a\",\"b\"]")]
    [InlineData("\"abc\"", "split", "\"\"", "[\"a\",\"b\",\"c\"]")]
    [InlineData("\"abc\"", "split", "", "[\"abc\"]")]
    [InlineData("\"\"", "split", "\",\"", "[\"\"]")]
    [InlineData("\"\"", "split", "\"\"", "[]")]
    [InlineData("\"abc\"", "split", "\"\", 0", "[]")]
    [InlineData("\"aaa\"", "replace", "\"a\", \"$&$&\"", "\"aaaa\"")]
    [InlineData("\"abc\"", "replace", "\"b\", \"[$`|$'|$$|$1]\"", "\"a[a|c|$|$1]c\"")]
    [InlineData("\"aXbXc\"", "replaceAll", "\"X\", \"-\"", "\"a-b-c\"")]
    [InlineData("\"aaa\"", "replaceAll", "\"\", \".\"", "\".a.a.a.\"")]
    [InlineData("\"abc\"", "replace", "\"b\", upper", "\"aBc\"")]
    [InlineData("\"x-y_z\"", "replace", "/(\\w)[-_](\\w)/g, \"$2$1\"", "\"yx_z\"")]
    [InlineData("\"2020-01-02\"", "replace", "/(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)/, \"$<d>/$<m>/$<y>\"", "\"02/01/2020\"")]
    [InlineData("\"abc\"", "replace", "/(b)/, \"[$01$10$2$0]\"", "\"a[bb0$2$0]c\"")]
    [InlineData("\"aBc\"", "replace", "/b/i, upper", "\"aBc\"")]
    [InlineData("\"aaa\"", "replace", "/a*?/g, \"-\"", "\"-a-a-a-\"")]
    [InlineData("\"abc\"", "replace", "/$/, \"!\"", "\"abc!\"")]
    [InlineData("\"a\\nb\"", "replace", "/^/gm, \"> \"", "\"> a\n> b\"")]
    [InlineData("\"one two  three\"", "split", "/\\s+/", "[\"one\",\"two\",\"three\"]")]
    [InlineData("\"a1b2c3\"", "split", "/(\\d)/", "[\"a\",\"1\",\"b\",\"2\",\"c\",\"3\",\"\"]")]
    [InlineData("\"a1b2c3\"", "split", "/\\d/, 2", "[\"a\",\"b\"]")]
    [InlineData("\"abc\"", "split", "/(?:)/", "[\"a\",\"b\",\"c\"]")]
    [InlineData("\"test\"", "split", "/(?=s)/", "[\"te\",\"st\"]")]
    [InlineData("\"aXbxc\"", "match", "/x/gi", "[\"X\",\"x\"]")]
    [InlineData("\"abc\"", "match", "/(?<first>a)(z)?/", "[\"a\",\"a\",undefined]")]
    [InlineData("\"abc\"", "match", "/z/g", "null")]
    [InlineData("\"abc\"", "search", "/c/", "2")]
    [InlineData("\"abc\"", "search", "\"z\"", "-1")]
    [InlineData("\"a.b*c\"", "split", "\".\"", "[\"a\",\"b*c\"]")]
    [InlineData("\"a.b\"", "match", "\".\"", "[\"a\"]")]
    [InlineData("\"aXbXc\"", "replaceAll", "/x/gi, \"_\"", "\"a_b_c\"")]
    [InlineData("\"aXb\"", "replaceAll", "/x/i, \"_\"", "throws TypeError: String.prototype.replaceAll called with a non-global RegExp argument")]
    [InlineData("\"abc\"", "startsWith", "/a/", "throws TypeError: First argument to String.prototype.startsWith must not be a regular expression")]
    [InlineData("\"abc\"", "normalize", "\"NFX\"", "throws RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.")]
    public void Method_OnString_MatchesNode(string receiver, string method, string args, string expected)
    {
        Realm realm = NewRealm();
        JsValue r = Parse(realm, receiver);
        JsValue[] a = ParseArgs(realm, args);
        string actual;
        try
        {
            actual = Show(realm, CallMethod(realm, realm.Intrinsics.StringPrototype, method, r, a));
        }
        catch (JsException e)
        {
            actual = "throws " + JsException.Describe(e.Value);
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("trimLeft", "trimStart")]
    [InlineData("trimRight", "trimEnd")]
    public void AnnexBAlias_IsSameFunction(string alias, string name)
    {
        Realm realm = NewRealm();
        Assert.Same(realm.Intrinsics.StringPrototype.Get(alias).AsObject, realm.Intrinsics.StringPrototype.Get(name).AsObject);
    }

    [Fact]
    public void Iterator_YieldsCodePoints()
    {
        Realm realm = NewRealm();
        var values = Oden.Runtime.Builtins.IteratorRecord.IterableToList(realm, "a\ud83d\ude00\ud800b");
        Assert.Equal(["a", "\ud83d\ude00", "\ud800", "b"], values.Select(v => v.AsString()).ToArray());
    }

    [Theory]
    [InlineData("65, 128512, 1114111", "\"A\ud83d\ude00\udbff\udfff\"")]
    [InlineData("-1", "throws RangeError: Invalid code point -1")]
    [InlineData("1.5", "throws RangeError: Invalid code point 1.5")]
    [InlineData("\"x\"", "throws RangeError: Invalid code point NaN")]
    public void FromCodePoint_Arguments_MatchesNode(string args, string expected)
    {
        Realm realm = NewRealm();
        string actual;
        try
        {
            actual = Show(realm, CallMethod(realm, realm.Intrinsics.StringConstructor, "fromCodePoint", default, ParseArgs(realm, args)));
        }
        catch (JsException e)
        {
            actual = "throws " + JsException.Describe(e.Value);
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Raw_InterleavesSubstitutions()
    {
        Realm realm = NewRealm();
        JsValue template = Parse(realm, "{raw: [\"a\", \"b\\\\n\", \"c\"]}");
        Assert.Equal("\"a1b\\n2c\"", Show(realm, CallMethod(realm, realm.Intrinsics.StringConstructor, "raw", default, template, 1, 2, 3)));
    }

    [Fact]
    public void NullThis_ThrowsTypeError()
    {
        Realm realm = NewRealm();
        Assert.Equal("TypeError: String.prototype.trim called on null or undefined",
            ThrownError(() => CallMethod(realm, realm.Intrinsics.StringPrototype, "trim", JsValue.Null)));
    }
}
