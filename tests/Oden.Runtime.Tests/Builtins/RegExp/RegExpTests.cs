// RegExp: translation to .NET checked through exec results (index, captures, groups, lastIndex) and the
// early errors. Expected values generated with node 20 and hard-coded.
using Oden.Runtime;
using Oden.Runtime.Builtins;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;

namespace Oden.Runtime.Tests.Builtins;

public class RegExpTests
{
    [Theory]
    [InlineData("\\d+", "g", "a12b345", "[\"12\"]@1#3 [\"345\"]@4#7")]
    [InlineData("\\w+", "", "  h\u00e9llo_1 ", "[\"h\"]@2")]
    [InlineData("\\s+", "g", "a \t\u00a0\u2028b\ufeffc", "[\" \t\u00a0\u2028\"]@1#5 [\"\ufeff\"]@6#7")]
    [InlineData(".", "g", "a\nb\r\u2028c", "[\"a\"]@0#1 [\"b\"]@2#3 [\"c\"]@5#6")]
    [InlineData(".", "gs", "a\nb", "[\"a\"]@0#1 [\"\n\"]@1#2 [\"b\"]@2#3")]
    [InlineData("[^]", "g", "a\n", "[\"a\"]@0#1 [\"\n\"]@1#2")]
    [InlineData("^b", "m", "a\nb\r\nb", "[\"b\"]@2")]
    [InlineData("^b", "", "a\nb", "null")]
    [InlineData("a$", "m", "a\nba", "[\"a\"]@0")]
    [InlineData("a$", "", "a\n", "null")]
    [InlineData("\\bfoo\\b", "g", "foo foobar (foo)", "[\"foo\"]@0#3 [\"foo\"]@12#15")]
    [InlineData("\\Bo", "g", "foo oo", "[\"o\"]@1#2 [\"o\"]@2#3 [\"o\"]@5#6")]
    [InlineData("(a)|(b)", "g", "ab", "[\"a\",\"a\",undefined]@0#1 [\"b\",undefined,\"b\"]@1#2")]
    [InlineData("(a)?b", "", "b", "[\"b\",undefined]@0")]
    [InlineData("(?<year>\\d{4})-(?<m>\\d\\d)", "", "on 2024-05-06", "[\"2024-05\",\"2024\",\"05\"]@3{year:\"2024\",m:\"05\"}")]
    [InlineData("(\\w)\\1", "g", "aabbcd", "[\"aa\",\"a\"]@0#2 [\"bb\",\"b\"]@2#4")]
    [InlineData("\\1(a)", "", "aa", "[\"a\",\"a\"]@0")]
    [InlineData("(a)|\\1b", "", "b", "[\"b\",undefined]@0")]
    [InlineData("(?<=\\$)\\d+", "g", "$10 and $20", "[\"10\"]@1#3 [\"20\"]@9#11")]
    [InlineData("(?<!\\$)\\b\\d+", "g", "$10 and 20", "[\"20\"]@8#10")]
    [InlineData("a(?=b)", "g", "abac", "[\"a\"]@0#1")]
    [InlineData("a(?!b)", "g", "abac", "[\"a\"]@2#3")]
    [InlineData("a{2,3}", "g", "aaaaaaa", "[\"aaa\"]@0#3 [\"aaa\"]@3#6")]
    [InlineData("a{2,}?", "", "aaaa", "[\"aa\"]@0")]
    [InlineData("x{", "", "x{", "[\"x{\"]@0")]
    [InlineData("a{,2}", "", "a{,2}", "[\"a{,2}\"]@0")]
    [InlineData("}]", "", "}]", "[\"}]\"]@0")]
    [InlineData("[a-c-e]", "g", "b-e", "[\"b\"]@0#1 [\"-\"]@1#2 [\"e\"]@2#3")]
    [InlineData("[\\d-z]", "g", "5-z", "[\"5\"]@0#1 [\"-\"]@1#2 [\"z\"]@2#3")]
    [InlineData("[\\b]", "", "\u0008", "[\"\u0008\"]@0")]
    [InlineData("\\cJ", "", "\n", "[\"\n\"]@0")]
    [InlineData("\\x41\\u0042", "", "AB", "[\"AB\"]@0")]
    [InlineData("\\0", "", "\u0000", "[\"\u0000\"]@0")]
    [InlineData("\\101", "", "A", "[\"A\"]@0")]
    [InlineData("\\8", "", "8", "[\"8\"]@0")]
    [InlineData("\\k", "", "k", "[\"k\"]@0")]
    [InlineData("\\u{1F600}", "u", "x\ud83d\ude00", "[\"\ud83d\ude00\"]@1")]
    [InlineData(".", "gu", "\ud83d\ude00a", "[\"\ud83d\ude00\"]@0#2 [\"a\"]@2#3")]
    [InlineData("[\\u{1F600}-\\u{1F64F}]", "u", "\ud83d\ude03", "[\"\ud83d\ude03\"]@0")]
    [InlineData("[^a]", "u", "\ud83d\ude00", "[\"\ud83d\ude00\"]@0")]
    [InlineData("^.$", "", "\ud83d\ude00", "null")]
    [InlineData("^.$", "u", "\ud83d\ude00", "[\"\ud83d\ude00\"]@0")]
    [InlineData("\\p{Lu}+", "u", "abcDEF", "[\"DEF\"]@3")]
    [InlineData("\\P{L}", "gu", "a1b", "[\"1\"]@1#2")]
    [InlineData("\\p{L}", "u", "1\ud835\udc00", "[\"\ud835\udc00\"]@1")]
    [InlineData("\\P{L}", "u", "\ud835\udc00!", "[\"!\"]@2")]
    [InlineData("\\p{Script=Greek}+", "u", "a\u03b1\u03b2b", "[\"\u03b1\u03b2\"]@1")]
    [InlineData("[\\p{L}--[a-z]]+", "v", "abcDEF", "[\"DEF\"]@3")]
    [InlineData("[\\p{ASCII}&&\\p{N}]+", "v", "x12\u0663", "[\"12\"]@1")]
    [InlineData("[\\q{abc|ab}x]", "gv", "abxab", "[\"ab\"]@0#2 [\"x\"]@2#3 [\"ab\"]@3#5")]
    [InlineData("[\\q{}d]", "v", "d", "[\"d\"]@0")]
    [InlineData("x[\\q{ab|}]y", "v", "xy", "[\"xy\"]@0")]
    [InlineData("abc", "i", "xABC", "[\"ABC\"]@1")]
    [InlineData("[a-z]+", "gi", "Hello World", "[\"Hello\"]@0#5 [\"World\"]@6#11")]
    [InlineData("\u00df", "i", "SS", "null")]
    [InlineData("a", "y", "ba", "null")]
    [InlineData("a", "gy", "aab", "[\"a\"]@0#1 [\"a\"]@1#2")]
    [InlineData("", "g", "abc", "[\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0")]
    [InlineData("(?:)", "g", "", "[\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0 [\"\"]@0#0")]
    [InlineData("a|ab", "", "abc", "[\"a\"]@0")]
    [InlineData("(a|ab)(c|bcd)(d*)", "", "abcd", "[\"abcd\",\"a\",\"bcd\",\"\"]@0")]
    [InlineData("\\/", "", "/", "[\"/\"]@0")]
    [InlineData("[/]", "", "/", "[\"/\"]@0")]
    [InlineData("\\.", "", "a.b", "[\".\"]@1")]
    [InlineData("(?<a>x)|(?<b>y)", "", "y", "[\"y\",undefined,\"y\"]@0{a:undefined,b:\"y\"}")]
    public void Exec_Pattern_MatchesNode(string pattern, string flags, string input, string expected)
    {
        Realm realm = NewRealm();
        JsRegExp re = JsRegExp.RegExpCreate(realm, pattern, flags);
        var results = new List<string>();
        for (int i = 0; i < 10; i++)
        {
            JsValue m = CallMethod(realm, realm.Intrinsics.RegExpPrototype, "exec", re, input);
            if (m.IsNull) break;
            JsObject o = m.AsObject;
            string text = Show(realm, m) + "@" + Show(realm, o.Get("index"));
            if (!o.Get("groups").IsUndefined) text += Show(realm, o.Get("groups"));
            if (flags.Contains('g') || flags.Contains('y')) text += "#" + Show(realm, re.Get("lastIndex"));
            results.Add(text);
            if (!flags.Contains('g') && !flags.Contains('y')) break;
        }

        Assert.Equal(expected, results.Count == 0 ? "null" : string.Join(" ", results));
    }

    [Theory]
    [InlineData("(", "", "SyntaxError: Invalid regular expression: /(/: Unterminated group")]
    [InlineData(")", "", "SyntaxError: Invalid regular expression: /)/: Unmatched ')'")]
    [InlineData("*", "", "SyntaxError: Invalid regular expression: /*/: Nothing to repeat")]
    [InlineData("a**", "", "SyntaxError: Invalid regular expression: /a**/: Nothing to repeat")]
    [InlineData("[b-a]", "", "SyntaxError: Invalid regular expression: /[b-a]/: Range out of order in character class")]
    [InlineData("a{2,1}", "", "SyntaxError: Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier")]
    [InlineData("(?<n>a)(?<n>b)", "", "SyntaxError: Invalid regular expression: /(?<n>a)(?<n>b)/: Duplicate capture group name")]
    [InlineData("\\k<x>(?<y>.)", "", "SyntaxError: Invalid regular expression: /\\k<x>(?<y>.)/: Invalid named capture referenced")]
    [InlineData("(?x)", "", "SyntaxError: Invalid regular expression: /(?x)/: Invalid group")]
    [InlineData("[", "", "SyntaxError: Invalid regular expression: /[/: Unterminated character class")]
    [InlineData("\\", "", "SyntaxError: Invalid regular expression: /\\/: \\ at end of pattern")]
    [InlineData("{1}", "", "SyntaxError: Invalid regular expression: /{1}/: Nothing to repeat")]
    [InlineData("a", "gg", "SyntaxError: Invalid flags supplied to RegExp constructor 'gg'")]
    [InlineData("a", "z", "SyntaxError: Invalid flags supplied to RegExp constructor 'z'")]
    [InlineData("\\u{110000}", "u", "SyntaxError: Invalid regular expression: /\\u{110000}/u: Invalid Unicode escape")]
    [InlineData("\\q", "u", "SyntaxError: Invalid regular expression: /\\q/u: Invalid escape")]
    [InlineData("{", "u", "SyntaxError: Invalid regular expression: /{/u: Lone quantifier brackets")]
    [InlineData("\\p{Greek}", "u", "SyntaxError: Invalid regular expression: /\\p{Greek}/u: Invalid property name")]
    [InlineData("\\p{ascii}", "u", "SyntaxError: Invalid regular expression: /\\p{ascii}/u: Invalid property name")]
    [InlineData("[^\\q{ab}]", "v", "SyntaxError: Invalid regular expression: /[^\\q{ab}]/v: Negated character class may contain strings")]
    [InlineData("[a&&&b]", "v", "SyntaxError: Invalid regular expression: /[a&&&b]/v: Invalid set operation in character class")]
    [InlineData("\\p{RGI_Emoji}", "v", "SyntaxError: Invalid regular expression: /\\p{RGI_Emoji}/v: Invalid property name (the property of strings \\p{RGI_Emoji} is not supported)")]
    [InlineData("(?<1a>x)", "", "SyntaxError: Invalid regular expression: /(?<1a>x)/: Invalid capture group name")]
    [InlineData("x{2}{3}", "", "SyntaxError: Invalid regular expression: /x{2}{3}/: Nothing to repeat")]
    [InlineData("^*", "", "SyntaxError: Invalid regular expression: /^*/: Nothing to repeat")]
    public void Constructor_InvalidPattern_ThrowsSyntaxError(string pattern, string flags, string expected)
    {
        Realm realm = NewRealm();
        JsFunction ctor = realm.Intrinsics.RegExpConstructor;
        Assert.Equal(expected, ThrownError(() => ctor.Construct([pattern, flags], ctor)) ?? "ok");
        Assert.Equal(expected.StartsWith("SyntaxError: Invalid regular expression:") ? expected["SyntaxError: ".Length..] : expected.StartsWith("SyntaxError") ? "flags" : null,
            RegExpLiteral.Validate(pattern, flags) is { } v && v.StartsWith("Invalid regular expression flags") ? "flags" : RegExpLiteral.Validate(pattern, flags));
    }

    [Theory]
    [InlineData("a/b", "", "/a\\/b/")]
    [InlineData("", "gimsuy", "/(?:)/gimsuy")]
    [InlineData("[/]\\n", "dy", "/[/]\\n/dy")]
    public void ToString_EscapesSource(string pattern, string flags, string expected)
    {
        Realm realm = NewRealm();
        JsRegExp re = JsRegExp.RegExpCreate(realm, pattern, flags);
        Assert.Equal(expected, CallMethod(realm, realm.Intrinsics.RegExpPrototype, "toString", re).AsString());
    }

    [Fact]
    public void Literal_CreatesFreshObjectsSharingTheMatcher()
    {
        Realm realm = NewRealm();
        var literal = new RegExpLiteral("a(b)", "g");
        JsRegExp first = JsRegExp.Create(realm, literal), second = JsRegExp.Create(realm, literal);
        Assert.NotSame(first, second);
        Assert.Same(first.Matcher, second.Matcher);
        Assert.Equal(0, first.Get("lastIndex").AsNumber);
        CallMethod(realm, realm.Intrinsics.RegExpPrototype, "test", first, "xab");
        Assert.Equal(3, first.Get("lastIndex").AsNumber);
        Assert.Equal(0, second.Get("lastIndex").AsNumber);
        Assert.Equal("\"g\"", Show(realm, first.Get("flags")));
        Assert.Equal("SyntaxError: Invalid regular expression: /(/: Unterminated group", ThrownError(() => JsRegExp.Create(realm, new RegExpLiteral("(", ""))));
    }

    [Fact]
    public void LastIndex_IsOwnWritableNonEnumerableNonConfigurable()
    {
        Realm realm = NewRealm();
        JsRegExp re = JsRegExp.RegExpCreate(realm, "a", "");
        Assert.True(re.GetOwnProperty("lastIndex", out PropertyDescriptor d));
        Assert.True(d.Writable);
        Assert.False(d.Enumerable);
        Assert.False(d.Configurable);
    }

    [Fact]
    public void Constructor_FromRegExp_CopiesSourceAndOverridesFlags()
    {
        Realm realm = NewRealm();
        JsFunction ctor = realm.Intrinsics.RegExpConstructor;
        JsRegExp re = JsRegExp.RegExpCreate(realm, "a+", "gi");
        JsValue copy = ctor.Construct([re, "y"], ctor);
        Assert.Equal("/a+/y", CallMethod(realm, realm.Intrinsics.RegExpPrototype, "toString", copy).AsString());
        Assert.Same(re, ctor.Call(default, [re]).AsObject);
        Assert.Equal("\"(?:)\"", Show(realm, realm.Intrinsics.RegExpPrototype.Get("source")));
        Assert.True(realm.Intrinsics.RegExpPrototype.Get("global").IsUndefined);
    }

    [Fact]
    public void CatastrophicPattern_TimesOut_AsRangeError()
    {
        Realm realm = NewRealm();
        JsRegExp re = JsRegExp.RegExpCreate(realm, "^(a+)+$", "");
        string input = new string('a', 40) + "!";
        string? error = ThrownError(() => CallMethod(realm, realm.Intrinsics.RegExpPrototype, "test", re, input));
        Assert.NotNull(error);
        Assert.StartsWith("RangeError:", error);
    }

    [Fact]
    public void MatchAll_IteratesAllMatches()
    {
        Realm realm = NewRealm();
        JsRegExp re = JsRegExp.RegExpCreate(realm, "(\\d)", "g");
        JsValue iterator = CallMethod(realm, realm.Intrinsics.StringPrototype, "matchAll", "a1b2", re);
        var matches = IteratorRecord.IterableToList(realm, iterator);
        Assert.Equal("[\"1\",\"1\"]@1 [\"2\",\"2\"]@3", string.Join(" ", matches.Select(m => Show(realm, m) + "@" + Show(realm, m.AsObject.Get("index")))));
        Assert.Equal("TypeError: String.prototype.matchAll called with a non-global RegExp argument",
            ThrownError(() => CallMethod(realm, realm.Intrinsics.StringPrototype, "matchAll", "a", JsRegExp.RegExpCreate(realm, "a", ""))));
    }

    [Fact]
    public void Replace_FunctionalReplacer_ReceivesCapturesPositionAndGroups()
    {
        Realm realm = NewRealm();
        JsRegExp re = JsRegExp.RegExpCreate(realm, "(?<d>\\d)(x)?", "g");
        TestFunction fn = Fn(realm, a => "<" + a.Length + ">");
        JsValue result = CallMethod(realm, realm.Intrinsics.StringPrototype, "replace", "a1b2", re, fn);
        Assert.Equal("\"a<6>b<6>\"", Show(realm, result));
        Assert.Equal(["\"1\",\"1\",undefined,1,\"a1b2\",{d:\"1\"}", "\"2\",\"2\",undefined,3,\"a1b2\",{d:\"2\"}"], fn.Calls);
    }

    [Fact]
    public void HasIndices_AddsIndicesArray()
    {
        Realm realm = NewRealm();
        JsRegExp re = JsRegExp.RegExpCreate(realm, "a(?<z>b)?", "d");
        JsObject m = CallMethod(realm, realm.Intrinsics.RegExpPrototype, "exec", re, "xa").AsObject;
        Assert.Equal("[[1,2],undefined]", Show(realm, m.Get("indices")));
    }

    /// <summary>
    /// RepeatMatcher's capture reset costs nothing for loops whose groups every iteration sets, and the
    /// empty-iteration guard appears only for loops whose atom can match the empty string.
    /// </summary>
    [Theory]
    [InlineData("(?:(\\d+),)+", false, false)]
    [InlineData("(?:(\\d+)(,|;))*", false, false)]
    [InlineData("((?:a|b)+c)+", false, false)]
    [InlineData("^(\\d{4})-(\\d{2}) (\\w+)", false, false)]
    [InlineData("(?:(a)|b)+", true, false)]
    [InlineData("(?:(a)?b)+", true, false)]
    [InlineData("(?:\\1(a))+", true, false)]
    [InlineData("(?:(?:(a))+|b)+", true, false)]
    [InlineData("(a*)+", false, true)]
    [InlineData("(?:a?|b)*", false, true)]
    [InlineData("(?=(a))*", false, true)]
    public void Translate_QuantifiedGroups_ResetAndGuardOnlyWhereNeeded(string pattern, bool reset, bool guard)
    {
        string net = DotNetRegExpEngine.TranslateForDiagnostics(pattern, RegExpFlags.None);
        Assert.Equal(reset, System.Text.RegularExpressions.Regex.IsMatch(net, @"\(\?<-\d+>\)"));
        Assert.Equal(guard, net.Contains("(?<-oden", StringComparison.Ordinal));
    }
}
