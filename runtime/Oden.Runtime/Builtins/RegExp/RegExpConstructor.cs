namespace Oden.Runtime.Builtins;

/// <summary>%RegExp%.</summary>
internal static partial class RegExpConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-regexp-pattern-flags"/>
    [JsConstructor("RegExp", Length = 2)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        JsValue pattern = args.At(0), flags = args.At(1);

        // 1. Let patternIsRegExp be ? IsRegExp(pattern).
        bool patternIsRegExp = StringHelpers.IsRegExp(pattern);

        // 2-3. Called as a function: newTarget is the active function; a RegExp whose constructor is RegExp is returned as is.
        if (newTarget is null)
        {
            newTarget = realm.Intrinsics.RegExpConstructor;
            if (patternIsRegExp && flags.IsUndefined)
            {
                JsValue patternConstructor = pattern.AsObject.Get("constructor");
                if (ReferenceEquals(patternConstructor._ref, newTarget)) return pattern;
            }
        }

        // 4-6. P and F from a RegExp object, a RegExp-like object, or the arguments.
        JsValue p, f;
        if (pattern._ref is JsRegExp source && source.Matcher is not null)
        {
            p = source.Source;
            f = flags.IsUndefined ? RegExpFlagsParser.ToString(source.Flags) : flags;
        }
        else if (patternIsRegExp)
        {
            p = pattern.AsObject.Get("source");
            f = flags.IsUndefined ? pattern.AsObject.Get("flags") : flags;
        }
        else
        {
            p = pattern;
            f = flags;
        }

        // 7-8. Let O be ? RegExpAlloc(newTarget). Return ? RegExpInitialize(O, P, F).
        JsRegExp o = JsRegExp.RegExpAlloc(realm, newTarget);
        return JsRegExp.RegExpInitialize(realm, o, p, f);
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-regexp-@@species"/>
    [JsGetter("[Symbol.species]")]
    private static JsValue Species(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;
}
