// %Date.prototype%: thisTimeValue and the getters. Setters are in DatePrototype.Setters.cs, string forms
// in DatePrototype.Formatting.cs. Every method requires a [[DateValue]] receiver; the messages are V8's
// (the getters say "this is not a Date object.", the others name the method and the receiver).
using static Oden.Runtime.Builtins.DateAlgorithms;

namespace Oden.Runtime.Builtins;

/// <summary>%Date.prototype%.</summary>
internal static partial class DatePrototype
{
    /// <summary>RequireInternalSlot(this, [[DateValue]]) for the getters, valueOf and getTime.</summary>
    /// <see href="https://tc39.es/ecma262/#thistimevalue"/>
    internal static double ThisTimeValue(Realm realm, JsValue thisValue)
    {
        if (thisValue.TryGetObject is JsDate date) return date.DateValue;
        throw realm.TypeError("this is not a Date object.");
    }

    /// <summary>RequireInternalSlot(this, [[DateValue]]) for the other methods.</summary>
    internal static JsDate ThisDate(Realm realm, JsValue thisValue, string method)
    {
        if (thisValue.TryGetObject is JsDate date) return date;
        throw realm.TypeError($"Method Date.prototype.{method} called on incompatible receiver {ObjectConstructor.Describe(realm, thisValue)}");
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getdate"/>
    [JsFunction("getDate")]
    private static JsValue GetDate(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return DateFromTime(LocalTime(t)).
        return DateFromTime(LocalTime(t, realm.TimeZone));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getday"/>
    [JsFunction("getDay")]
    private static JsValue GetDay(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return WeekDay(LocalTime(t)).
        return WeekDay(LocalTime(t, realm.TimeZone));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getfullyear"/>
    [JsFunction("getFullYear")]
    private static JsValue GetFullYear(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return YearFromTime(LocalTime(t)).
        return YearFromTime(LocalTime(t, realm.TimeZone));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.gethours"/>
    [JsFunction("getHours")]
    private static JsValue GetHours(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return HourFromTime(LocalTime(t)).
        return HourFromTime(LocalTime(t, realm.TimeZone));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getmilliseconds"/>
    [JsFunction("getMilliseconds")]
    private static JsValue GetMilliseconds(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return MsFromTime(LocalTime(t)).
        return MsFromTime(LocalTime(t, realm.TimeZone));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getminutes"/>
    [JsFunction("getMinutes")]
    private static JsValue GetMinutes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return MinFromTime(LocalTime(t)).
        return MinFromTime(LocalTime(t, realm.TimeZone));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getmonth"/>
    [JsFunction("getMonth")]
    private static JsValue GetMonth(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return MonthFromTime(LocalTime(t)).
        return MonthFromTime(LocalTime(t, realm.TimeZone));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getseconds"/>
    [JsFunction("getSeconds")]
    private static JsValue GetSeconds(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return SecFromTime(LocalTime(t)).
        return SecFromTime(LocalTime(t, realm.TimeZone));
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getutcdate"/>
    [JsFunction("getUTCDate")]
    private static JsValue GetUTCDate(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return DateFromTime(t).
        return DateFromTime(t);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getutcday"/>
    [JsFunction("getUTCDay")]
    private static JsValue GetUTCDay(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return WeekDay(t).
        return WeekDay(t);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getutcfullyear"/>
    [JsFunction("getUTCFullYear")]
    private static JsValue GetUTCFullYear(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return YearFromTime(t).
        return YearFromTime(t);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getutchours"/>
    [JsFunction("getUTCHours")]
    private static JsValue GetUTCHours(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return HourFromTime(t).
        return HourFromTime(t);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getutcmilliseconds"/>
    [JsFunction("getUTCMilliseconds")]
    private static JsValue GetUTCMilliseconds(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return MsFromTime(t).
        return MsFromTime(t);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getutcminutes"/>
    [JsFunction("getUTCMinutes")]
    private static JsValue GetUTCMinutes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return MinFromTime(t).
        return MinFromTime(t);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getutcmonth"/>
    [JsFunction("getUTCMonth")]
    private static JsValue GetUTCMonth(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return MonthFromTime(t).
        return MonthFromTime(t);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getutcseconds"/>
    [JsFunction("getUTCSeconds")]
    private static JsValue GetUTCSeconds(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return SecFromTime(t).
        return SecFromTime(t);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.gettime"/>
    [JsFunction("getTime")]
    private static JsValue GetTime(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-3. Return dateObject.[[DateValue]].
        ThisTimeValue(realm, thisValue);

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.valueof"/>
    [JsFunction("valueOf")]
    private static JsValue ValueOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-3. Return dateObject.[[DateValue]].
        ThisTimeValue(realm, thisValue);

    /// <summary>
    /// (t - LocalTime(t)) / msPerMinute, truncated to whole minutes as V8 does: where a zone's offset has
    /// seconds (LMT before 1883 in New York is -4:56:02) V8 answers 296, the spec 296.0333….
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.gettimezoneoffset"/>
    [JsFunction("getTimezoneOffset")]
    private static JsValue GetTimezoneOffset(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisTimeValue(realm, thisValue);

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return (t - LocalTime(t)) / msPerMinute.
        return Math.Truncate((t - LocalTime(t, realm.TimeZone)) / MsPerMinute) + 0.0;
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.getyear"/>
    [JsFunction("getYear")]
    private static JsValue GetYear(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let t be dateObject.[[DateValue]].
        double t = ThisDate(realm, thisValue, "getYear").DateValue;

        // 4. If t is NaN, return NaN.
        if (double.IsNaN(t)) return double.NaN;

        // 5. Return YearFromTime(LocalTime(t)) - 1900𝔽.
        return YearFromTime(LocalTime(t, realm.TimeZone)) - 1900;
    }
}
