// %String.prototype%: the methods that read, search and transform strings. The methods that take a
// regular expression (match, matchAll, replace, replaceAll, search, split) are in
// StringPrototype.RegExp.cs. Every method first does RequireObjectCoercible(this) and ToString (ThisString).
using System.Text;
using static Oden.Runtime.Builtins.StringHelpers;

namespace Oden.Runtime.Builtins;

/// <summary>%String.prototype%'s methods.</summary>
internal static partial class StringPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-thisstringvalue"/>
    internal static string ThisStringValue(Realm realm, JsValue value, string method)
    {
        if (value.IsString) return value.AsString();
        if (value.TryGetObject is JsPrimitiveWrapper w && w.PrimitiveValue.IsString) return w.PrimitiveValue.AsString();
        throw realm.TypeError($"String.prototype.{method} requires that 'this' be a String");
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisStringValue(realm, thisValue, "toString");

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.valueof"/>
    [JsFunction("valueOf")]
    private static JsValue ValueOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisStringValue(realm, thisValue, "valueOf");

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.at"/>
    [JsFunction("at", Length = 1)]
    private static JsValue At(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let S be ? ToString(? RequireObjectCoercible(this)). Let len be the length of S.
        string s = ThisString(realm, thisValue, "at");
        int len = s.Length;

        // 4-6. Let relativeIndex be ? ToIntegerOrInfinity(index); k counts from the end when negative.
        double relative = Operations.ToIntegerOrInfinity(realm, args.At(0));
        double k = relative >= 0 ? relative : len + relative;

        // 7-8. If k < 0 or k ≥ len, return undefined; else the code unit at k.
        if (k < 0 || k >= len) return default;
        return Operations.CharToString(s[(int)k]);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.charat"/>
    [JsFunction("charAt", Length = 1)]
    internal static JsValue CharAt(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. S, position = ? ToIntegerOrInfinity(pos).
        string s = ThisString(realm, thisValue, "charAt");
        double position = Operations.ToIntegerOrInfinity(realm, args.At(0));

        // 4-5. If position < 0 or position ≥ size, return the empty String; else the code unit.
        if (position < 0 || position >= s.Length) return "";
        return Operations.CharToString(s[(int)position]);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.charcodeat"/>
    [JsFunction("charCodeAt", Length = 1)]
    internal static JsValue CharCodeAt(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // A flat string and an integral index in range (the `s.charCodeAt(i)` of scanning loops): steps 1-5
        // reduce to reading the code unit. -0 reads index 0, as ToIntegerOrInfinity(-0) is 0.
        if (thisValue._ref is string flat && args.Length != 0 && args[0].IsNumber)
        {
            double d = args[0]._num;
            int index = (int)d;
            if (index == d && (uint)index < (uint)flat.Length) return (int)flat[index];
        }

        string s = ThisString(realm, thisValue, "charCodeAt");
        double position = Operations.ToIntegerOrInfinity(realm, args.At(0));

        // 4-5. Out of range: NaN; else the numeric value of the code unit.
        if (position < 0 || position >= s.Length) return double.NaN;
        return (int)s[(int)position];
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.codepointat"/>
    [JsFunction("codePointAt", Length = 1)]
    private static JsValue CodePointAtMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string s = ThisString(realm, thisValue, "codePointAt");
        double position = Operations.ToIntegerOrInfinity(realm, args.At(0));

        // 4-6. Out of range: undefined; else CodePointAt(S, position).[[CodePoint]].
        if (position < 0 || position >= s.Length) return default;
        return CodePointAt(s, (int)position, out _);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.concat"/>
    [JsFunction("concat", Length = 1)]
    private static JsValue Concat(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. R = S, then append ToString of each argument.
        string s = ThisString(realm, thisValue, "concat");
        if (args.Length == 0) return s;
        var r = new StringBuilder(s);
        foreach (JsValue next in args) r.Append(Operations.ToString(realm, next));
        if (r.Length > JsRope.MaxStringLength) throw realm.RangeError("Invalid string length");
        return r.ToString();
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.endswith"/>
    [JsFunction("endsWith", Length = 1)]
    private static JsValue EndsWith(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-5. S; searchString must not be a RegExp; searchStr = ? ToString(searchString).
        string s = ThisString(realm, thisValue, "endsWith");
        if (IsRegExp(args.At(0))) throw realm.TypeError("First argument to String.prototype.endsWith must not be a regular expression");
        string searchStr = Operations.ToString(realm, args.At(0));

        // 6-8. end = len, or ToIntegerOrInfinity(endPosition) clamped to [0, len].
        int len = s.Length;
        double pos = args.At(1).IsUndefined ? len : Operations.ToIntegerOrInfinity(realm, args[1]);
        int end = (int)Math.Clamp(pos, 0, len);

        // 9-13. start = end - searchLength; compare the substring.
        int start = end - searchStr.Length;
        if (start < 0) return false;
        return string.CompareOrdinal(s, start, searchStr, 0, searchStr.Length) == 0;
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.includes"/>
    [JsFunction("includes", Length = 1)]
    private static JsValue Includes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string s = ThisString(realm, thisValue, "includes");
        if (IsRegExp(args.At(0))) throw realm.TypeError("First argument to String.prototype.includes must not be a regular expression");
        string searchStr = Operations.ToString(realm, args.At(0));

        // 6-9. pos = ? ToIntegerOrInfinity(position) clamped; StringIndexOf(S, searchStr, start) ≠ -1.
        double pos = Operations.ToIntegerOrInfinity(realm, args.At(1));
        int start = (int)Math.Clamp(pos, 0, s.Length);
        return StringIndexOf(s, searchStr, start) != -1;
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.indexof"/>
    [JsFunction("indexOf", Length = 1)]
    private static JsValue IndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string s = ThisString(realm, thisValue, "indexOf");
        string searchStr = Operations.ToString(realm, args.At(0));

        // 4-7. pos clamped to [0, len]; StringIndexOf.
        double pos = Operations.ToIntegerOrInfinity(realm, args.At(1));
        int start = (int)Math.Clamp(pos, 0, s.Length);
        return StringIndexOf(s, searchStr, start);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.lastindexof"/>
    [JsFunction("lastIndexOf", Length = 1)]
    private static JsValue LastIndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string s = ThisString(realm, thisValue, "lastIndexOf");
        string searchStr = Operations.ToString(realm, args.At(0));

        // 4-6. numPos = ? ToNumber(position); NaN means +∞, else ToIntegerOrInfinity(numPos).
        double numPos = Operations.ToNumber(realm, args.At(1));
        double pos = double.IsNaN(numPos) ? double.PositiveInfinity : Operations.ToIntegerOrInfinity(realm, numPos);

        // 7-9. start = clamp(pos, 0, len); the last occurrence at or before start.
        int len = s.Length, searchLen = searchStr.Length;
        int startMax = (int)Math.Clamp(pos, 0, len);
        for (int n = Math.Min(startMax, len - searchLen); n >= 0; n--)
        {
            if (string.CompareOrdinal(s, n, searchStr, 0, searchLen) == 0) return n;
        }

        return -1;
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.localecompare"/>
    [JsFunction("localeCompare", Length = 1)]
    private static JsValue LocaleCompareMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string s = ThisString(realm, thisValue, "localeCompare");
        string that = Operations.ToString(realm, args.At(0));
        return LocaleText.Compare(realm, s, that, args.At(1), args.At(2));
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.normalize"/>
    [JsFunction("normalize")]
    private static JsValue Normalize(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. S; f = "NFC" or ? ToString(form).
        string s = ThisString(realm, thisValue, "normalize");
        string f = args.At(0).IsUndefined ? "NFC" : Operations.ToString(realm, args[0]);

        // 5. If f is not one of "NFC", "NFD", "NFKC", or "NFKD", throw a RangeError exception.
        NormalizationForm form = f switch
        {
            "NFC" => NormalizationForm.FormC,
            "NFD" => NormalizationForm.FormD,
            "NFKC" => NormalizationForm.FormKC,
            "NFKD" => NormalizationForm.FormKD,
            _ => throw realm.RangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD."),
        };

        // 6-7. Return the normalized string (lone surrogates stay as they are).
        return LocaleText.Normalize(s, form);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.padend"/>
    [JsFunction("padEnd", Length = 1)]
    private static JsValue PadEnd(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        StringPad(realm, ThisString(realm, thisValue, "padEnd"), args.At(0), args.At(1), atStart: false);

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.padstart"/>
    [JsFunction("padStart", Length = 1)]
    private static JsValue PadStart(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        StringPad(realm, ThisString(realm, thisValue, "padStart"), args.At(0), args.At(1), atStart: true);

    /// <see href="https://tc39.es/ecma262/#sec-stringpaddingbuiltinsimpl"/>
    private static string StringPad(Realm realm, string s, JsValue maxLength, JsValue fillString, bool atStart)
    {
        // StringPaddingBuiltinsImpl 3-5. intMaxLength = ? ToLength(maxLength); nothing to do if ≤ len.
        double intMaxLength = Operations.ToLength(realm, maxLength);
        int stringLength = s.Length;
        if (intMaxLength <= stringLength) return s;

        // 6-8. filler is " " or ? ToString(fillString); an empty filler leaves S as is.
        string filler = fillString.IsUndefined ? " " : Operations.ToString(realm, fillString);
        if (filler.Length == 0) return s;
        if (intMaxLength > JsRope.MaxStringLength) throw realm.RangeError("Invalid string length");

        // StringPad 5-8. The filler repeated and truncated to fillLen, before or after S (written straight into
        // the result).
        return string.Create((int)intMaxLength, (s, filler, atStart), static (span, state) =>
        {
            (string text, string fill, bool before) = state;
            Span<char> padding = before ? span[..^text.Length] : span[text.Length..];
            text.CopyTo(before ? span[padding.Length..] : span);
            if (fill.Length == 1)
            {
                padding.Fill(fill[0]);
                return;
            }

            while (padding.Length > 0)
            {
                int n = Math.Min(padding.Length, fill.Length);
                fill.AsSpan(0, n).CopyTo(padding);
                padding = padding[n..];
            }
        });
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.repeat"/>
    [JsFunction("repeat", Length = 1)]
    private static JsValue Repeat(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-5. n = ? ToIntegerOrInfinity(count); negative or +∞ is a RangeError.
        string s = ThisString(realm, thisValue, "repeat");
        double n = Operations.ToIntegerOrInfinity(realm, args.At(0));
        if (n < 0 || double.IsPositiveInfinity(n)) throw realm.RangeError("Invalid count value: " + NumberFormatting.ToString(n));

        // 6-7. If n = 0 (or S is empty), return the empty String; else S repeated n times.
        if (n == 0 || s.Length == 0) return "";
        if (n * s.Length > JsRope.MaxStringLength) throw realm.RangeError("Invalid string length");
        return string.Create(s.Length * (int)n, s, static (span, text) =>
        {
            for (; span.Length > 0; span = span[text.Length..]) text.CopyTo(span);
        });
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.slice"/>
    [JsFunction("slice", Length = 2)]
    private static JsValue Slice(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-12. from and to, relative to the end when negative, clamped to [0, len].
        string s = ThisString(realm, thisValue, "slice");
        int len = s.Length;
        int from = (int)ArrayHelpers.RelativeIndex(realm, args.At(0), len, 0);
        int to = (int)ArrayHelpers.RelativeIndex(realm, args.At(1), len, len);

        // 13-14. If from ≥ to, return the empty String; else the substring.
        return from >= to ? "" : Substring(s, from, to);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.startswith"/>
    [JsFunction("startsWith", Length = 1)]
    private static JsValue StartsWith(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string s = ThisString(realm, thisValue, "startsWith");
        if (IsRegExp(args.At(0))) throw realm.TypeError("First argument to String.prototype.startsWith must not be a regular expression");
        string searchStr = Operations.ToString(realm, args.At(0));

        // 6-12. start = clamp(pos, 0, len); compare the substring at start.
        double pos = Operations.ToIntegerOrInfinity(realm, args.At(1));
        int start = (int)Math.Clamp(pos, 0, s.Length);
        if (start + searchStr.Length > s.Length) return false;
        return string.CompareOrdinal(s, start, searchStr, 0, searchStr.Length) == 0;
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.substring"/>
    [JsFunction("substring", Length = 2)]
    private static JsValue SubstringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-8. intStart and intEnd clamped to [0, len], swapped if out of order.
        string s = ThisString(realm, thisValue, "substring");
        int len = s.Length;
        double intStart = Operations.ToIntegerOrInfinity(realm, args.At(0));
        double intEnd = args.At(1).IsUndefined ? len : Operations.ToIntegerOrInfinity(realm, args[1]);
        int finalStart = (int)Math.Clamp(intStart, 0, len);
        int finalEnd = (int)Math.Clamp(intEnd, 0, len);
        return Substring(s, Math.Min(finalStart, finalEnd), Math.Max(finalStart, finalEnd));
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.substr"/>
    [JsFunction("substr", Length = 2)]
    private static JsValue Substr(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-8. intStart relative to the end when negative; clamp to [0, size].
        string s = ThisString(realm, thisValue, "substr");
        int size = s.Length;
        double intStart = Operations.ToIntegerOrInfinity(realm, args.At(0));
        if (double.IsNegativeInfinity(intStart)) intStart = 0;
        else if (intStart < 0) intStart = Math.Max(size + intStart, 0);
        else intStart = Math.Min(intStart, size);

        // 9-12. intLength = size if length is undefined, else ToIntegerOrInfinity(length) clamped to [0, size].
        double intLength = args.At(1).IsUndefined ? size : Operations.ToIntegerOrInfinity(realm, args[1]);
        intLength = Math.Clamp(intLength, 0, size);
        double intEnd = Math.Min(intStart + intLength, size);
        return intStart >= intEnd ? "" : Substring(s, (int)intStart, (int)intEnd);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.tolowercase"/>
    [JsFunction("toLowerCase")]
    private static JsValue ToLowerCase(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ToLowerFull(ThisString(realm, thisValue, "toLowerCase"));

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.touppercase"/>
    [JsFunction("toUpperCase")]
    private static JsValue ToUpperCase(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ToUpperFull(ThisString(realm, thisValue, "toUpperCase"));

    /// <see href="https://tc39.es/ecma402/#sup-string.prototype.tolocalelowercase"/>
    [JsFunction("toLocaleLowerCase")]
    private static JsValue ToLocaleLowerCase(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        LocaleText.TransformCase(realm, ThisString(realm, thisValue, "toLocaleLowerCase"), args.At(0), upper: false);

    /// <see href="https://tc39.es/ecma402/#sup-string.prototype.tolocaleuppercase"/>
    [JsFunction("toLocaleUpperCase")]
    private static JsValue ToLocaleUpperCase(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        LocaleText.TransformCase(realm, ThisString(realm, thisValue, "toLocaleUpperCase"), args.At(0), upper: true);

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.trim"/>
    [JsFunction("trim")]
    private static JsValue Trim(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        TrimString(ThisString(realm, thisValue, "trim"), start: true, end: true);

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.trimstart"/>
    [JsFunction("trimStart", Alias = "trimLeft")]
    private static JsValue TrimStart(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        TrimString(ThisString(realm, thisValue, "trimStart"), start: true, end: false);

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype.trimend"/>
    [JsFunction("trimEnd", Alias = "trimRight")]
    private static JsValue TrimEnd(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        TrimString(ThisString(realm, thisValue, "trimEnd"), start: false, end: true);

    /// <see href="https://tc39.es/ecma262/#sec-trimstring"/>
    private static string TrimString(string s, bool start, bool end)
    {
        int from = 0, to = s.Length;
        if (start) while (from < to && IsJsWhiteSpace(s[from])) from++;
        if (end) while (to > from && IsJsWhiteSpace(s[to - 1])) to--;
        return Substring(s, from, to);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.prototype-@@iterator"/>
    [JsFunction("[Symbol.iterator]")]
    private static JsValue Iterator(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsStringIterator(realm, ThisString(realm, thisValue, "[Symbol.iterator]"));

    private static string Substring(string s, int from, int to) =>
        from == 0 && to == s.Length ? s : to - from == 1 ? Operations.CharToString(s[from]) : s.Substring(from, to - from);
}
