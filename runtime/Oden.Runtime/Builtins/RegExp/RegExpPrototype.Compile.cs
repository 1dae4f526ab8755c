// Annex B.2.4: RegExp.prototype.compile, which re-initialises a RegExp in place.
namespace Oden.Runtime.Builtins;

internal static partial class RegExpPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-regexp.prototype.compile"/>
    [JsFunction("compile", Length = 2)]
    private static JsValue Compile(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be the this value. Perform ? RequireInternalSlot(O, [[RegExpMatcher]]).
        if (thisValue._ref is not JsRegExp o || o.Matcher is null)
        {
            throw realm.TypeError("RegExp.prototype.compile requires that 'this' be a RegExp object");
        }

        // 3-4. If pattern is a RegExp: flags must be undefined; P and F come from it. Else P = pattern, F = flags.
        JsValue pattern = args.At(0), flags = args.At(1), p, f;
        if (pattern._ref is JsRegExp source && source.Matcher is not null)
        {
            if (!flags.IsUndefined) throw realm.TypeError("Cannot supply flags when constructing one RegExp from another");
            p = source.Source;
            f = RegExpFlagsParser.ToString(source.Flags);
        }
        else
        {
            p = pattern;
            f = flags;
        }

        // 5. Return ? RegExpInitialize(O, P, F) (which sets lastIndex to 0).
        return JsRegExp.RegExpInitialize(realm, o, p, f);
    }
}
