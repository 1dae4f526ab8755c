// JsBigInt: a BigInt primitive (see docs/architecture.md, "Values" and "BigInt").
//
// Invariants:
// - immutable and realm-independent: a JsValue holds it in _ref with _num 0, like a string, so the
//   16-byte JsValue is unchanged and a bigint literal can live in a static field of generated code;
// - equality is by value (Equals/GetHashCode), never by reference: two JsBigInts of the same value are
//   the same JavaScript value; the operations below compare Value;
// - values in [-128, 1023] are cached (loop counters and typed-array reads of small numbers do not
//   allocate); every other result is a new object;
// - the magnitude is bounded like V8's (2^30 bits): an operation whose result would exceed it throws a
//   RangeError instead of exhausting memory.
using System.Globalization;
using System.Numerics;

namespace Oden.Runtime;

/// <summary>A JavaScript BigInt value.</summary>
public sealed class JsBigInt : IEquatable<JsBigInt>
{
    private const int CacheMin = -128;
    private const int CacheMax = 1023;

    /// <summary>The largest bit length a BigInt may have (V8's kMaxLengthBits).</summary>
    internal const long MaxBits = 1L << 30;

    private static readonly JsBigInt[] s_cache = CreateCache();

    private JsBigInt(BigInteger value)
    {
        Value = value;
    }

    public BigInteger Value { get; }

    public static JsBigInt Zero => s_cache[-CacheMin];
    public static JsBigInt One => s_cache[1 - CacheMin];

    private static JsBigInt[] CreateCache()
    {
        var cache = new JsBigInt[CacheMax - CacheMin + 1];
        for (int i = 0; i < cache.Length; i++) cache[i] = new JsBigInt(i + CacheMin);
        return cache;
    }

    public static JsBigInt Create(long value) =>
        value >= CacheMin && value <= CacheMax ? s_cache[value - CacheMin] : new JsBigInt(value);

    public static JsBigInt Create(BigInteger value)
    {
        if (value >= CacheMin && value <= CacheMax) return s_cache[(int)value - CacheMin];
        return new JsBigInt(value);
    }

    public bool IsZero => Value.IsZero;

    public bool Equals(JsBigInt? other) => other is not null && Value.Equals(other.Value);

    public override bool Equals(object? obj) => obj is JsBigInt b && Value.Equals(b.Value);

    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>BigInt::toString(x, 10), without the "n".</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <see href="https://tc39.es/ecma262/#sec-numeric-types-bigint-tostring"/>
    public string ToString(int radix)
    {
        if (radix == 10) return ToString();
        BigInteger n = BigInteger.Abs(Value);
        if (n.IsZero) return "0";

        // Digits from the least significant, a machine word of them at a time.
        int perChunk = 1;
        long chunkDivisor = radix;
        while (chunkDivisor * radix <= int.MaxValue)
        {
            chunkDivisor *= radix;
            perChunk++;
        }

        var digits = new System.Text.StringBuilder();
        while (!n.IsZero)
        {
            n = BigInteger.DivRem(n, chunkDivisor, out BigInteger rem);
            long chunk = (long)rem;
            for (int i = 0; i < perChunk && (chunk != 0 || !n.IsZero); i++)
            {
                digits.Append("0123456789abcdefghijklmnopqrstuvwxyz"[(int)(chunk % radix)]);
                chunk /= radix;
            }
        }

        if (Value.Sign < 0) digits.Append('-');
        char[] chars = new char[digits.Length];
        for (int i = 0; i < chars.Length; i++) chars[i] = digits[digits.Length - 1 - i];
        return new string(chars);
    }

    /// <summary>The Number value for ℝ(x): correctly rounded, ties to even, ±Infinity past the range.</summary>
    public double ToDouble()
    {
        BigInteger v = Value;
        if (v.Sign >= 0) return NumberFormatting.BigIntegerToDouble(v);
        return -NumberFormatting.BigIntegerToDouble(-v);
    }

    /// <summary>
    /// StringToBigInt: the StringIntegerLiteral grammar (whitespace around, an optional sign only for
    /// decimal, 0x/0o/0b prefixes, the empty string is 0n). False when the string is not one (the
    /// caller throws a SyntaxError or treats the value as undefined).
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-stringtobigint"/>
    public static bool TryParse(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        ReadOnlySpan<char> s = NumberFormatting.TrimJs(text);
        if (s.Length == 0) return true;

        int radix = 10;
        if (s.Length > 2 && s[0] == '0')
        {
            switch (s[1])
            {
                case 'x' or 'X': radix = 16; break;
                case 'o' or 'O': radix = 8; break;
                case 'b' or 'B': radix = 2; break;
            }

            if (radix != 10) s = s[2..];
        }

        bool negative = false;
        if (radix == 10 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.Length == 0) return false;
        if (!TryParseDigits(s, radix, out value)) return false;
        if (negative) value = -value;
        return true;
    }

    /// <summary>Digits only (no sign, prefix, separator or whitespace) in the radix.</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> s, int radix, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (s.Length == 0) return false;
        foreach (char c in s)
        {
            int d = NumberFormatting.DigitValue(c);
            if (d < 0 || d >= radix) return false;
        }

        if (radix == 10)
        {
            value = BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
            return true;
        }

        // Chunks of digits that fit a long, so that the big multiplications are few.
        int perChunk = radix == 16 ? 15 : radix == 8 ? 20 : radix == 2 ? 62 : 10;
        int i = 0;
        while (i < s.Length)
        {
            int take = Math.Min(perChunk, s.Length - i);
            long chunk = 0;
            long scale = 1;
            for (int j = 0; j < take; j++)
            {
                chunk = chunk * radix + NumberFormatting.DigitValue(s[i + j]);
                scale *= radix;
            }

            value = value * scale + chunk;
            i += take;
        }

        return true;
    }

    /// <summary>The mathematical value of a finite, integral double, exactly.</summary>
    internal static BigInteger FromIntegralDouble(double d) => new(d);

    /// <summary>
    /// Compares x with a Number exactly; null when y is NaN. Infinities compare as beyond every BigInt.
    /// </summary>
    internal static int? CompareToNumber(BigInteger x, double y)
    {
        if (double.IsNaN(y)) return null;
        if (double.IsPositiveInfinity(y)) return -1;
        if (double.IsNegativeInfinity(y)) return 1;

        // x < y ⇔ x < ceil(y) and x > y ⇔ x > floor(y); equal only when y is integral.
        double floor = Math.Floor(y);
        int c = x.CompareTo(FromIntegralDouble(floor));
        if (floor == y) return c;
        return c <= 0 ? -1 : 1;
    }
}
