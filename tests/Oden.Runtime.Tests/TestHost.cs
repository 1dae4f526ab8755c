// TestHost: an IRealmHost that records console output, plus helpers to call builtins the way script
// code would (through the JS-visible objects of a fresh realm).
using Oden.Runtime;

namespace Oden.Runtime.Tests;

internal sealed class TestHost : IRealmHost
{
    public List<(ConsoleLevel Level, string Text)> Lines { get; } = [];

    public void WriteConsole(ConsoleLevel level, string text) => Lines.Add((level, text));

    /// <summary>The console text, one line per call, joined with '\n'.</summary>
    public string Output => string.Join("\n", Lines.Select(l => l.Text));

    public static Realm CreateRealm() => new(new TestHost());

    public static Realm CreateRealm(out TestHost host)
    {
        host = new TestHost();
        return new Realm(host);
    }
}

internal static class RealmTestExtensions
{
    /// <summary>Reads a (possibly dotted) path from the global object: "Math.floor", "Number.prototype.toFixed".</summary>
    public static JsValue GetPath(this Realm realm, string path)
    {
        JsValue current = realm.GlobalObject;
        foreach (string part in path.Split('.'))
        {
            current = Operations.GetV(realm, current, PropertyKey.FromString(part));
        }

        return current;
    }

    /// <summary>Calls the function at <paramref name="path"/> with the given this value and arguments.</summary>
    public static JsValue CallPath(this Realm realm, string path, JsValue thisValue, params JsValue[] args) =>
        Operations.Call(realm, realm.GetPath(path), thisValue, args);

    /// <summary>Calls a global function or a static method: this is its holder object.</summary>
    public static JsValue CallStatic(this Realm realm, string path, params JsValue[] args)
    {
        int dot = path.LastIndexOf('.');
        JsValue holder = dot < 0 ? realm.GlobalObject : realm.GetPath(path[..dot]);
        return Operations.Call(realm, realm.GetPath(path), holder, args);
    }

    /// <summary>A plain object built from name/value pairs.</summary>
    public static JsObject NewObject(this Realm realm, params (string Key, JsValue Value)[] properties)
    {
        var o = new JsObject(realm.Intrinsics.ObjectPrototype);
        foreach (var (key, value) in properties) o.Set(PropertyKey.FromString(key), value);
        return o;
    }

    public static JsArray NewArray(this Realm realm, params JsValue[] items) =>
        new(realm.Intrinsics.ArrayPrototype, (JsValue[])items.Clone(), items.Length);

    /// <summary>Runs <paramref name="action"/> and returns the thrown JS error as "Name: message".</summary>
    public static string ThrowsJs(Action action)
    {
        var ex = Assert.Throws<JsException>(action);
        return JsException.Describe(ex.Value);
    }
}

/// <summary>Formats numbers like JavaScript does, for asserting number results.</summary>
internal static class Js
{
    /// <summary>Parses a number as String(x) printed it ("-0", "NaN", "Infinity", "1e+21").</summary>
    public static double Parse(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Numbers as String(x) prints them, except that -0 is "-0"; other values by their debugger form.</summary>
    public static string Str(JsValue v)
    {
        if (!v.IsNumber) return v.IsString ? v.AsString() : v.ToString();
        double d = v.AsNumber;
        return d == 0 && double.IsNegative(d) ? "-0" : NumberFormatting.ToString(d);
    }
}

/// <summary>A native function for tests that runs a C# callback and returns undefined.</summary>
internal sealed class JsBuiltinCounter(Realm realm, Action callback)
    : JsFunction(realm, realm.Intrinsics.FunctionPrototype, Shape.Empty)
{
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        callback();
        return default;
    }
}

/// <summary>A native function for tests backed by a C# lambda.</summary>
internal sealed class JsLambda(Realm realm, Func<JsValue, JsValue[], JsValue> body)
    : JsFunction(realm, realm.Intrinsics.FunctionPrototype, Shape.Empty)
{
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments) => body(thisValue, arguments.ToArray());
}

/// <summary>Short builders for test values.</summary>
internal static class ValueBuilders
{
    public static JsObject Obj(this Realm realm, params (object Key, JsValue Value)[] properties) =>
        realm.With(new JsObject(realm.Intrinsics.ObjectPrototype), properties);

    /// <summary>Adds enumerable data properties (string or JsSymbol keys) to <paramref name="o"/>.</summary>
    public static T With<T>(this Realm realm, T o, params (object Key, JsValue Value)[] properties)
        where T : JsObject
    {
        foreach (var (key, value) in properties)
        {
            PropertyKey k = key is JsSymbol s ? PropertyKey.FromSymbol(s) : PropertyKey.FromString((string)key);
            o.DefineOwnProperty(k, PropertyDescriptor.Data(value, PropertyFlags.Default));
        }

        return o;
    }

    /// <summary>An array; JsValue.Hole entries are holes.</summary>
    public static JsArray Arr(this Realm realm, params JsValue[] items) =>
        new(realm.Intrinsics.ArrayPrototype, (JsValue[])items.Clone(), items.Length);

    /// <summary>{ plain: 3, get g() {}, set s(v) {}, get gs() {}, set gs(v) {} } (all enumerable).</summary>
    public static JsObject Accessors(this Realm realm)
    {
        var o = realm.Obj(("plain", 3));
        var f = new JsLambda(realm, (_, _) => default);
        o.DefineAccessorProperty("g", f, null, PropertyFlags.Enumerable | PropertyFlags.Configurable);
        o.DefineAccessorProperty("s", null, f, PropertyFlags.Enumerable | PropertyFlags.Configurable);
        o.DefineAccessorProperty("gs", f, f, PropertyFlags.Enumerable | PropertyFlags.Configurable);
        return o;
    }
}
