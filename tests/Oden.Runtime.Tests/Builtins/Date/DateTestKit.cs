// DateTestKit: realms pinned to a zone and a fixed clock, so the Date tests read the same on any machine
// (the tz database under /usr/share/zoneinfo supplies America/New_York), and calls by method name.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Tests.Builtins.Date;

internal static class DateTestKit
{
    /// <summary>The fixed "now" of every test realm: 2024-01-15T10:00:00.123Z.</summary>
    public static readonly DateTimeOffset Now = new(2024, 1, 15, 10, 0, 0, 123, TimeSpan.Zero);

    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    public static Realm NewRealm(string zoneId) => new()
    {
        Clock = new FixedClock(Now),
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zoneId),
    };

    /// <summary>new Date(args), args as JS literals ("2024, 0, 15").</summary>
    public static JsDate New(Realm realm, string args) =>
        (JsDate)Operations.Construct(realm, realm.Intrinsics.DateConstructor, BuiltinsKit.ParseArgs(realm, args)).AsObject;

    public static JsDate FromTime(Realm realm, double t) =>
        (JsDate)Operations.Construct(realm, realm.Intrinsics.DateConstructor, [t]).AsObject;

    /// <summary>date[method](args).</summary>
    public static JsValue Invoke(Realm realm, JsValue date, string method, string args = "") =>
        BuiltinsKit.CallMethod(realm, realm.Intrinsics.DatePrototype, method, date, BuiltinsKit.ParseArgs(realm, args));

    /// <summary>Date[method](args).</summary>
    public static JsValue Static(Realm realm, string method, string args = "") =>
        BuiltinsKit.CallMethod(realm, realm.Intrinsics.DateConstructor, method, default, BuiltinsKit.ParseArgs(realm, args));
}
