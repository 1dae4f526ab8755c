// %RegExp.prototype%: exec, test, toString, the flag getters and the Symbol.match/matchAll/replace/search/
// split protocol that the String methods delegate to. The protocol methods follow the spec literally
// (they read "flags", "exec", "lastIndex" through the object, so subclasses and monkey-patching behave);
// RegExpExec skips only the call into the intrinsic exec, which is unobservable.
using System.Text;

namespace Oden.Runtime.Builtins;

/// <summary>%RegExp.prototype%'s members.</summary>
internal static unsafe partial class RegExpPrototype
{
    // SpeciesConstructor's two reads, through inline caches of their own.
    private static readonly CompilerServices.PropertySite s_speciesConstructorSite = new("constructor");
    private static readonly CompilerServices.PropertySite s_speciesSite = new(PropertyKey.FromSymbol(JsSymbol.Species));

    private static JsObject ThisObject(Realm realm, JsValue thisValue, string method)
    {
        if (thisValue._ref is JsObject o) return o;
        throw realm.TypeError($"RegExp.prototype.{method} called on incompatible receiver {Operations.DescribeForError(realm, thisValue)}");
    }

    private static JsRegExp ThisRegExp(Realm realm, JsValue thisValue, string method)
    {
        if (thisValue._ref is JsRegExp r && r.Matcher is not null) return r;
        throw realm.TypeError($"RegExp.prototype.{method} called on incompatible receiver {Operations.DescribeForError(realm, thisValue)}");
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexp.prototype.exec"/>
    [JsFunction("exec", Length = 1)]
    internal static JsValue Exec(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Perform ? RequireInternalSlot(R, [[RegExpMatcher]]).
        JsRegExp r = ThisRegExp(realm, thisValue, "exec");

        // 3-4. Let S be ? ToString(string). Return ? RegExpBuiltinExec(R, S).
        string s = Operations.ToString(realm, args.At(0));
        return r.BuiltinExec(realm, s);
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexpexec"/>
    internal static JsValue RegExpExec(Realm realm, JsObject r, string s)
    {
        // A pristine RegExp: Get(R, "exec") is the intrinsic exec (RegExpProtocolGuard).
        if (realm.Intrinsics.RegExpProtocolGuard.IsPristine(r)) return ((JsRegExp)r).BuiltinExec(realm, s);

        // 1. Let exec be ? Get(R, "exec").
        JsValue exec = r.Get("exec");

        // 2. If IsCallable(exec) is true, then call it; the result must be an Object or null.
        if (exec._ref is JsFunction f)
        {
            if (f is JsBuiltinFunction b && b.IsMethod(&Exec) && r is JsRegExp fast && fast.Matcher is not null)
            {
                return fast.BuiltinExec(realm, s);
            }

            JsValue result = f.Call1(r, s);
            if (!result.IsObject && !result.IsNull) throw realm.TypeError("exec result must be an object or null");
            return result;
        }

        // 3-4. Perform ? RequireInternalSlot(R, [[RegExpMatcher]]). Return ? RegExpBuiltinExec(R, S).
        if (r is not JsRegExp rx || rx.Matcher is null) throw realm.TypeError("RegExp exec method called on an incompatible receiver");
        return rx.BuiltinExec(realm, s);
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexp.prototype.test"/>
    [JsFunction("test", Length = 1)]
    private static JsValue Test(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let R be the this value; it must be an Object.
        JsObject r = ThisObject(realm, thisValue, "test");

        // 3-5. Let string be ? ToString(S). Let match be ? RegExpExec(R, string). Return match is not null.
        string s = Operations.ToString(realm, args.At(0));
        if (r is JsRegExp rx && rx.Matcher is not null && (realm.Intrinsics.RegExpProtocolGuard.IsPristine(r) || IsIntrinsicExec(r)))
        {
            return rx.BuiltinMatchBounds(realm, s, out _, out _);
        }

        return !RegExpExec(realm, r, s).IsNull;
    }

    /// <summary>Whether Get(r, "exec") is the intrinsic exec (a plain data property, so reading it runs no code).</summary>
    private static bool IsIntrinsicExec(JsObject r)
    {
        for (JsObject? o = r; o is not null; o = o.Prototype)
        {
            if (o.IsExoticFor("exec")) return false;
            if (o.TryGetOwnStorage("exec", out JsValue v, out PropertyFlags flags))
            {
                return (flags & PropertyFlags.Accessor) == 0 && v._ref is JsBuiltinFunction b && b.IsMethod(&Exec);
            }
        }

        return false;
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexp.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-5. "/" + ToString(Get(R, "source")) + "/" + ToString(Get(R, "flags")).
        JsObject r = ThisObject(realm, thisValue, "toString");
        string pattern = Operations.ToString(realm, r.Get("source"));
        string flags = Operations.ToString(realm, r.Get("flags"));
        return "/" + pattern + "/" + flags;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-regexp.prototype.source"/>
    [JsGetter("source")]
    private static JsValue SourceGetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. R must be an Object; %RegExp.prototype% itself gives "(?:)".
        JsObject r = ThisObject(realm, thisValue, "source");
        if (r is not JsRegExp rx || rx.Matcher is null)
        {
            if (ReferenceEquals(r, realm.Intrinsics.RegExpPrototype)) return "(?:)";
            throw realm.TypeError("RegExp.prototype.source getter called on non-RegExp object");
        }

        // 4-6. Return EscapeRegExpPattern(src, flags).
        return EscapeRegExpPattern(rx.Source);
    }

    /// <see href="https://tc39.es/ecma262/#sec-escaperegexppattern"/>
    internal static string EscapeRegExpPattern(string source)
    {
        if (source.Length == 0) return "(?:)";
        StringBuilder? sb = null;
        bool inClass = false;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            string? replacement = null;
            if (c == '\\' && i + 1 < source.Length)
            {
                sb?.Append(c).Append(source[i + 1]);
                if (sb is null && (source[i + 1] is '\n' or '\r' or '\u2028' or '\u2029'))
                {
                    sb = new StringBuilder(source, 0, i, source.Length + 8);
                    sb.Append(c).Append(source[i + 1]);
                }

                i++;
                continue;
            }

            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) replacement = "\\/";
            else if (c == '\n') replacement = "\\n";
            else if (c == '\r') replacement = "\\r";
            else if (c == '\u2028') replacement = "\\u2028";
            else if (c == '\u2029') replacement = "\\u2029";

            if (replacement is not null)
            {
                sb ??= new StringBuilder(source, 0, i, source.Length + 8);
                sb.Append(replacement);
            }
            else
            {
                sb?.Append(c);
            }
        }

        return sb?.ToString() ?? source;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-regexp.prototype.flags"/>
    [JsGetter("flags")]
    internal static JsValue FlagsGetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. R must be an Object.
        JsObject r = ThisObject(realm, thisValue, "flags");

        // 4-19. One code unit per flag whose getter reads as true, in "dgimsuvy" order.
        var result = new StringBuilder(8);
        if (Operations.ToBoolean(r.Get("hasIndices"))) result.Append('d');
        if (Operations.ToBoolean(r.Get("global"))) result.Append('g');
        if (Operations.ToBoolean(r.Get("ignoreCase"))) result.Append('i');
        if (Operations.ToBoolean(r.Get("multiline"))) result.Append('m');
        if (Operations.ToBoolean(r.Get("dotAll"))) result.Append('s');
        if (Operations.ToBoolean(r.Get("unicode"))) result.Append('u');
        if (Operations.ToBoolean(r.Get("unicodeSets"))) result.Append('v');
        if (Operations.ToBoolean(r.Get("sticky"))) result.Append('y');
        return result.ToString();
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexphasflag"/>
    private static JsValue RegExpHasFlag(Realm realm, JsValue thisValue, RegExpFlags flag, string name)
    {
        // 1-3. R must be an Object; %RegExp.prototype% itself gives undefined.
        JsObject r = ThisObject(realm, thisValue, name);
        if (r is not JsRegExp rx || rx.Matcher is null)
        {
            if (ReferenceEquals(r, realm.Intrinsics.RegExpPrototype)) return default;
            throw realm.TypeError($"RegExp.prototype.{name} getter called on non-RegExp object");
        }

        // 4-6. Return whether [[OriginalFlags]] contains the flag.
        return (rx.Flags & flag) != 0;
    }

    [JsGetter("dotAll")]
    internal static JsValue DotAll(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => RegExpHasFlag(realm, thisValue, RegExpFlags.DotAll, "dotAll");

    [JsGetter("global")]
    internal static JsValue Global(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => RegExpHasFlag(realm, thisValue, RegExpFlags.Global, "global");

    [JsGetter("hasIndices")]
    internal static JsValue HasIndices(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => RegExpHasFlag(realm, thisValue, RegExpFlags.HasIndices, "hasIndices");

    [JsGetter("ignoreCase")]
    internal static JsValue IgnoreCase(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => RegExpHasFlag(realm, thisValue, RegExpFlags.IgnoreCase, "ignoreCase");

    [JsGetter("multiline")]
    internal static JsValue Multiline(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => RegExpHasFlag(realm, thisValue, RegExpFlags.Multiline, "multiline");

    [JsGetter("sticky")]
    internal static JsValue Sticky(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => RegExpHasFlag(realm, thisValue, RegExpFlags.Sticky, "sticky");

    [JsGetter("unicode")]
    internal static JsValue Unicode(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => RegExpHasFlag(realm, thisValue, RegExpFlags.Unicode, "unicode");

    [JsGetter("unicodeSets")]
    internal static JsValue UnicodeSets(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => RegExpHasFlag(realm, thisValue, RegExpFlags.UnicodeSets, "unicodeSets");

    private static double ToLengthOfLastIndex(Realm realm, JsObject rx) =>
        rx is JsRegExp r ? r.GetLastIndex(realm) : Operations.ToLength(realm, rx.Get("lastIndex"));

    private static void SetLastIndex(Realm realm, JsObject rx, double value)
    {
        if (rx is JsRegExp r) r.SetLastIndex(realm, value);
        else Operations.Set(realm, rx, "lastIndex", value, throwOnFailure: true);
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexp.prototype-@@match"/>
    [JsFunction("[Symbol.match]", Length = 1)]
    internal static JsValue SymbolMatch(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. rx must be an Object; S = ? ToString(string); flags = ? ToString(? Get(rx, "flags")).
        JsObject rx = ThisObject(realm, thisValue, "[Symbol.match]");
        string s = Operations.ToString(realm, args.At(0));
        if (realm.Intrinsics.RegExpProtocolGuard.IsPristine(rx)) return PristineMatch(realm, (JsRegExp)rx, s);
        string flags = Operations.ToString(realm, rx.Get("flags"));

        // 4. If flags does not contain "g", return ? RegExpExec(rx, S).
        if (!flags.Contains('g')) return RegExpExec(realm, rx, s);

        // 5.a-c. fullUnicode; Set(rx, "lastIndex", 0, true); A = [].
        bool fullUnicode = flags.Contains('u') || flags.Contains('v');
        SetLastIndex(realm, rx, 0);
        JsArray a = JsArray.Create(realm);

        // 5.e. Repeat: collect each match; an empty match advances lastIndex.
        while (true)
        {
            JsValue result = RegExpExec(realm, rx, s);
            if (result.IsNull) return a.Length == 0 ? JsValue.Null : a;
            string matchStr = Operations.ToString(realm, result.AsObject.Get("0"));
            a.Push(matchStr);
            if (matchStr.Length == 0)
            {
                double thisIndex = ToLengthOfLastIndex(realm, rx);
                SetLastIndex(realm, rx, JsRegExp.AdvanceStringIndex(s, thisIndex, fullUnicode));
            }
        }
    }

    /// <summary>
    /// RegExp.prototype[@@match] steps 3-6 for a pristine RegExp (RegExpProtocolGuard): flags come from the
    /// matcher and a global match collects the matched strings without building a match array per match.
    /// </summary>
    private static JsValue PristineMatch(Realm realm, JsRegExp rx, string s)
    {
        RegExpFlags flags = rx.Flags;
        if ((flags & RegExpFlags.Global) == 0) return rx.BuiltinExec(realm, s);
        bool fullUnicode = (flags & (RegExpFlags.Unicode | RegExpFlags.UnicodeSets)) != 0;
        rx.SetLastIndex(realm, 0);
        JsArray? a = null;
        while (rx.BuiltinMatchBounds(realm, s, out int start, out int end))
        {
            a ??= JsArray.Create(realm);
            a.Push(start == end ? JsValue.EmptyString : JsValue.FromString(s.Substring(start, end - start)));
            if (start == end)
            {
                double thisIndex = rx.GetLastIndex(realm);
                rx.SetLastIndex(realm, JsRegExp.AdvanceStringIndex(s, thisIndex, fullUnicode));
            }
        }

        return a is null ? JsValue.Null : JsValue.FromRef(a);
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexp-prototype-matchall"/>
    [JsFunction("[Symbol.matchAll]", Length = 1)]
    private static JsValue SymbolMatchAll(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. R must be an Object; S = ? ToString(string); C = ? SpeciesConstructor(R, %RegExp%).
        JsObject r = ThisObject(realm, thisValue, "[Symbol.matchAll]");
        string s = Operations.ToString(realm, args.At(0));
        JsValue c = SpeciesConstructor(realm, r, realm.Intrinsics.RegExpConstructor);

        // 4-5. flags = ? ToString(? Get(R, "flags")); matcher = ? Construct(C, « R, flags »).
        string flags = Operations.ToString(realm, r.Get("flags"));
        JsValue matcher = Operations.Construct(realm, c, [r, flags]);

        // 6-7. lastIndex = ? ToLength(? Get(R, "lastIndex")); Perform ? Set(matcher, "lastIndex", lastIndex, true).
        double lastIndex = Operations.ToLength(realm, r.Get("lastIndex"));
        Operations.Set(realm, matcher.AsObject, "lastIndex", lastIndex, throwOnFailure: true);

        // 8-13. CreateRegExpStringIterator(matcher, S, global, fullUnicode).
        return new JsRegExpStringIterator(realm, matcher.AsObject, s, flags.Contains('g'), flags.Contains('u') || flags.Contains('v'));
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexp.prototype-@@replace"/>
    [JsFunction("[Symbol.replace]", Length = 2)]
    private static JsValue SymbolReplace(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. rx, S, lengthS.
        JsObject rx = ThisObject(realm, thisValue, "[Symbol.replace]");
        string s = Operations.ToString(realm, args.At(0));
        int lengthS = s.Length;

        // 5-6. functionalReplace; otherwise replaceValue = ? ToString(replaceValue).
        JsValue replaceValue = args.At(1);
        JsFunction? replaceFn = replaceValue._ref as JsFunction;
        string? template = replaceFn is null ? Operations.ToString(realm, replaceValue) : null;

        if (realm.Intrinsics.RegExpProtocolGuard.IsPristine(rx)) return PristineReplace(realm, (JsRegExp)rx, s, replaceFn, template);

        // 7-10. flags, global; a global replace starts at lastIndex 0.
        string flags = Operations.ToString(realm, rx.Get("flags"));
        bool global = flags.Contains('g');
        bool fullUnicode = false;
        if (global)
        {
            fullUnicode = flags.Contains('u') || flags.Contains('v');
            SetLastIndex(realm, rx, 0);
        }

        // 11-12. Collect the results.
        var results = new List<JsObject>();
        while (true)
        {
            JsValue result = RegExpExec(realm, rx, s);
            if (result.IsNull) break;
            results.Add(result.AsObject);
            if (!global) break;
            string matchStr = Operations.ToString(realm, result.AsObject.Get("0"));
            if (matchStr.Length == 0)
            {
                double thisIndex = ToLengthOfLastIndex(realm, rx);
                SetLastIndex(realm, rx, JsRegExp.AdvanceStringIndex(s, thisIndex, fullUnicode));
            }
        }

        // 13-15. Build the result from the replacements, in order, skipping overlapping positions.
        var accumulated = new StringBuilder();
        int nextSourcePosition = 0;
        foreach (JsObject result in results)
        {
            // a-e. nCaptures, matched, position.
            double resultLength = Operations.LengthOfArrayLike(realm, result);
            int nCaptures = (int)Math.Max(resultLength - 1, 0);
            string matched = Operations.ToString(realm, result.Get("0"));
            int matchLength = matched.Length;
            double pos = Operations.ToIntegerOrInfinity(realm, result.Get("index"));
            int position = (int)Math.Clamp(pos, 0, lengthS);

            // f-h. captures (undefined stays undefined), namedCaptures.
            var captures = new string?[nCaptures];
            for (int n = 1; n <= nCaptures; n++)
            {
                JsValue capN = result.Get(ArrayHelpers.Key(n));
                captures[n - 1] = capN.IsUndefined ? null : Operations.ToString(realm, capN);
            }

            JsValue namedCaptures = result.Get("groups");

            // i-k. The replacement: a call of the replacer, or GetSubstitution.
            string replacement;
            if (replaceFn is not null)
            {
                var replacerArgs = new List<JsValue>(nCaptures + 4) { matched };
                foreach (string? cap in captures) replacerArgs.Add(cap is null ? default : JsValue.FromString(cap));
                replacerArgs.Add(position);
                replacerArgs.Add(s);
                if (!namedCaptures.IsUndefined) replacerArgs.Add(namedCaptures);
                replacement = Operations.ToString(realm, replaceFn.Call(default, replacerArgs.ToArray()));
            }
            else
            {
                if (!namedCaptures.IsUndefined) namedCaptures = Operations.ToObject(realm, namedCaptures);
                replacement = StringHelpers.GetSubstitution(realm, matched, s, position, captures, namedCaptures, template!);
            }

            // l. If position ≥ nextSourcePosition, append the skipped part and the replacement.
            if (position >= nextSourcePosition)
            {
                accumulated.Append(s, nextSourcePosition, position - nextSourcePosition).Append(replacement);
                nextSourcePosition = position + matchLength;
            }
        }

        // 16-17. The rest of S.
        if (nextSourcePosition >= lengthS) return accumulated.ToString();
        return accumulated.Append(s, nextSourcePosition, lengthS - nextSourcePosition).ToString();
    }

    /// <summary>
    /// RegExp.prototype[@@replace] steps 7-17 for a pristine RegExp (RegExpProtocolGuard). The matches are
    /// collected first, with the spec's lastIndex reads and writes, exactly as the literal protocol does
    /// (the replacer runs only after the last match); each result is a RegExpMatch or, when neither the
    /// replacer nor the template can see captures, just the bounds — no match arrays either way.
    /// </summary>
    private static string PristineReplace(Realm realm, JsRegExp rx, string s, JsFunction? replaceFn, string? template)
    {
        RegExpMatcher matcher = rx.Matcher!;
        RegExpFlags flags = matcher.Flags;
        bool global = (flags & RegExpFlags.Global) != 0;
        bool fullUnicode = (flags & (RegExpFlags.Unicode | RegExpFlags.UnicodeSets)) != 0;
        int nCaptures = matcher.CaptureCount;
        bool literalTemplate = template is not null && !template.Contains('$');
        bool boundsOnly = literalTemplate || (nCaptures == 0 && !matcher.HasNamedGroups);

        // 10. A global replace starts at lastIndex 0.
        if (global) rx.SetLastIndex(realm, 0);

        // 11-12. Collect the results: (start, end) pairs, or the matches with their captures.
        int[] bounds = boundsOnly ? new int[global ? 16 : 2] : [];
        List<RegExpMatch>? matches = boundsOnly ? null : [];
        int count = 0;
        while (true)
        {
            int start, end;
            if (boundsOnly)
            {
                if (!rx.BuiltinMatchBounds(realm, s, out start, out end)) break;
                if (count * 2 == bounds.Length) Array.Resize(ref bounds, bounds.Length * 2);
                bounds[count * 2] = start;
                bounds[count * 2 + 1] = end;
            }
            else
            {
                RegExpMatch? m = rx.BuiltinMatch(realm, s);
                if (m is null) break;
                matches!.Add(m);
                start = m.Index;
                end = m.EndIndex;
            }

            count++;
            if (!global) break;
            if (start == end)
            {
                double thisIndex = rx.GetLastIndex(realm);
                rx.SetLastIndex(realm, JsRegExp.AdvanceStringIndex(s, thisIndex, fullUnicode));
            }
        }

        if (count == 0) return s;

        // 13-15. The replacements, in order, skipping overlapping positions.
        var accumulated = new StringBuilder(s.Length + 16);
        int nextSourcePosition = 0;
        for (int k = 0; k < count; k++)
        {
            RegExpMatch? m = matches?[k];
            int position = m?.Index ?? bounds[k * 2];
            int matchLength = (m?.EndIndex ?? bounds[k * 2 + 1]) - position;
            string replacement;
            if (literalTemplate)
            {
                replacement = template!;
            }
            else if (replaceFn is not null)
            {
                string matched = s.Substring(position, matchLength);
                if (m is null)
                {
                    replacement = Operations.ToString(realm, replaceFn.Call3(default, matched, position, s));
                }
                else
                {
                    bool named = matcher.HasNamedGroups;
                    var replacerArgs = new JsValue[nCaptures + (named ? 4 : 3)];
                    replacerArgs[0] = matched;
                    for (int n = 1; n <= nCaptures; n++)
                    {
                        string? cap = m.Value(s, n);
                        replacerArgs[n] = cap is null ? default : JsValue.FromString(cap);
                    }

                    replacerArgs[nCaptures + 1] = position;
                    replacerArgs[nCaptures + 2] = s;
                    if (named) replacerArgs[nCaptures + 3] = JsRegExp.CreateGroupsObject(matcher, s, m);
                    replacement = Operations.ToString(realm, replaceFn.Call(default, replacerArgs));
                }
            }
            else
            {
                string matched = s.Substring(position, matchLength);
                var captures = new string?[nCaptures];
                for (int n = 1; n <= nCaptures; n++) captures[n - 1] = m?.Value(s, n);
                JsValue namedCaptures = m is not null && matcher.HasNamedGroups ? JsValue.FromRef(JsRegExp.CreateGroupsObject(matcher, s, m)) : default;
                replacement = StringHelpers.GetSubstitution(realm, matched, s, position, captures, namedCaptures, template!);
            }

            // l. If position ≥ nextSourcePosition, append the skipped part and the replacement.
            if (position >= nextSourcePosition)
            {
                accumulated.Append(s, nextSourcePosition, position - nextSourcePosition).Append(replacement);
                nextSourcePosition = position + matchLength;
            }
        }

        // 16-17. The rest of S.
        if (nextSourcePosition < s.Length) accumulated.Append(s, nextSourcePosition, s.Length - nextSourcePosition);
        return accumulated.ToString();
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexp.prototype-@@search"/>
    [JsFunction("[Symbol.search]", Length = 1)]
    private static JsValue SymbolSearch(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. rx, S.
        JsObject rx = ThisObject(realm, thisValue, "[Symbol.search]");
        string s = Operations.ToString(realm, args.At(0));

        // 4-5. Save lastIndex and start at 0.
        JsValue previousLastIndex = rx.Get("lastIndex");
        if (!Operations.SameValue(previousLastIndex, JsValue.Zero)) Operations.Set(realm, rx, "lastIndex", JsValue.Zero, throwOnFailure: true);

        // 6. Let result be ? RegExpExec(rx, S).
        JsValue result = RegExpExec(realm, rx, s);

        // 7-8. Restore lastIndex.
        JsValue currentLastIndex = rx.Get("lastIndex");
        if (!Operations.SameValue(currentLastIndex, previousLastIndex)) Operations.Set(realm, rx, "lastIndex", previousLastIndex, throwOnFailure: true);

        // 9-10. -1, or ? Get(result, "index").
        return result.IsNull ? -1 : result.AsObject.Get("index");
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexp.prototype-@@split"/>
    [JsFunction("[Symbol.split]", Length = 2)]
    private static JsValue SymbolSplit(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. rx, S, C = ? SpeciesConstructor(rx, %RegExp%).
        JsObject rx = ThisObject(realm, thisValue, "[Symbol.split]");
        string s = Operations.ToString(realm, args.At(0));
        JsValue c = SpeciesConstructor(realm, rx, realm.Intrinsics.RegExpConstructor);
        if (ReferenceEquals(c._ref, realm.Intrinsics.RegExpConstructor) && realm.Intrinsics.RegExpProtocolGuard.IsPristine(rx))
        {
            return PristineSplit(realm, (JsRegExp)rx, s, args.At(1));
        }

        // 5-10. flags, unicodeMatching, newFlags (always sticky); splitter = ? Construct(C, « rx, newFlags »).
        string flags = Operations.ToString(realm, rx.Get("flags"));
        bool unicodeMatching = flags.Contains('u') || flags.Contains('v');
        string newFlags = flags.Contains('y') ? flags : flags + "y";
        JsObject splitter = Operations.Construct(realm, c, [rx, newFlags]).AsObject;

        // 11-14. A = [], lim.
        JsArray a = JsArray.Create(realm);
        JsValue limit = args.At(1);
        uint lim = limit.IsUndefined ? uint.MaxValue : Operations.ToUint32(realm, limit);
        if (lim == 0) return a;

        // 15-16. An empty S: [S] unless the splitter matches it.
        int size = s.Length;
        if (size == 0)
        {
            if (!RegExpExec(realm, splitter, s).IsNull) return a;
            a.Push(s);
            return a;
        }

        // The intrinsic splitter runs no user code: one search from q finds the first q' ≥ q where the
        // sticky attempts of the spec's loop would succeed (an unsticky twin of the same program).
        RegExpMatcher? searcher = null;
        if (ReferenceEquals(c._ref, realm.Intrinsics.RegExpConstructor) && splitter is JsRegExp sr && sr.Matcher is not null && IsIntrinsicExec(splitter))
        {
            searcher = sr.Matcher.WithoutSticky();
        }

        // 17-19. p = q = 0; Repeat, while q < size:
        int p = 0, q = p;
        while (q < size)
        {
            JsValue z;
            if (searcher is not null)
            {
                RegExpMatch? m;
                try
                {
                    m = searcher.Match(s, q);
                }
                catch (RegExpTimeoutException timeout)
                {
                    throw realm.RangeError(timeout.Message);
                }

                if (m is null || m.Index >= size) break;
                q = m.Index;
                int e1 = Math.Min(m.EndIndex, size);
                if (e1 == p)
                {
                    q = (int)JsRegExp.AdvanceStringIndex(s, q, unicodeMatching);
                    continue;
                }

                a.Push(s.Substring(p, q - p));
                if (a.Length == lim) return a;
                p = e1;
                for (int i = 1; i <= searcher.CaptureCount; i++)
                {
                    string? cap = m.Value(s, i);
                    a.Push(cap is null ? default : JsValue.FromString(cap));
                    if (a.Length == lim) return a;
                }

                q = p;
                continue;
            }

            // a-c. Set(splitter, "lastIndex", q, true); z = ? RegExpExec(splitter, S).
            Operations.Set(realm, splitter, "lastIndex", q, throwOnFailure: true);
            z = RegExpExec(realm, splitter, s);
            if (z.IsNull)
            {
                q = (int)JsRegExp.AdvanceStringIndex(s, q, unicodeMatching);
                continue;
            }

            // d.i-iii. e = min(? ToLength(? Get(splitter, "lastIndex")), size); an empty match at p advances q.
            double e = Math.Min(Operations.ToLength(realm, splitter.Get("lastIndex")), size);
            if (e == p)
            {
                q = (int)JsRegExp.AdvanceStringIndex(s, q, unicodeMatching);
                continue;
            }

            // iv. T = S[p, q]; push; then the captures.
            a.Push(s.Substring(p, q - p));
            if (a.Length == lim) return a;
            p = (int)e;
            JsObject zo = z.AsObject;
            double numberOfCaptures = Math.Max(Operations.LengthOfArrayLike(realm, zo) - 1, 0);
            for (double i = 1; i <= numberOfCaptures; i++)
            {
                a.Push(zo.Get(ArrayHelpers.Key(i)));
                if (a.Length == lim) return a;
            }

            q = p;
        }

        // 20-22. T = S[p, size]; push; return A.
        a.Push(s.Substring(p));
        return a;
    }

    /// <summary>
    /// RegExp.prototype[@@split] steps 5-22 for a pristine RegExp whose species is %RegExp%: the splitter
    /// the spec constructs (the same pattern with y) would be a fresh object no code can reach, and the
    /// sticky attempts of its loop from q, q+1, … find the first match at or after q, so one unsticky search
    /// from q replaces them.
    /// </summary>
    private static JsArray PristineSplit(Realm realm, JsRegExp rx, string s, JsValue limit)
    {
        RegExpMatcher searcher = rx.Matcher!.WithoutSticky();
        bool unicodeMatching = (searcher.Flags & (RegExpFlags.Unicode | RegExpFlags.UnicodeSets)) != 0;

        // 11-14. A = [], lim.
        JsArray a = JsArray.Create(realm);
        uint lim = limit.IsUndefined ? uint.MaxValue : Operations.ToUint32(realm, limit);
        if (lim == 0) return a;

        try
        {
            // 15-16. An empty S: [S] unless the splitter matches it.
            int size = s.Length;
            if (size == 0)
            {
                if (!searcher.MatchBounds(s, 0, out _, out _)) a.Push(s);
                return a;
            }

            // 17-19. p = q = 0; Repeat, while q < size:
            int p = 0, q = 0;
            int captures = searcher.CaptureCount;
            while (q < size)
            {
                int start, end;
                RegExpMatch? m = null;
                if (captures == 0)
                {
                    if (!searcher.MatchBounds(s, q, out start, out int length)) break;
                    end = start + length;
                }
                else
                {
                    m = searcher.Match(s, q);
                    if (m is null) break;
                    start = m.Index;
                    end = m.EndIndex;
                }

                if (start >= size) break;
                q = start;
                int e = Math.Min(end, size);
                if (e == p)
                {
                    // An empty match at p: try again one position further.
                    q = (int)JsRegExp.AdvanceStringIndex(s, q, unicodeMatching);
                    continue;
                }

                // T = S[p, q]; push; then the captures.
                a.Push(s.Substring(p, q - p));
                if (a.Length == lim) return a;
                p = e;
                for (int i = 1; i <= captures; i++)
                {
                    string? cap = m!.Value(s, i);
                    a.Push(cap is null ? default : JsValue.FromString(cap));
                    if (a.Length == lim) return a;
                }

                q = p;
            }

            // 20-22. T = S[p, size]; push; return A.
            a.Push(s.Substring(p));
            return a;
        }
        catch (RegExpTimeoutException timeout)
        {
            throw realm.RangeError(timeout.Message);
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-speciesconstructor"/>
    internal static JsValue SpeciesConstructor(Realm realm, JsObject o, JsFunction defaultConstructor)
    {
        // 1-3. Let C be ? Get(O, "constructor"); undefined gives the default; a non-object is a TypeError.
        JsValue c = CompilerServices.Ops.GetProtocolProperty(realm, o, s_speciesConstructorSite);
        if (c.IsUndefined) return defaultConstructor;
        if (c._ref is not JsObject co) throw realm.TypeError("object.constructor is not an object");

        // 4-7. Let S be ? Get(C, @@species); nullish gives the default; a constructor is returned.
        JsValue s = CompilerServices.Ops.GetProtocolProperty(realm, co, s_speciesSite);
        if (s.IsNullish) return defaultConstructor;
        if (Operations.IsConstructor(s)) return s;
        throw realm.TypeError("object.constructor[Symbol.species] is not a constructor");
    }
}
