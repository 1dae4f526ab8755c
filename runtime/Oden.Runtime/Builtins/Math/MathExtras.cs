// expm1 and log1p, which System.Math does not offer, and a correctly rounded cbrt (the platform's libm
// cbrt may be an ulp off: glibc gives cbrt(27) = 3.0000000000000004). expm1 and log1p are computed in
// double-double arithmetic (an unevaluated sum hi + lo carrying about 106 bits) and rounded once at the
// end, so they are correctly rounded in all but astronomically rare cases. V8's fdlibm port is within
// one ulp of that and occasionally differs (V8: Math.expm1(1) = 1.718281828459045, the correctly
// rounded value is 1.7182818284590453).
namespace Oden.Runtime.Builtins;

internal static class MathExtras
{
    /// <summary>The cube root, correctly rounded: the libm result or a neighbour, whichever cubes closest to x.</summary>
    public static double Cbrt(double x)
    {
        double y = Math.Cbrt(x);
        if (!double.IsFinite(y) || y == 0) return y;
        double best = y;
        double bestError = CubeError(y, x);
        foreach (double c in (ReadOnlySpan<double>)[Math.BitDecrement(y), Math.BitIncrement(y)])
        {
            double error = CubeError(c, x);
            if (error < bestError)
            {
                best = c;
                bestError = error;
            }
        }

        return best;
    }

    /// <summary>|c³ - x|, evaluated in double-double so that neighbouring candidates can be told apart.</summary>
    private static double CubeError(double c, double x)
    {
        var (sh, sl) = TwoProd(c, c);
        var (ch, cl) = Mul(sh, sl, c, 0);
        var (dh, dl) = Add(ch, cl, -x, 0);
        return Math.Abs(dh + dl);
    }

    private const double Ln2Hi = 0.6931471805599453;
    private const double Ln2Lo = 2.3190468138462996e-17;

    /// <summary>e^x - 1, accurate near zero.</summary>
    public static double Expm1(double x)
    {
        if (double.IsNaN(x) || x == 0) return x;       // NaN, +0, -0
        if (x > 709.8) return double.PositiveInfinity;  // e^x overflows
        if (x < -38) return -1;                         // e^x is below half an ulp of 1
        if (Math.Abs(x) <= 0.5)
        {
            var (h, l) = Expm1Series(x, 0);
            return h + l;
        }

        // x = k·ln2 + r with |r| ≤ ln2/2, r in double-double; e^x - 1 = 2^k·(1 + expm1(r)) - 1.
        double k = Math.Round(x / Ln2Hi);
        var (ph, pl) = TwoProd(k, Ln2Hi);
        var (rh, rl) = Add(x, 0, -ph, -pl);
        (rh, rl) = Add(rh, rl, -k * Ln2Lo, -Math.FusedMultiplyAdd(k, Ln2Lo, -(k * Ln2Lo)));
        var (eh, el) = Expm1Series(rh, rl);
        var (sh, sl) = Add(1, 0, eh, el);
        int n = (int)k;
        if (n > 60) return Math.ScaleB(sh + sl, n);
        var (th, tl) = Add(Math.ScaleB(sh, n), Math.ScaleB(sl, n), -1, 0);
        return th + tl;
    }

    /// <summary>Σ r^n/n! for n ≥ 1, for |r| ≤ 0.5, in double-double.</summary>
    private static (double Hi, double Lo) Expm1Series(double rh, double rl)
    {
        double sumH = rh, sumL = rl;
        double termH = rh, termL = rl;
        for (int n = 2; n < 40; n++)
        {
            (termH, termL) = Mul(termH, termL, rh, rl);
            (termH, termL) = Div(termH, termL, n, 0);
            (sumH, sumL) = Add(sumH, sumL, termH, termL);
            if (Math.Abs(termH) < Math.Abs(sumH) * 1e-34) break;
        }

        return (sumH, sumL);
    }

    /// <summary>ln(1 + x), accurate near zero.</summary>
    public static double Log1p(double x)
    {
        if (double.IsNaN(x) || x == 0) return x;
        if (x < -1) return double.NaN;
        if (x == -1) return double.NegativeInfinity;
        if (double.IsPositiveInfinity(x)) return x;

        if (Math.Abs(x) >= 0.5)
        {
            // 1 + x = uh + ul exactly; ln(uh + ul) = ln(uh) + ln(1 + ul/uh) ≈ ln(uh) + ul/uh.
            var (uh, ul) = TwoSum(1, x);
            return Math.Log(uh) + ul / uh;
        }

        // ln(1 + x) = 2·atanh(s) = 2·(s + s³/3 + s⁵/5 + …) with s = x / (2 + x), |s| ≤ 1/3.
        var (dh, dl) = TwoSum(2, x);
        var (s, sLo) = Div(x, 0, dh, dl);
        var (s2h, s2l) = Mul(s, sLo, s, sLo);
        double sumH = s, sumL = sLo;
        double powH = s, powL = sLo;
        for (int k = 3; k < 200; k += 2)
        {
            (powH, powL) = Mul(powH, powL, s2h, s2l);
            var (th, tl) = Div(powH, powL, k, 0);
            (sumH, sumL) = Add(sumH, sumL, th, tl);
            if (Math.Abs(th) < Math.Abs(sumH) * 1e-34) break;
        }

        return 2 * sumH + 2 * sumL;
    }

    // Double-double arithmetic (Dekker, Knuth): each result is (hi, lo) with |lo| ≤ ulp(hi)/2.

    private static (double Hi, double Lo) TwoSum(double a, double b)
    {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return (s, err);
    }

    private static (double Hi, double Lo) TwoProd(double a, double b)
    {
        double p = a * b;
        return (p, Math.FusedMultiplyAdd(a, b, -p));
    }

    private static (double Hi, double Lo) Add(double ah, double al, double bh, double bl)
    {
        var (s, e) = TwoSum(ah, bh);
        var (t, f) = TwoSum(al, bl);
        e += t;
        (s, e) = TwoSum(s, e);
        e += f;
        return TwoSum(s, e);
    }

    private static (double Hi, double Lo) Mul(double ah, double al, double bh, double bl)
    {
        var (p, e) = TwoProd(ah, bh);
        e += ah * bl + al * bh;
        return TwoSum(p, e);
    }

    private static (double Hi, double Lo) Div(double ah, double al, double bh, double bl)
    {
        double q1 = ah / bh;
        var (ph, pl) = Mul(q1, 0, bh, bl);
        var (rh, rl) = Add(ah, al, -ph, -pl);
        double q2 = rh / bh;
        (ph, pl) = Mul(q2, 0, bh, bl);
        (rh, _) = Add(rh, rl, -ph, -pl);
        double q3 = rh / bh;
        var (qh, ql) = TwoSum(q1, q2);
        return Add(qh, ql, q3, 0);
    }
}
