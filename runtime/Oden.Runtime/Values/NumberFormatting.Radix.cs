// Number.prototype.toString(radix) for radixes other than 10.
//
// The spec leaves the digits implementation-defined ("the algorithm ... should be a generalization of
// Number::toString"); we print what V8 prints. V8's method (DoubleToRadixCString): the integer part is
// exact — digits past the 53 significant bits become '0' — and the fraction is emitted digit by digit
// only while it is larger than half the gap to the next double (delta), so it stops at the precision the
// double actually has; the last digit is rounded half to even and a carry is propagated back, possibly
// into the integer part.
namespace Oden.Runtime;

public static partial class NumberFormatting
{
    private const string RadixDigits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Number::toString(x, radix) for 2 ≤ radix ≤ 36.</summary>
    public static string ToString(double value, int radix)
    {
        if (radix == 10) return ToString(value);
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        if (value == 0) return "0";

        bool negative = value < 0;
        if (negative) value = -value;

        // Integer and fraction parts; the integer digits are produced right to left.
        double integer = Math.Floor(value);
        double fraction = value - integer;

        // Half the distance to the next double (at least the smallest denormal): digits below it are noise.
        double delta = Math.Max(0.5 * (Math.BitIncrement(value) - value), double.Epsilon);

        var fractionDigits = new System.Text.StringBuilder();
        if (fraction >= delta)
        {
            do
            {
                // Shift one digit up and emit it.
                fraction *= radix;
                delta *= radix;
                int digit = (int)fraction;
                fractionDigits.Append(RadixDigits[digit]);
                fraction -= digit;

                // Round half to even on the last digit; carry backwards if it rounds up.
                if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0))
                {
                    if (fraction + delta > 1)
                    {
                        while (true)
                        {
                            int last = fractionDigits.Length - 1;
                            if (last < 0)
                            {
                                integer += 1;
                                break;
                            }

                            int d = RadixDigitValue(fractionDigits[last]);
                            fractionDigits.Length = last;
                            if (d + 1 < radix)
                            {
                                fractionDigits.Append(RadixDigits[d + 1]);
                                break;
                            }
                        }

                        break;
                    }
                }
            }
            while (fraction >= delta);
        }

        // Integer digits. While integer / radix still has no fractional bits to lose, the low digits are
        // not represented: they are '0'.
        var integerDigits = new System.Text.StringBuilder();
        while (BinaryExponent(integer / radix) > 0)
        {
            integer /= radix;
            integerDigits.Append('0');
        }

        do
        {
            double remainder = integer % radix;
            integerDigits.Append(RadixDigits[(int)remainder]);
            integer = (integer - remainder) / radix;
        }
        while (integer > 0);

        var result = new System.Text.StringBuilder(integerDigits.Length + fractionDigits.Length + 2);
        if (negative) result.Append('-');
        for (int i = integerDigits.Length - 1; i >= 0; i--) result.Append(integerDigits[i]);
        if (fractionDigits.Length > 0) result.Append('.').Append(fractionDigits);
        return result.ToString();
    }

    private static int RadixDigitValue(char c) => c <= '9' ? c - '0' : c - 'a' + 10;

    /// <summary>The exponent e of a positive double written as a 53-bit integer significand × 2^e.</summary>
    private static int BinaryExponent(double d)
    {
        long bits = BitConverter.DoubleToInt64Bits(d);
        int biased = (int)((bits >> 52) & 0x7FF);
        return biased == 0 ? -1074 : biased - 1075;
    }
}
