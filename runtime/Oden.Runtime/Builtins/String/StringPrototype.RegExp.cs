// The String.prototype methods that delegate to a regular expression through the well-known symbols
// (Symbol.match, matchAll, replace, search, split). When the argument has no such method they work on
// strings (replace, replaceAll, split) or build a RegExp first (match, matchAll, search).
using System.Text;
using static Oden.Runtime.Builtins.StringHelpers;

namespace Oden.Runtime.Builtins;

internal static partial class StringPrototype
{
    private static void RequireObjectCoercible(Realm realm, JsValue thisValue, string method)
    {
        if (thisValue.IsNullish) throw realm.TypeError($"String.prototype.{method} called on null or undefined");
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.match"/>
    [JsFunction("match", Length = 1)]
    private static JsValue Match(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let O be ? RequireObjectCoercible(this value).
        RequireObjectCoercible(realm, thisValue, "match");

        // 2. If regexp is neither undefined nor null: a matcher from @@match takes over.
        JsValue regexp = args.At(0);
        if (!regexp.IsNullish)
        {
            JsFunction? matcher = Operations.GetMethod(realm, regexp, PropertyKey.FromSymbol(JsSymbol.Match));
            if (matcher is not null) return matcher.Call1(regexp, thisValue);
        }

        // 3-5. Let S be ? ToString(O). Let rx be ? RegExpCreate(regexp, undefined). Return ? Invoke(rx, @@match, « S »).
        string s = Operations.ToString(realm, thisValue);
        JsRegExp rx = JsRegExp.RegExpCreate(realm, regexp, default);
        return Operations.Invoke(realm, rx, PropertyKey.FromSymbol(JsSymbol.Match), [s]);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.matchall"/>
    [JsFunction("matchAll", Length = 1)]
    private static JsValue MatchAll(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        RequireObjectCoercible(realm, thisValue, "matchAll");

        // 2. If regexp is neither undefined nor null, then
        JsValue regexp = args.At(0);
        if (!regexp.IsNullish)
        {
            // a-b. A RegExp must have the g flag.
            if (IsRegExp(regexp))
            {
                JsValue flags = Operations.GetV(realm, regexp, "flags");
                if (flags.IsNullish) throw realm.TypeError("String.prototype.matchAll called with a non-global RegExp argument");
                if (!Operations.ToString(realm, flags).Contains('g'))
                {
                    throw realm.TypeError("String.prototype.matchAll called with a non-global RegExp argument");
                }
            }

            // c-d. Let matcher be ? GetMethod(regexp, @@matchAll); if not undefined, return ? Call(matcher, regexp, « O »).
            JsFunction? matcher = Operations.GetMethod(realm, regexp, PropertyKey.FromSymbol(JsSymbol.MatchAll));
            if (matcher is not null) return matcher.Call1(regexp, thisValue);
        }

        // 3-5. S, rx = ? RegExpCreate(regexp, "g"), Invoke(rx, @@matchAll, « S »).
        string s = Operations.ToString(realm, thisValue);
        JsRegExp rx = JsRegExp.RegExpCreate(realm, regexp, "g");
        return Operations.Invoke(realm, rx, PropertyKey.FromSymbol(JsSymbol.MatchAll), [s]);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.search"/>
    [JsFunction("search", Length = 1)]
    private static JsValue Search(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        RequireObjectCoercible(realm, thisValue, "search");
        JsValue regexp = args.At(0);
        if (!regexp.IsNullish)
        {
            JsFunction? searcher = Operations.GetMethod(realm, regexp, PropertyKey.FromSymbol(JsSymbol.Search));
            if (searcher is not null) return searcher.Call1(regexp, thisValue);
        }

        string s = Operations.ToString(realm, thisValue);
        JsRegExp rx = JsRegExp.RegExpCreate(realm, regexp, default);
        return Operations.Invoke(realm, rx, PropertyKey.FromSymbol(JsSymbol.Search), [s]);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.replace"/>
    [JsFunction("replace", Length = 2)]
    private static JsValue Replace(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let O be ? RequireObjectCoercible(this value).
        RequireObjectCoercible(realm, thisValue, "replace");
        JsValue searchValue = args.At(0), replaceValue = args.At(1);

        // 2. If searchValue is neither undefined nor null: a replacer from @@replace takes over.
        if (!searchValue.IsNullish)
        {
            JsFunction? replacer = Operations.GetMethod(realm, searchValue, PropertyKey.FromSymbol(JsSymbol.Replace));
            if (replacer is not null) return replacer.Call2(searchValue, thisValue, replaceValue);
        }

        // 3-6. string, searchString, functionalReplace; a non-callable replaceValue becomes a String.
        string str = Operations.ToString(realm, thisValue);
        string searchString = Operations.ToString(realm, searchValue);
        JsFunction? replaceFn = replaceValue._ref as JsFunction;
        string? template = replaceFn is null ? Operations.ToString(realm, replaceValue) : null;

        // 7-9. position = StringIndexOf(string, searchString, 0); nothing to do when absent.
        int position = StringIndexOf(str, searchString, 0);
        if (position < 0) return str;

        // 10-14. preceding + replacement + following.
        string replacement = replaceFn is not null
            ? Operations.ToString(realm, replaceFn.Call3(default, searchString, position, str))
            : GetSubstitution(realm, searchString, str, position, [], default, template!);
        return string.Concat(str.AsSpan(0, position), replacement, str.AsSpan(position + searchString.Length));
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.replaceall"/>
    [JsFunction("replaceAll", Length = 2)]
    private static JsValue ReplaceAll(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        RequireObjectCoercible(realm, thisValue, "replaceAll");
        JsValue searchValue = args.At(0), replaceValue = args.At(1);

        // 2. If searchValue is neither undefined nor null, then
        if (!searchValue.IsNullish)
        {
            // a-b. A RegExp must have the g flag.
            if (IsRegExp(searchValue))
            {
                JsValue flags = Operations.GetV(realm, searchValue, "flags");
                if (flags.IsNullish || !Operations.ToString(realm, flags).Contains('g'))
                {
                    throw realm.TypeError("String.prototype.replaceAll called with a non-global RegExp argument");
                }
            }

            // c-d. Let replacer be ? GetMethod(searchValue, @@replace); if not undefined, call it.
            JsFunction? replacer = Operations.GetMethod(realm, searchValue, PropertyKey.FromSymbol(JsSymbol.Replace));
            if (replacer is not null) return replacer.Call2(searchValue, thisValue, replaceValue);
        }

        // 3-7. string, searchString, functionalReplace.
        string str = Operations.ToString(realm, thisValue);
        string searchString = Operations.ToString(realm, searchValue);
        JsFunction? replaceFn = replaceValue._ref as JsFunction;
        string? template = replaceFn is null ? Operations.ToString(realm, replaceValue) : null;

        // 8-12. Collect every match position, advancing by max(1, searchLength).
        int searchLength = searchString.Length;
        int advanceBy = Math.Max(1, searchLength);
        var matchPositions = new List<int>();
        int position = StringIndexOf(str, searchString, 0);
        while (position != -1)
        {
            matchPositions.Add(position);
            position = StringIndexOf(str, searchString, position + advanceBy);
        }

        // 13-16. Build the result from the preserved parts and the replacements.
        int endOfLastMatch = 0;
        var result = new StringBuilder();
        foreach (int p in matchPositions)
        {
            result.Append(str, endOfLastMatch, p - endOfLastMatch);
            string replacement = replaceFn is not null
                ? Operations.ToString(realm, replaceFn.Call3(default, searchString, p, str))
                : GetSubstitution(realm, searchString, str, p, [], default, template!);
            result.Append(replacement);
            endOfLastMatch = p + searchLength;
        }

        if (endOfLastMatch < str.Length) result.Append(str, endOfLastMatch, str.Length - endOfLastMatch);
        return result.ToString();
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.split"/>
    [JsFunction("split", Length = 2)]
    private static JsValue Split(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        RequireObjectCoercible(realm, thisValue, "split");
        JsValue separator = args.At(0), limit = args.At(1);

        // 2. If separator is neither undefined nor null: a splitter from @@split takes over.
        if (!separator.IsNullish)
        {
            JsFunction? splitter = Operations.GetMethod(realm, separator, PropertyKey.FromSymbol(JsSymbol.Split));
            if (splitter is not null) return splitter.Call2(separator, thisValue, limit);
        }

        // 3-5. S, lim = 2^32 - 1 or ToUint32(limit), R = ? ToString(separator).
        string s = Operations.ToString(realm, thisValue);
        uint lim = limit.IsUndefined ? uint.MaxValue : Operations.ToUint32(realm, limit);
        string r = Operations.ToString(realm, separator);

        // 6. If lim = 0, return an empty array.
        var a = JsArray.Create(realm);
        if (lim == 0) return a;

        // 7. If separator is undefined, return [S].
        if (separator.IsUndefined)
        {
            a.Push(s);
            return a;
        }

        // 9. An empty separator splits into code units (at most lim).
        int separatorLength = r.Length;
        if (separatorLength == 0)
        {
            int count = (int)Math.Min(lim, (uint)s.Length);
            for (int i = 0; i < count; i++) a.Push(Operations.CharToString(s[i]));
            return a;
        }

        // 10. If S is the empty String, return [S].
        if (s.Length == 0)
        {
            a.Push(s);
            return a;
        }

        // 11-15. The substrings between occurrences of R, at most lim of them. The occurrences are counted
        // first (a vectorized scan), so the result is built in storage of its final size.
        ReadOnlySpan<char> text = s;
        int pieces = (separatorLength == 1 ? text.Count(r[0]) : text.Count(r.AsSpan())) + 1;
        var items = new JsValue[(int)Math.Min((uint)pieces, lim)];
        int n = 0, i0 = 0;
        while (n < items.Length - 1 || (n == items.Length - 1 && items.Length < pieces))
        {
            int j = separatorLength == 1 ? s.IndexOf(r[0], i0) : s.IndexOf(r, i0, StringComparison.Ordinal);
            items[n++] = s.Substring(i0, j - i0);
            i0 = j + separatorLength;
        }

        if (n < items.Length) items[n] = s.Substring(i0);
        return JsArray.FromArray(realm, items);
    }
}
