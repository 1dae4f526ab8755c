// %Date% and its static members: now, parse, UTC.
using static Oden.Runtime.Builtins.DateAlgorithms;

namespace Oden.Runtime.Builtins;

/// <summary>%Date%.</summary>
internal static partial class DateConstructor
{
    /// <summary>The realm's clock as a time value (whole milliseconds).</summary>
    internal static double Now(Realm realm) => realm.Clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <see href="https://tc39.es/ecma262/#sec-date-constructor-date"/>
    [JsConstructor("Date", Length = 7)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> values, JsObject? newTarget)
    {
        TimeZoneInfo zone = realm.TimeZone;

        // 1. If NewTarget is undefined, then
        if (newTarget is null)
        {
            // a. Let now be the time value (UTC) identifying the current time.
            // b. Return ToDateString(now).
            return DateFormatting.ToDateString(Now(realm), zone);
        }

        // 2. Let numberOfArgs be the number of elements in values.
        double dv;

        // 3. If numberOfArgs = 0, then
        if (values.Length == 0)
        {
            // a. Let dv be the time value (UTC) identifying the current time.
            dv = Now(realm);
        }

        // 4. Else if numberOfArgs = 1, then
        else if (values.Length == 1)
        {
            // a. Let value be values[0].
            JsValue value = values[0];
            double tv;

            // b. If value is an Object and value has a [[DateValue]] internal slot, then
            if (value.TryGetObject is JsDate date)
            {
                // i. Let tv be value.[[DateValue]].
                tv = date.DateValue;
            }

            // c. Else,
            else
            {
                // i. Let v be ? ToPrimitive(value).
                JsValue v = Operations.ToPrimitive(realm, value);

                // ii. If v is a String, then let tv be the result of parsing v as a date (Date.parse).
                // iii. Else, let tv be ? ToNumber(v).
                tv = v.IsString ? DateParser.Parse(Operations.ToString(realm, v), zone) : Operations.ToNumber(realm, v);
            }

            // d. Let dv be TimeClip(tv).
            dv = TimeClip(tv);
        }

        // 5. Else,
        else
        {
            // a-h. y, m, dt (default 1), h, min, s, milli (default +0), each ? ToNumber.
            double y = Operations.ToNumber(realm, values[0]);
            double m = Operations.ToNumber(realm, values[1]);
            double dt = values.Length > 2 ? Operations.ToNumber(realm, values[2]) : 1;
            double h = values.Length > 3 ? Operations.ToNumber(realm, values[3]) : 0;
            double min = values.Length > 4 ? Operations.ToNumber(realm, values[4]) : 0;
            double s = values.Length > 5 ? Operations.ToNumber(realm, values[5]) : 0;
            double milli = values.Length > 6 ? Operations.ToNumber(realm, values[6]) : 0;

            // i. Let yr be MakeFullYear(y).
            double yr = MakeFullYear(y);

            // j. Let finalDate be MakeDate(MakeDay(yr, m, dt), MakeTime(h, min, s, milli)).
            double finalDate = MakeDate(MakeDay(yr, m, dt), MakeTime(h, min, s, milli));

            // k. Let dv be TimeClip(UTC(finalDate)).
            dv = TimeClip(Utc(finalDate, zone));
        }

        // 6. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Date.prototype%", « [[DateValue]] »).
        // 7. Set O.[[DateValue]] to dv.
        // 8. Return O.
        return new JsDate(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.DatePrototype), dv);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.now"/>
    [JsFunction("now")]
    private static JsValue DateNow(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1. Return the time value (UTC) identifying the current time.
        Now(realm);

    /// <see href="https://tc39.es/ecma262/#sec-date.parse"/>
    [JsFunction("parse", Length = 1)]
    private static JsValue DateParse(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let string be ? ToString(string).
        string s = Operations.ToString(realm, args.At(0));

        // 2. Parse string as a date: the Date Time String Format, then the forms V8 accepts (DateParser).
        return DateParser.Parse(s, realm.TimeZone);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.utc"/>
    [JsFunction("UTC", Length = 7)]
    private static JsValue DateUtc(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let y be ? ToNumber(year).
        double y = Operations.ToNumber(realm, args.At(0));

        // 2-7. m (default +0), dt (default 1), h, min, s, milli (default +0), each ? ToNumber if present.
        double m = args.Length > 1 ? Operations.ToNumber(realm, args[1]) : 0;
        double dt = args.Length > 2 ? Operations.ToNumber(realm, args[2]) : 1;
        double h = args.Length > 3 ? Operations.ToNumber(realm, args[3]) : 0;
        double min = args.Length > 4 ? Operations.ToNumber(realm, args[4]) : 0;
        double s = args.Length > 5 ? Operations.ToNumber(realm, args[5]) : 0;
        double milli = args.Length > 6 ? Operations.ToNumber(realm, args[6]) : 0;

        // 8. Let yr be MakeFullYear(y).
        double yr = MakeFullYear(y);

        // 9. Return TimeClip(MakeDate(MakeDay(yr, m, dt), MakeTime(h, min, s, milli))).
        return TimeClip(MakeDate(MakeDay(yr, m, dt), MakeTime(h, min, s, milli)));
    }
}
