// DateFormatting: the string forms of a time value — the spec's DateString/TimeString/TimeZoneString
// (toString, toDateString, toTimeString), toUTCString, toISOString, and the en-US forms node prints for
// toLocale*String. Invariant digits always; callers handle NaN ("Invalid Date" or a RangeError).
using System.Globalization;
using System.Text;
using static Oden.Runtime.Builtins.DateAlgorithms;

namespace Oden.Runtime.Builtins;

internal static class DateFormatting
{
    private static readonly string[] s_weekDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public const string InvalidDate = "Invalid Date";

    /// <see href="https://tc39.es/ecma262/#sec-datestring"/>
    private static void AppendDateString(StringBuilder sb, double tv)
    {
        // 1-5. weekday, month, day, yearSign and paddedYear: "Mon Jan 15 2024".
        sb.Append(s_weekDays[(int)WeekDay(tv)]).Append(' ')
          .Append(s_months[(int)MonthFromTime(tv)]).Append(' ');
        AppendPadded(sb, DateFromTime(tv), 2);
        sb.Append(' ');
        AppendYear(sb, YearFromTime(tv));
    }

    /// <see href="https://tc39.es/ecma262/#sec-timestring"/>
    private static void AppendTimeString(StringBuilder sb, double tv)
    {
        // 1-4. "HH:mm:ss GMT".
        AppendPadded(sb, HourFromTime(tv), 2);
        sb.Append(':');
        AppendPadded(sb, MinFromTime(tv), 2);
        sb.Append(':');
        AppendPadded(sb, SecFromTime(tv), 2);
        sb.Append(" GMT");
    }

    /// <see href="https://tc39.es/ecma262/#sec-timezoneestring"/>
    private static void AppendTimeZoneString(StringBuilder sb, double tv, TimeZoneInfo zone)
    {
        // 1-6. offsetNs = GetNamedTimeZoneOffsetNanoseconds(systemTimeZoneIdentifier, tv × 10^6), offset = 𝔽(truncate(offsetNs / 10^6)).
        double offset = DateTimeZone.OffsetAt(zone, tv);

        // 7-9. offsetSign, offsetMin = MinFromTime(abs(offset)), offsetHour = HourFromTime(abs(offset)).
        sb.Append(offset >= 0 ? '+' : '-');
        double abs = Math.Abs(offset);
        AppendPadded(sb, HourFromTime(abs), 2);
        AppendPadded(sb, MinFromTime(abs), 2);

        // 10. tzName: an implementation-defined string, the empty String or " (" + name + ")".
        sb.Append(" (").Append(DateTimeZone.NameAt(zone, tv)).Append(')');
    }

    /// <see href="https://tc39.es/ecma262/#sec-todatestring"/>
    public static string ToDateString(double tv, TimeZoneInfo zone)
    {
        // 1. If tv is NaN, return "Invalid Date".
        if (double.IsNaN(tv)) return InvalidDate;

        // 2. Let t be LocalTime(tv).
        double t = LocalTime(tv, zone);

        // 3. Return the string-concatenation of DateString(t), the code unit 0x0020 (SPACE), TimeString(t), and TimeZoneString(tv).
        var sb = new StringBuilder(64);
        AppendDateString(sb, t);
        sb.Append(' ');
        AppendTimeString(sb, t);
        AppendTimeZoneString(sb, tv, zone);
        return sb.ToString();
    }

    /// <summary>Date.prototype.toDateString's result for a valid time value: DateString(LocalTime(tv)).</summary>
    public static string DateOnlyString(double tv, TimeZoneInfo zone)
    {
        var sb = new StringBuilder(16);
        AppendDateString(sb, LocalTime(tv, zone));
        return sb.ToString();
    }

    /// <summary>Date.prototype.toTimeString's result for a valid time value: TimeString(t) + TimeZoneString(tv).</summary>
    public static string TimeOnlyString(double tv, TimeZoneInfo zone)
    {
        var sb = new StringBuilder(48);
        AppendTimeString(sb, LocalTime(tv, zone));
        AppendTimeZoneString(sb, tv, zone);
        return sb.ToString();
    }

    /// <summary>Date.prototype.toUTCString's result for a valid time value: "Mon, 15 Jan 2024 10:00:00 GMT".</summary>
    public static string UtcString(double tv)
    {
        // 4-9. weekday, ",", day, month, yearSign, paddedYear, TimeString(tv).
        var sb = new StringBuilder(32);
        sb.Append(s_weekDays[(int)WeekDay(tv)]).Append(", ");
        AppendPadded(sb, DateFromTime(tv), 2);
        sb.Append(' ').Append(s_months[(int)MonthFromTime(tv)]).Append(' ');
        AppendYear(sb, YearFromTime(tv));
        sb.Append(' ');
        AppendTimeString(sb, tv);
        return sb.ToString();
    }

    /// <summary>
    /// The Date Time String Format for a valid time value: "2024-01-15T10:00:00.000Z", with a sign and six
    /// digits for years outside 0..9999 ("+275760-09-13T00:00:00.000Z", "-000001-…").
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-date-time-string-format"/>
    public static string IsoString(double tv)
    {
        var sb = new StringBuilder(27);
        double year = YearFromTime(tv);
        if (year >= 0 && year <= 9999)
        {
            AppendPadded(sb, year, 4);
        }
        else
        {
            sb.Append(year < 0 ? '-' : '+');
            AppendPadded(sb, Math.Abs(year), 6);
        }

        sb.Append('-');
        AppendPadded(sb, MonthFromTime(tv) + 1, 2);
        sb.Append('-');
        AppendPadded(sb, DateFromTime(tv), 2);
        sb.Append('T');
        AppendPadded(sb, HourFromTime(tv), 2);
        sb.Append(':');
        AppendPadded(sb, MinFromTime(tv), 2);
        sb.Append(':');
        AppendPadded(sb, SecFromTime(tv), 2);
        sb.Append('.');
        AppendPadded(sb, MsFromTime(tv), 3);
        sb.Append('Z');
        return sb.ToString();
    }

    /// <summary>
    /// toLocaleDateString in en-US as ICU prints it: "1/15/2024". Years before 1 are era years without the
    /// era ("12/31/3" for year -2, that is 3 BC).
    /// </summary>
    public static string LocaleDateString(double tv, TimeZoneInfo zone)
    {
        var sb = new StringBuilder(24);
        AppendLocaleDate(sb, LocalTime(tv, zone));
        return sb.ToString();
    }

    /// <summary>toLocaleTimeString in en-US: "10:00:00 AM".</summary>
    public static string LocaleTimeString(double tv, TimeZoneInfo zone)
    {
        var sb = new StringBuilder(12);
        AppendLocaleTime(sb, LocalTime(tv, zone));
        return sb.ToString();
    }

    /// <summary>toLocaleString in en-US: "1/15/2024, 10:00:00 AM".</summary>
    public static string LocaleString(double tv, TimeZoneInfo zone)
    {
        double t = LocalTime(tv, zone);
        var sb = new StringBuilder(24);
        AppendLocaleDate(sb, t);
        sb.Append(", ");
        AppendLocaleTime(sb, t);
        return sb.ToString();
    }

    private static void AppendLocaleDate(StringBuilder sb, double t)
    {
        double year = YearFromTime(t);
        sb.Append((MonthFromTime(t) + 1).ToString(CultureInfo.InvariantCulture)).Append('/')
          .Append(DateFromTime(t).ToString(CultureInfo.InvariantCulture)).Append('/')
          .Append((year > 0 ? year : 1 - year).ToString(CultureInfo.InvariantCulture));
    }

    private static void AppendLocaleTime(StringBuilder sb, double t)
    {
        int hour = (int)HourFromTime(t);
        int h12 = hour % 12 == 0 ? 12 : hour % 12;
        sb.Append(h12.ToString(CultureInfo.InvariantCulture)).Append(':');
        AppendPadded(sb, MinFromTime(t), 2);
        sb.Append(':');
        AppendPadded(sb, SecFromTime(t), 2);
        sb.Append(hour < 12 ? " AM" : " PM");
    }

    /// <summary>yearSign + ToZeroPaddedDecimalString(abs(yv), 4).</summary>
    private static void AppendYear(StringBuilder sb, double year)
    {
        if (year < 0) sb.Append('-');
        AppendPadded(sb, Math.Abs(year), 4);
    }

    /// <see href="https://tc39.es/ecma262/#sec-tozeropaddeddecimalstring"/>
    private static void AppendPadded(StringBuilder sb, double value, int minLength)
    {
        string digits = ((long)value).ToString(CultureInfo.InvariantCulture);
        sb.Append('0', Math.Max(0, minLength - digits.Length)).Append(digits);
    }
}
