// LocaleText: the locale-sensitive String methods without an Intl object — localeCompare(that, locales,
// options) as ECMA-402's Intl.Collator would compare, toLocaleUpperCase/toLocaleLowerCase(locales), and
// normalize's handling of lone surrogates.
//
// Collation runs on ICU through CompareInfo. The default locale is en-US (CLDR's root order), whatever the
// machine's culture, so a handler sorts the same everywhere. ECMA-402's options map onto CompareOptions:
//   sensitivity base    → primary strength:   IgnoreCase | IgnoreNonSpace | IgnoreWidth | IgnoreKanaType
//               accent  → secondary strength: IgnoreCase | IgnoreWidth | IgnoreKanaType
//               case    → primary + case level: IgnoreNonSpace | IgnoreWidth | IgnoreKanaType
//               variant → tertiary: None
//   ignorePunctuation   → IgnoreSymbols (ICU's alternate=shifted)
//   numeric / -u-kn     → NumericOrdering
//   collation "phonebk" for German → the de-DE_phoneb sort
// caseFirst (-u-kf), usage "search" and other collations (-u-co) are read and validated but not applied:
// CompareInfo cannot express them. Under InvariantGlobalization (an embedding app's choice) there is no
// ICU: localeCompare falls back to StringHelpers.LocaleCompare's approximation of the root order and
// normalize returns non-ASCII text unchanged (.NET's behaviour there); docs/conformance.md says so.
using System.Globalization;
using System.Text;

namespace Oden.Runtime.Builtins;

internal static class LocaleText
{
    /// <summary>Whether ICU is loaded: with InvariantGlobalization, culture comparisons are ordinal ('a' &gt; 'B').</summary>
    public static readonly bool HasIcu = ProbeIcu();

    private static readonly CompareInfo? s_root = HasIcu ? CultureInfo.GetCultureInfo("en-US").CompareInfo : null;

    private static bool ProbeIcu()
    {
        try
        {
            return CultureInfo.InvariantCulture.CompareInfo.Compare("a", "B", CompareOptions.None) < 0;
        }
        catch (Exception e) when (e is CultureNotFoundException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>String.prototype.localeCompare: Intl.Collator(locales, options).compare(s, that).</summary>
    /// <see href="https://tc39.es/ecma402/#sup-String.prototype.localeCompare"/>
    public static int Compare(Realm realm, string s, string that, JsValue locales, JsValue options)
    {
        // The common call: no locales, no options.
        if (locales.IsUndefined && options.IsUndefined)
        {
            return s_root is null ? StringHelpers.LocaleCompare(s, that) : Math.Sign(s_root.Compare(s, that, CompareOptions.None));
        }

        // InitializeCollator 1-2. requestedLocales = ? CanonicalizeLocaleList(locales); options = ? CoerceOptionsToObject(options).
        List<string> requested = CanonicalizeLocaleList(realm, locales);
        JsObject? opts = options.IsUndefined ? null : Operations.ToObject(realm, options);

        // 3-16. usage, localeMatcher, collation, numeric, caseFirst, in the spec's order.
        GetStringOption(realm, opts, "usage", ["sort", "search"]);
        GetStringOption(realm, opts, "localeMatcher", ["lookup", "best fit"]);
        string? collation = GetStringOption(realm, opts, "collation", null);
        if (collation is not null && !IsUnicodeType(collation)) throw realm.RangeError($"Invalid collation : {collation}");
        bool? numeric = GetBooleanOption(realm, opts, "numeric");
        GetStringOption(realm, opts, "caseFirst", ["upper", "lower", "false"]);

        // ResolveLocale (lookup): the first requested locale that the platform knows, with its -u-kn/-u-co keywords.
        CompareInfo? info = null;
        foreach (string tag in requested)
        {
            info = ResolveCompareInfo(tag, collation, ref numeric);
            if (info is not null) break;
        }

        // 26-31. sensitivity and ignorePunctuation.
        string sensitivity = GetStringOption(realm, opts, "sensitivity", ["base", "accent", "case", "variant"]) ?? "variant";
        bool ignorePunctuation = GetBooleanOption(realm, opts, "ignorePunctuation") ?? false;

        if (!HasIcu) return StringHelpers.LocaleCompare(s, that);
        CompareOptions compare = sensitivity switch
        {
            "base" => CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreWidth | CompareOptions.IgnoreKanaType,
            "accent" => CompareOptions.IgnoreCase | CompareOptions.IgnoreWidth | CompareOptions.IgnoreKanaType,
            "case" => CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreWidth | CompareOptions.IgnoreKanaType,
            _ => CompareOptions.None,
        };
        if (ignorePunctuation) compare |= CompareOptions.IgnoreSymbols;
        if (numeric == true) compare |= CompareOptions.NumericOrdering;
        return Math.Sign((info ?? s_root!).Compare(s, that, compare));
    }

    /// <summary>The collation of one canonical tag, or null when .NET does not know its language.</summary>
    private static CompareInfo? ResolveCompareInfo(string tag, string? collationOption, ref bool? numeric)
    {
        string baseName = LanguageTag.WithoutExtensions(tag);
        string? co = collationOption ?? LanguageTag.UnicodeKeyword(tag, "co");
        if (numeric is null && LanguageTag.UnicodeKeyword(tag, "kn") is string kn) numeric = kn is "" or "true";
        if (!HasIcu) return null;
        try
        {
            CultureInfo culture = CultureInfo.GetCultureInfo(baseName);
            if (co == "phonebk" && LanguageTag.Language(baseName) == "de") return CultureInfo.GetCultureInfo("de-DE_phoneb").CompareInfo;
            return culture.CompareInfo;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <see href="https://tc39.es/ecma402/#sec-getoption"/>
    private static string? GetStringOption(Realm realm, JsObject? options, string property, string[]? values)
    {
        if (options is null) return null;
        JsValue value = options.Get(property);
        if (value.IsUndefined) return null;
        string s = Operations.ToString(realm, value);
        if (values is not null && Array.IndexOf(values, s) < 0) throw realm.RangeError($"Value {s} out of range for Intl.Collator options property {property}");
        return s;
    }

    private static bool? GetBooleanOption(Realm realm, JsObject? options, string property)
    {
        if (options is null) return null;
        JsValue value = options.Get(property);
        return value.IsUndefined ? null : Operations.ToBoolean(value);
    }

    /// <summary>type = alphanum{3,8} ("-" alphanum{3,8})*, the value of a Unicode locale keyword.</summary>
    private static bool IsUnicodeType(string s)
    {
        foreach (string part in s.Split('-'))
        {
            if (part.Length is < 3 or > 8 || !part.All(char.IsAsciiLetterOrDigit)) return false;
        }

        return true;
    }

    /// <see href="https://tc39.es/ecma402/#sec-canonicalizelocalelist"/>
    public static List<string> CanonicalizeLocaleList(Realm realm, JsValue locales)
    {
        // 1. If locales is undefined, return a new empty List.
        var seen = new List<string>();
        if (locales.IsUndefined) return seen;

        // 3-4. A String is a list of one; anything else is ? ToObject(locales) read as an array-like.
        if (locales.IsString)
        {
            seen.Add(Canonical(realm, locales.AsString()));
            return seen;
        }

        JsObject o = Operations.ToObject(realm, locales);
        double len = Operations.LengthOfArrayLike(realm, o);
        for (double k = 0; k < len; k++)
        {
            PropertyKey pk = PropertyKey.FromString(Operations.ToString(realm, k));
            if (!o.HasProperty(pk)) continue;
            JsValue kValue = o.Get(pk);
            if (!kValue.IsString && !kValue.IsObject) throw realm.TypeError("Language ID should be string or object.");
            string tag = Canonical(realm, Operations.ToString(realm, kValue));
            if (!seen.Contains(tag)) seen.Add(tag);
        }

        return seen;
    }

    private static string Canonical(Realm realm, string tag) =>
        LanguageTag.TryCanonicalize(tag, out string canonical) ? canonical : throw realm.RangeError($"Incorrect locale information provided");

    // ---------------------------------------------------------------------------------------------
    // toLocaleUpperCase / toLocaleLowerCase
    // ---------------------------------------------------------------------------------------------

    /// <summary>TransformCase: the locale's language picks Turkic rules (tr, az); every other locale maps as toUpperCase/toLowerCase.</summary>
    /// <see href="https://tc39.es/ecma402/#sec-transform-case"/>
    public static string TransformCase(Realm realm, string s, JsValue locales, bool upper)
    {
        List<string> requested = CanonicalizeLocaleList(realm, locales);
        string language = requested.Count > 0 ? LanguageTag.Language(requested[0]) : "en";
        bool turkic = language is "tr" or "az";
        if (!turkic) return upper ? StringHelpers.ToUpperFull(s) : StringHelpers.ToLowerFull(s);

        // SpecialCasing.txt's tr/az entries: i ↔ İ, ı ↔ I; İ lowers to i; "I" + U+0307 lowers to "i".
        var sb = new StringBuilder(s.Length);
        int start = 0;
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            string? replacement;
            int consumed = 1;
            if (upper) replacement = c == 'i' ? "\u0130" : null;
            else if (c == '\u0130') replacement = "i";
            else if (c == 'I' && k + 1 < s.Length && s[k + 1] == '\u0307') (replacement, consumed) = ("i", 2);
            else replacement = c == 'I' ? "\u0131" : null;
            if (replacement is null) continue;
            Flush(sb, s, start, k, upper);
            sb.Append(replacement);
            start = k + consumed;
            k = start - 1;
        }

        Flush(sb, s, start, s.Length, upper);
        return sb.ToString();

        static void Flush(StringBuilder sb, string s, int from, int to, bool upper)
        {
            if (to <= from) return;
            string part = s[from..to];
            sb.Append(upper ? StringHelpers.ToUpperFull(part) : StringHelpers.ToLowerFull(part));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // normalize
    // ---------------------------------------------------------------------------------------------

    /// <summary>
    /// The normalization form of s. A lone surrogate or U+FFFE neither decomposes nor composes (a starter),
    /// so the text between them normalizes on its own, as ICU does for node; .NET refuses such strings.
    /// </summary>
    public static string Normalize(string s, NormalizationForm form)
    {
        int first = FindUnnormalizable(s, 0);
        if (first < 0) return s.Normalize(form);

        var sb = new StringBuilder(s.Length);
        int start = 0;
        for (int at = first; at >= 0; at = FindUnnormalizable(s, start))
        {
            if (at > start) sb.Append(s[start..at].Normalize(form));
            sb.Append(s[at]);
            start = at + 1;
        }

        if (start < s.Length) sb.Append(s[start..].Normalize(form));
        return sb.ToString();
    }

    /// <summary>The next lone surrogate or U+FFFE (which .NET's ICU normalization rejects).</summary>
    private static int FindUnnormalizable(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\uFFFE') return i;
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}

/// <summary>BCP 47 language tags as ECMA-402 checks them (IsStructurallyValidLanguageTag) and a simple canonical case.</summary>
internal static class LanguageTag
{
    /// <summary>
    /// Validates unicode_locale_id: language (2-3 or 5-8 letters), script (4 letters), region (2 letters or
    /// 3 digits), variants (5-8 alphanumerics or a digit and 3), extensions (a singleton and subtags of 2-8),
    /// private use (x and subtags of 1-8); no repeated variant or singleton. Canonical case: lower case,
    /// script in title case, region in upper case.
    /// </summary>
    public static bool TryCanonicalize(string tag, out string canonical)
    {
        canonical = "";
        string[] parts = tag.Split('-');
        if (parts.Any(p => p.Length == 0 || p.Length > 8 || !p.All(char.IsAsciiLetterOrDigit))) return false;
        int i = 0;
        string language = parts[i].ToLowerInvariant();
        if (!language.All(char.IsAsciiLetter) || language.Length is not (2 or 3 or >= 5)) return false;
        var output = new List<string> { language };
        i++;
        if (i < parts.Length && parts[i].Length == 4 && parts[i].All(char.IsAsciiLetter))
        {
            string script = parts[i].ToLowerInvariant();
            output.Add(char.ToUpperInvariant(script[0]) + script[1..]);
            i++;
        }

        if (i < parts.Length && ((parts[i].Length == 2 && parts[i].All(char.IsAsciiLetter)) || (parts[i].Length == 3 && parts[i].All(char.IsAsciiDigit))))
        {
            output.Add(parts[i].ToUpperInvariant());
            i++;
        }

        var variants = new HashSet<string>(StringComparer.Ordinal);
        while (i < parts.Length && IsVariant(parts[i]))
        {
            string variant = parts[i].ToLowerInvariant();
            if (!variants.Add(variant)) return false;
            output.Add(variant);
            i++;
        }

        var singletons = new HashSet<char>();
        while (i < parts.Length)
        {
            string singleton = parts[i].ToLowerInvariant();
            if (singleton.Length != 1) return false;
            bool privateUse = singleton == "x";
            if (!privateUse && !singletons.Add(singleton[0])) return false;
            output.Add(singleton);
            i++;
            int subtags = 0;
            while (i < parts.Length && (privateUse || parts[i].Length >= 2))
            {
                output.Add(parts[i].ToLowerInvariant());
                i++;
                subtags++;
            }

            if (subtags == 0) return false;
            if (privateUse && i < parts.Length) return false;
        }

        canonical = string.Join("-", output);
        return true;
    }

    private static bool IsVariant(string s) =>
        (s.Length >= 5 && s.Length <= 8) || (s.Length == 4 && char.IsAsciiDigit(s[0]));

    /// <summary>The language subtag ("de" of "de-DE-u-co-phonebk").</summary>
    public static string Language(string canonical)
    {
        int dash = canonical.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? canonical : canonical[..dash];
    }

    /// <summary>The tag up to its first extension or private-use singleton.</summary>
    public static string WithoutExtensions(string canonical)
    {
        string[] parts = canonical.Split('-');
        int n = 1;
        while (n < parts.Length && parts[n].Length > 1) n++;
        return string.Join("-", parts, 0, n);
    }

    /// <summary>The value of a -u- keyword ("" when present without a value), or null.</summary>
    public static string? UnicodeKeyword(string canonical, string key)
    {
        string[] parts = canonical.Split('-');
        int u = Array.IndexOf(parts, "u");
        if (u < 0) return null;
        for (int i = u + 1; i < parts.Length && parts[i].Length > 1; i++)
        {
            if (parts[i] != key) continue;
            var values = new List<string>();
            for (int j = i + 1; j < parts.Length && parts[j].Length > 2; j++) values.Add(parts[j]);
            return string.Join("-", values);
        }

        return null;
    }
}
