// CollectionKit: runs a row of method calls on a fresh keyed collection, the way a node script would, and
// renders each result with BuiltinsKit.Show. A row is "op|op|…" where an op is `name(args)` (a call),
// `name` (a property read) or `...name(args)` (a call whose iterator result is spread into an array).
// The node side of every table is the same loop over `eval("m." + op)`, so expected values are copied
// from node 20 output unchanged.
using Oden.Runtime;
using Oden.Runtime.Builtins;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;

namespace Oden.Runtime.Tests.Builtins;

internal static class CollectionKit
{
    public static string Run(Realm realm, string constructor, string init, string ops)
    {
        JsValue ctor = realm.GlobalObject.Get(constructor);
        JsValue receiver = default;
        string? error = ThrownError(() =>
            receiver = Operations.Construct(realm, ctor, init.Length == 0 ? [] : [Parse(realm, init)]));
        if (error is not null) return error;

        var results = new List<string>();
        foreach (string op in ops.Split('|'))
        {
            string? shown = null;
            error = ThrownError(() => shown = Show(realm, Evaluate(realm, receiver, op)));
            results.Add(error ?? shown!);
        }

        return string.Join(" ", results);
    }

    private static JsValue Evaluate(Realm realm, JsValue receiver, string op)
    {
        bool spread = op.StartsWith("...", StringComparison.Ordinal);
        if (spread) op = op[3..];
        int paren = op.IndexOf('(');
        if (paren < 0) return Operations.GetV(realm, receiver, PropertyKey.FromString(op));

        string name = op[..paren];
        JsValue[] args = ParseArgs(realm, op[(paren + 1)..^1]);
        JsValue result = Operations.Invoke(realm, receiver, PropertyKey.FromString(name), args);
        return spread ? JsArray.FromList(realm, IteratorRecord.IterableToList(realm, result)) : result;
    }

    /// <summary>Calls next() until done and renders the values: "1,2,3".</summary>
    public static List<JsValue> Drain(Realm realm, JsValue iterator)
    {
        var values = new List<JsValue>();
        while (true)
        {
            JsObject result = Operations.Invoke(realm, iterator, "next", []).AsObject;
            if (Operations.ToBoolean(result.Get("done"))) return values;
            values.Add(result.Get("value"));
        }
    }

    /// <summary>One next() result as node's JSON.stringify shows it: {"value":1,"done":false} or {"done":true}.</summary>
    public static string Next(Realm realm, JsValue iterator)
    {
        JsObject result = Operations.Invoke(realm, iterator, "next", []).AsObject;
        bool done = Operations.ToBoolean(result.Get("done"));
        JsValue value = result.Get("value");
        return done && value.IsUndefined ? "{\"done\":true}" : $"{{\"value\":{Show(realm, value)},\"done\":{(done ? "true" : "false")}}}";
    }

    public static JsValue Call(Realm realm, JsValue receiver, string method, params JsValue[] args) =>
        Operations.Invoke(realm, receiver, PropertyKey.FromString(method), args);

    public static JsValue New(Realm realm, string constructor, params JsValue[] args) =>
        Operations.Construct(realm, realm.GlobalObject.Get(constructor), args);
}
