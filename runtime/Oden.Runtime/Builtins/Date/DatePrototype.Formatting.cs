// %Date.prototype%'s string forms, toJSON and @@toPrimitive. The layouts are in DateFormatting.
namespace Oden.Runtime.Builtins;

internal static partial class DatePrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let tv be dateObject.[[DateValue]].
        double tv = ThisDate(realm, thisValue, "toString").DateValue;

        // 4. Return ToDateString(tv).
        return DateFormatting.ToDateString(tv, realm.TimeZone);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.todatestring"/>
    [JsFunction("toDateString")]
    private static JsValue ToDateString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let tv be dateObject.[[DateValue]].
        double tv = ThisDate(realm, thisValue, "toDateString").DateValue;

        // 4. If tv is NaN, return "Invalid Date".
        if (double.IsNaN(tv)) return DateFormatting.InvalidDate;

        // 5-6. Let t be LocalTime(tv). Return DateString(t).
        return DateFormatting.DateOnlyString(tv, realm.TimeZone);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.totimestring"/>
    [JsFunction("toTimeString")]
    private static JsValue ToTimeString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let tv be dateObject.[[DateValue]].
        double tv = ThisDate(realm, thisValue, "toTimeString").DateValue;

        // 4. If tv is NaN, return "Invalid Date".
        if (double.IsNaN(tv)) return DateFormatting.InvalidDate;

        // 5-6. Let t be LocalTime(tv). Return the string-concatenation of TimeString(t) and TimeZoneString(tv).
        return DateFormatting.TimeOnlyString(tv, realm.TimeZone);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.toisostring"/>
    [JsFunction("toISOString")]
    private static JsValue ToISOString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let tv be dateObject.[[DateValue]].
        double tv = ThisDate(realm, thisValue, "toISOString").DateValue;

        // 4. If tv is not finite, throw a RangeError exception.
        if (!double.IsFinite(tv)) throw realm.RangeError("Invalid time value");

        // 5-6. Return the Date Time String Format of tv in UTC, with an expanded year outside 0..9999.
        return DateFormatting.IsoString(tv);
    }

    /// <summary>Date.prototype.toGMTString is the same function object (Annex B).</summary>
    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.toutcstring"/>
    [JsFunction("toUTCString", Alias = "toGMTString")]
    private static JsValue ToUTCString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let tv be dateObject.[[DateValue]].
        double tv = ThisDate(realm, thisValue, "toUTCString").DateValue;

        // 4. If tv is NaN, return "Invalid Date".
        if (double.IsNaN(tv)) return DateFormatting.InvalidDate;

        // 5-10. weekday, ",", day, month, year, TimeString(tv).
        return DateFormatting.UtcString(tv);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.tojson"/>
    [JsFunction("toJSON", Length = 1)]
    private static JsValue ToJSON(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let O be ? ToObject(this value).
        JsObject o = Operations.ToObject(realm, thisValue);

        // 2. Let tv be ? ToPrimitive(O, number).
        JsValue tv = Operations.ToPrimitive(realm, o, Operations.PreferredType.Number);

        // 3. If tv is a Number and tv is not finite, return null.
        if (tv.IsNumber && !double.IsFinite(tv.AsNumber)) return JsValue.Null;

        // 4. Return ? Invoke(O, "toISOString").
        JsValue toISOString = o.Get("toISOString");
        if (!Operations.IsCallable(toISOString)) throw realm.TypeError("toISOString is not a function");
        return Operations.Call(realm, toISOString, o, ReadOnlySpan<JsValue>.Empty);
    }

    /// <summary>en-US, as node prints it: "1/15/2024, 10:00:00 AM". Locales and options are not read.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.tolocalestring"/>
    [JsFunction("toLocaleString")]
    private static JsValue ToLocaleString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double tv = ThisDate(realm, thisValue, "toLocaleString").DateValue;
        return double.IsNaN(tv) ? DateFormatting.InvalidDate : DateFormatting.LocaleString(tv, realm.TimeZone);
    }

    /// <summary>en-US: "1/15/2024".</summary>
    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.tolocaledatestring"/>
    [JsFunction("toLocaleDateString")]
    private static JsValue ToLocaleDateString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double tv = ThisDate(realm, thisValue, "toLocaleDateString").DateValue;
        return double.IsNaN(tv) ? DateFormatting.InvalidDate : DateFormatting.LocaleDateString(tv, realm.TimeZone);
    }

    /// <summary>en-US: "10:00:00 AM".</summary>
    /// <see href="https://tc39.es/ecma262/#sec-date.prototype.tolocaletimestring"/>
    [JsFunction("toLocaleTimeString")]
    private static JsValue ToLocaleTimeString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double tv = ThisDate(realm, thisValue, "toLocaleTimeString").DateValue;
        return double.IsNaN(tv) ? DateFormatting.InvalidDate : DateFormatting.LocaleTimeString(tv, realm.TimeZone);
    }

    /// <see href="https://tc39.es/ecma262/#sec-date.prototype-%symbol.toprimitive%"/>
    [JsFunction("[Symbol.toPrimitive]", Length = 1, Flags = PropertyFlags.Configurable)]
    private static JsValue ToPrimitive(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let O be the this value.
        // 2. If O is not an Object, throw a TypeError exception.
        if (thisValue.TryGetObject is not { } o)
        {
            throw realm.TypeError($"Method Date.prototype [ @@toPrimitive ] called on incompatible receiver {ObjectConstructor.Describe(realm, thisValue)}");
        }

        // 3. If hint is either "string" or "default", let tryFirst be string.
        // 4. Else if hint is "number", let tryFirst be number.
        // 5. Else, throw a TypeError exception.
        JsValue hint = args.At(0);
        Operations.PreferredType tryFirst = hint.IsString ? hint.AsString() switch
        {
            "string" or "default" => Operations.PreferredType.String,
            "number" => Operations.PreferredType.Number,
            _ => Operations.PreferredType.Default,
        } : Operations.PreferredType.Default;
        if (tryFirst == Operations.PreferredType.Default)
        {
            throw realm.TypeError($"Invalid hint: {ObjectConstructor.Describe(realm, hint)}");
        }

        // 6. Return ? OrdinaryToPrimitive(O, tryFirst).
        return Operations.OrdinaryToPrimitive(realm, o, tryFirst);
    }
}
