// Number ↔ string conversions exactly as ECMAScript defines them, in the invariant culture always.
//
// Number::toString lays out the shortest round-trip digits by the spec's rules; .NET's "R" format gives
// exactly those digits (shortest round-trip since .NET Core 3.0), so only the layout is ours.
// StringToNumber validates the StringNumericLiteral grammar itself and lets double.Parse do the correctly
// rounded decimal conversion.
using System.Globalization;

namespace Oden.Runtime;

public static partial class NumberFormatting
{
    private static readonly string[] s_smallIntegers = CreateSmallIntegers();

    private static string[] CreateSmallIntegers()
    {
        var result = new string[1024];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return result;
    }

    /// <summary>Cached strings for small non-negative integers.</summary>
    public static string SmallIntegerToString(int i) =>
        (uint)i < (uint)s_smallIntegers.Length ? s_smallIntegers[i] : i.ToString(CultureInfo.InvariantCulture);

    private sealed class CachedInteger(int value, string text)
    {
        public readonly int Value = value;
        public readonly string Text = text;
    }

    // A direct-mapped cache of recently formatted integers (V8 keeps a number-string cache too): loops that
    // build keys or strings from counters convert the same integers again and again. Entries are immutable
    // and replaced by one reference write, so realms on other threads see a whole entry or none.
    private static readonly CachedInteger?[] s_integerCache = new CachedInteger?[4096];

    /// <summary>The string of an integer, from the small-integer table or the recent-integer cache.</summary>
    public static string IntegerToString(int i)
    {
        if ((uint)i < (uint)s_smallIntegers.Length) return s_smallIntegers[i];
        int slot = i & (s_integerCache.Length - 1);
        CachedInteger? entry = s_integerCache[slot];
        if (entry is not null && entry.Value == i) return entry.Text;
        string text = i.ToString(CultureInfo.InvariantCulture);
        s_integerCache[slot] = new CachedInteger(i, text);
        return text;
    }

    /// <see href="https://tc39.es/ecma262/#sec-numeric-types-number-tostring"/>
    public static string ToString(double x)
    {
        // Integers are by far the most common case.
        if (x >= int.MinValue && x <= int.MaxValue)
        {
            int i = (int)x;
            if (i == x)
            {
                return IntegerToString(i);
            }
        }

        // Other numbers: from the recent-number cache, else formatted and remembered.
        long bits = BitConverter.DoubleToInt64Bits(x);
        int slot = (int)((ulong)bits * 0x9E3779B97F4A7C15UL >> (64 - RecentNumberBits));
        CachedNumber? entry = s_numberCache[slot];
        if (entry is not null && entry.Bits == bits) return entry.Text;
        string text = FormatNonInteger(x);
        s_numberCache[slot] = new CachedNumber(bits, text);
        return text;
    }

    private sealed class CachedNumber(long bits, string text)
    {
        public readonly long Bits = bits;
        public readonly string Text = text;
    }

    // The same kind of cache for numbers that are not int32 values (fractions, large and special values),
    // keyed by their bits: a key or a coordinate formatted into several strings is converted once.
    private const int RecentNumberBits = 10;
    private static readonly CachedNumber?[] s_numberCache = new CachedNumber?[1 << RecentNumberBits];

    /// <summary>Number::toString for a value that is not an int32 (and not -0, which the caller formats as 0).</summary>
    private static string FormatNonInteger(double x)
    {
        // 1. If x is NaN, return "NaN".
        if (double.IsNaN(x)) return "NaN";

        // 2. If x is +0 or -0, return "0" (handled above).
        // 3. If x < 0, return the concatenation of "-" and Number::toString(-x).
        bool negative = x < 0;
        if (negative) x = -x;

        // 4. If x is +∞, return "Infinity".
        if (double.IsPositiveInfinity(x)) return negative ? "-Infinity" : "Infinity";

        // 5. Let n, k, and s be integers such that k ≥ 1, 10^(k-1) ≤ s < 10^k, s × 10^(n-k) is x,
        //    and k is as small as possible.
        Span<char> digits = stackalloc char[32];
        int k = ShortestDigits(x, digits, out int n);
        ReadOnlySpan<char> s = digits[..k];

        // The longest results: "-", then 21 digits and no point (step 6), "0.00000" + 17 digits (step 8), or
        // 17 digits, a point and "e+308" (steps 9-10).
        Span<char> buffer = stackalloc char[32];
        buffer[0] = '-';
        Span<char> result = negative ? buffer[1..] : buffer;
        int length;
        if (k <= n && n <= 21)
        {
            // 6. the k digits followed by n-k zeros
            s.CopyTo(result);
            result.Slice(k, n - k).Fill('0');
            length = n;
        }
        else if (0 < n && n <= 21)
        {
            // 7. the first n digits, '.', the remaining k-n digits
            s[..n].CopyTo(result);
            result[n] = '.';
            s[n..].CopyTo(result[(n + 1)..]);
            length = k + 1;
        }
        else if (-6 < n && n <= 0)
        {
            // 8. "0." followed by -n zeros and the digits
            result[0] = '0';
            result[1] = '.';
            result.Slice(2, -n).Fill('0');
            s.CopyTo(result[(2 - n)..]);
            length = 2 - n + k;
        }
        else
        {
            // 9-10. exponential notation
            int e = n - 1;
            length = 0;
            result[length++] = s[0];
            if (k > 1)
            {
                result[length++] = '.';
                s[1..].CopyTo(result[length..]);
                length += k - 1;
            }

            result[length++] = 'e';
            result[length++] = e < 0 ? '-' : '+';
            Math.Abs(e).TryFormat(result[length..], out int written, default, CultureInfo.InvariantCulture);
            length += written;
        }

        if (negative) length++;
        return new string(buffer[..length]);
    }

    /// <summary>
    /// The shortest round-trip decimal digits of a finite positive x: writes k digits (no leading or trailing
    /// zeros) and returns k; n is the decimal exponent such that x = 0.d1d2…dk × 10^n.
    /// </summary>
    public static int ShortestDigits(double x, Span<char> digits, out int n)
    {
        // .NET's "R" is the shortest round-trip form: digits, maybe a point, maybe E±exponent.
        Span<char> buffer = stackalloc char[40];
        x.TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture);
        ReadOnlySpan<char> r = buffer[..written];
        int exp = 0;
        int ePos = r.IndexOfAny('E', 'e');
        ReadOnlySpan<char> mantissa = r;
        if (ePos >= 0)
        {
            exp = int.Parse(r[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r[..ePos];
        }

        int point = mantissa.IndexOf('.');
        if (point < 0) point = mantissa.Length;

        int k = 0;
        int pointAdjust = 0;
        bool leading = true;
        for (int i = 0; i < mantissa.Length; i++)
        {
            char c = mantissa[i];
            if (c == '.') continue;
            if (leading && c == '0')
            {
                // A leading zero before the point shifts n down by one; after the point too.
                pointAdjust++;
                continue;
            }

            leading = false;
            digits[k++] = c;
        }

        while (k > 1 && digits[k - 1] == '0') k--;
        n = point + exp - pointAdjust;
        return k;
    }

    private static bool IsJsWhiteSpace(char c) =>
        c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\u00A0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' || (c >= '\u2000' && c <= '\u200A');

    /// <summary>Trims JavaScript WhiteSpace and LineTerminator code points from both ends.</summary>
    public static ReadOnlySpan<char> TrimJs(ReadOnlySpan<char> s)
    {
        int start = 0;
        int end = s.Length;
        while (start < end && IsJsWhiteSpace(s[start])) start++;
        while (end > start && IsJsWhiteSpace(s[end - 1])) end--;
        return s[start..end];
    }

    public static bool IsWhiteSpaceOrLineTerminator(char c) => IsJsWhiteSpace(c);

    /// <see href="https://tc39.es/ecma262/#sec-stringtonumber"/>
    public static double StringToNumber(string str)
    {
        ReadOnlySpan<char> s = TrimJs(str);
        if (s.Length == 0) return 0;

        if (s.Length > 2 && s[0] == '0')
        {
            char p = (char)(s[1] | 0x20);
            int radix = p switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (radix != 0)
            {
                return ParseRadixDigits(s[2..], radix);
            }
        }

        char first = s[0];
        ReadOnlySpan<char> body = s;
        bool negative = false;
        if (first == '+' || first == '-')
        {
            negative = first == '-';
            body = s[1..];
        }

        if (body.SequenceEqual("Infinity"))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (!IsStrDecimalLiteral(body)) return double.NaN;
        double v = double.Parse(body, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return negative ? -v : v;
    }

    private static double ParseRadixDigits(ReadOnlySpan<char> s, int radix)
    {
        double result = 0;
        foreach (char c in s)
        {
            int d = DigitValue(c);
            if (d < 0 || d >= radix) return double.NaN;
            result = result * radix + d;
        }

        // Exact for up to 53 bits; above that, round correctly through the bits.
        if (result >= 9007199254740992d)
        {
            return ParseLargeRadix(s, radix);
        }

        return result;
    }

    internal static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        c = (char)(c | 0x20);
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        return -1;
    }

    /// <summary>Correctly rounded conversion of a long power-of-two-radix digit string.</summary>
    internal static double ParseLargeRadix(ReadOnlySpan<char> s, int radix)
    {
        var big = System.Numerics.BigInteger.Zero;
        foreach (char c in s)
        {
            big = big * radix + DigitValue(c);
        }

        return BigIntegerToDouble(big);
    }

    /// <summary>
    /// A non-negative integer to the nearest double, ties to even. (The BCL's explicit conversion truncates
    /// the bits past the 53rd: (double)(2^88 - 1) would be the double below 2^88.)
    /// </summary>
    internal static double BigIntegerToDouble(System.Numerics.BigInteger n)
    {
        long bits = (long)n.GetBitLength();
        if (bits <= 53) return (double)(ulong)n;

        // Keep 54 bits (53 plus the rounding bit); anything below them is the sticky bit.
        int shift = (int)(bits - 54);
        ulong top = (ulong)(n >> shift);
        bool sticky = !(n & ((System.Numerics.BigInteger.One << shift) - 1)).IsZero;
        ulong mantissa = top >> 1;
        if ((top & 1) != 0 && (sticky || (mantissa & 1) != 0)) mantissa++;
        return Math.ScaleB(mantissa, shift + 1);
    }

    private static bool IsStrDecimalLiteral(ReadOnlySpan<char> s)
    {
        int i = 0;
        int intDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; intDigits++; }
        int fracDigits = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; fracDigits++; }
        }

        if (intDigits + fracDigits == 0) return false;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int expDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; expDigits++; }
            if (expDigits == 0) return false;
        }

        return i == s.Length;
    }
}
