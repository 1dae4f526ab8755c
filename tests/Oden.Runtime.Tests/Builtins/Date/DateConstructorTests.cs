// Date construction, Date.parse, Date.UTC and Date.now against values printed by node 20 (V8) under
// TZ=UTC and TZ=America/New_York. New York rows before 1883 are left out: there the zone is LMT
// (-4:56:02), which ICU keeps to the second and .NET's TimeZoneInfo rounds to -4:57.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Tests.Builtins.Date;

public class DateConstructorTests
{
    [Theory]
    [InlineData("UTC", "2024, 0, 15, 10", 1705312800000d, "Mon Jan 15 2024 10:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 0, 15", 1705276800000d, "Mon Jan 15 2024 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 0", 1704067200000d, "Mon Jan 01 2024 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "99, 11, 31", 946598400000d, "Fri Dec 31 1999 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "0, 0, 1", -2208988800000d, "Mon Jan 01 1900 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("America/New_York", "0, 0, 1", -2208970800000d, "Mon Jan 01 1900 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("UTC", "-1, 0, 1", -62198755200000d, "Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "100, 0, 1", -59011459200000d, "Fri Jan 01 0100 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 13, 1", 1738368000000d, "Sat Feb 01 2025 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, -1, 1", 1701388800000d, "Fri Dec 01 2023 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 1, 30", 1709251200000d, "Fri Mar 01 2024 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 0, 0", 1703980800000d, "Sun Dec 31 2023 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 0, 1, 25, 61, 61, 1001", 1704160922001d, "Tue Jan 02 2024 02:02:02 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 0, 1, 0, 0, 0, 0.9", 1704067200000d, "Mon Jan 01 2024 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 2, 10, 2, 30", 1710037800000d, "Sun Mar 10 2024 02:30:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 10, 3, 1, 30", 1730597400000d, "Sun Nov 03 2024 01:30:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 2, 10, 3", 1710039600000d, "Sun Mar 10 2024 03:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024, 10, 3, 2", 1730599200000d, "Sun Nov 03 2024 02:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "1800, 0, 1", -5364662400000d, "Wed Jan 01 1800 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "275760, 8, 13", 8640000000000000d, "Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "275760, 8, 14", double.NaN, "Invalid Date")]
    [InlineData("UTC", "-271821, 3, 20", -8640000000000000d, "Tue Apr 20 -271821 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "-271821, 3, 19", double.NaN, "Invalid Date")]
    [InlineData("UTC", "NaN, 0", double.NaN, "Invalid Date")]
    [InlineData("UTC", "2024, Infinity", double.NaN, "Invalid Date")]
    [InlineData("UTC", "'2024', '1', '15'", 1707955200000d, "Thu Feb 15 2024 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "2024.9, 0.9, 1.9", 1704067200000d, "Mon Jan 01 2024 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "1e6, 0", double.NaN, "Invalid Date")]
    [InlineData("UTC", "2024, 0, 1, 12, 30, 15, 250", 1704112215250d, "Mon Jan 01 2024 12:30:15 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("UTC", "1970, 0, 1", 0, "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("America/New_York", "2024, 0, 15, 10", 1705330800000d, "Mon Jan 15 2024 10:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "2024, 0, 15", 1705294800000d, "Mon Jan 15 2024 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "2024, 0", 1704085200000d, "Mon Jan 01 2024 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "99, 11, 31", 946616400000d, "Fri Dec 31 1999 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "2024, 13, 1", 1738386000000d, "Sat Feb 01 2025 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "2024, -1, 1", 1701406800000d, "Fri Dec 01 2023 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "2024, 1, 30", 1709269200000d, "Fri Mar 01 2024 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "2024, 0, 0", 1703998800000d, "Sun Dec 31 2023 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "2024, 0, 1, 25, 61, 61, 1001", 1704178922001d, "Tue Jan 02 2024 02:02:02 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "2024, 0, 1, 0, 0, 0, 0.9", 1704085200000d, "Mon Jan 01 2024 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "2024, 2, 10, 2, 30", 1710055800000d, "Sun Mar 10 2024 03:30:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", "2024, 10, 3, 1, 30", 1730611800000d, "Sun Nov 03 2024 01:30:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", "2024, 2, 10, 3", 1710054000000d, "Sun Mar 10 2024 03:00:00 GMT-0400 (Eastern Daylight Time)")]
    [InlineData("America/New_York", "2024, 10, 3, 2", 1730617200000d, "Sun Nov 03 2024 02:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "275760, 8, 13", double.NaN, "Invalid Date")]
    [InlineData("America/New_York", "275760, 8, 14", double.NaN, "Invalid Date")]
    [InlineData("America/New_York", "NaN, 0", double.NaN, "Invalid Date")]
    [InlineData("America/New_York", "2024, Infinity", double.NaN, "Invalid Date")]
    [InlineData("America/New_York", "'2024', '1', '15'", 1707973200000d, "Thu Feb 15 2024 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "2024.9, 0.9, 1.9", 1704085200000d, "Mon Jan 01 2024 00:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "1e6, 0", double.NaN, "Invalid Date")]
    [InlineData("America/New_York", "2024, 0, 1, 12, 30, 15, 250", 1704130215250d, "Mon Jan 01 2024 12:30:15 GMT-0500 (Eastern Standard Time)")]
    [InlineData("America/New_York", "1970, 0, 1", 18000000, "Thu Jan 01 1970 00:00:00 GMT-0500 (Eastern Standard Time)")]
    public void Constructor_Components_LocalTime(string zone, string args, double expectedTime, string expectedString)
    {
        Realm realm = DateTestKit.NewRealm(zone);
        JsDate date = DateTestKit.New(realm, args);
        Assert.Equal(expectedTime, date.DateValue);
        Assert.Equal(expectedString, DateTestKit.Invoke(realm, date, "toString").AsString());
    }

    [Theory]
    [InlineData("UTC", "0", 0)]
    [InlineData("UTC", "-1", -1)]
    [InlineData("UTC", "1705312800000", 1705312800000d)]
    [InlineData("UTC", "8.64e15", 8640000000000000d)]
    [InlineData("UTC", "8640000000000001", double.NaN)]
    [InlineData("UTC", "-8.64e15", -8640000000000000d)]
    [InlineData("UTC", "-8640000000000001", double.NaN)]
    [InlineData("UTC", "1.5", 1)]
    [InlineData("UTC", "-1.5", -1)]
    [InlineData("UTC", "NaN", double.NaN)]
    [InlineData("UTC", "Infinity", double.NaN)]
    [InlineData("UTC", "true", 1)]
    [InlineData("UTC", "null", 0)]
    [InlineData("UTC", "'2024-01-15'", 1705276800000d)]
    [InlineData("UTC", "'2024-01-15T10:00'", 1705312800000d)]
    [InlineData("UTC", "[]", double.NaN)]
    [InlineData("UTC", "[5]", 988675200000d)]
    [InlineData("America/New_York", "0", 0)]
    [InlineData("America/New_York", "-1", -1)]
    [InlineData("America/New_York", "1705312800000", 1705312800000d)]
    [InlineData("America/New_York", "8.64e15", 8640000000000000d)]
    [InlineData("America/New_York", "8640000000000001", double.NaN)]
    [InlineData("America/New_York", "-8640000000000001", double.NaN)]
    [InlineData("America/New_York", "1.5", 1)]
    [InlineData("America/New_York", "-1.5", -1)]
    [InlineData("America/New_York", "NaN", double.NaN)]
    [InlineData("America/New_York", "Infinity", double.NaN)]
    [InlineData("America/New_York", "true", 1)]
    [InlineData("America/New_York", "null", 0)]
    [InlineData("America/New_York", "'2024-01-15'", 1705276800000d)]
    [InlineData("America/New_York", "'2024-01-15T10:00'", 1705330800000d)]
    [InlineData("America/New_York", "[]", double.NaN)]
    [InlineData("America/New_York", "[5]", 988689600000d)]
    public void Constructor_OneValue_TimeClipOrParse(string zone, string arg, double expectedTime)
    {
        Realm realm = DateTestKit.NewRealm(zone);
        Assert.Equal(expectedTime, DateTestKit.New(realm, arg).DateValue);
    }

    [Theory]
    [InlineData("UTC", "2024-01-15", 1705276800000d)]
    [InlineData("UTC", "2024-01", 1704067200000d)]
    [InlineData("UTC", "2024", 1704067200000d)]
    [InlineData("UTC", "2024-01-15T10:00", 1705312800000d)]
    [InlineData("UTC", "2024-01-15T10:00:00", 1705312800000d)]
    [InlineData("UTC", "2024-01-15T10:00:00Z", 1705312800000d)]
    [InlineData("UTC", "2024-01-15T10:00:00.123Z", 1705312800123d)]
    [InlineData("UTC", "2024-01-15T10:00:00.1Z", 1705312800100d)]
    [InlineData("UTC", "2024-01-15T10:00:00.123456Z", 1705312800123d)]
    [InlineData("UTC", "2024-01-15T10:00:00+05:30", 1705293000000d)]
    [InlineData("UTC", "2024-01-15T10:00:00-0800", 1705341600000d)]
    [InlineData("UTC", "2024-01-15T24:00:00Z", 1705363200000d)]
    [InlineData("UTC", "2024-01-15T24:00:01Z", double.NaN)]
    [InlineData("UTC", "2024-01-15T25:00Z", double.NaN)]
    [InlineData("UTC", "2024-01-15T10:60Z", double.NaN)]
    [InlineData("UTC", "2024-02-30", 1709251200000d)]
    [InlineData("UTC", "2024-13-01", double.NaN)]
    [InlineData("UTC", "2024-00-10", double.NaN)]
    [InlineData("UTC", "+275760-09-13T00:00:00.000Z", 8640000000000000d)]
    [InlineData("UTC", "+275760-09-13T00:00:00.001Z", double.NaN)]
    [InlineData("UTC", "-271821-04-20T00:00:00.000Z", -8640000000000000d)]
    [InlineData("UTC", "-000001-01-01T00:00:00Z", -62198755200000d)]
    [InlineData("UTC", "-000000-01-01T00:00:00Z", double.NaN)]
    [InlineData("UTC", "+002024-01-15", 1705276800000d)]
    [InlineData("UTC", "2024-01-15T10:00:00z", 1705312800000d)]
    [InlineData("UTC", "2024-01-15t10:00:00Z", 1705312800000d)]
    [InlineData("UTC", "2024-01-15 10:00", 1705312800000d)]
    [InlineData("UTC", "2024-01-15 10:00:00Z", 1705312800000d)]
    [InlineData("UTC", "2024-01-15T10:00Z junk", double.NaN)]
    [InlineData("UTC", "2024-1-5", 1704412800000d)]
    [InlineData("UTC", "2024/01/15", 1705276800000d)]
    [InlineData("UTC", "2024/1/15 10:00", 1705312800000d)]
    [InlineData("UTC", "01/15/2024", 1705276800000d)]
    [InlineData("UTC", "1/15/2024 10:30:15", 1705314615000d)]
    [InlineData("UTC", "1/15", 979516800000d)]
    [InlineData("UTC", "13/1/2024", double.NaN)]
    [InlineData("UTC", "January 15, 2024 10:00:00", 1705312800000d)]
    [InlineData("UTC", "January 15, 2024", 1705276800000d)]
    [InlineData("UTC", "Jan 15 2024", 1705276800000d)]
    [InlineData("UTC", "15 Jan 2024", 1705276800000d)]
    [InlineData("UTC", "Jan 2024", 1704067200000d)]
    [InlineData("UTC", "2024 Jan 15", 1705276800000d)]
    [InlineData("UTC", "Jan 15", 979516800000d)]
    [InlineData("UTC", "Mon, 01 Jan 2024 00:00:00 GMT", 1704067200000d)]
    [InlineData("UTC", "Mon, 15 Jan 2024 10:00:00 GMT", 1705312800000d)]
    [InlineData("UTC", "Mon Jan 15 2024 10:00:00 GMT+0000 (Coordinated Universal Time)", 1705312800000d)]
    [InlineData("UTC", "Mon Jan 15 2024 10:00:00 GMT-0500 (Eastern Standard Time)", 1705330800000d)]
    [InlineData("UTC", "Mon Jul 15 2024 10:00:00 GMT-0400 (Eastern Daylight Time)", 1721052000000d)]
    [InlineData("UTC", "Mon Jan 15 2024", 1705276800000d)]
    [InlineData("UTC", "Tuesday, January 16, 2024", 1705363200000d)]
    [InlineData("UTC", "Jan 15 2024 10:00 PM", 1705356000000d)]
    [InlineData("UTC", "Jan 15 2024 12:00 AM", 1705276800000d)]
    [InlineData("UTC", "Jan 15 2024 12:30 pm", 1705321800000d)]
    [InlineData("UTC", "Jan 15 2024 13:00 PM", double.NaN)]
    [InlineData("UTC", "Jan 15 2024 10:00:00 EST", 1705330800000d)]
    [InlineData("UTC", "Jan 15 2024 10:00:00 PDT", 1705338000000d)]
    [InlineData("UTC", "Jan 15 2024 10:00:00 UTC", 1705312800000d)]
    [InlineData("UTC", "Jan 15 2024 10:00:00 UTC+0130", 1705307400000d)]
    [InlineData("UTC", "Jan 15 2024 10:00:00 GMT+5", 1705294800000d)]
    [InlineData("UTC", "Jan 15 2024 10:00:00 GMT-05:30", 1705332600000d)]
    [InlineData("UTC", "Jan 15 2024 10:00:00 Z", 1705312800000d)]
    [InlineData("UTC", "10:00 1/15/2024", 1705312800000d)]
    [InlineData("UTC", "Jan 15 2024 10:00:00.5", 1705312800500d)]
    [InlineData("UTC", "1 Jan 50", -631152000000d)]
    [InlineData("UTC", "1 Jan 49", 2493072000000d)]
    [InlineData("UTC", "1 Jan 99", 915148800000d)]
    [InlineData("UTC", "12/31/1969 23:59:59", -1000)]
    [InlineData("UTC", "x 2024", 1704067200000d)]
    [InlineData("UTC", "15.01.2024", double.NaN)]
    [InlineData("UTC", "", double.NaN)]
    [InlineData("UTC", " ", double.NaN)]
    [InlineData("UTC", "foo", double.NaN)]
    [InlineData("UTC", "2024-01-15T", double.NaN)]
    [InlineData("UTC", "Jan 15 2024 (comment) 10:00", 1705312800000d)]
    [InlineData("UTC", "Sat, 13 Sep 275760 00:00:00 GMT", 8640000000000000d)]
    [InlineData("UTC", "Sat, 13 Sep 275760 00:00:01 GMT", double.NaN)]
    [InlineData("UTC", "Fri Jan 01 -0001 00:00:00 GMT+0000", double.NaN)]
    [InlineData("UTC", "Mar 10 2024 02:30:00", 1710037800000d)]
    [InlineData("UTC", "Nov 3 2024 01:30:00", 1730597400000d)]
    [InlineData("UTC", "2024-03-10T02:30", 1710037800000d)]
    [InlineData("UTC", "2024-11-03T01:30", 1730597400000d)]
    [InlineData("UTC", "Sept 5 2024", 1725494400000d)]
    [InlineData("UTC", "2024-01-15T10:00:00.000+24:00", double.NaN)]
    [InlineData("UTC", "Thu, 01 Jan 1970 00:00:00 GMT+0100", -3600000)]
    [InlineData("UTC", "1/1/1970 00:00:00 +0000", 0)]
    [InlineData("UTC", "2024-06-15T12:00:00", 1718452800000d)]
    [InlineData("America/New_York", "2024-01-15", 1705276800000d)]
    [InlineData("America/New_York", "2024-01", 1704067200000d)]
    [InlineData("America/New_York", "2024", 1704067200000d)]
    [InlineData("America/New_York", "2024-01-15T10:00", 1705330800000d)]
    [InlineData("America/New_York", "2024-01-15T10:00:00", 1705330800000d)]
    [InlineData("America/New_York", "2024-01-15T10:00:00Z", 1705312800000d)]
    [InlineData("America/New_York", "2024-01-15T10:00:00.123Z", 1705312800123d)]
    [InlineData("America/New_York", "2024-01-15T10:00:00.1Z", 1705312800100d)]
    [InlineData("America/New_York", "2024-01-15T10:00:00.123456Z", 1705312800123d)]
    [InlineData("America/New_York", "2024-01-15T10:00:00+05:30", 1705293000000d)]
    [InlineData("America/New_York", "2024-01-15T10:00:00-0800", 1705341600000d)]
    [InlineData("America/New_York", "2024-01-15T24:00:00Z", 1705363200000d)]
    [InlineData("America/New_York", "2024-01-15T24:00:01Z", double.NaN)]
    [InlineData("America/New_York", "2024-01-15T25:00Z", double.NaN)]
    [InlineData("America/New_York", "2024-01-15T10:60Z", double.NaN)]
    [InlineData("America/New_York", "2024-02-30", 1709251200000d)]
    [InlineData("America/New_York", "2024-13-01", double.NaN)]
    [InlineData("America/New_York", "2024-00-10", double.NaN)]
    [InlineData("America/New_York", "+275760-09-13T00:00:00.000Z", 8640000000000000d)]
    [InlineData("America/New_York", "+275760-09-13T00:00:00.001Z", double.NaN)]
    [InlineData("America/New_York", "-000000-01-01T00:00:00Z", double.NaN)]
    [InlineData("America/New_York", "+002024-01-15", 1705276800000d)]
    [InlineData("America/New_York", "2024-01-15T10:00:00z", 1705312800000d)]
    [InlineData("America/New_York", "2024-01-15t10:00:00Z", 1705312800000d)]
    [InlineData("America/New_York", "2024-01-15 10:00", 1705330800000d)]
    [InlineData("America/New_York", "2024-01-15 10:00:00Z", 1705312800000d)]
    [InlineData("America/New_York", "2024-01-15T10:00Z junk", double.NaN)]
    [InlineData("America/New_York", "2024-1-5", 1704430800000d)]
    [InlineData("America/New_York", "2024/01/15", 1705294800000d)]
    [InlineData("America/New_York", "2024/1/15 10:00", 1705330800000d)]
    [InlineData("America/New_York", "01/15/2024", 1705294800000d)]
    [InlineData("America/New_York", "1/15/2024 10:30:15", 1705332615000d)]
    [InlineData("America/New_York", "1/15", 979534800000d)]
    [InlineData("America/New_York", "13/1/2024", double.NaN)]
    [InlineData("America/New_York", "January 15, 2024 10:00:00", 1705330800000d)]
    [InlineData("America/New_York", "January 15, 2024", 1705294800000d)]
    [InlineData("America/New_York", "Jan 15 2024", 1705294800000d)]
    [InlineData("America/New_York", "15 Jan 2024", 1705294800000d)]
    [InlineData("America/New_York", "Jan 2024", 1704085200000d)]
    [InlineData("America/New_York", "2024 Jan 15", 1705294800000d)]
    [InlineData("America/New_York", "Jan 15", 979534800000d)]
    [InlineData("America/New_York", "Mon, 01 Jan 2024 00:00:00 GMT", 1704067200000d)]
    [InlineData("America/New_York", "Mon, 15 Jan 2024 10:00:00 GMT", 1705312800000d)]
    [InlineData("America/New_York", "Mon Jan 15 2024 10:00:00 GMT+0000 (Coordinated Universal Time)", 1705312800000d)]
    [InlineData("America/New_York", "Mon Jan 15 2024 10:00:00 GMT-0500 (Eastern Standard Time)", 1705330800000d)]
    [InlineData("America/New_York", "Mon Jul 15 2024 10:00:00 GMT-0400 (Eastern Daylight Time)", 1721052000000d)]
    [InlineData("America/New_York", "Mon Jan 15 2024", 1705294800000d)]
    [InlineData("America/New_York", "Tuesday, January 16, 2024", 1705381200000d)]
    [InlineData("America/New_York", "Jan 15 2024 10:00 PM", 1705374000000d)]
    [InlineData("America/New_York", "Jan 15 2024 12:00 AM", 1705294800000d)]
    [InlineData("America/New_York", "Jan 15 2024 12:30 pm", 1705339800000d)]
    [InlineData("America/New_York", "Jan 15 2024 13:00 PM", double.NaN)]
    [InlineData("America/New_York", "Jan 15 2024 10:00:00 EST", 1705330800000d)]
    [InlineData("America/New_York", "Jan 15 2024 10:00:00 PDT", 1705338000000d)]
    [InlineData("America/New_York", "Jan 15 2024 10:00:00 UTC", 1705312800000d)]
    [InlineData("America/New_York", "Jan 15 2024 10:00:00 UTC+0130", 1705307400000d)]
    [InlineData("America/New_York", "Jan 15 2024 10:00:00 GMT+5", 1705294800000d)]
    [InlineData("America/New_York", "Jan 15 2024 10:00:00 GMT-05:30", 1705332600000d)]
    [InlineData("America/New_York", "Jan 15 2024 10:00:00 Z", 1705312800000d)]
    [InlineData("America/New_York", "10:00 1/15/2024", 1705330800000d)]
    [InlineData("America/New_York", "Jan 15 2024 10:00:00.5", 1705330800500d)]
    [InlineData("America/New_York", "1 Jan 50", -631134000000d)]
    [InlineData("America/New_York", "1 Jan 49", 2493090000000d)]
    [InlineData("America/New_York", "1 Jan 99", 915166800000d)]
    [InlineData("America/New_York", "12/31/1969 23:59:59", 17999000)]
    [InlineData("America/New_York", "x 2024", 1704085200000d)]
    [InlineData("America/New_York", "15.01.2024", double.NaN)]
    [InlineData("America/New_York", "", double.NaN)]
    [InlineData("America/New_York", " ", double.NaN)]
    [InlineData("America/New_York", "foo", double.NaN)]
    [InlineData("America/New_York", "2024-01-15T", double.NaN)]
    [InlineData("America/New_York", "Jan 15 2024 (comment) 10:00", 1705330800000d)]
    [InlineData("America/New_York", "Sat, 13 Sep 275760 00:00:00 GMT", 8640000000000000d)]
    [InlineData("America/New_York", "Sat, 13 Sep 275760 00:00:01 GMT", double.NaN)]
    [InlineData("America/New_York", "Fri Jan 01 -0001 00:00:00 GMT+0000", double.NaN)]
    [InlineData("America/New_York", "Mar 10 2024 02:30:00", 1710055800000d)]
    [InlineData("America/New_York", "Nov 3 2024 01:30:00", 1730611800000d)]
    [InlineData("America/New_York", "2024-03-10T02:30", 1710055800000d)]
    [InlineData("America/New_York", "2024-11-03T01:30", 1730611800000d)]
    [InlineData("America/New_York", "Sept 5 2024", 1725508800000d)]
    [InlineData("America/New_York", "2024-01-15T10:00:00.000+24:00", double.NaN)]
    [InlineData("America/New_York", "Thu, 01 Jan 1970 00:00:00 GMT+0100", -3600000)]
    [InlineData("America/New_York", "1/1/1970 00:00:00 +0000", 0)]
    [InlineData("America/New_York", "2024-06-15T12:00:00", 1718467200000d)]
    public void Parse_String_MatchesV8(string zone, string text, double expected)
    {
        Realm realm = DateTestKit.NewRealm(zone);
        Assert.Equal(expected, BuiltinsKit.CallMethod(realm, realm.Intrinsics.DateConstructor, "parse", default, text).AsNumber);
    }

    [Theory]
    [InlineData("2024, 0, 15, 10", 1705312800000d)]
    [InlineData("2024", 1704067200000d)]
    [InlineData("99, 11, 31, 23, 59, 59, 999", 946684799999d)]
    [InlineData("-1, 0", -62198755200000d)]
    [InlineData("2024, 0, 1, 0, 0, 0, 0.5", 1704067200000d)]
    [InlineData("275760, 8, 13, 0, 0, 0, 1", double.NaN)]
    [InlineData("", double.NaN)]
    [InlineData("NaN", double.NaN)]
    [InlineData("2024, Infinity", double.NaN)]
    public void Utc_Components_TimeValue(string args, double expected)
    {
        Realm realm = DateTestKit.NewRealm("America/New_York");
        Assert.Equal(expected, DateTestKit.Static(realm, "UTC", args).AsNumber);
    }

    [Fact]
    public void Now_FixedClock_ReturnsClockMilliseconds()
    {
        Realm realm = DateTestKit.NewRealm("UTC");
        Assert.Equal(1705312800123d, DateTestKit.Static(realm, "now").AsNumber);
        Assert.Equal(1705312800123d, DateTestKit.New(realm, "").DateValue);
    }

    [Theory]
    [InlineData("UTC", "Mon Jan 15 2024 10:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("America/New_York", "Mon Jan 15 2024 05:00:00 GMT-0500 (Eastern Standard Time)")]
    [InlineData("Europe/London", "Mon Jan 15 2024 10:00:00 GMT+0000 (Greenwich Mean Time)")]
    [InlineData("Asia/Kolkata", "Mon Jan 15 2024 15:30:00 GMT+0530 (India Standard Time)")]
    [InlineData("Europe/Dublin", "Mon Jan 15 2024 10:00:00 GMT+0000 (Greenwich Mean Time)")]
    public void Call_WithoutNew_ReturnsNowAsString(string zone, string expected)
    {
        Realm realm = DateTestKit.NewRealm(zone);
        JsValue result = realm.Intrinsics.DateConstructor.Call(default, [2024, 0, 1]);
        Assert.Equal(expected, result.AsString());
    }

    [Fact]
    public void Constructor_DateObject_CopiesTimeValue()
    {
        Realm realm = DateTestKit.NewRealm("America/New_York");
        JsDate source = DateTestKit.FromTime(realm, 86400000);
        JsDate copy = (JsDate)Operations.Construct(realm, realm.Intrinsics.DateConstructor, [source]).AsObject;
        Assert.Equal(86400000d, copy.DateValue);
        Assert.NotSame(source, copy);
    }

    [Fact]
    public void Constructor_Surface_MatchesSpec()
    {
        Realm realm = DateTestKit.NewRealm("UTC");
        JsFunction ctor = realm.Intrinsics.DateConstructor;
        Assert.Equal(7d, ctor.Get("length").AsNumber);
        Assert.Equal("Date", ctor.Get("name").AsString());
        Assert.Equal(7d, ctor.Get("UTC").AsObject.Get("length").AsNumber);
        Assert.Equal(1d, ctor.Get("parse").AsObject.Get("length").AsNumber);
        Assert.Equal(0d, ctor.Get("now").AsObject.Get("length").AsNumber);
        Assert.Same(ctor, realm.GlobalObject.Get("Date").AsObject);
        Assert.Same(realm.Intrinsics.DatePrototype, ctor.Get("prototype").AsObject);
        Assert.IsNotType<JsDate>(realm.Intrinsics.DatePrototype);
    }
}
