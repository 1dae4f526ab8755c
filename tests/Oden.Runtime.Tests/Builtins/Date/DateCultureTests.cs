// Date's strings do not depend on the thread's culture: zone names come from the tz abbreviations
// (TzifAbbreviations), not from TimeZoneInfo's ICU display names in CurrentUICulture, and numbers are laid
// out with invariant digits. Each test runs under cultures whose names, digits or signs differ from en-US.
using System.Globalization;
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Tests.Builtins.Date;

public class DateCultureTests
{
    public static TheoryData<string> Cultures => ["", "en-US", "de-DE", "tr-TR", "sv-SE", "fa-IR", "ja-JP", "ga-IE"];

    private static T WithCulture<T>(string name, Func<T> body)
    {
        CultureInfo culture = CultureInfo.CurrentCulture, ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return body();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ToString_ZoneNames_SameInEveryCulture(string culture)
    {
        (string Zone, double Time, string Expected)[] rows =
        [
            ("Europe/Dublin", 1705312800000d, "Mon Jan 15 2024 10:00:00 GMT+0000 (Greenwich Mean Time)"),
            ("Europe/Dublin", 1720987200000d, "Sun Jul 14 2024 21:00:00 GMT+0100 (Irish Standard Time)"),
            ("Europe/London", 1720987200000d, "Sun Jul 14 2024 21:00:00 GMT+0100 (British Summer Time)"),
            ("America/New_York", 1720987200000d, "Sun Jul 14 2024 16:00:00 GMT-0400 (Eastern Daylight Time)"),
            ("America/Sao_Paulo", 1705312800000d, "Mon Jan 15 2024 07:00:00 GMT-0300 (Brasilia Standard Time)"),
            ("Asia/Kolkata", 1705312800000d, "Mon Jan 15 2024 15:30:00 GMT+0530 (India Standard Time)"),
            ("Europe/Moscow", 962020800000d, "Mon Jun 26 2000 16:00:00 GMT+0400 (Moscow Summer Time)"),
            ("Asia/Tehran", -1d, "Thu Jan 01 1970 03:29:59 GMT+0330 (Iran Standard Time)"),
        ];
        foreach (var (zone, time, expected) in rows)
        {
            string actual = WithCulture(culture, () =>
            {
                Realm realm = DateTestKit.NewRealm(zone);
                return DateTestKit.Invoke(realm, DateTestKit.FromTime(realm, time), "toString").AsString();
            });
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Formats_UseInvariantDigits(string culture)
    {
        string actual = WithCulture(culture, () =>
        {
            Realm realm = DateTestKit.NewRealm("UTC");
            JsDate date = DateTestKit.FromTime(realm, -62198755200000d);
            return string.Join("|",
                DateTestKit.Invoke(realm, date, "toISOString").AsString(),
                DateTestKit.Invoke(realm, date, "toString").AsString(),
                DateTestKit.Invoke(realm, date, "toUTCString").AsString(),
                DateTestKit.Invoke(realm, DateTestKit.FromTime(realm, 1705312800123d), "toLocaleString").AsString(),
                DateTestKit.Invoke(realm, DateTestKit.FromTime(realm, 1705312800123d), "getTimezoneOffset").AsNumber.ToString(CultureInfo.InvariantCulture));
        });
        Assert.Equal(
            "-000001-01-01T00:00:00.000Z|Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)|Fri, 01 Jan -0001 00:00:00 GMT|1/15/2024, 10:00:00 AM|0",
            actual);
    }

    [Fact]
    public void TzifAbbreviations_NegativeDaylightSaving_KeepsTzRoles()
    {
        Assert.Equal(("IST", "GMT"), TzifAbbreviations.For(TimeZoneInfo.FindSystemTimeZoneById("Europe/Dublin")));
        Assert.Equal(("EST", "EDT"), TzifAbbreviations.For(TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));
        Assert.Equal(("IST", "+0630"), TzifAbbreviations.For(TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata")));
    }
}
