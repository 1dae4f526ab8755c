namespace Oden.Runtime.Builtins;

/// <summary>The console object: each call formats its arguments into one line for the realm's host.</summary>
internal static partial class ConsoleObject
{
    [JsFunction("log")]
    private static JsValue Log(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Write(realm, ConsoleLevel.Log, args);

    [JsFunction("info")]
    private static JsValue Info(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Write(realm, ConsoleLevel.Info, args);

    [JsFunction("warn")]
    private static JsValue Warn(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Write(realm, ConsoleLevel.Warn, args);

    [JsFunction("error")]
    private static JsValue Error(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Write(realm, ConsoleLevel.Error, args);

    [JsFunction("debug")]
    private static JsValue Debug(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Write(realm, ConsoleLevel.Debug, args);

    private static JsValue Write(Realm realm, ConsoleLevel level, ReadOnlySpan<JsValue> args)
    {
        realm.Host.WriteConsole(level, ConsoleFormatter.FormatArguments(realm, args));
        return default;
    }
}
