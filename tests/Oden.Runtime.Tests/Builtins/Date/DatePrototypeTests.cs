// Date.prototype against values printed by node 20 (V8) under TZ=UTC and TZ=America/New_York: getters,
// setters (with their NaN rules and DST gaps/overlaps), every string form, toJSON, @@toPrimitive, and the
// errors for bad receivers. New York rows before 1883 (LMT, -4:56:02 in ICU, -4:57 in TimeZoneInfo) are
// left out.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Tests.Builtins.Date;

public class DatePrototypeTests
{
    private static readonly string[] s_getters =
    [
        "getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getSeconds", "getMilliseconds",
        "getUTCFullYear", "getUTCMonth", "getUTCDate", "getUTCDay", "getUTCHours", "getUTCMinutes", "getUTCSeconds",
        "getUTCMilliseconds", "getTimezoneOffset", "getYear", "getTime", "valueOf",
    ];

    [Theory]
    [InlineData("UTC", 0, "1970 0 1 4 0 0 0 0 1970 0 1 4 0 0 0 0 0 70 0 0")]
    [InlineData("UTC", 1705312800123d, "2024 0 15 1 10 0 0 123 2024 0 15 1 10 0 0 123 0 124 1705312800123 1705312800123")]
    [InlineData("UTC", -1, "1969 11 31 3 23 59 59 999 1969 11 31 3 23 59 59 999 0 69 -1 -1")]
    [InlineData("UTC", 951782400000d, "2000 1 29 2 0 0 0 0 2000 1 29 2 0 0 0 0 0 100 951782400000 951782400000")]
    [InlineData("UTC", 1710054000000d, "2024 2 10 0 7 0 0 0 2024 2 10 0 7 0 0 0 0 124 1710054000000 1710054000000")]
    [InlineData("UTC", 1730611800000d, "2024 10 3 0 5 30 0 0 2024 10 3 0 5 30 0 0 0 124 1730611800000 1730611800000")]
    [InlineData("UTC", -5364662400000d, "1800 0 1 3 0 0 0 0 1800 0 1 3 0 0 0 0 0 -100 -5364662400000 -5364662400000")]
    [InlineData("UTC", -62198755200000d, "-1 0 1 5 0 0 0 0 -1 0 1 5 0 0 0 0 0 -1901 -62198755200000 -62198755200000")]
    [InlineData("UTC", 8640000000000000d, "275760 8 13 6 0 0 0 0 275760 8 13 6 0 0 0 0 0 273860 8640000000000000 8640000000000000")]
    [InlineData("UTC", -8640000000000000d, "-271821 3 20 2 0 0 0 0 -271821 3 20 2 0 0 0 0 0 -273721 -8640000000000000 -8640000000000000")]
    [InlineData("UTC", double.NaN, "NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN")]
    [InlineData("America/New_York", 0, "1969 11 31 3 19 0 0 0 1970 0 1 4 0 0 0 0 300 69 0 0")]
    [InlineData("America/New_York", 1705312800123d, "2024 0 15 1 5 0 0 123 2024 0 15 1 10 0 0 123 300 124 1705312800123 1705312800123")]
    [InlineData("America/New_York", -1, "1969 11 31 3 18 59 59 999 1969 11 31 3 23 59 59 999 300 69 -1 -1")]
    [InlineData("America/New_York", 951782400000d, "2000 1 28 1 19 0 0 0 2000 1 29 2 0 0 0 0 300 100 951782400000 951782400000")]
    [InlineData("America/New_York", 1710054000000d, "2024 2 10 0 3 0 0 0 2024 2 10 0 7 0 0 0 240 124 1710054000000 1710054000000")]
    [InlineData("America/New_York", 1730611800000d, "2024 10 3 0 1 30 0 0 2024 10 3 0 5 30 0 0 240 124 1730611800000 1730611800000")]
    [InlineData("America/New_York", 8640000000000000d, "275760 8 12 5 20 0 0 0 275760 8 13 6 0 0 0 0 240 273860 8640000000000000 8640000000000000")]
    [InlineData("America/New_York", double.NaN, "NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN")]
    public void Getters_TimeValue_LocalAndUtcFields(string zone, double time, string expected)
    {
        Realm realm = DateTestKit.NewRealm(zone);
        JsDate date = DateTestKit.FromTime(realm, time);
        string actual = string.Join(" ", s_getters.Select(g => Operations.ToString(realm, DateTestKit.Invoke(realm, date, g))));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("UTC", 1705312800123d, "setMilliseconds", "5", 1705312800005d)]
    [InlineData("UTC", 1705312800123d, "setMilliseconds", "1000", 1705312801000d)]
    [InlineData("UTC", 1705312800123d, "setSeconds", "75", 1705312875123d)]
    [InlineData("UTC", 1705312800123d, "setSeconds", "1, 2", 1705312801002d)]
    [InlineData("UTC", 1705312800123d, "setMinutes", "-1", 1705312740123d)]
    [InlineData("UTC", 1705312800123d, "setMinutes", "1, 2, 3", 1705312862003d)]
    [InlineData("UTC", 1705312800123d, "setHours", "23", 1705359600123d)]
    [InlineData("UTC", 1705312800123d, "setHours", "1, 2, 3, 4", 1705280523004d)]
    [InlineData("UTC", 1705312800123d, "setHours", "1, undefined", double.NaN)]
    [InlineData("UTC", 1705312800123d, "setDate", "31", 1706695200123d)]
    [InlineData("UTC", 1705312800123d, "setDate", "0", 1704016800123d)]
    [InlineData("UTC", 1705312800123d, "setMonth", "1", 1707991200123d)]
    [InlineData("UTC", 1705312800123d, "setMonth", "1, 30", 1709287200123d)]
    [InlineData("UTC", 1705312800123d, "setFullYear", "2000", 947930400123d)]
    [InlineData("UTC", 1705312800123d, "setFullYear", "2000, 1, 29", 951818400123d)]
    [InlineData("UTC", 1705312800123d, "setFullYear", "99", -59041749599877d)]
    [InlineData("UTC", double.NaN, "setFullYear", "2000", 946684800000d)]
    [InlineData("UTC", double.NaN, "setFullYear", "2000, 5", 959817600000d)]
    [InlineData("UTC", double.NaN, "setMonth", "1", double.NaN)]
    [InlineData("UTC", double.NaN, "setHours", "1", double.NaN)]
    [InlineData("UTC", double.NaN, "setDate", "1", double.NaN)]
    [InlineData("UTC", 1705312800123d, "setTime", "0", 0)]
    [InlineData("UTC", 1705312800123d, "setTime", "'86400000'", 86400000)]
    [InlineData("UTC", 1705312800123d, "setTime", "8640000000000001", double.NaN)]
    [InlineData("UTC", 1705312800123d, "setTime", "", double.NaN)]
    [InlineData("UTC", 1705312800123d, "setUTCMilliseconds", "999", 1705312800999d)]
    [InlineData("UTC", 1705312800123d, "setUTCSeconds", "59, 999", 1705312859999d)]
    [InlineData("UTC", 1705312800123d, "setUTCMinutes", "30, 30, 30", 1705314630030d)]
    [InlineData("UTC", 1705312800123d, "setUTCHours", "0, 0, 0, 0", 1705276800000d)]
    [InlineData("UTC", 1705312800123d, "setUTCDate", "29", 1706522400123d)]
    [InlineData("UTC", 1705312800123d, "setUTCMonth", "11, 31", 1735639200123d)]
    [InlineData("UTC", 1705312800123d, "setUTCFullYear", "-1", -62197509599877d)]
    [InlineData("UTC", double.NaN, "setUTCFullYear", "2020", 1577836800000d)]
    [InlineData("UTC", double.NaN, "setUTCHours", "1", double.NaN)]
    [InlineData("UTC", 1705312800123d, "setYear", "99", 916394400123d)]
    [InlineData("UTC", 1705312800123d, "setYear", "2001", 979552800123d)]
    [InlineData("UTC", double.NaN, "setYear", "5", -2051222400000d)]
    [InlineData("UTC", 1705312800123d, "setYear", "NaN", double.NaN)]
    [InlineData("UTC", 1705312800123d, "setHours", "NaN", double.NaN)]
    [InlineData("UTC", 1705312800123d, "setDate", "", double.NaN)]
    [InlineData("UTC", 1710046800000d, "setHours", "2, 30", 1710037800000d)]
    [InlineData("UTC", 1730606400000d, "setHours", "1, 30", 1730597400000d)]
    [InlineData("UTC", 1710046800000d, "setMinutes", "150", 1710055800000d)]
    [InlineData("UTC", 1705312800123d, "setMonth", "-13", 1671098400123d)]
    [InlineData("UTC", 8640000000000000d, "setMilliseconds", "1", double.NaN)]
    [InlineData("UTC", 1705312800123d, "setFullYear", "275760, 8, 14", double.NaN)]
    [InlineData("America/New_York", 1705312800123d, "setMilliseconds", "5", 1705312800005d)]
    [InlineData("America/New_York", 1705312800123d, "setMilliseconds", "1000", 1705312801000d)]
    [InlineData("America/New_York", 1705312800123d, "setSeconds", "75", 1705312875123d)]
    [InlineData("America/New_York", 1705312800123d, "setSeconds", "1, 2", 1705312801002d)]
    [InlineData("America/New_York", 1705312800123d, "setMinutes", "-1", 1705312740123d)]
    [InlineData("America/New_York", 1705312800123d, "setMinutes", "1, 2, 3", 1705312862003d)]
    [InlineData("America/New_York", 1705312800123d, "setHours", "23", 1705377600123d)]
    [InlineData("America/New_York", 1705312800123d, "setHours", "1, 2, 3, 4", 1705298523004d)]
    [InlineData("America/New_York", 1705312800123d, "setHours", "1, undefined", double.NaN)]
    [InlineData("America/New_York", 1705312800123d, "setDate", "31", 1706695200123d)]
    [InlineData("America/New_York", 1705312800123d, "setDate", "0", 1704016800123d)]
    [InlineData("America/New_York", 1705312800123d, "setMonth", "1", 1707991200123d)]
    [InlineData("America/New_York", 1705312800123d, "setMonth", "1, 30", 1709287200123d)]
    [InlineData("America/New_York", 1705312800123d, "setFullYear", "2000", 947930400123d)]
    [InlineData("America/New_York", 1705312800123d, "setFullYear", "2000, 1, 29", 951818400123d)]
    [InlineData("America/New_York", double.NaN, "setFullYear", "2000", 946702800000d)]
    [InlineData("America/New_York", double.NaN, "setFullYear", "2000, 5", 959832000000d)]
    [InlineData("America/New_York", double.NaN, "setMonth", "1", double.NaN)]
    [InlineData("America/New_York", double.NaN, "setHours", "1", double.NaN)]
    [InlineData("America/New_York", double.NaN, "setDate", "1", double.NaN)]
    [InlineData("America/New_York", 1705312800123d, "setTime", "0", 0)]
    [InlineData("America/New_York", 1705312800123d, "setTime", "'86400000'", 86400000)]
    [InlineData("America/New_York", 1705312800123d, "setTime", "8640000000000001", double.NaN)]
    [InlineData("America/New_York", 1705312800123d, "setTime", "", double.NaN)]
    [InlineData("America/New_York", 1705312800123d, "setUTCMilliseconds", "999", 1705312800999d)]
    [InlineData("America/New_York", 1705312800123d, "setUTCSeconds", "59, 999", 1705312859999d)]
    [InlineData("America/New_York", 1705312800123d, "setUTCMinutes", "30, 30, 30", 1705314630030d)]
    [InlineData("America/New_York", 1705312800123d, "setUTCHours", "0, 0, 0, 0", 1705276800000d)]
    [InlineData("America/New_York", 1705312800123d, "setUTCDate", "29", 1706522400123d)]
    [InlineData("America/New_York", 1705312800123d, "setUTCMonth", "11, 31", 1735639200123d)]
    [InlineData("America/New_York", 1705312800123d, "setUTCFullYear", "-1", -62197509599877d)]
    [InlineData("America/New_York", double.NaN, "setUTCFullYear", "2020", 1577836800000d)]
    [InlineData("America/New_York", double.NaN, "setUTCHours", "1", double.NaN)]
    [InlineData("America/New_York", 1705312800123d, "setYear", "99", 916394400123d)]
    [InlineData("America/New_York", 1705312800123d, "setYear", "2001", 979552800123d)]
    [InlineData("America/New_York", double.NaN, "setYear", "5", -2051204400000d)]
    [InlineData("America/New_York", 1705312800123d, "setYear", "NaN", double.NaN)]
    [InlineData("America/New_York", 1705312800123d, "setHours", "NaN", double.NaN)]
    [InlineData("America/New_York", 1705312800123d, "setDate", "", double.NaN)]
    [InlineData("America/New_York", 1710046800000d, "setHours", "2, 30", 1710055800000d)]
    [InlineData("America/New_York", 1730606400000d, "setHours", "1, 30", 1730611800000d)]
    [InlineData("America/New_York", 1710046800000d, "setMinutes", "150", 1710055800000d)]
    [InlineData("America/New_York", 1705312800123d, "setMonth", "-13", 1671098400123d)]
    [InlineData("America/New_York", 8640000000000000d, "setMilliseconds", "1", double.NaN)]
    [InlineData("America/New_York", 1705312800123d, "setFullYear", "275760, 8, 14", double.NaN)]
    public void Setters_Arguments_NewTimeValue(string zone, double time, string method, string args, double expected)
    {
        Realm realm = DateTestKit.NewRealm(zone);
        JsDate date = DateTestKit.FromTime(realm, time);
        Assert.Equal(expected, DateTestKit.Invoke(realm, date, method, args).AsNumber);
        Assert.Equal(expected, date.DateValue);
    }

    [Theory]
    [InlineData("UTC", 0, "toString", "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 0, "toDateString", "Thu Jan 01 1970")]
    [InlineData("UTC", 0, "toTimeString", "00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 0, "toUTCString", "Thu, 01 Jan 1970 00:00:00 GMT")]
    [InlineData("UTC", 0, "toISOString", "1970-01-01T00:00:00.000Z")]
    [InlineData("UTC", 0, "toLocaleString", "1/1/1970, 12:00:00 AM")]
    [InlineData("UTC", 0, "toLocaleDateString", "1/1/1970")]
    [InlineData("UTC", 0, "toLocaleTimeString", "12:00:00 AM")]
    [InlineData("UTC", 0, "toJSON", "1970-01-01T00:00:00.000Z")]
    [InlineData("UTC", 1705312800000d, "toString", "Mon Jan 15 2024 10:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1705312800000d, "toDateString", "Mon Jan 15 2024")]
    [InlineData("UTC", 1705312800000d, "toTimeString", "10:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1705312800000d, "toUTCString", "Mon, 15 Jan 2024 10:00:00 GMT")]
    [InlineData("UTC", 1705312800000d, "toISOString", "2024-01-15T10:00:00.000Z")]
    [InlineData("UTC", 1705312800000d, "toLocaleString", "1/15/2024, 10:00:00 AM")]
    [InlineData("UTC", 1705312800000d, "toLocaleDateString", "1/15/2024")]
    [InlineData("UTC", 1705312800000d, "toLocaleTimeString", "10:00:00 AM")]
    [InlineData("UTC", 1705312800000d, "toJSON", "2024-01-15T10:00:00.000Z")]
    [InlineData("UTC", 1720987200123d, "toString", "Sun Jul 14 2024 20:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1720987200123d, "toDateString", "Sun Jul 14 2024")]
    [InlineData("UTC", 1720987200123d, "toTimeString", "20:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1720987200123d, "toUTCString", "Sun, 14 Jul 2024 20:00:00 GMT")]
    [InlineData("UTC", 1720987200123d, "toISOString", "2024-07-14T20:00:00.123Z")]
    [InlineData("UTC", 1720987200123d, "toLocaleString", "7/14/2024, 8:00:00 PM")]
    [InlineData("UTC", 1720987200123d, "toLocaleDateString", "7/14/2024")]
    [InlineData("UTC", 1720987200123d, "toLocaleTimeString", "8:00:00 PM")]
    [InlineData("UTC", 1720987200123d, "toJSON", "2024-07-14T20:00:00.123Z")]
    [InlineData("UTC", -1, "toString", "Wed Dec 31 1969 23:59:59 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", -1, "toDateString", "Wed Dec 31 1969")]
    [InlineData("UTC", -1, "toTimeString", "23:59:59 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", -1, "toUTCString", "Wed, 31 Dec 1969 23:59:59 GMT")]
    [InlineData("UTC", -1, "toISOString", "1969-12-31T23:59:59.999Z")]
    [InlineData("UTC", -1, "toLocaleString", "12/31/1969, 11:59:59 PM")]
    [InlineData("UTC", -1, "toLocaleDateString", "12/31/1969")]
    [InlineData("UTC", -1, "toLocaleTimeString", "11:59:59 PM")]
    [InlineData("UTC", -1, "toJSON", "1969-12-31T23:59:59.999Z")]
    [InlineData("UTC", 951782400000d, "toString", "Tue Feb 29 2000 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 951782400000d, "toDateString", "Tue Feb 29 2000")]
    [InlineData("UTC", 951782400000d, "toTimeString", "00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 951782400000d, "toUTCString", "Tue, 29 Feb 2000 00:00:00 GMT")]
    [InlineData("UTC", 951782400000d, "toISOString", "2000-02-29T00:00:00.000Z")]
    [InlineData("UTC", 951782400000d, "toLocaleString", "2/29/2000, 12:00:00 AM")]
    [InlineData("UTC", 951782400000d, "toLocaleDateString", "2/29/2000")]
    [InlineData("UTC", 951782400000d, "toLocaleTimeString", "12:00:00 AM")]
    [InlineData("UTC", 951782400000d, "toJSON", "2000-02-29T00:00:00.000Z")]
    [InlineData("UTC", 1710054000000d, "toString", "Sun Mar 10 2024 07:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1710054000000d, "toDateString", "Sun Mar 10 2024")]
    [InlineData("UTC", 1710054000000d, "toTimeString", "07:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1710054000000d, "toUTCString", "Sun, 10 Mar 2024 07:00:00 GMT")]
    [InlineData("UTC", 1710054000000d, "toISOString", "2024-03-10T07:00:00.000Z")]
    [InlineData("UTC", 1710054000000d, "toLocaleString", "3/10/2024, 7:00:00 AM")]
    [InlineData("UTC", 1710054000000d, "toLocaleDateString", "3/10/2024")]
    [InlineData("UTC", 1710054000000d, "toLocaleTimeString", "7:00:00 AM")]
    [InlineData("UTC", 1710054000000d, "toJSON", "2024-03-10T07:00:00.000Z")]
    [InlineData("UTC", 1730611800000d, "toString", "Sun Nov 03 2024 05:30:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1730611800000d, "toDateString", "Sun Nov 03 2024")]
    [InlineData("UTC", 1730611800000d, "toTimeString", "05:30:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1730611800000d, "toUTCString", "Sun, 03 Nov 2024 05:30:00 GMT")]
    [InlineData("UTC", 1730611800000d, "toISOString", "2024-11-03T05:30:00.000Z")]
    [InlineData("UTC", 1730611800000d, "toLocaleString", "11/3/2024, 5:30:00 AM")]
    [InlineData("UTC", 1730611800000d, "toLocaleDateString", "11/3/2024")]
    [InlineData("UTC", 1730611800000d, "toLocaleTimeString", "5:30:00 AM")]
    [InlineData("UTC", 1730611800000d, "toJSON", "2024-11-03T05:30:00.000Z")]
    [InlineData("UTC", -5364662400000d, "toString", "Wed Jan 01 1800 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", -5364662400000d, "toDateString", "Wed Jan 01 1800")]
    [InlineData("UTC", -5364662400000d, "toTimeString", "00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", -5364662400000d, "toUTCString", "Wed, 01 Jan 1800 00:00:00 GMT")]
    [InlineData("UTC", -5364662400000d, "toISOString", "1800-01-01T00:00:00.000Z")]
    [InlineData("UTC", -5364662400000d, "toLocaleString", "1/1/1800, 12:00:00 AM")]
    [InlineData("UTC", -5364662400000d, "toLocaleDateString", "1/1/1800")]
    [InlineData("UTC", -5364662400000d, "toLocaleTimeString", "12:00:00 AM")]
    [InlineData("UTC", -5364662400000d, "toJSON", "1800-01-01T00:00:00.000Z")]
    [InlineData("UTC", -62198755200000d, "toString", "Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", -62198755200000d, "toDateString", "Fri Jan 01 -0001")]
    [InlineData("UTC", -62198755200000d, "toTimeString", "00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", -62198755200000d, "toUTCString", "Fri, 01 Jan -0001 00:00:00 GMT")]
    [InlineData("UTC", -62198755200000d, "toISOString", "-000001-01-01T00:00:00.000Z")]
    [InlineData("UTC", -62198755200000d, "toLocaleString", "1/1/2, 12:00:00 AM")]
    [InlineData("UTC", -62198755200000d, "toLocaleDateString", "1/1/2")]
    [InlineData("UTC", -62198755200000d, "toLocaleTimeString", "12:00:00 AM")]
    [InlineData("UTC", -62198755200000d, "toJSON", "-000001-01-01T00:00:00.000Z")]
    [InlineData("UTC", -65322892800000d, "toString", "Mon Jan 01 -0100 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", -65322892800000d, "toDateString", "Mon Jan 01 -0100")]
    [InlineData("UTC", -65322892800000d, "toTimeString", "00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", -65322892800000d, "toUTCString", "Mon, 01 Jan -0100 00:00:00 GMT")]
    [InlineData("UTC", -65322892800000d, "toISOString", "-000100-01-01T00:00:00.000Z")]
    [InlineData("UTC", -65322892800000d, "toLocaleString", "1/1/101, 12:00:00 AM")]
    [InlineData("UTC", -65322892800000d, "toLocaleDateString", "1/1/101")]
    [InlineData("UTC", -65322892800000d, "toLocaleTimeString", "12:00:00 AM")]
    [InlineData("UTC", -65322892800000d, "toJSON", "-000100-01-01T00:00:00.000Z")]
    [InlineData("UTC", 8640000000000000d, "toString", "Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 8640000000000000d, "toDateString", "Sat Sep 13 275760")]
    [InlineData("UTC", 8640000000000000d, "toTimeString", "00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 8640000000000000d, "toUTCString", "Sat, 13 Sep 275760 00:00:00 GMT")]
    [InlineData("UTC", 8640000000000000d, "toISOString", "+275760-09-13T00:00:00.000Z")]
    [InlineData("UTC", 8640000000000000d, "toLocaleString", "9/13/275760, 12:00:00 AM")]
    [InlineData("UTC", 8640000000000000d, "toLocaleDateString", "9/13/275760")]
    [InlineData("UTC", 8640000000000000d, "toLocaleTimeString", "12:00:00 AM")]
    [InlineData("UTC", 8640000000000000d, "toJSON", "+275760-09-13T00:00:00.000Z")]
    [InlineData("UTC", -8640000000000000d, "toString", "Tue Apr 20 -271821 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", -8640000000000000d, "toDateString", "Tue Apr 20 -271821")]
    [InlineData("UTC", -8640000000000000d, "toTimeString", "00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", -8640000000000000d, "toUTCString", "Tue, 20 Apr -271821 00:00:00 GMT")]
    [InlineData("UTC", -8640000000000000d, "toISOString", "-271821-04-20T00:00:00.000Z")]
    [InlineData("UTC", -8640000000000000d, "toLocaleString", "4/20/271822, 12:00:00 AM")]
    [InlineData("UTC", -8640000000000000d, "toLocaleDateString", "4/20/271822")]
    [InlineData("UTC", -8640000000000000d, "toLocaleTimeString", "12:00:00 AM")]
    [InlineData("UTC", -8640000000000000d, "toJSON", "-271821-04-20T00:00:00.000Z")]
    [InlineData("UTC", 253402300800000d, "toString", "Sat Jan 01 10000 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 253402300800000d, "toDateString", "Sat Jan 01 10000")]
    [InlineData("UTC", 253402300800000d, "toTimeString", "00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 253402300800000d, "toUTCString", "Sat, 01 Jan 10000 00:00:00 GMT")]
    [InlineData("UTC", 253402300800000d, "toISOString", "+010000-01-01T00:00:00.000Z")]
    [InlineData("UTC", 253402300800000d, "toLocaleString", "1/1/10000, 12:00:00 AM")]
    [InlineData("UTC", 253402300800000d, "toLocaleDateString", "1/1/10000")]
    [InlineData("UTC", 253402300800000d, "toLocaleTimeString", "12:00:00 AM")]
    [InlineData("UTC", 253402300800000d, "toJSON", "+010000-01-01T00:00:00.000Z")]
    [InlineData("UTC", double.NaN, "toString", "Invalid Date")]
    [InlineData("UTC", double.NaN, "toDateString", "Invalid Date")]
    [InlineData("UTC", double.NaN, "toTimeString", "Invalid Date")]
    [InlineData("UTC", double.NaN, "toUTCString", "Invalid Date")]
    [InlineData("UTC", double.NaN, "toISOString", "RangeError: Invalid time value")]
    [InlineData("UTC", double.NaN, "toLocaleString", "Invalid Date")]
    [InlineData("UTC", double.NaN, "toLocaleDateString", "Invalid Date")]
    [InlineData("UTC", double.NaN, "toLocaleTimeString", "Invalid Date")]
    [InlineData("UTC", double.NaN, "toJSON", "null")]
    [InlineData("UTC", 1705276799999d, "toString", "Sun Jan 14 2024 23:59:59 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1705276799999d, "toDateString", "Sun Jan 14 2024")]
    [InlineData("UTC", 1705276799999d, "toTimeString", "23:59:59 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1705276799999d, "toUTCString", "Sun, 14 Jan 2024 23:59:59 GMT")]
    [InlineData("UTC", 1705276799999d, "toISOString", "2024-01-14T23:59:59.999Z")]
    [InlineData("UTC", 1705276799999d, "toLocaleString", "1/14/2024, 11:59:59 PM")]
    [InlineData("UTC", 1705276799999d, "toLocaleDateString", "1/14/2024")]
    [InlineData("UTC", 1705276799999d, "toLocaleTimeString", "11:59:59 PM")]
    [InlineData("UTC", 1705276799999d, "toJSON", "2024-01-14T23:59:59.999Z")]
    [InlineData("UTC", 1704067199999d, "toString", "Sun Dec 31 2023 23:59:59 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1704067199999d, "toDateString", "Sun Dec 31 2023")]
    [InlineData("UTC", 1704067199999d, "toTimeString", "23:59:59 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", 1704067199999d, "toUTCString", "Sun, 31 Dec 2023 23:59:59 GMT")]
    [InlineData("UTC", 1704067199999d, "toISOString", "2023-12-31T23:59:59.999Z")]
    [InlineData("UTC", 1704067199999d, "toLocaleString", "12/31/2023, 11:59:59 PM")]
    [InlineData("UTC", 1704067199999d, "toLocaleDateString", "12/31/2023")]
    [InlineData("UTC", 1704067199999d, "toLocaleTimeString", "11:59:59 PM")]
    [InlineData("UTC", 1704067199999d, "toJSON", "2023-12-31T23:59:59.999Z")]
    [InlineData("America/New_York", 0, "toString", "Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 0, "toDateString", "Wed Dec 31 1969")]
    [InlineData("America/New_York", 0, "toTimeString", "19:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 0, "toUTCString", "Thu, 01 Jan 1970 00:00:00 GMT")]
    [InlineData("America/New_York", 0, "toISOString", "1970-01-01T00:00:00.000Z")]
    [InlineData("America/New_York", 0, "toLocaleString", "12/31/1969, 7:00:00 PM")]
    [InlineData("America/New_York", 0, "toLocaleDateString", "12/31/1969")]
    [InlineData("America/New_York", 0, "toLocaleTimeString", "7:00:00 PM")]
    [InlineData("America/New_York", 0, "toJSON", "1970-01-01T00:00:00.000Z")]
    [InlineData("America/New_York", 1705312800000d, "toString", "Mon Jan 15 2024 05:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 1705312800000d, "toDateString", "Mon Jan 15 2024")]
    [InlineData("America/New_York", 1705312800000d, "toTimeString", "05:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 1705312800000d, "toUTCString", "Mon, 15 Jan 2024 10:00:00 GMT")]
    [InlineData("America/New_York", 1705312800000d, "toISOString", "2024-01-15T10:00:00.000Z")]
    [InlineData("America/New_York", 1705312800000d, "toLocaleString", "1/15/2024, 5:00:00 AM")]
    [InlineData("America/New_York", 1705312800000d, "toLocaleDateString", "1/15/2024")]
    [InlineData("America/New_York", 1705312800000d, "toLocaleTimeString", "5:00:00 AM")]
    [InlineData("America/New_York", 1705312800000d, "toJSON", "2024-01-15T10:00:00.000Z")]
    [InlineData("America/New_York", 1720987200123d, "toString", "Sun Jul 14 2024 16:00:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", 1720987200123d, "toDateString", "Sun Jul 14 2024")]
    [InlineData("America/New_York", 1720987200123d, "toTimeString", "16:00:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", 1720987200123d, "toUTCString", "Sun, 14 Jul 2024 20:00:00 GMT")]
    [InlineData("America/New_York", 1720987200123d, "toISOString", "2024-07-14T20:00:00.123Z")]
    [InlineData("America/New_York", 1720987200123d, "toLocaleString", "7/14/2024, 4:00:00 PM")]
    [InlineData("America/New_York", 1720987200123d, "toLocaleDateString", "7/14/2024")]
    [InlineData("America/New_York", 1720987200123d, "toLocaleTimeString", "4:00:00 PM")]
    [InlineData("America/New_York", 1720987200123d, "toJSON", "2024-07-14T20:00:00.123Z")]
    [InlineData("America/New_York", -1, "toString", "Wed Dec 31 1969 18:59:59 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", -1, "toDateString", "Wed Dec 31 1969")]
    [InlineData("America/New_York", -1, "toTimeString", "18:59:59 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", -1, "toUTCString", "Wed, 31 Dec 1969 23:59:59 GMT")]
    [InlineData("America/New_York", -1, "toISOString", "1969-12-31T23:59:59.999Z")]
    [InlineData("America/New_York", -1, "toLocaleString", "12/31/1969, 6:59:59 PM")]
    [InlineData("America/New_York", -1, "toLocaleDateString", "12/31/1969")]
    [InlineData("America/New_York", -1, "toLocaleTimeString", "6:59:59 PM")]
    [InlineData("America/New_York", -1, "toJSON", "1969-12-31T23:59:59.999Z")]
    [InlineData("America/New_York", 951782400000d, "toString", "Mon Feb 28 2000 19:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 951782400000d, "toDateString", "Mon Feb 28 2000")]
    [InlineData("America/New_York", 951782400000d, "toTimeString", "19:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 951782400000d, "toUTCString", "Tue, 29 Feb 2000 00:00:00 GMT")]
    [InlineData("America/New_York", 951782400000d, "toISOString", "2000-02-29T00:00:00.000Z")]
    [InlineData("America/New_York", 951782400000d, "toLocaleString", "2/28/2000, 7:00:00 PM")]
    [InlineData("America/New_York", 951782400000d, "toLocaleDateString", "2/28/2000")]
    [InlineData("America/New_York", 951782400000d, "toLocaleTimeString", "7:00:00 PM")]
    [InlineData("America/New_York", 951782400000d, "toJSON", "2000-02-29T00:00:00.000Z")]
    [InlineData("America/New_York", 1710054000000d, "toString", "Sun Mar 10 2024 03:00:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", 1710054000000d, "toDateString", "Sun Mar 10 2024")]
    [InlineData("America/New_York", 1710054000000d, "toTimeString", "03:00:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", 1710054000000d, "toUTCString", "Sun, 10 Mar 2024 07:00:00 GMT")]
    [InlineData("America/New_York", 1710054000000d, "toISOString", "2024-03-10T07:00:00.000Z")]
    [InlineData("America/New_York", 1710054000000d, "toLocaleString", "3/10/2024, 3:00:00 AM")]
    [InlineData("America/New_York", 1710054000000d, "toLocaleDateString", "3/10/2024")]
    [InlineData("America/New_York", 1710054000000d, "toLocaleTimeString", "3:00:00 AM")]
    [InlineData("America/New_York", 1710054000000d, "toJSON", "2024-03-10T07:00:00.000Z")]
    [InlineData("America/New_York", 1730611800000d, "toString", "Sun Nov 03 2024 01:30:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", 1730611800000d, "toDateString", "Sun Nov 03 2024")]
    [InlineData("America/New_York", 1730611800000d, "toTimeString", "01:30:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", 1730611800000d, "toUTCString", "Sun, 03 Nov 2024 05:30:00 GMT")]
    [InlineData("America/New_York", 1730611800000d, "toISOString", "2024-11-03T05:30:00.000Z")]
    [InlineData("America/New_York", 1730611800000d, "toLocaleString", "11/3/2024, 1:30:00 AM")]
    [InlineData("America/New_York", 1730611800000d, "toLocaleDateString", "11/3/2024")]
    [InlineData("America/New_York", 1730611800000d, "toLocaleTimeString", "1:30:00 AM")]
    [InlineData("America/New_York", 1730611800000d, "toJSON", "2024-11-03T05:30:00.000Z")]
    [InlineData("America/New_York", 8640000000000000d, "toString", "Fri Sep 12 275760 20:00:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", 8640000000000000d, "toDateString", "Fri Sep 12 275760")]
    [InlineData("America/New_York", 8640000000000000d, "toTimeString", "20:00:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", 8640000000000000d, "toUTCString", "Sat, 13 Sep 275760 00:00:00 GMT")]
    [InlineData("America/New_York", 8640000000000000d, "toISOString", "+275760-09-13T00:00:00.000Z")]
    [InlineData("America/New_York", 8640000000000000d, "toLocaleString", "9/12/275760, 8:00:00 PM")]
    [InlineData("America/New_York", 8640000000000000d, "toLocaleDateString", "9/12/275760")]
    [InlineData("America/New_York", 8640000000000000d, "toLocaleTimeString", "8:00:00 PM")]
    [InlineData("America/New_York", 8640000000000000d, "toJSON", "+275760-09-13T00:00:00.000Z")]
    [InlineData("America/New_York", 253402300800000d, "toString", "Fri Dec 31 9999 19:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 253402300800000d, "toDateString", "Fri Dec 31 9999")]
    [InlineData("America/New_York", 253402300800000d, "toTimeString", "19:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 253402300800000d, "toUTCString", "Sat, 01 Jan 10000 00:00:00 GMT")]
    [InlineData("America/New_York", 253402300800000d, "toISOString", "+010000-01-01T00:00:00.000Z")]
    [InlineData("America/New_York", 253402300800000d, "toLocaleString", "12/31/9999, 7:00:00 PM")]
    [InlineData("America/New_York", 253402300800000d, "toLocaleDateString", "12/31/9999")]
    [InlineData("America/New_York", 253402300800000d, "toLocaleTimeString", "7:00:00 PM")]
    [InlineData("America/New_York", 253402300800000d, "toJSON", "+010000-01-01T00:00:00.000Z")]
    [InlineData("America/New_York", double.NaN, "toString", "Invalid Date")]
    [InlineData("America/New_York", double.NaN, "toDateString", "Invalid Date")]
    [InlineData("America/New_York", double.NaN, "toTimeString", "Invalid Date")]
    [InlineData("America/New_York", double.NaN, "toUTCString", "Invalid Date")]
    [InlineData("America/New_York", double.NaN, "toISOString", "RangeError: Invalid time value")]
    [InlineData("America/New_York", double.NaN, "toLocaleString", "Invalid Date")]
    [InlineData("America/New_York", double.NaN, "toLocaleDateString", "Invalid Date")]
    [InlineData("America/New_York", double.NaN, "toLocaleTimeString", "Invalid Date")]
    [InlineData("America/New_York", double.NaN, "toJSON", "null")]
    [InlineData("America/New_York", 1705276799999d, "toString", "Sun Jan 14 2024 18:59:59 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 1705276799999d, "toDateString", "Sun Jan 14 2024")]
    [InlineData("America/New_York", 1705276799999d, "toTimeString", "18:59:59 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 1705276799999d, "toUTCString", "Sun, 14 Jan 2024 23:59:59 GMT")]
    [InlineData("America/New_York", 1705276799999d, "toISOString", "2024-01-14T23:59:59.999Z")]
    [InlineData("America/New_York", 1705276799999d, "toLocaleString", "1/14/2024, 6:59:59 PM")]
    [InlineData("America/New_York", 1705276799999d, "toLocaleDateString", "1/14/2024")]
    [InlineData("America/New_York", 1705276799999d, "toLocaleTimeString", "6:59:59 PM")]
    [InlineData("America/New_York", 1705276799999d, "toJSON", "2024-01-14T23:59:59.999Z")]
    [InlineData("America/New_York", 1704067199999d, "toString", "Sun Dec 31 2023 18:59:59 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 1704067199999d, "toDateString", "Sun Dec 31 2023")]
    [InlineData("America/New_York", 1704067199999d, "toTimeString", "18:59:59 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", 1704067199999d, "toUTCString", "Sun, 31 Dec 2023 23:59:59 GMT")]
    [InlineData("America/New_York", 1704067199999d, "toISOString", "2023-12-31T23:59:59.999Z")]
    [InlineData("America/New_York", 1704067199999d, "toLocaleString", "12/31/2023, 6:59:59 PM")]
    [InlineData("America/New_York", 1704067199999d, "toLocaleDateString", "12/31/2023")]
    [InlineData("America/New_York", 1704067199999d, "toLocaleTimeString", "6:59:59 PM")]
    [InlineData("America/New_York", 1704067199999d, "toJSON", "2023-12-31T23:59:59.999Z")]
    public void Formatting_TimeValue_MatchesV8(string zone, double time, string method, string expected)
    {
        Realm realm = DateTestKit.NewRealm(zone);
        JsDate date = DateTestKit.FromTime(realm, time);
        string? actual = BuiltinsKit.ThrownError(() => _ = DateTestKit.Invoke(realm, date, method));
        actual ??= Operations.ToString(realm, DateTestKit.Invoke(realm, date, method));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("default", "Mon Jan 15 2024 10:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("string", "Mon Jan 15 2024 10:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("number", "1705312800000")]
    [InlineData("foo", "TypeError: Invalid hint: foo")]
    public void ToPrimitive_Hint_StringFirstUnlessNumber(string hint, string expected)
    {
        Realm realm = DateTestKit.NewRealm("UTC");
        JsDate date = DateTestKit.FromTime(realm, 1705312800000);
        PropertyKey key = PropertyKey.FromSymbol(JsSymbol.ToPrimitive);
        string actual = BuiltinsKit.ThrownError(() => BuiltinsKit.CallMethod(realm, realm.Intrinsics.DatePrototype, key, date, hint))
            ?? Operations.ToString(realm, BuiltinsKit.CallMethod(realm, realm.Intrinsics.DatePrototype, key, date, hint));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ToPrimitive_Default_AdditionGivesString()
    {
        Realm realm = DateTestKit.NewRealm("UTC");
        JsDate date = DateTestKit.FromTime(realm, 0);
        Assert.Equal("Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)", Operations.ToPrimitive(realm, date).AsString());
        Assert.Equal(0d, Operations.ToNumber(realm, date));
    }

    [Fact]
    public void ToPrimitive_Surface_ConfigurableOnly()
    {
        Realm realm = DateTestKit.NewRealm("UTC");
        Assert.True(realm.Intrinsics.DatePrototype.GetOwnProperty(PropertyKey.FromSymbol(JsSymbol.ToPrimitive), out PropertyDescriptor d));
        Assert.False(d.Writable);
        Assert.False(d.Enumerable);
        Assert.True(d.Configurable);
        Assert.Equal("[Symbol.toPrimitive]", d.Value.AsObject.Get("name").AsString());
    }

    [Fact]
    public void ToGMTString_SameFunctionAsToUTCString()
    {
        Realm realm = DateTestKit.NewRealm("UTC");
        JsObject proto = realm.Intrinsics.DatePrototype;
        Assert.Same(proto.Get("toUTCString").AsObject, proto.Get("toGMTString").AsObject);
        Assert.Equal("toUTCString", proto.Get("toGMTString").AsObject.Get("name").AsString());
    }

    [Theory]
    [InlineData("getTime", "TypeError: this is not a Date object.")]
    [InlineData("getHours", "TypeError: this is not a Date object.")]
    [InlineData("valueOf", "TypeError: this is not a Date object.")]
    [InlineData("setHours", "TypeError: Method Date.prototype.setHours called on incompatible receiver #<Object>")]
    [InlineData("toString", "TypeError: Method Date.prototype.toString called on incompatible receiver #<Object>")]
    [InlineData("toGMTString", "TypeError: Method Date.prototype.toUTCString called on incompatible receiver #<Object>")]
    [InlineData("getYear", "TypeError: Method Date.prototype.getYear called on incompatible receiver #<Object>")]
    [InlineData("toJSON", "TypeError: toISOString is not a function")]
    public void Methods_NonDateReceiver_Throw(string method, string expected)
    {
        Realm realm = DateTestKit.NewRealm("UTC");
        var plain = new JsObject(realm.Intrinsics.ObjectPrototype);
        Assert.Equal(expected, BuiltinsKit.ThrownError(() => DateTestKit.Invoke(realm, plain, method)));
    }

    [Fact]
    public void ToJSON_GenericObject_CallsToISOString()
    {
        Realm realm = DateTestKit.NewRealm("UTC");
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        o.Set("toISOString", BuiltinsKit.Fn(realm, _ => "iso!"));
        Assert.Equal("iso!", DateTestKit.Invoke(realm, o, "toJSON").AsString());
    }

    [Fact]
    public void Setters_ConvertArgumentsBeforeNaNCheck()
    {
        Realm realm = DateTestKit.NewRealm("UTC");
        JsDate date = DateTestKit.FromTime(realm, double.NaN);
        var calls = 0;
        var arg = new JsObject(realm.Intrinsics.ObjectPrototype);
        arg.Set("valueOf", BuiltinsKit.Fn(realm, _ => { calls++; return 1; }));
        Assert.True(double.IsNaN(BuiltinsKit.CallMethod(realm, realm.Intrinsics.DatePrototype, "setHours", date, arg, arg, arg, arg).AsNumber));
        Assert.Equal(4, calls);
    }

    [Theory]
    [InlineData("Europe/London", 1705312800000d, "Mon Jan 15 2024 10:00:00 GMT+0000 (Greenwich Mean Time)")]
    [InlineData("Europe/London", 1720987200000d, "Sun Jul 14 2024 21:00:00 GMT+0100 (British Summer Time)")]
    [InlineData("Europe/Dublin", 1705312800000d, "Mon Jan 15 2024 10:00:00 GMT+0000 (Greenwich Mean Time)")]
    [InlineData("Europe/Dublin", 1720987200000d, "Sun Jul 14 2024 21:00:00 GMT+0100 (Irish Standard Time)")]
    [InlineData("Europe/Berlin", 1705312800000d, "Mon Jan 15 2024 11:00:00 GMT+0100 (Central European Standard Time)")]
    [InlineData("Europe/Berlin", 1720987200000d, "Sun Jul 14 2024 22:00:00 GMT+0200 (Central European Summer Time)")]
    [InlineData("Europe/Moscow", 1705312800000d, "Mon Jan 15 2024 13:00:00 GMT+0300 (Moscow Standard Time)")]
    [InlineData("Europe/Moscow", 1720987200000d, "Sun Jul 14 2024 23:00:00 GMT+0300 (Moscow Standard Time)")]
    [InlineData("Asia/Tokyo", 1705312800000d, "Mon Jan 15 2024 19:00:00 GMT+0900 (Japan Standard Time)")]
    [InlineData("Asia/Tokyo", 1720987200000d, "Mon Jul 15 2024 05:00:00 GMT+0900 (Japan Standard Time)")]
    [InlineData("Asia/Kolkata", 1705312800000d, "Mon Jan 15 2024 15:30:00 GMT+0530 (India Standard Time)")]
    [InlineData("Asia/Kolkata", 1720987200000d, "Mon Jul 15 2024 01:30:00 GMT+0530 (India Standard Time)")]
    [InlineData("Asia/Shanghai", 1705312800000d, "Mon Jan 15 2024 18:00:00 GMT+0800 (China Standard Time)")]
    [InlineData("Asia/Shanghai", 1720987200000d, "Mon Jul 15 2024 04:00:00 GMT+0800 (China Standard Time)")]
    [InlineData("Australia/Sydney", 1705312800000d, "Mon Jan 15 2024 21:00:00 GMT+1100 (Australian Eastern Daylight Time)")]
    [InlineData("Australia/Sydney", 1720987200000d, "Mon Jul 15 2024 06:00:00 GMT+1000 (Australian Eastern Standard Time)")]
    [InlineData("America/Los_Angeles", 1705312800000d, "Mon Jan 15 2024 02:00:00 GMT-0800 (Pacific Standard Time)")]
    [InlineData("America/Los_Angeles", 1720987200000d, "Sun Jul 14 2024 13:00:00 GMT-0700 (Pacific Daylight Time)")]
    [InlineData("America/Chicago", 1705312800000d, "Mon Jan 15 2024 04:00:00 GMT-0600 (Central Standard Time)")]
    [InlineData("America/Chicago", 1720987200000d, "Sun Jul 14 2024 15:00:00 GMT-0500 (Central Daylight Time)")]
    [InlineData("America/Denver", 1705312800000d, "Mon Jan 15 2024 03:00:00 GMT-0700 (Mountain Standard Time)")]
    [InlineData("America/Denver", 1720987200000d, "Sun Jul 14 2024 14:00:00 GMT-0600 (Mountain Daylight Time)")]
    [InlineData("America/Phoenix", 1705312800000d, "Mon Jan 15 2024 03:00:00 GMT-0700 (Mountain Standard Time)")]
    [InlineData("America/Phoenix", 1720987200000d, "Sun Jul 14 2024 13:00:00 GMT-0700 (Mountain Standard Time)")]
    [InlineData("Pacific/Honolulu", 1705312800000d, "Mon Jan 15 2024 00:00:00 GMT-1000 (Hawaii-Aleutian Standard Time)")]
    [InlineData("Pacific/Honolulu", 1720987200000d, "Sun Jul 14 2024 10:00:00 GMT-1000 (Hawaii-Aleutian Standard Time)")]
    [InlineData("America/Anchorage", 1705312800000d, "Mon Jan 15 2024 01:00:00 GMT-0900 (Alaska Standard Time)")]
    [InlineData("America/Anchorage", 1720987200000d, "Sun Jul 14 2024 12:00:00 GMT-0800 (Alaska Daylight Time)")]
    [InlineData("America/Sao_Paulo", 1705312800000d, "Mon Jan 15 2024 07:00:00 GMT-0300 (Brasilia Standard Time)")]
    [InlineData("America/Sao_Paulo", 1720987200000d, "Sun Jul 14 2024 17:00:00 GMT-0300 (Brasilia Standard Time)")]
    [InlineData("Asia/Dubai", 1705312800000d, "Mon Jan 15 2024 14:00:00 GMT+0400 (Gulf Standard Time)")]
    [InlineData("Asia/Dubai", 1720987200000d, "Mon Jul 15 2024 00:00:00 GMT+0400 (Gulf Standard Time)")]
    [InlineData("Africa/Johannesburg", 1705312800000d, "Mon Jan 15 2024 12:00:00 GMT+0200 (South Africa Standard Time)")]
    [InlineData("Africa/Johannesburg", 1720987200000d, "Sun Jul 14 2024 22:00:00 GMT+0200 (South Africa Standard Time)")]
    [InlineData("Pacific/Auckland", 1705312800000d, "Mon Jan 15 2024 23:00:00 GMT+1300 (New Zealand Daylight Time)")]
    [InlineData("Pacific/Auckland", 1720987200000d, "Mon Jul 15 2024 08:00:00 GMT+1200 (New Zealand Standard Time)")]
    public void ToString_ZoneNames_AsV8PrintsThem(string zone, double time, string expected)
    {
        Realm realm = DateTestKit.NewRealm(zone);
        Assert.Equal(expected, DateTestKit.Invoke(realm, DateTestKit.FromTime(realm, time), "toString").AsString());
    }
}
