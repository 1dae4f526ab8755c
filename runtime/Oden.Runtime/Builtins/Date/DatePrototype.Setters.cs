// %Date.prototype%'s setters. Each converts its arguments with ToNumber first (so their side effects
// happen even on an invalid date), then returns NaN for an invalid date — except setFullYear,
// setUTCFullYear and setYear, which start from +0 instead. "Present" means passed, not "not undefined":
// d.setHours(1, undefined) makes the minutes NaN.
using static Oden.Runtime.Builtins.DateAlgorithms;

namespace Oden.Runtime.Builtins;

internal static partial class DatePrototype
{
    /// <summary>Sets [[DateValue]] to TimeClip(UTC(date)) (local setters) and returns it.</summary>
    private static JsValue SetLocal(Realm realm, JsDate date, double newDate)
    {
        double u = TimeClip(Utc(newDate, realm.TimeZone));
        date.DateValue = u;
        return u;
    }

    /// <summary>Sets [[DateValue]] to TimeClip(date) (UTC setters) and returns it.</summary>
    private static JsValue SetUtc(JsDate date, double newDate)
    {
        double v = TimeClip(newDate);
        date.DateValue = v;
        return v;
    }

    private static double NumberArg(Realm realm, ReadOnlySpan<JsValue> args, int index, double absent) =>
        args.Length > index ? Operations.ToNumber(realm, args[index]) : absent;

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setdate"/>
    [JsFunction("setDate", Length = 1)]
    private static JsValue SetDate(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setDate");
        double t = d.DateValue;

        // 4. Let dt be ? ToNumber(date).
        double dt = Operations.ToNumber(realm, args.At(0));

        // 5. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 6. Set t to LocalTime(t).
        t = LocalTime(t, realm.TimeZone);

        // 7. Let newDate be MakeDate(MakeDay(YearFromTime(t), MonthFromTime(t), dt), TimeWithinDay(t)).
        // 8-10. Let u be TimeClip(UTC(newDate)); set dateObject.[[DateValue]] to u; return u.
        return SetLocal(realm, d, MakeDate(MakeDay(YearFromTime(t), MonthFromTime(t), dt), TimeWithinDay(t)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setfullyear"/>
    [JsFunction("setFullYear", Length = 3)]
    private static JsValue SetFullYear(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setFullYear");
        double t = d.DateValue;

        // 4. Let y be ? ToNumber(year).
        double y = Operations.ToNumber(realm, args.At(0));

        // 5. If t is NaN, set t to +0𝔽; otherwise, set t to LocalTime(t).
        t = double.IsNaN(t) ? 0 : LocalTime(t, realm.TimeZone);

        // 6. If month is not present, let m be MonthFromTime(t); otherwise, let m be ? ToNumber(month).
        double m = NumberArg(realm, args, 1, MonthFromTime(t));

        // 7. If date is not present, let dt be DateFromTime(t); otherwise, let dt be ? ToNumber(date).
        double dt = NumberArg(realm, args, 2, DateFromTime(t));

        // 8. Let newDate be MakeDate(MakeDay(y, m, dt), TimeWithinDay(t)).
        // 9-11. Let u be TimeClip(UTC(newDate)); set dateObject.[[DateValue]] to u; return u.
        return SetLocal(realm, d, MakeDate(MakeDay(y, m, dt), TimeWithinDay(t)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.sethours"/>
    [JsFunction("setHours", Length = 4)]
    private static JsValue SetHours(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setHours");
        double t = d.DateValue;

        // 4. Let h be ? ToNumber(hour).
        double h = Operations.ToNumber(realm, args.At(0));

        // 5-7. If min, sec, ms are present, ? ToNumber each.
        double m = NumberArg(realm, args, 1, double.NaN);
        double s = NumberArg(realm, args, 2, double.NaN);
        double milli = NumberArg(realm, args, 3, double.NaN);

        // 8. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 9. Set t to LocalTime(t).
        t = LocalTime(t, realm.TimeZone);

        // 10-12. Absent ones come from t.
        if (args.Length <= 1) m = MinFromTime(t);
        if (args.Length <= 2) s = SecFromTime(t);
        if (args.Length <= 3) milli = MsFromTime(t);

        // 13. Let date be MakeDate(Day(t), MakeTime(h, m, s, milli)).
        // 14-16. Let u be TimeClip(UTC(date)); set dateObject.[[DateValue]] to u; return u.
        return SetLocal(realm, d, MakeDate(Day(t), MakeTime(h, m, s, milli)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setmilliseconds"/>
    [JsFunction("setMilliseconds", Length = 1)]
    private static JsValue SetMilliseconds(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setMilliseconds");
        double t = d.DateValue;

        // 4. Set ms to ? ToNumber(ms).
        double ms = Operations.ToNumber(realm, args.At(0));

        // 5. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 6. Set t to LocalTime(t).
        t = LocalTime(t, realm.TimeZone);

        // 7. Let time be MakeTime(HourFromTime(t), MinFromTime(t), SecFromTime(t), ms).
        double time = MakeTime(HourFromTime(t), MinFromTime(t), SecFromTime(t), ms);

        // 8-10. Let u be TimeClip(UTC(MakeDate(Day(t), time))); set dateObject.[[DateValue]] to u; return u.
        return SetLocal(realm, d, MakeDate(Day(t), time));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setminutes"/>
    [JsFunction("setMinutes", Length = 3)]
    private static JsValue SetMinutes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setMinutes");
        double t = d.DateValue;

        // 4. Let m be ? ToNumber(min).
        double m = Operations.ToNumber(realm, args.At(0));

        // 5-6. If sec, ms are present, ? ToNumber each.
        double s = NumberArg(realm, args, 1, double.NaN);
        double milli = NumberArg(realm, args, 2, double.NaN);

        // 7. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 8. Set t to LocalTime(t).
        t = LocalTime(t, realm.TimeZone);

        // 9-10. Absent ones come from t.
        if (args.Length <= 1) s = SecFromTime(t);
        if (args.Length <= 2) milli = MsFromTime(t);

        // 11. Let date be MakeDate(Day(t), MakeTime(HourFromTime(t), m, s, milli)).
        // 12-14. Let u be TimeClip(UTC(date)); set dateObject.[[DateValue]] to u; return u.
        return SetLocal(realm, d, MakeDate(Day(t), MakeTime(HourFromTime(t), m, s, milli)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setmonth"/>
    [JsFunction("setMonth", Length = 2)]
    private static JsValue SetMonth(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setMonth");
        double t = d.DateValue;

        // 4. Let m be ? ToNumber(month).
        double m = Operations.ToNumber(realm, args.At(0));

        // 5. If date is present, let dt be ? ToNumber(date).
        double dt = NumberArg(realm, args, 1, double.NaN);

        // 6. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 7. Set t to LocalTime(t).
        t = LocalTime(t, realm.TimeZone);

        // 8. If date is not present, let dt be DateFromTime(t).
        if (args.Length <= 1) dt = DateFromTime(t);

        // 9. Let newDate be MakeDate(MakeDay(YearFromTime(t), m, dt), TimeWithinDay(t)).
        // 10-12. Let u be TimeClip(UTC(newDate)); set dateObject.[[DateValue]] to u; return u.
        return SetLocal(realm, d, MakeDate(MakeDay(YearFromTime(t), m, dt), TimeWithinDay(t)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setseconds"/>
    [JsFunction("setSeconds", Length = 2)]
    private static JsValue SetSeconds(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setSeconds");
        double t = d.DateValue;

        // 4. Let s be ? ToNumber(sec).
        double s = Operations.ToNumber(realm, args.At(0));

        // 5. If ms is present, let milli be ? ToNumber(ms).
        double milli = NumberArg(realm, args, 1, double.NaN);

        // 6. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 7. Set t to LocalTime(t).
        t = LocalTime(t, realm.TimeZone);

        // 8. If ms is not present, let milli be msFromTime(t).
        if (args.Length <= 1) milli = MsFromTime(t);

        // 9. Let date be MakeDate(Day(t), MakeTime(HourFromTime(t), MinFromTime(t), s, milli)).
        // 10-12. Let u be TimeClip(UTC(date)); set dateObject.[[DateValue]] to u; return u.
        return SetLocal(realm, d, MakeDate(Day(t), MakeTime(HourFromTime(t), MinFromTime(t), s, milli)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.settime"/>
    [JsFunction("setTime", Length = 1)]
    private static JsValue SetTime(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Perform ? RequireInternalSlot(dateObject, [[DateValue]]).
        JsDate d = ThisDate(realm, thisValue, "setTime");

        // 3. Let t be ? ToNumber(time).
        double t = Operations.ToNumber(realm, args.At(0));

        // 4-6. Let v be TimeClip(t); set dateObject.[[DateValue]] to v; return v.
        return SetUtc(d, t);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setutcdate"/>
    [JsFunction("setUTCDate", Length = 1)]
    private static JsValue SetUTCDate(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setUTCDate");
        double t = d.DateValue;

        // 4. Let dt be ? ToNumber(date).
        double dt = Operations.ToNumber(realm, args.At(0));

        // 5. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 6. Let newDate be MakeDate(MakeDay(YearFromTime(t), MonthFromTime(t), dt), TimeWithinDay(t)).
        // 7-9. Let v be TimeClip(newDate); set dateObject.[[DateValue]] to v; return v.
        return SetUtc(d, MakeDate(MakeDay(YearFromTime(t), MonthFromTime(t), dt), TimeWithinDay(t)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setutcfullyear"/>
    [JsFunction("setUTCFullYear", Length = 3)]
    private static JsValue SetUTCFullYear(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setUTCFullYear");
        double t = d.DateValue;

        // 4. If t is NaN, set t to +0𝔽.
        if (double.IsNaN(t)) t = 0;

        // 5. Let y be ? ToNumber(year).
        double y = Operations.ToNumber(realm, args.At(0));

        // 6. If month is not present, let m be MonthFromTime(t); otherwise, let m be ? ToNumber(month).
        double m = NumberArg(realm, args, 1, MonthFromTime(t));

        // 7. If date is not present, let dt be DateFromTime(t); otherwise, let dt be ? ToNumber(date).
        double dt = NumberArg(realm, args, 2, DateFromTime(t));

        // 8. Let newDate be MakeDate(MakeDay(y, m, dt), TimeWithinDay(t)).
        // 9-11. Let v be TimeClip(newDate); set dateObject.[[DateValue]] to v; return v.
        return SetUtc(d, MakeDate(MakeDay(y, m, dt), TimeWithinDay(t)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setutchours"/>
    [JsFunction("setUTCHours", Length = 4)]
    private static JsValue SetUTCHours(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setUTCHours");
        double t = d.DateValue;

        // 4. Let h be ? ToNumber(hour).
        double h = Operations.ToNumber(realm, args.At(0));

        // 5-7. If min, sec, ms are present, ? ToNumber each.
        double m = NumberArg(realm, args, 1, double.NaN);
        double s = NumberArg(realm, args, 2, double.NaN);
        double milli = NumberArg(realm, args, 3, double.NaN);

        // 8. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 9-11. Absent ones come from t.
        if (args.Length <= 1) m = MinFromTime(t);
        if (args.Length <= 2) s = SecFromTime(t);
        if (args.Length <= 3) milli = MsFromTime(t);

        // 12. Let date be MakeDate(Day(t), MakeTime(h, m, s, milli)).
        // 13-15. Let v be TimeClip(date); set dateObject.[[DateValue]] to v; return v.
        return SetUtc(d, MakeDate(Day(t), MakeTime(h, m, s, milli)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setutcmilliseconds"/>
    [JsFunction("setUTCMilliseconds", Length = 1)]
    private static JsValue SetUTCMilliseconds(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setUTCMilliseconds");
        double t = d.DateValue;

        // 4. Set ms to ? ToNumber(ms).
        double ms = Operations.ToNumber(realm, args.At(0));

        // 5. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 6. Let time be MakeTime(HourFromTime(t), MinFromTime(t), SecFromTime(t), ms).
        double time = MakeTime(HourFromTime(t), MinFromTime(t), SecFromTime(t), ms);

        // 7-9. Let v be TimeClip(MakeDate(Day(t), time)); set dateObject.[[DateValue]] to v; return v.
        return SetUtc(d, MakeDate(Day(t), time));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setutcminutes"/>
    [JsFunction("setUTCMinutes", Length = 3)]
    private static JsValue SetUTCMinutes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setUTCMinutes");
        double t = d.DateValue;

        // 4. Let m be ? ToNumber(min).
        double m = Operations.ToNumber(realm, args.At(0));

        // 5-6. If sec, ms are present, ? ToNumber each.
        double s = NumberArg(realm, args, 1, double.NaN);
        double milli = NumberArg(realm, args, 2, double.NaN);

        // 7. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 8-9. Absent ones come from t.
        if (args.Length <= 1) s = SecFromTime(t);
        if (args.Length <= 2) milli = MsFromTime(t);

        // 10. Let date be MakeDate(Day(t), MakeTime(HourFromTime(t), m, s, milli)).
        // 11-13. Let v be TimeClip(date); set dateObject.[[DateValue]] to v; return v.
        return SetUtc(d, MakeDate(Day(t), MakeTime(HourFromTime(t), m, s, milli)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setutcmonth"/>
    [JsFunction("setUTCMonth", Length = 2)]
    private static JsValue SetUTCMonth(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setUTCMonth");
        double t = d.DateValue;

        // 4. Let m be ? ToNumber(month).
        double m = Operations.ToNumber(realm, args.At(0));

        // 5. If date is present, let dt be ? ToNumber(date).
        double dt = NumberArg(realm, args, 1, double.NaN);

        // 6. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 7. If date is not present, let dt be DateFromTime(t).
        if (args.Length <= 1) dt = DateFromTime(t);

        // 8. Let newDate be MakeDate(MakeDay(YearFromTime(t), m, dt), TimeWithinDay(t)).
        // 9-11. Let v be TimeClip(newDate); set dateObject.[[DateValue]] to v; return v.
        return SetUtc(d, MakeDate(MakeDay(YearFromTime(t), m, dt), TimeWithinDay(t)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setutcseconds"/>
    [JsFunction("setUTCSeconds", Length = 2)]
    private static JsValue SetUTCSeconds(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setUTCSeconds");
        double t = d.DateValue;

        // 4. Let s be ? ToNumber(sec).
        double s = Operations.ToNumber(realm, args.At(0));

        // 5. If ms is present, let milli be ? ToNumber(ms).
        double milli = NumberArg(realm, args, 1, double.NaN);

        // 6. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 7. If ms is not present, let milli be msFromTime(t).
        if (args.Length <= 1) milli = MsFromTime(t);

        // 8. Let date be MakeDate(Day(t), MakeTime(HourFromTime(t), MinFromTime(t), s, milli)).
        // 9-11. Let v be TimeClip(date); set dateObject.[[DateValue]] to v; return v.
        return SetUtc(d, MakeDate(Day(t), MakeTime(HourFromTime(t), MinFromTime(t), s, milli)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.setyear"/>
    [JsFunction("setYear", Length = 1)]
    private static JsValue SetYear(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        JsDate d = ThisDate(realm, thisValue, "setYear");
        double t = d.DateValue;

        // 4. Let y be ? ToNumber(year).
        double y = Operations.ToNumber(realm, args.At(0));

        // 5. If t is NaN, set t to +0𝔽; otherwise, set t to LocalTime(t).
        t = double.IsNaN(t) ? 0 : LocalTime(t, realm.TimeZone);

        // 6. Let yyyy be MakeFullYear(y).
        double yyyy = MakeFullYear(y);

        // 7. Let d be MakeDay(yyyy, MonthFromTime(t), DateFromTime(t)).
        // 8. Let date be MakeDate(d, TimeWithinDay(t)).
        // 9-10. Set dateObject.[[DateValue]] to TimeClip(UTC(date)); return it.
        return SetLocal(realm, d, MakeDate(MakeDay(yyyy, MonthFromTime(t), DateFromTime(t)), TimeWithinDay(t)));
    }
}
