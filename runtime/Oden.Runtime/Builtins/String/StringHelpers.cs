// Operations on strings that the String and RegExp builtins share: RequireObjectCoercible + ToString of
// `this`, IsRegExp, code points, StringIndexOf, JS whitespace, GetSubstitution and full case mapping.
using System.Text;

namespace Oden.Runtime.Builtins;

internal static class StringHelpers
{
    /// <summary>ToString(? RequireObjectCoercible(this value)), with V8's message for null and undefined.</summary>
    public static string ThisString(Realm realm, JsValue thisValue, string method)
    {
        if (thisValue.IsString) return thisValue.AsString();
        if (thisValue.IsNullish) throw realm.TypeError($"String.prototype.{method} called on null or undefined");
        return Operations.ToString(realm, thisValue);
    }

    /// <see href="https://tc39.es/ecma262/#sec-isregexp"/>
    public static bool IsRegExp(JsValue argument)
    {
        // 1. If argument is not an Object, return false.
        if (argument._ref is not JsObject o) return false;

        // 2-3. Let matcher be ? Get(argument, @@match). If matcher is not undefined, return ToBoolean(matcher).
        JsValue matcher = o.Get(PropertyKey.FromSymbol(JsSymbol.Match));
        if (!matcher.IsUndefined) return Operations.ToBoolean(matcher);

        // 4-5. If argument has a [[RegExpMatcher]] internal slot, return true.
        return o is JsRegExp;
    }

    /// <see href="https://tc39.es/ecma262/#sec-codepointat"/>
    public static int CodePointAt(string s, int position, out int codeUnitCount)
    {
        char first = s[position];
        if (char.IsHighSurrogate(first) && position + 1 < s.Length && char.IsLowSurrogate(s[position + 1]))
        {
            codeUnitCount = 2;
            return char.ConvertToUtf32(first, s[position + 1]);
        }

        codeUnitCount = 1;
        return first;
    }

    /// <see href="https://tc39.es/ecma262/#sec-stringindexof"/>
    public static int StringIndexOf(string s, string search, int fromIndex)
    {
        if (fromIndex > s.Length) return -1;
        if (search.Length == 0) return fromIndex;
        return s.IndexOf(search, fromIndex, StringComparison.Ordinal);
    }

    public static bool IsJsWhiteSpace(char c) => NumberFormatting.IsWhiteSpaceOrLineTerminator(c);

    /// <summary>
    /// GetSubstitution: expands $$, $&amp;, $`, $', $n, $nn and $&lt;name&gt; in a replacement template.
    /// <paramref name="captures"/> holds the captures 1..m (null is undefined).
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-getsubstitution"/>
    public static string GetSubstitution(
        Realm realm, string matched, string str, int position, IReadOnlyList<string?> captures, JsValue namedCaptures, string replacementTemplate)
    {
        int dollar = replacementTemplate.IndexOf('$');
        if (dollar < 0) return replacementTemplate;

        // 1-4. stringLength, result, templateRemainder.
        int stringLength = str.Length;
        var result = new StringBuilder();
        result.Append(replacementTemplate, 0, dollar);
        int i = dollar;
        string t = replacementTemplate;

        // 5. Repeat, while templateRemainder is not the empty String:
        while (i < t.Length)
        {
            char c = t[i];
            if (c != '$' || i + 1 >= t.Length)
            {
                // the next code unit is copied.
                result.Append(c);
                i++;
                continue;
            }

            char n = t[i + 1];
            if (n == '$')
            {
                // b. "$$" → "$".
                result.Append('$');
                i += 2;
            }
            else if (n == '`')
            {
                // c. "$`" → the part of str before the match.
                result.Append(str, 0, position);
                i += 2;
            }
            else if (n == '&')
            {
                // d. "$&" → matched.
                result.Append(matched);
                i += 2;
            }
            else if (n == '\'')
            {
                // e. "$'" → the part of str after the match.
                int tailPos = Math.Min(position + matched.Length, stringLength);
                result.Append(str, tailPos, stringLength - tailPos);
                i += 2;
            }
            else if (n >= '0' && n <= '9')
            {
                // f. "$" followed by one or more decimal digits.
                int digitCount = i + 2 < t.Length && t[i + 2] >= '0' && t[i + 2] <= '9' ? 2 : 1;
                int index = digitCount == 2 ? (n - '0') * 10 + (t[i + 2] - '0') : n - '0';
                int captureLen = captures.Count;
                if (index > captureLen && digitCount == 2)
                {
                    // vii. A two-digit reference past the captures falls back to one digit.
                    digitCount = 1;
                    index = n - '0';
                }

                if (index >= 1 && index <= captureLen)
                {
                    result.Append(captures[index - 1] ?? "");
                }
                else
                {
                    result.Append(t, i, 1 + digitCount);
                }

                i += 1 + digitCount;
            }
            else if (n == '<')
            {
                // g. "$<": a named capture reference, if there are named captures and a closing '>'.
                int gtPos = t.IndexOf('>', i);
                if (gtPos < 0 || namedCaptures.IsUndefined)
                {
                    result.Append("$<");
                    i += 2;
                }
                else
                {
                    string groupName = t.Substring(i + 2, gtPos - i - 2);
                    JsValue capture = Operations.GetV(realm, namedCaptures, PropertyKey.FromString(groupName));
                    if (!capture.IsUndefined) result.Append(Operations.ToString(realm, capture));
                    i = gtPos + 1;
                }
            }
            else
            {
                result.Append('$');
                i++;
            }
        }

        return result.ToString();
    }

    /// <summary>toUpperCase: the invariant simple mapping plus Unicode's SpecialCasing (ß → SS, ligatures, …).</summary>
    public static string ToUpperFull(string s)
    {
        int i = 0;
        while (i < s.Length && s[i] < 0x80 && !(s[i] >= 'a' && s[i] <= 'z')) i++;
        if (i == s.Length) return s;
        if (System.Text.Ascii.IsValid(s.AsSpan(i)))
        {
            // ASCII only: the simple mapping is the whole mapping, done vectorized into the result.
            return string.Create(s.Length, s, static (span, text) => System.Text.Ascii.ToUpper(text, span, out _));
        }

        StringBuilder? sb = null;
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            string? special = c < 0xDF ? null : UpperSpecial(c);
            if (special is null && char.IsHighSurrogate(c) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1]))
            {
                (sb ??= new StringBuilder(s.Length)).Append(s.AsSpan(k, 2).ToString().ToUpperInvariant());
                k++;
                continue;
            }

            sb ??= new StringBuilder(s.Length);
            if (special is not null) sb.Append(special);
            else sb.Append(char.ToUpperInvariant(c));
        }

        return sb!.ToString();
    }

    private static string? UpperSpecial(char c) => c switch
    {
        '\u00DF' => "SS",
        '\u0131' => "I",
        '\u017F' => "S",
        '\u0149' => "\u02BCN",
        '\u01F0' => "J\u030C",
        '\u0390' => "\u0399\u0308\u0301",
        '\u03B0' => "\u03A5\u0308\u0301",
        '\u0587' => "\u0535\u0552",
        '\u1E96' => "H\u0331",
        '\u1E97' => "T\u0308",
        '\u1E98' => "W\u030A",
        '\u1E99' => "Y\u030A",
        '\u1E9A' => "A\u02BE",
        '\uFB00' => "FF",
        '\uFB01' => "FI",
        '\uFB02' => "FL",
        '\uFB03' => "FFI",
        '\uFB04' => "FFL",
        '\uFB05' => "ST",
        '\uFB06' => "ST",
        '\uFB13' => "\u0544\u0546",
        '\uFB14' => "\u0544\u0535",
        '\uFB15' => "\u0544\u053B",
        '\uFB16' => "\u054E\u0546",
        '\uFB17' => "\u0544\u053D",
        // Greek with ypogegrammeni/prosgegrammeni and breathing marks (SpecialCasing.txt).
        '\u1F50' => "\u03A5\u0313",
        '\u1F52' => "\u03A5\u0313\u0300",
        '\u1F54' => "\u03A5\u0313\u0301",
        '\u1F56' => "\u03A5\u0313\u0342",
        '\u1F80' => "\u1F08\u0399",
        '\u1F81' => "\u1F09\u0399",
        '\u1F82' => "\u1F0A\u0399",
        '\u1F83' => "\u1F0B\u0399",
        '\u1F84' => "\u1F0C\u0399",
        '\u1F85' => "\u1F0D\u0399",
        '\u1F86' => "\u1F0E\u0399",
        '\u1F87' => "\u1F0F\u0399",
        '\u1F88' => "\u1F08\u0399",
        '\u1F89' => "\u1F09\u0399",
        '\u1F8A' => "\u1F0A\u0399",
        '\u1F8B' => "\u1F0B\u0399",
        '\u1F8C' => "\u1F0C\u0399",
        '\u1F8D' => "\u1F0D\u0399",
        '\u1F8E' => "\u1F0E\u0399",
        '\u1F8F' => "\u1F0F\u0399",
        '\u1F90' => "\u1F28\u0399",
        '\u1F91' => "\u1F29\u0399",
        '\u1F92' => "\u1F2A\u0399",
        '\u1F93' => "\u1F2B\u0399",
        '\u1F94' => "\u1F2C\u0399",
        '\u1F95' => "\u1F2D\u0399",
        '\u1F96' => "\u1F2E\u0399",
        '\u1F97' => "\u1F2F\u0399",
        '\u1F98' => "\u1F28\u0399",
        '\u1F99' => "\u1F29\u0399",
        '\u1F9A' => "\u1F2A\u0399",
        '\u1F9B' => "\u1F2B\u0399",
        '\u1F9C' => "\u1F2C\u0399",
        '\u1F9D' => "\u1F2D\u0399",
        '\u1F9E' => "\u1F2E\u0399",
        '\u1F9F' => "\u1F2F\u0399",
        '\u1FA0' => "\u1F68\u0399",
        '\u1FA1' => "\u1F69\u0399",
        '\u1FA2' => "\u1F6A\u0399",
        '\u1FA3' => "\u1F6B\u0399",
        '\u1FA4' => "\u1F6C\u0399",
        '\u1FA5' => "\u1F6D\u0399",
        '\u1FA6' => "\u1F6E\u0399",
        '\u1FA7' => "\u1F6F\u0399",
        '\u1FA8' => "\u1F68\u0399",
        '\u1FA9' => "\u1F69\u0399",
        '\u1FAA' => "\u1F6A\u0399",
        '\u1FAB' => "\u1F6B\u0399",
        '\u1FAC' => "\u1F6C\u0399",
        '\u1FAD' => "\u1F6D\u0399",
        '\u1FAE' => "\u1F6E\u0399",
        '\u1FAF' => "\u1F6F\u0399",
        '\u1FB2' => "\u1FBA\u0399",
        '\u1FB3' => "\u0391\u0399",
        '\u1FB4' => "\u0386\u0399",
        '\u1FB6' => "\u0391\u0342",
        '\u1FB7' => "\u0391\u0342\u0399",
        '\u1FBC' => "\u0391\u0399",
        '\u1FC2' => "\u1FCA\u0399",
        '\u1FC3' => "\u0397\u0399",
        '\u1FC4' => "\u0389\u0399",
        '\u1FC6' => "\u0397\u0342",
        '\u1FC7' => "\u0397\u0342\u0399",
        '\u1FCC' => "\u0397\u0399",
        '\u1FD2' => "\u0399\u0308\u0300",
        '\u1FD3' => "\u0399\u0308\u0301",
        '\u1FD6' => "\u0399\u0342",
        '\u1FD7' => "\u0399\u0308\u0342",
        '\u1FE2' => "\u03A5\u0308\u0300",
        '\u1FE3' => "\u03A5\u0308\u0301",
        '\u1FE4' => "\u03A1\u0313",
        '\u1FE6' => "\u03A5\u0342",
        '\u1FE7' => "\u03A5\u0308\u0342",
        '\u1FF2' => "\u1FFA\u0399",
        '\u1FF3' => "\u03A9\u0399",
        '\u1FF4' => "\u038F\u0399",
        '\u1FF6' => "\u03A9\u0342",
        '\u1FF7' => "\u03A9\u0342\u0399",
        '\u1FFC' => "\u03A9\u0399",
        '\u1FBE' => "\u0399",
        _ => null,
    };

    /// <summary>toLowerCase: the invariant simple mapping plus İ → i̇, K → k, Å → å and the final-sigma rule.</summary>
    public static string ToLowerFull(string s)
    {
        int i = 0;
        while (i < s.Length && s[i] < 0x80 && !(s[i] >= 'A' && s[i] <= 'Z')) i++;
        if (i == s.Length) return s;
        if (System.Text.Ascii.IsValid(s.AsSpan(i)))
        {
            return string.Create(s.Length, s, static (span, text) => System.Text.Ascii.ToLower(text, span, out _));
        }

        var sb = new StringBuilder(s.Length);
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            switch (c)
            {
                case '\u0130': sb.Append("i\u0307"); continue;
                case '\u212A': sb.Append('k'); continue;
                case '\u212B': sb.Append('\u00E5'); continue;
                case '\u03A3':
                    sb.Append(IsFinalSigma(s, k) ? '\u03C2' : '\u03C3');
                    continue;
            }

            if (char.IsHighSurrogate(c) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1]))
            {
                sb.Append(s.AsSpan(k, 2).ToString().ToLowerInvariant());
                k++;
                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>Unicode's Final_Sigma condition: a cased letter before, none after (case-ignorables skipped).</summary>
    private static bool IsFinalSigma(string s, int index)
    {
        int before = index - 1;
        while (before >= 0 && IsCaseIgnorable(s[before])) before--;
        if (before < 0 || !char.IsLetter(s[before])) return false;
        int after = index + 1;
        while (after < s.Length && IsCaseIgnorable(s[after])) after++;
        return after >= s.Length || !char.IsLetter(s[after]);
    }

    private static bool IsCaseIgnorable(char c) =>
        c is '\'' or '.' or ':' or '\u00AD' or '\u2019' || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.ModifierSymbol;

    /// <summary>
    /// localeCompare without ICU: letters compare case-insensitively first (a &lt; B &lt; b as in ICU's root
    /// collation, lower case first on a tie), punctuation sorts before digits, digits before letters, the
    /// rest by code unit.
    /// </summary>
    public static int LocaleCompare(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        int tertiary = 0;
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            int px = PrimaryWeight(x), py = PrimaryWeight(y);
            if (px != py) return px < py ? -1 : 1;
            if (tertiary == 0) tertiary = char.IsLower(x) && !char.IsLower(y) ? -1 : char.IsLower(y) && !char.IsLower(x) ? 1 : x < y ? -1 : 1;
        }

        if (a.Length != b.Length) return a.Length < b.Length ? -1 : 1;
        return tertiary;
    }

    private static int PrimaryWeight(char c)
    {
        if (c < 0x80)
        {
            if (c >= 'a' && c <= 'z') return 0x20000 + (c - 'a') * 4;
            if (c >= 'A' && c <= 'Z') return 0x20000 + (c - 'A') * 4;
            if (c >= '0' && c <= '9') return 0x10000 + c;
            return c; // whitespace, punctuation and symbols first
        }

        char lower = char.ToLowerInvariant(c);
        return 0x30000 + lower;
    }
}
