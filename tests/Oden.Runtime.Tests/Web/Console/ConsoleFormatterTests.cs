// console formatting against node 20's util.format output for the same values (expected strings were
// printed by node from the JavaScript equivalent of each builder and are hard-coded here).
namespace Oden.Runtime.Tests.Web.Console;

public class ConsoleFormatterTests
{
    private static readonly Dictionary<string, (Func<Realm, JsValue[]> Build, string Expected)> s_cases = new()
    {
        ["Primitives"] = (r => [42, -0d, 0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, true, JsValue.Null, JsValue.Undefined], "42 -0 0 NaN Infinity -Infinity true null undefined"),
        ["StringsQuoted"] = (r => [r.Arr("single", "it's", "say \"hi\"", "mixed 'single' and \"double\"", "all ' \" ` three")], "[\n  'single',\n  \"it's\",\n  'say \"hi\"',\n  `mixed 'single' and \"double\"`,\n  'all \\' \" ` three'\n]"),
        ["StringEscapes"] = (r => [r.Arr("line\nbreak", "tab\there", "back\\slash", "\u0001\u007f", "é😀")], "[ 'line\\nbreak', 'tab\\there', 'back\\\\slash', '\\x01\\x7F', 'é😀' ]"),
        ["KeyQuoting"] = (r => [r.Obj(("a-b", 1), ("1x", 2), ("valid_id", 3), ("$dollar", 4), ("", 5), ("__proto__x", 6))], "{ 'a-b': 1, '1x': 2, valid_id: 3, '$dollar': 4, '': 5, __proto__x: 6 }"),
        ["NestedDepth"] = (r => [r.Obj(("a", r.Obj(("b", r.Obj(("c", r.Obj(("d", 1)))))))), r.Arr(r.Arr(r.Arr(r.Arr(1)))), r.Obj(("a", r.Obj(("b", r.Obj(("c", r.Obj()))))))], "{ a: { b: { c: [Object] } } } [ [ [ [Array] ] ] ] { a: { b: { c: {} } } }"),
        ["Holes"] = (r => [r.Arr(1, JsValue.Hole, JsValue.Hole, 4), r.Arr(JsValue.Hole, JsValue.Hole, JsValue.Hole), r.Arr(JsValue.Hole, 1)], "[ 1, <2 empty items>, 4 ] [ <3 empty items> ] [ <1 empty item>, 1 ]"),
        ["ArrayExtraKeys"] = (r => [r.With(r.Arr(1, 2), ("extra", "x")), r.With(r.Arr(), ("key", 1))], "[ 1, 2, extra: 'x' ] [ key: 1 ]"),
        ["Circular"] = (r => { var o = r.Obj(("name", "root")); o.Set("self", o); return [o]; }, "<ref *1> { name: 'root', self: [Circular *1] }"),
        ["CircularArray"] = (r => { var a = r.Arr(1); a.Push(a); return [a]; }, "<ref *1> [ 1, [Circular *1] ]"),
        ["Builtins"] = (r => [r.GetPath("Math.max"), r.Arr(r.GetPath("Math.min")), r.Intrinsics.Math], "[Function: max] [ [Function: min] ] Object [Math] {}"),
        ["Accessors"] = (r => [r.Accessors()], "{ plain: 3, g: [Getter], s: [Setter], gs: [Getter/Setter] }"),
        ["NullPrototype"] = (r => [new JsObject(null), r.With(new JsObject(null), ("a", 1)), r.Obj(("inner", new JsObject(null)))], "[Object: null prototype] {} [Object: null prototype] { a: 1 } { inner: [Object: null prototype] {} }"),
        ["Boxed"] = (r => [Operations.ToObject(r, 3), Operations.ToObject(r, "ab"), Operations.ToObject(r, false), r.Arr(Operations.ToObject(r, -0d)), Operations.ToObject(r, new JsSymbol("q"))], "[Number: 3] [String: 'ab'] [Boolean: false] [ [Number: -0] ] [Symbol: Symbol(q)]"),
        ["SymbolKeys"] = (r => [r.Obj(("regular", 1), (new JsSymbol("foo"), "symbol-keyed")), new JsSymbol("bar"), r.Arr(new JsSymbol(null))], "{ regular: 1, [Symbol(foo)]: 'symbol-keyed' } Symbol(bar) [ Symbol() ]"),
        ["GroupedNumbers"] = (r => [r.Arr(Enumerable.Range(0, 30).Select(i => (JsValue)(i * 37)).ToArray())], "[\n    0,  37,  74, 111,  148,  185,\n  222, 259, 296, 333,  370,  407,\n  444, 481, 518, 555,  592,  629,\n  666, 703, 740, 777,  814,  851,\n  888, 925, 962, 999, 1036, 1073\n]"),
        ["MoreItems"] = (r => [r.Arr(Enumerable.Range(0, 120).Select(i => (JsValue)i).ToArray())], "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 20 more items\n]"),
        ["SevenNumbers"] = (r => [r.Arr(1, 2, 3, 4, 5, 6, 7)], "[\n  1, 2, 3, 4,\n  5, 6, 7\n]"),
        ["StringColumns"] = (r => [r.Arr("apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew")], "[\n  'apple',\n  'banana',\n  'cherry',\n  'date',\n  'elderberry',\n  'fig',\n  'grape',\n  'honeydew'\n]"),
        ["ShortStrings"] = (r => [r.Arr(Enumerable.Range(0, 30).Select(i => (JsValue)"abc"[i % 3].ToString()).ToArray())], "[\n  'a', 'b', 'c', 'a', 'b', 'c',\n  'a', 'b', 'c', 'a', 'b', 'c',\n  'a', 'b', 'c', 'a', 'b', 'c',\n  'a', 'b', 'c', 'a', 'b', 'c',\n  'a', 'b', 'c', 'a', 'b', 'c'\n]"),
        ["LongLine"] = (r => [r.Obj(("aaaaaaaaaa", 1111111111), ("bbbbbbbbbb", 2222222222d), ("cccccccccc", 3333333333d), ("dd", 4)), r.Obj(("a", new string('x', 60)), ("b", 1))], "{\n  aaaaaaaaaa: 1111111111,\n  bbbbbbbbbb: 2222222222,\n  cccccccccc: 3333333333,\n  dd: 4\n} {\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  b: 1\n}"),
        ["NestedGrouped"] = (r => [r.Obj(("list", r.Arr(Enumerable.Range(0, 10).Select(i => (JsValue)(i * 1000)).ToArray())), ("name", "x"))], "{\n  list: [\n       0, 1000, 2000,\n    3000, 4000, 5000,\n    6000, 7000, 8000,\n    9000\n  ],\n  name: 'x'\n}"),
        ["LongString"] = (r => [r.Obj(("s", new string('x', 100) + "\nyyy"))], "{\n  s: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n' +\n    'yyy'\n}"),
        ["MixedNesting"] = (r => [r.Obj(("a", r.Arr(1, r.Obj(("b", 2)))), ("c", r.Obj(("d", r.Arr(3, r.Arr(4)))))), r.Arr(r.Arr(), r.Obj(), r.Arr(r.Obj()))], "{ a: [ 1, { b: 2 } ], c: { d: [ 3, [Array] ] } } [ [], {}, [ {} ] ]"),
        ["Numbers"] = (r => [r.Arr(1.5, -2, 1e21, 1e-7, 0.1 + 0.2, 5e-324, 9007199254740992d)], "[ 1.5, -2, 1e+21, 1e-7, 0.30000000000000004, 5e-324, 9007199254740992 ]"),
        ["FormatSD"] = (r => ["%s is %d years", "Ada", 36], "Ada is 36 years"),
        ["FormatID"] = (r => ["%i and %d", 42.9, "7"], "42 and 7"),
        ["FormatF"] = (r => ["%f", "1.5", "extra"], "1.5 extra"),
        ["FormatExtra"] = (r => ["%s", "only one", "two", 3], "only one two 3"),
        ["FormatMissing"] = (r => ["%s and %s", "a"], "a and %s"),
        ["FormatPercent"] = (r => ["100%% sure", "yes"], "100% sure yes"),
        ["FormatNaN"] = (r => ["%d", "abc"], "NaN"),
        ["FormatMinusZero"] = (r => ["%s", -0d, 5], "-0 5"),
        ["FormatC"] = (r => ["%c styled", "color: red"], " styled"),
        ["FormatLowerO"] = (r => ["%o", r.Arr(1, 2)], "[ 1, 2, [length]: 2 ]"),
        ["FormatUpperO"] = (r => ["%O", r.Obj(("b", "two"))], "{ b: 'two' }"),
        ["FormatObjectS"] = (r => ["%s", r.Obj(("a", r.Obj(("b", 1))))], "{ a: [Object] }"),
        ["FormatUnknown"] = (r => ["%x unknown", 1], "%x unknown 1"),
        ["FormatNotFirst"] = (r => [5, "%s", "x"], "5 %s x"),
        ["FormatDoublePercent"] = (r => ["%%", "x"], "% x"),
        ["FormatSymbolD"] = (r => ["%d", new JsSymbol("s")], "NaN"),
    };

    public static TheoryData<string> CaseNames => new(s_cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Log_Values_MatchNodeFormatting(string name)
    {
        var (build, expected) = s_cases[name];
        Realm realm = TestHost.CreateRealm(out TestHost host);
        realm.CallPath("console.log", realm.Intrinsics.Console, build(realm));
        Assert.Equal(expected, host.Output);
    }

    [Theory]
    [InlineData("log", ConsoleLevel.Log)]
    [InlineData("info", ConsoleLevel.Info)]
    [InlineData("warn", ConsoleLevel.Warn)]
    [InlineData("error", ConsoleLevel.Error)]
    [InlineData("debug", ConsoleLevel.Debug)]
    public void Method_Called_WritesAtItsLevel(string method, ConsoleLevel level)
    {
        Realm realm = TestHost.CreateRealm(out TestHost host);
        realm.CallPath("console." + method, realm.Intrinsics.Console, "x", 1);
        Assert.Equal([(level, "x 1")], host.Lines);
    }

    [Fact]
    public void Group_Nested_IndentsEveryLine()
    {
        Realm realm = TestHost.CreateRealm(out TestHost host);
        JsValue console = realm.Intrinsics.Console;
        realm.CallPath("console.group", console, "outer");
        realm.CallPath("console.log", console, "a\nb");
        realm.CallPath("console.groupEnd", console);
        realm.CallPath("console.log", console, "c");
        Assert.Equal("outer\n  a\n  b\nc", host.Output);
    }

    [Fact]
    public void CountAndAssert_Called_PrintLikeNode()
    {
        Realm realm = TestHost.CreateRealm(out TestHost host);
        JsValue console = realm.Intrinsics.Console;
        realm.CallPath("console.count", console);
        realm.CallPath("console.count", console);
        realm.CallPath("console.count", console, "x");
        realm.CallPath("console.assert", console, false, "bad %s", "thing");
        realm.CallPath("console.assert", console, true, "never");
        realm.CallPath("console.assert", console, 0);
        Assert.Equal("default: 1\ndefault: 2\nx: 1\nAssertion failed: bad thing\nAssertion failed", host.Output);
    }

    [Fact]
    public void Error_WithoutJsFrames_PrintsInBrackets()
    {
        Realm realm = TestHost.CreateRealm(out TestHost host);
        JsError error = JsError.Create(realm, ErrorKind.TypeError, "boom");
        realm.CallPath("console.log", realm.Intrinsics.Console, error, realm.Obj(("e", error)));
        Assert.Equal("[TypeError: boom] { e: [TypeError: boom] }", host.Output);
    }

    [Fact]
    public void Instance_OfNamedConstructor_ShowsTheName()
    {
        Realm realm = TestHost.CreateRealm(out TestHost host);
        var point = new JsLambda(realm, (_, _) => default);
        point.DefineDataProperty("name", "Point", PropertyFlags.Configurable);
        var prototype = realm.Obj();
        prototype.DefineDataProperty("constructor", point, PropertyFlags.Hidden);
        point.DefineDataProperty("prototype", prototype, PropertyFlags.Writable);
        var instance = realm.With(new JsObject(prototype), ("x", 1), ("y", 2));
        realm.CallPath("console.log", realm.Intrinsics.Console, instance, new JsObject(prototype), realm.Arr(instance));
        Assert.Equal("Point { x: 1, y: 2 } Point {} [ Point { x: 1, y: 2 } ]", host.Output);
    }
}
