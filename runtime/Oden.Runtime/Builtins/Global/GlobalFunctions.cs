namespace Oden.Runtime.Builtins;

/// <summary>The function properties of the global object.</summary>
internal static class GlobalFunctions
{
    /// <see href="https://tc39.es/ecma262/#sec-isnan-number"/>
    internal static JsValue IsNaN(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        double.IsNaN(Operations.ToNumber(realm, args.At(0)));

    /// <see href="https://tc39.es/ecma262/#sec-isfinite-number"/>
    internal static JsValue IsFinite(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        double.IsFinite(Operations.ToNumber(realm, args.At(0)));

    /// <see href="https://tc39.es/ecma262/#sec-parseint-string-radix"/>
    internal static JsValue ParseInt(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. S = the input without leading white space.
        ReadOnlySpan<char> s = NumberFormatting.TrimJs(Operations.ToString(realm, args.At(0)));
        int r = Operations.ToInt32(realm, args.At(1));

        // 4-5. The sign.
        int sign = 1;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            if (s[0] == '-') sign = -1;
            s = s[1..];
        }

        // 6-10. The radix; "0x" prefixes for 16 or 0.
        bool stripPrefix = true;
        if (r != 0)
        {
            if (r < 2 || r > 36) return double.NaN;
            if (r != 16) stripPrefix = false;
        }
        else
        {
            r = 10;
        }

        if (stripPrefix && s.Length >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        {
            s = s[2..];
            r = 16;
        }

        // 11-12. The longest prefix of radix-r digits.
        int end = 0;
        while (end < s.Length)
        {
            int d = NumberFormatting.DigitValue(s[end]);
            if (d < 0 || d >= r) break;
            end++;
        }

        if (end == 0) return double.NaN;
        ReadOnlySpan<char> digits = s[..end];

        // 13-16. The mathematical value. Radix 10 goes through the correctly rounded decimal parser and the
        // power-of-two radixes are exact, as the spec requires; for the others the spec allows an
        // approximation past 20 digits, and we reproduce V8's: digits are folded in chunks whose
        // multiplier stays below 2^32 / 36, with one double multiply-add per chunk.
        double value;
        if (r == 10)
        {
            value = double.Parse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if ((r & (r - 1)) == 0)
        {
            value = NumberFormatting.ParseLargeRadix(digits, r);
        }
        else
        {
            value = ParseChunked(digits, r);
        }

        return sign * value;
    }

    /// <summary>V8's accumulation for radixes that are neither 10 nor a power of two.</summary>
    private static double ParseChunked(ReadOnlySpan<char> digits, int radix)
    {
        const uint MaximumMultiplier = 0xFFFFFFFFu / 36;
        double value = 0;
        int i = 0;
        while (i < digits.Length)
        {
            uint part = 0, multiplier = 1;
            while (i < digits.Length)
            {
                uint m = multiplier * (uint)radix;
                if (m > MaximumMultiplier) break;
                part = part * (uint)radix + (uint)NumberFormatting.DigitValue(digits[i]);
                multiplier = m;
                i++;
            }

            value = value * multiplier + part;
        }

        return value;
    }

    /// <see href="https://tc39.es/ecma262/#sec-parsefloat-string"/>
    internal static JsValue ParseFloat(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        ReadOnlySpan<char> s = NumberFormatting.TrimJs(Operations.ToString(realm, args.At(0)));

        // The longest prefix that satisfies StrDecimalLiteral.
        int i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        if (s[i..].StartsWith("Infinity"))
        {
            return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        int count = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; count++; }
        if (i < s.Length && s[i] == '.')
        {
            int save = i;
            i++;
            int frac = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; frac++; }
            if (frac == 0 && count == 0) i = save;
            count += frac;
        }

        if (count == 0) return double.NaN;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            int save = i;
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int e = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; e++; }
            if (e == 0) i = save;
        }

        string text = s[..i].ToString();
        if (text.EndsWith('.')) text = text[..^1];
        return double.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }
}
