// Number.prototype.toFixed / toExponential / toPrecision / toLocaleString layouts, computed exactly.
//
// A finite double is m × 2^e (m a 53-bit integer), so x × 10^k is the rational m·2^e·10^k, and the integer n
// "for which n / 10^k - x is as close to zero as possible; if there are two such n, pick the larger n" is
// floor((2·num + den) / (2·den)) — round half up on the exact value, with BigInteger arithmetic. That is
// what the spec asks for and what V8 prints: (1.005).toFixed(2) is "1.00" because 1.005 is really
// 1.00499999999999989…, and (1.25).toExponential(1) is "1.3e+0" because 1.25 is exact.
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Oden.Runtime;

public static partial class NumberFormatting
{
    /// <summary>Splits a finite, non-zero |x| into m × 2^e.</summary>
    private static (long Mantissa, int Exponent) Decompose(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int biased = (int)((bits >> 52) & 0x7FF);
        long m = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0) return (m, -1074);
        return (m | (1L << 52), biased - 1075);
    }

    /// <summary>round-half-up(|x| × 10^k) for finite x, exactly.</summary>
    private static BigInteger RoundScaled(double x, int k)
    {
        if (x == 0) return BigInteger.Zero;
        var (m, e) = Decompose(x);
        BigInteger num = m;
        BigInteger den = BigInteger.One;
        if (e >= 0) num <<= e;
        else den <<= -e;
        if (k >= 0) num *= BigInteger.Pow(10, k);
        else den *= BigInteger.Pow(10, -k);
        return (2 * num + den) / (2 * den);
    }

    /// <summary>The sign of |x| - 10^k, exactly.</summary>
    private static int CompareWithPowerOfTen(double x, int k)
    {
        var (m, e) = Decompose(x);
        BigInteger left = m;
        BigInteger right = BigInteger.One;
        if (e >= 0) left <<= e;
        else right <<= -e;
        if (k >= 0) right *= BigInteger.Pow(10, k);
        else left *= BigInteger.Pow(10, -k);
        return left.CompareTo(right);
    }

    /// <summary>floor(log10(|x|)) for finite non-zero x, exactly.</summary>
    private static int DecimalExponent(double x)
    {
        int e = (int)Math.Floor(Math.Log10(Math.Abs(x)));
        while (CompareWithPowerOfTen(x, e) < 0) e--;
        while (CompareWithPowerOfTen(x, e + 1) >= 0) e++;
        return e;
    }

    /// <summary>The p significant digits of |x| (round half up) and the decimal exponent of the first one.</summary>
    private static string SignificantDigits(double x, int p, out int e)
    {
        if (x == 0)
        {
            e = 0;
            return new string('0', p);
        }

        e = DecimalExponent(x);
        BigInteger n = RoundScaled(x, p - 1 - e);
        if (n >= BigInteger.Pow(10, p))
        {
            // Rounding carried into a new digit (9.99 → 10.0): the digits are 1 followed by zeros.
            n /= 10;
            e++;
        }

        return n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Number.prototype.toFixed steps 7-12 for a finite x with |x| &lt; 10^21 and 0 ≤ f ≤ 100.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-number.prototype.tofixed"/>
    public static string ToFixed(double x, int f)
    {
        // 10. If x ≥ 10^21, let m be ! ToString(𝔽(x)).
        if (Math.Abs(x) >= 1e21) return ToString(x);

        // 8-9. If x < 0, set s to "-" and x to -x (so -0 prints without a sign).
        string s = x < 0 ? "-" : "";

        // 11.a. Let n be an integer for which n / 10^f - x is as close to zero as possible (larger n on a tie).
        // 11.b. If n = 0, let m be "0"; otherwise the decimal digits of n.
        string m = RoundScaled(x, f).ToString(CultureInfo.InvariantCulture);

        // 11.c. If f ≠ 0, then
        if (f != 0)
        {
            // i-ii. Pad with leading zeros so that there are at least f + 1 digits.
            int k = m.Length;
            if (k <= f)
            {
                m = new string('0', f + 1 - k) + m;
                k = f + 1;
            }

            // iii-iv. a = the first k - f digits, b = the remaining f; m = a + "." + b.
            m = string.Concat(m.AsSpan(0, k - f), ".", m.AsSpan(k - f));
        }

        // 12. Return s + m.
        return s + m;
    }

    /// <summary>
    /// Number.prototype.toExponential steps 5-15 for a finite x; <paramref name="fractionDigits"/> null
    /// means "as many digits as necessary" (the shortest round-trip digits).
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-number.prototype.toexponential"/>
    public static string ToExponential(double x, int? fractionDigits)
    {
        // 6-7. The sign.
        string s = x < 0 ? "-" : "";
        string m;
        int e;

        if (x == 0)
        {
            // 9. If x = 0: m is f + 1 zeros, e = 0.
            m = new string('0', (fractionDigits ?? 0) + 1);
            e = 0;
        }
        else if (fractionDigits is int f)
        {
            // 10.a. n with f + 1 digits such that n × 10^(e-f) - x is closest to zero (larger n on a tie).
            m = SignificantDigits(x, f + 1, out e);
        }
        else
        {
            // 10.b. f undefined: the digits of Number::toString(x), as few as possible.
            Span<char> digits = stackalloc char[32];
            int k = ShortestDigits(Math.Abs(x), digits, out int n);
            m = digits[..k].ToString();
            e = n - 1;
        }

        // 11. If f ≠ 0, insert a "." after the first digit.
        if (m.Length > 1) m = string.Concat(m.AsSpan(0, 1), ".", m.AsSpan(1));

        // 12-14. "e", the sign of the exponent, its digits.
        return s + m + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Number.prototype.toPrecision steps 5-13 for a finite x and 1 ≤ p ≤ 100.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-number.prototype.toprecision"/>
    public static string ToPrecision(double x, int p)
    {
        // 6-7. The sign.
        string s = x < 0 ? "-" : "";

        // 8-9. The p significant digits and the exponent e (0 for x = 0).
        string m = SignificantDigits(x, p, out int e);

        // 10. If e < -6 or e ≥ p, use exponential notation.
        if (e < -6 || e >= p)
        {
            if (p != 1) m = string.Concat(m.AsSpan(0, 1), ".", m.AsSpan(1));
            return s + m + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        // 11. If e = p - 1, return s + m.
        if (e == p - 1) return s + m;

        // 12. If e ≥ 0, a decimal point after e + 1 digits; 13. otherwise "0." and -(e+1) zeros first.
        if (e >= 0) return s + string.Concat(m.AsSpan(0, e + 1), ".", m.AsSpan(e + 1));
        return s + "0." + new string('0', -(e + 1)) + m;
    }

    /// <summary>
    /// Number.prototype.toLocaleString in the en-US style V8 (ICU) prints by default: grouping separators,
    /// at most three fraction digits rounded half away from zero on the shortest decimal digits.
    /// </summary>
    public static string ToLocaleString(double x)
    {
        if (double.IsNaN(x)) return "NaN";
        if (double.IsInfinity(x)) return x > 0 ? "∞" : "-∞";
        string sign = x < 0 || (x == 0 && double.IsNegative(x)) ? "-" : "";
        if (x == 0) return sign + "0";

        // The shortest digits d1…dk with x = 0.d1…dk × 10^n; keep the digits up to 10^-3.
        Span<char> buffer = stackalloc char[32];
        int k = ShortestDigits(Math.Abs(x), buffer, out int n);
        var digits = new List<char>(k + 4);
        int pointAt = n; // digits before the decimal point
        if (pointAt <= 0)
        {
            for (int i = pointAt; i < 1; i++) digits.Add('0');
            pointAt = 1;
        }

        foreach (char c in buffer[..k]) digits.Add(c);
        while (digits.Count < pointAt) digits.Add('0');
        int keep = pointAt + 3;
        if (digits.Count > keep)
        {
            bool roundUp = digits[keep] >= '5';
            digits.RemoveRange(keep, digits.Count - keep);
            if (roundUp)
            {
                int i = keep - 1;
                while (i >= 0 && digits[i] == '9')
                {
                    digits[i] = '0';
                    i--;
                }

                if (i >= 0)
                {
                    digits[i]++;
                }
                else
                {
                    digits.Insert(0, '1');
                    pointAt++;
                }
            }
        }

        // Trailing zeros of the fraction go; an all-zero result keeps its sign ("-0").
        while (digits.Count > pointAt && digits[^1] == '0') digits.RemoveAt(digits.Count - 1);

        var sb = new StringBuilder(sign, digits.Count + digits.Count / 3 + 2);
        for (int i = 0; i < pointAt; i++)
        {
            if (i > 0 && (pointAt - i) % 3 == 0) sb.Append(',');
            sb.Append(digits[i]);
        }

        if (digits.Count > pointAt)
        {
            sb.Append('.');
            for (int i = pointAt; i < digits.Count; i++) sb.Append(digits[i]);
        }

        return sb.ToString();
    }
}
