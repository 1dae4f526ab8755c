// Annex B.2.2: the HTML methods of String.prototype (anchor, big, blink, …), all CreateHTML.
using static Oden.Runtime.Builtins.StringHelpers;

namespace Oden.Runtime.Builtins;

internal static partial class StringPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-createhtml"/>
    private static JsValue CreateHtml(Realm realm, JsValue thisValue, string method, string tag, string attribute, JsValue value)
    {
        // 1-2. Let str be ? RequireObjectCoercible(string). Let S be ? ToString(str).
        string s = ThisString(realm, thisValue, method);

        // 3-4. Let p1 be "<" + tag, plus attribute="value" with each '"' of ToString(value) as "&quot;".
        string p1 = "<" + tag;
        if (attribute.Length != 0)
        {
            string v = Operations.ToString(realm, value);
            p1 += " " + attribute + "=\"" + v.Replace("\"", "&quot;") + "\"";
        }

        // 5-8. Return p1 + ">" + S + "</" + tag + ">".
        return p1 + ">" + s + "</" + tag + ">";
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.anchor"/>
    [JsFunction("anchor", Length = 1)]
    private static JsValue Anchor(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "anchor", "a", "name", args.At(0));

    [JsFunction("big")]
    private static JsValue Big(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "big", "big", "", default);

    [JsFunction("blink")]
    private static JsValue Blink(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "blink", "blink", "", default);

    [JsFunction("bold")]
    private static JsValue Bold(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "bold", "b", "", default);

    [JsFunction("fixed")]
    private static JsValue Fixed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "fixed", "tt", "", default);

    [JsFunction("fontcolor", Length = 1)]
    private static JsValue FontColor(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "fontcolor", "font", "color", args.At(0));

    [JsFunction("fontsize", Length = 1)]
    private static JsValue FontSize(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "fontsize", "font", "size", args.At(0));

    [JsFunction("italics")]
    private static JsValue Italics(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "italics", "i", "", default);

    [JsFunction("link", Length = 1)]
    private static JsValue Link(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "link", "a", "href", args.At(0));

    [JsFunction("small")]
    private static JsValue Small(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "small", "small", "", default);

    [JsFunction("strike")]
    private static JsValue Strike(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "strike", "strike", "", default);

    [JsFunction("sub")]
    private static JsValue Sub(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "sub", "sub", "", default);

    [JsFunction("sup")]
    private static JsValue Sup(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        CreateHtml(realm, thisValue, "sup", "sup", "", default);
}
