// DateAlgorithms: the spec's abstract operations on time values (§21.4.1), kept as doubles throughout.
//
// A time value is a double of milliseconds since 1970-01-01T00:00:00Z, an integer in ±8.64e15, or NaN.
// Every operation here is the spec's formula on doubles (floor-based, so negative times work), not a
// System.DateTime conversion: DateTime covers only years 1..9999, the time range covers ±275760 years.
// Time zones enter only through LocalTime/UTC, which ask a TimeZoneInfo for the offset at one instant
// (DateTimeZone below); everything else is zone-free arithmetic.
namespace Oden.Runtime.Builtins;

internal static class DateAlgorithms
{
    public const double MsPerSecond = 1000;
    public const double MsPerMinute = 60_000;
    public const double MsPerHour = 3_600_000;
    public const double MsPerDay = 86_400_000;

    /// <summary>The largest absolute time value (100,000,000 days).</summary>
    public const double MaxTimeValue = 8.64e15;

    /// <see href="https://tc39.es/ecma262/#sec-day"/>
    public static double Day(double t) => Math.Floor(t / MsPerDay);

    /// <see href="https://tc39.es/ecma262/#sec-timewithinday"/>
    public static double TimeWithinDay(double t) => Modulo(t, MsPerDay);

    /// <see href="https://tc39.es/ecma262/#sec-daysinyear"/>
    public static double DaysInYear(double y)
    {
        // 1-5. 365, or 366 in a year divisible by 4 but not by 100 unless by 400.
        if (Modulo(y, 400) == 0) return 366;
        if (Modulo(y, 100) == 0) return 365;
        if (Modulo(y, 4) == 0) return 366;
        return 365;
    }

    /// <see href="https://tc39.es/ecma262/#sec-dayfromyear"/>
    public static double DayFromYear(double y)
    {
        // 1. Let ry be ℝ(y).
        // 2-3. Return 365 × (ry - 1970) + floor((ry - 1969) / 4) - floor((ry - 1901) / 100) + floor((ry - 1601) / 400).
        return 365 * (y - 1970) + Math.Floor((y - 1969) / 4) - Math.Floor((y - 1901) / 100) + Math.Floor((y - 1601) / 400);
    }

    /// <see href="https://tc39.es/ecma262/#sec-timefromyear"/>
    public static double TimeFromYear(double y) => MsPerDay * DayFromYear(y);

    /// <see href="https://tc39.es/ecma262/#sec-yearfromtime"/>
    public static double YearFromTime(double t)
    {
        // 1. Return the largest integral Number y (closest to +∞) such that TimeFromYear(y) ≤ t.
        // An estimate from the mean Gregorian year is off by at most one either way.
        double y = Math.Floor(t / (MsPerDay * 365.2425)) + 1970;
        while (TimeFromYear(y) > t) y--;
        while (TimeFromYear(y + 1) <= t) y++;
        return y;
    }

    /// <see href="https://tc39.es/ecma262/#sec-dayswithinyear"/>
    public static double DayWithinYear(double t) => Day(t) - DayFromYear(YearFromTime(t));

    /// <see href="https://tc39.es/ecma262/#sec-inleapyear"/>
    public static bool InLeapYear(double t) => DaysInYear(YearFromTime(t)) == 366;

    // The first day of each month in a common year, and one past the last month.
    private static readonly int[] s_monthStart = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

    /// <summary>The day within the year on which month <paramref name="m"/> (0-11) begins.</summary>
    private static int MonthStart(int m, bool leap) => s_monthStart[m] + (leap && m >= 2 ? 1 : 0);

    /// <see href="https://tc39.es/ecma262/#sec-monthfromtime"/>
    public static double MonthFromTime(double t)
    {
        // 1-14. The month whose range of days within the year holds DayWithinYear(t).
        bool leap = InLeapYear(t);
        double dayWithinYear = DayWithinYear(t);
        int m = 0;
        while (m < 11 && dayWithinYear >= MonthStart(m + 1, leap)) m++;
        return m;
    }

    /// <see href="https://tc39.es/ecma262/#sec-datefromtime"/>
    public static double DateFromTime(double t)
    {
        // 1-15. DayWithinYear(t) minus the first day of MonthFromTime(t), plus one.
        bool leap = InLeapYear(t);
        int m = (int)MonthFromTime(t);
        return DayWithinYear(t) - MonthStart(m, leap) + 1;
    }

    /// <see href="https://tc39.es/ecma262/#sec-weekday"/>
    public static double WeekDay(double t) => Modulo(Day(t) + 4, 7);

    /// <see href="https://tc39.es/ecma262/#sec-hourfromtime"/>
    public static double HourFromTime(double t) => Modulo(Math.Floor(t / MsPerHour), 24);

    /// <see href="https://tc39.es/ecma262/#sec-minfromtime"/>
    public static double MinFromTime(double t) => Modulo(Math.Floor(t / MsPerMinute), 60);

    /// <see href="https://tc39.es/ecma262/#sec-secfromtime"/>
    public static double SecFromTime(double t) => Modulo(Math.Floor(t / MsPerSecond), 60);

    /// <see href="https://tc39.es/ecma262/#sec-msfromtime"/>
    public static double MsFromTime(double t) => Modulo(t, MsPerSecond);

    /// <see href="https://tc39.es/ecma262/#sec-maketime"/>
    public static double MakeTime(double hour, double min, double sec, double ms)
    {
        // 1. If hour is not finite, min is not finite, sec is not finite, or ms is not finite, return NaN.
        if (!double.IsFinite(hour) || !double.IsFinite(min) || !double.IsFinite(sec) || !double.IsFinite(ms)) return double.NaN;

        // 2-5. Let h, m, s, milli be 𝔽(! ToIntegerOrInfinity(…)).
        double h = Truncate(hour), m = Truncate(min), s = Truncate(sec), milli = Truncate(ms);

        // 6. Return ((h × msPerHour + m × msPerMinute) + s × msPerSecond) + milli, performing the
        //    arithmetic according to IEEE 754-2019 rules (that is, as if using the ECMAScript operators × and +).
        return ((h * MsPerHour + m * MsPerMinute) + s * MsPerSecond) + milli;
    }

    /// <see href="https://tc39.es/ecma262/#sec-makeday"/>
    public static double MakeDay(double year, double month, double date)
    {
        // 1. If year is not finite, month is not finite, or date is not finite, return NaN.
        if (!double.IsFinite(year) || !double.IsFinite(month) || !double.IsFinite(date)) return double.NaN;

        // 2-4. Let y, m, dt be 𝔽(! ToIntegerOrInfinity(…)).
        double y = Truncate(year), m = Truncate(month), dt = Truncate(date);

        // 5. Let ym be y + 𝔽(floor(ℝ(m) / 12)).
        double ym = y + Math.Floor(m / 12);

        // 6. If ym is not finite, return NaN.
        if (!double.IsFinite(ym)) return double.NaN;

        // 7. Let mn be 𝔽(ℝ(m) modulo 12).
        int mn = (int)Modulo(m, 12);

        // 8. Find a finite time value t such that YearFromTime(t) is ym, MonthFromTime(t) is mn, and
        //    DateFromTime(t) is 1𝔽; but if this is not possible (because some argument is out of range),
        //    return NaN. (Years this far out give days whose time value is far outside the time range; V8
        //    draws the same line at ±1,000,000.)
        if (Math.Abs(ym) > 1_000_000) return double.NaN;
        double day = DayFromYear(ym) + MonthStart(mn, DaysInYear(ym) == 366);

        // 9. Return Day(t) + dt - 1𝔽.
        return day + dt - 1;
    }

    /// <see href="https://tc39.es/ecma262/#sec-makedate"/>
    public static double MakeDate(double day, double time)
    {
        // 1. If day is not finite or time is not finite, return NaN.
        if (!double.IsFinite(day) || !double.IsFinite(time)) return double.NaN;

        // 2. Let tv be day × msPerDay + time.
        double tv = day * MsPerDay + time;

        // 3. If tv is not finite, return NaN.
        if (!double.IsFinite(tv)) return double.NaN;

        // 4. Return tv.
        return tv;
    }

    /// <see href="https://tc39.es/ecma262/#sec-makefullyear"/>
    public static double MakeFullYear(double year)
    {
        // 1. If year is NaN, return NaN.
        if (double.IsNaN(year)) return double.NaN;

        // 2. Let truncated be ToIntegerOrInfinity(year).
        double truncated = Truncate(year);

        // 3. If truncated is in the inclusive interval from 0 to 99, return 1900𝔽 + 𝔽(truncated).
        if (truncated >= 0 && truncated <= 99) return 1900 + truncated;

        // 4. Return 𝔽(truncated).
        return truncated;
    }

    /// <see href="https://tc39.es/ecma262/#sec-timeclip"/>
    public static double TimeClip(double time)
    {
        // 1. If time is not finite, return NaN.
        if (!double.IsFinite(time)) return double.NaN;

        // 2. If abs(ℝ(time)) > 8.64 × 10^15, return NaN.
        if (Math.Abs(time) > MaxTimeValue) return double.NaN;

        // 3. Return 𝔽(! ToIntegerOrInfinity(time)) (so -0 becomes +0).
        return Truncate(time);
    }

    /// <see href="https://tc39.es/ecma262/#sec-localtime"/>
    public static double LocalTime(double t, TimeZoneInfo zone)
    {
        // 1-4. Let offsetNs be GetNamedTimeZoneOffsetNanoseconds(systemTimeZoneIdentifier, t × 10^6).
        // 5. Let offsetMs be truncate(offsetNs / 10^6).
        // 6. Return t + 𝔽(offsetMs).
        return t + DateTimeZone.OffsetAt(zone, t);
    }

    /// <see href="https://tc39.es/ecma262/#sec-utc-t"/>
    public static double Utc(double t, TimeZoneInfo zone)
    {
        // 1. If t is not finite, return NaN.
        if (!double.IsFinite(t)) return double.NaN;

        // 3-6. The offset of the instant that local time t names: the earlier of two in a repeated hour,
        //      the offset before the transition in a skipped one.
        return t - DateTimeZone.OffsetForLocal(zone, t);
    }

    /// <summary>ToIntegerOrInfinity on a finite double, giving +0 for -0.</summary>
    public static double Truncate(double d) => Math.Truncate(d) + 0.0;

    /// <summary>The spec's "x modulo y": the result has the sign of y.</summary>
    public static double Modulo(double x, double y)
    {
        double r = x % y;
        if (r != 0 && (r < 0) != (y < 0)) r += y;
        return r + 0.0;
    }
}
