// DateTimeZone: what Date needs from a TimeZoneInfo — the offset at an instant, the offset a local time
// resolves to (DST gaps and overlaps as the spec's UTC(t) says), and the zone's name as toString prints it.
//
// Time values outside DateTime's years 1..9999 are moved by whole 400-year Gregorian cycles (146,097 days,
// which repeat weekdays and leap years exactly) into that range, so far-future dates follow the zone's
// last rule, as ICU does in V8. Offsets are whole seconds in the tz database (LMT -4:56:02), so the
// millisecond offsets are exact.
namespace Oden.Runtime.Builtins;

internal static class DateTimeZone
{
    private const long TicksPerMs = TimeSpan.TicksPerMillisecond;
    private static readonly double s_epochMs = DateTime.UnixEpoch.Ticks / (double)TicksPerMs;

    // The usable range in ms since the epoch, a few days inside DateTime's so that ±1 day probes stay valid.
    private static readonly double s_minMs = -s_epochMs + 3 * DateAlgorithms.MsPerDay;
    private static readonly double s_maxMs = DateTime.MaxValue.Ticks / (double)TicksPerMs - s_epochMs - 3 * DateAlgorithms.MsPerDay;
    private const double CycleMs = 146_097 * DateAlgorithms.MsPerDay;

    /// <summary>True when the zone is UTC or another fixed zero offset.</summary>
    private static bool IsUtc(TimeZoneInfo zone) => zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime;

    /// <summary>The instant <paramref name="t"/> (finite ms) as a UTC DateTime, moved into DateTime's range.</summary>
    private static DateTime ToDateTime(double t)
    {
        if (t > s_maxMs) t -= Math.Ceiling((t - s_maxMs) / CycleMs) * CycleMs;
        else if (t < s_minMs) t += Math.Ceiling((s_minMs - t) / CycleMs) * CycleMs;
        return new DateTime((long)(t + s_epochMs) * TicksPerMs, DateTimeKind.Utc);
    }

    /// <summary>GetNamedTimeZoneOffsetNanoseconds / 10^6: the zone's offset in ms at the instant t.</summary>
    public static double OffsetAt(TimeZoneInfo zone, double t)
    {
        if (IsUtc(zone) || !double.IsFinite(t)) return 0;
        return zone.GetUtcOffset(ToDateTime(t)).Ticks / TicksPerMs;
    }

    /// <summary>
    /// The offset that UTC(t) subtracts from the local time t: when t names two instants (the repeated hour
    /// when DST ends) the earlier one's, and when it names none (the hour skipped when DST starts) the
    /// offset in force before the transition — in both cases the offset before the transition.
    /// </summary>
    public static double OffsetForLocal(TimeZoneInfo zone, double t)
    {
        if (IsUtc(zone)) return 0;

        // The offsets a day either side bracket any single transition near t.
        double before = OffsetAt(zone, t - DateAlgorithms.MsPerDay);
        double after = OffsetAt(zone, t + DateAlgorithms.MsPerDay);

        // GetNamedTimeZoneEpochNanoseconds: the instants whose local time is t.
        bool beforeFits = OffsetAt(zone, t - before) == before;
        bool afterFits = after != before && OffsetAt(zone, t - after) == after;

        // possibleInstants[0] is the earliest instant, i.e. the one with the larger offset.
        if (beforeFits && afterFits) return Math.Max(before, after);
        if (beforeFits) return before;
        if (afterFits) return after;

        // A gap: possibleInstantsBefore's last element, t interpreted with the offset before the transition.
        return before;
    }

    /// <summary>The zone's name at instant t, as V8 prints it in toString: "Eastern Standard Time".</summary>
    public static string NameAt(TimeZoneInfo zone, double t)
    {
        if (IsUtc(zone))
        {
            return zone.Id is "Etc/GMT" or "GMT" or "Etc/Greenwich" or "Greenwich" or "Etc/GMT0" or "GMT0" or "Etc/GMT+0" or "Etc/GMT-0"
                ? "Greenwich Mean Time"
                : "Coordinated Universal Time";
        }

        DateTime instant = ToDateTime(t);
        bool daylight = zone.IsDaylightSavingTime(instant);

        // The tz abbreviations, mapped to CLDR's English long names below, whatever the culture and whether
        // ICU is loaded; .NET's names are only used where there is no TZif data (Windows, custom zones).
        string name;
        if (TzifAbbreviations.For(zone) is var (standard, daylightName))
        {
            name = daylight ? daylightName ?? standard : standard;
        }
        else
        {
            name = daylight ? zone.DaylightName : zone.StandardName;
            if (!IsAbbreviation(name)) return name;
        }

        if (name.Length == 0) return LocalizedGmt(zone.GetUtcOffset(instant));
        if (name[0] is '+' or '-' && s_numericZones.TryGetValue(zone.Id, out var names))
        {
            return daylight ? names.Daylight : names.Standard;
        }

        return LongName(zone.Id, name) ?? LocalizedGmt(zone.GetUtcOffset(instant));
    }

    /// <summary>The tz database abbreviations that .NET reports under InvariantGlobalization ("EST", "+0530").</summary>
    private static bool IsAbbreviation(string name)
    {
        if (name.Length == 0 || name.Length > 6) return name.Length == 0;
        if (name[0] is '+' or '-') return true;
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterUpper(c)) return false;
        }

        return true;
    }

    /// <summary>ICU's fallback for a zone without a name: "GMT+05:30".</summary>
    private static string LocalizedGmt(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero) return "GMT";
        char sign = offset < TimeSpan.Zero ? '-' : '+';
        TimeSpan a = offset.Duration();
        return a.Seconds == 0
            ? $"GMT{sign}{a.Hours:00}:{a.Minutes:00}"
            : $"GMT{sign}{a.Hours:00}:{a.Minutes:00}:{a.Seconds:00}";
    }

    /// <summary>Zones whose tz abbreviation is only a number ("-03", "+04") but that CLDR names.</summary>
    private static readonly Dictionary<string, (string Standard, string Daylight)> s_numericZones = new(StringComparer.Ordinal)
    {
        ["America/Sao_Paulo"] = ("Brasilia Standard Time", "Brasilia Summer Time"),
        ["America/Argentina/Buenos_Aires"] = ("Argentina Standard Time", "Argentina Summer Time"),
        ["America/Buenos_Aires"] = ("Argentina Standard Time", "Argentina Summer Time"),
        ["America/Bogota"] = ("Colombia Standard Time", "Colombia Summer Time"),
        ["America/Lima"] = ("Peru Standard Time", "Peru Summer Time"),
        ["America/Santiago"] = ("Chile Standard Time", "Chile Summer Time"),
        ["America/Caracas"] = ("Venezuela Time", "Venezuela Time"),
        ["Asia/Dubai"] = ("Gulf Standard Time", "Gulf Standard Time"),
        ["Asia/Muscat"] = ("Gulf Standard Time", "Gulf Standard Time"),
        ["Asia/Riyadh"] = ("Arabian Standard Time", "Arabian Daylight Time"),
        ["Asia/Qatar"] = ("Arabian Standard Time", "Arabian Daylight Time"),
        ["Asia/Baghdad"] = ("Arabian Standard Time", "Arabian Daylight Time"),
        ["Asia/Tehran"] = ("Iran Standard Time", "Iran Daylight Time"),
        ["Asia/Kabul"] = ("Afghanistan Time", "Afghanistan Time"),
        ["Asia/Tashkent"] = ("Uzbekistan Standard Time", "Uzbekistan Summer Time"),
        ["Asia/Dhaka"] = ("Bangladesh Standard Time", "Bangladesh Summer Time"),
        ["Asia/Kathmandu"] = ("Nepal Time", "Nepal Time"),
        ["Asia/Bangkok"] = ("Indochina Time", "Indochina Time"),
        ["Asia/Ho_Chi_Minh"] = ("Indochina Time", "Indochina Time"),
        ["Asia/Singapore"] = ("Singapore Standard Time", "Singapore Standard Time"),
        ["Asia/Kuala_Lumpur"] = ("Malaysia Time", "Malaysia Time"),
        ["Asia/Yangon"] = ("Myanmar Time", "Myanmar Time"),
        ["Asia/Almaty"] = ("East Kazakhstan Time", "East Kazakhstan Time"),
        ["Asia/Yerevan"] = ("Armenia Standard Time", "Armenia Summer Time"),
        ["Asia/Baku"] = ("Azerbaijan Standard Time", "Azerbaijan Summer Time"),
        ["Asia/Tbilisi"] = ("Georgia Standard Time", "Georgia Summer Time"),
        ["Asia/Vladivostok"] = ("Vladivostok Standard Time", "Vladivostok Summer Time"),
        ["Asia/Yekaterinburg"] = ("Yekaterinburg Standard Time", "Yekaterinburg Summer Time"),
        ["Asia/Novosibirsk"] = ("Novosibirsk Standard Time", "Novosibirsk Summer Time"),
        ["Australia/Lord_Howe"] = ("Lord Howe Standard Time", "Lord Howe Daylight Time"),
        ["Pacific/Fiji"] = ("Fiji Standard Time", "Fiji Summer Time"),
        ["Atlantic/Azores"] = ("Azores Standard Time", "Azores Summer Time"),
        ["Atlantic/Cape_Verde"] = ("Cape Verde Standard Time", "Cape Verde Summer Time"),
    };

    /// <summary>The CLDR long name behind a tz abbreviation, for the zones that ICU names that way.</summary>
    private static string? LongName(string zoneId, string abbreviation)
    {
        // Abbreviations that mean different zones in different regions.
        switch (abbreviation)
        {
            case "IST":
                if (zoneId is "Europe/Dublin" or "Eire") return "Irish Standard Time";
                if (zoneId is "Asia/Jerusalem" or "Asia/Tel_Aviv" or "Israel") return "Israel Standard Time";
                return "India Standard Time";
            case "CST":
                if (zoneId is "Asia/Shanghai" or "Asia/Chongqing" or "Asia/Harbin" or "PRC" or "Asia/Macau") return "China Standard Time";
                if (zoneId is "Asia/Taipei" or "ROC") return "Taipei Standard Time";
                if (zoneId is "America/Havana" or "Cuba") return "Cuba Standard Time";
                return "Central Standard Time";
            case "CDT":
                if (zoneId is "America/Havana" or "Cuba") return "Cuba Daylight Time";
                return "Central Daylight Time";
            case "PST":
                if (zoneId is "Asia/Manila") return "Philippine Standard Time";
                return "Pacific Standard Time";
            case "BST":
                return zoneId is "Europe/London" or "GB" or "GB-Eire" or "Europe/Belfast" or "Europe/Jersey" or "Europe/Guernsey" or "Europe/Isle_of_Man"
                    ? "British Summer Time"
                    : null;
        }

        return abbreviation switch
        {
            "GMT" => "Greenwich Mean Time",
            "UTC" => "Coordinated Universal Time",
            "EST" => "Eastern Standard Time",
            "EDT" => "Eastern Daylight Time",
            "MST" => "Mountain Standard Time",
            "MDT" => "Mountain Daylight Time",
            "PDT" => "Pacific Daylight Time",
            "AKST" => "Alaska Standard Time",
            "AKDT" => "Alaska Daylight Time",
            "HST" => "Hawaii-Aleutian Standard Time",
            "HDT" => "Hawaii-Aleutian Daylight Time",
            "AST" => "Atlantic Standard Time",
            "ADT" => "Atlantic Daylight Time",
            "NST" => "Newfoundland Standard Time",
            "NDT" => "Newfoundland Daylight Time",
            "WET" => "Western European Standard Time",
            "WEST" => "Western European Summer Time",
            "CET" => "Central European Standard Time",
            "CEST" => "Central European Summer Time",
            "EET" => "Eastern European Standard Time",
            "EEST" => "Eastern European Summer Time",
            "MSK" => "Moscow Standard Time",
            "MSD" => "Moscow Summer Time",
            "IDT" => "Israel Daylight Time",
            "PKT" => "Pakistan Standard Time",
            "WIB" => "Western Indonesia Time",
            "WITA" => "Central Indonesia Time",
            "WIT" => "Eastern Indonesia Time",
            "HKT" => "Hong Kong Standard Time",
            "JST" => "Japan Standard Time",
            "KST" => "Korean Standard Time",
            "SAST" => "South Africa Standard Time",
            "CAT" => "Central Africa Time",
            "EAT" => "East Africa Time",
            "WAT" => "West Africa Standard Time",
            "AWST" => "Australian Western Standard Time",
            "ACST" => "Australian Central Standard Time",
            "ACDT" => "Australian Central Daylight Time",
            "AEST" => "Australian Eastern Standard Time",
            "AEDT" => "Australian Eastern Daylight Time",
            "NZST" => "New Zealand Standard Time",
            "NZDT" => "New Zealand Daylight Time",
            "ChST" => "Chamorro Standard Time",
            _ => null,
        };
    }
}
