// The URI handling functions (encodeURI, encodeURIComponent, decodeURI, decodeURIComponent) and the
// Annex B escape / unescape. They work on UTF-16 code units and UTF-8 octets exactly as the spec's
// Encode and Decode operations describe; any malformed input is a URIError "URI malformed".
using System.Text;

namespace Oden.Runtime.Builtins;

internal static class UriFunctions
{
    private const string UriReserved = ";/?:@&=+$,";
    private const string UriMark = "-_.!~*'()";

    /// <see href="https://tc39.es/ecma262/#sec-encodeuri-uri"/>
    internal static JsValue EncodeURI(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let uriString be ? ToString(uri).
        string uriString = Operations.ToString(realm, args.At(0));

        // 2. Let extraUnescaped be ";/?:@&=+$,#". 3. Return ? Encode(uriString, extraUnescaped).
        return Encode(realm, uriString, UriReserved + "#");
    }

    /// <see href="https://tc39.es/ecma262/#sec-encodeuricomponent-uricomponent"/>
    internal static JsValue EncodeURIComponent(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Encode with no extra unescaped characters.
        string componentString = Operations.ToString(realm, args.At(0));
        return Encode(realm, componentString, "");
    }

    /// <see href="https://tc39.es/ecma262/#sec-decodeuri-encodeduri"/>
    internal static JsValue DecodeURI(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let uriString be ? ToString(encodedURI).
        string uriString = Operations.ToString(realm, args.At(0));

        // 2. Let preserveEscapeSet be ";/?:@&=+$,#". 3. Return ? Decode(uriString, preserveEscapeSet).
        return Decode(realm, uriString, UriReserved + "#");
    }

    /// <see href="https://tc39.es/ecma262/#sec-decodeuricomponent-encodeduricomponent"/>
    internal static JsValue DecodeURIComponent(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Decode with an empty preserveEscapeSet.
        string componentString = Operations.ToString(realm, args.At(0));
        return Decode(realm, componentString, "");
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || UriMark.Contains(c);

    /// <see href="https://tc39.es/ecma262/#sec-encode"/>
    private static string Encode(Realm realm, string s, string extraUnescaped)
    {
        // 1-2. Let len be the length of string; R is the empty String.
        int len = s.Length;
        StringBuilder? r = null;
        int k = 0;
        Span<byte> octets = stackalloc byte[4];

        // 4. Repeat, while k < len,
        while (k < len)
        {
            char c = s[k];

            // b. If C is in unescapedSet (alwaysUnescaped + extraUnescaped), append it.
            if (IsUnreserved(c) || extraUnescaped.Contains(c))
            {
                r?.Append(c);
                k++;
                continue;
            }

            r ??= new StringBuilder(s, 0, k, len + 16);

            // c.i-ii. Let cp be CodePointAt(string, k); if cp.[[IsUnpairedSurrogate]] is true, throw a URIError.
            int cp;
            if (char.IsHighSurrogate(c) && k + 1 < len && char.IsLowSurrogate(s[k + 1]))
            {
                cp = char.ConvertToUtf32(c, s[k + 1]);
                k += 2;
            }
            else if (char.IsSurrogate(c))
            {
                throw realm.URIError("URI malformed");
            }
            else
            {
                cp = c;
                k++;
            }

            // iii-v. The UTF-8 octets of cp, each as "%XX" in upper-case hexadecimal.
            int n = new Rune(cp).EncodeToUtf8(octets);
            for (int i = 0; i < n; i++)
            {
                r.Append('%').Append(HexUpper(octets[i] >> 4)).Append(HexUpper(octets[i] & 0xF));
            }
        }

        // 5. Return R.
        return r?.ToString() ?? s;
    }

    private static char HexUpper(int d) => (char)(d < 10 ? '0' + d : 'A' + d - 10);

    /// <see href="https://tc39.es/ecma262/#sec-decode"/>
    private static string Decode(Realm realm, string s, string preserveEscapeSet)
    {
        int len = s.Length;
        int first = s.IndexOf('%');
        if (first < 0) return s;
        var r = new StringBuilder(s, 0, first, len);
        int k = first;
        Span<byte> octets = stackalloc byte[4];
        Span<char> chars = stackalloc char[2];

        // 4. Repeat, while k < len,
        while (k < len)
        {
            char c = s[k];

            // b. If C is not the code unit 0x0025 (PERCENT SIGN), append it.
            if (c != '%')
            {
                r.Append(c);
                k++;
                continue;
            }

            // c.i-iii. The escape must be "%" and two hexadecimal digits.
            int start = k;
            int b = ReadEscapedOctet(realm, s, k);
            k += 3;

            if (b < 0x80)
            {
                // iv-v. A single octet: the character, or the escape itself if it is in preserveEscapeSet.
                char ch = (char)b;
                if (preserveEscapeSet.Contains(ch)) r.Append(s, start, 3);
                else r.Append(ch);
                continue;
            }

            // vi. Otherwise: n, the number of leading 1 bits of B, must be 2, 3 or 4.
            int n = b >= 0xF0 ? (b >= 0xF8 ? 0 : 4) : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
            if (n == 0) throw realm.URIError("URI malformed");

            // 3-6. Read n - 1 continuation octets, each "%XX" with the bits 10xxxxxx.
            octets[0] = (byte)b;
            for (int j = 1; j < n; j++)
            {
                if (k >= len || s[k] != '%') throw realm.URIError("URI malformed");
                int next = ReadEscapedOctet(realm, s, k);
                if ((next & 0xC0) != 0x80) throw realm.URIError("URI malformed");
                octets[j] = (byte)next;
                k += 3;
            }

            // 7-8. If Octets is not a valid UTF-8 encoding of a code point (overlong, surrogate, too large), throw a URIError.
            if (Rune.DecodeFromUtf8(octets[..n], out Rune rune, out int consumed) != System.Buffers.OperationStatus.Done || consumed != n)
            {
                throw realm.URIError("URI malformed");
            }

            // 9. Append UTF16EncodeCodePoint(V).
            int count = rune.EncodeToUtf16(chars);
            r.Append(chars[..count]);
        }

        return r.ToString();
    }

    private static int ReadEscapedOctet(Realm realm, string s, int k)
    {
        if (k + 2 >= s.Length) throw realm.URIError("URI malformed");
        int hi = HexValue(s[k + 1]);
        int lo = HexValue(s[k + 2]);
        if (hi < 0 || lo < 0) throw realm.URIError("URI malformed");
        return (hi << 4) | lo;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <see href="https://tc39.es/ecma262/#sec-escape-string"/>
    internal static JsValue Escape(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Set string to ? ToString(string).
        string s = Operations.ToString(realm, args.At(0));

        // 3-4. Unescaped: ASCII letters, digits and "@*_+-./".
        var r = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsAsciiLetterOrDigit(c) || "@*_+-./".Contains(c))
            {
                r.Append(c);
            }
            else if (c < 256)
            {
                // "%XX" for code units below 256.
                r.Append('%').Append(HexUpper(c >> 4)).Append(HexUpper(c & 0xF));
            }
            else
            {
                // "%uXXXX" for the others.
                r.Append("%u").Append(HexUpper(c >> 12)).Append(HexUpper((c >> 8) & 0xF)).Append(HexUpper((c >> 4) & 0xF)).Append(HexUpper(c & 0xF));
            }
        }

        return r.ToString();
    }

    /// <see href="https://tc39.es/ecma262/#sec-unescape-string"/>
    internal static JsValue Unescape(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Set string to ? ToString(string).
        string s = Operations.ToString(realm, args.At(0));
        int len = s.Length;
        var r = new StringBuilder(len);
        int k = 0;

        // 5. Repeat, while k < len,
        while (k < len)
        {
            char c = s[k];
            if (c == '%')
            {
                // "%uXXXX"
                if (k + 6 <= len && s[k + 1] == 'u' && TryHex(s.AsSpan(k + 2, 4), out int u))
                {
                    r.Append((char)u);
                    k += 6;
                    continue;
                }

                // "%XX"
                if (k + 3 <= len && TryHex(s.AsSpan(k + 1, 2), out int x))
                {
                    r.Append((char)x);
                    k += 3;
                    continue;
                }
            }

            r.Append(c);
            k++;
        }

        return r.ToString();
    }

    private static bool TryHex(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (char c in digits)
        {
            int d = HexValue(c);
            if (d < 0) return false;
            value = (value << 4) | d;
        }

        return true;
    }
}
