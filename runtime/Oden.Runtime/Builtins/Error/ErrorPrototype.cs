namespace Oden.Runtime.Builtins;

/// <summary>%Error.prototype%'s methods (name and message are plain data properties set up by Intrinsics).</summary>
internal static partial class ErrorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-error.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 2. If O is not an Object, throw a TypeError exception.
        if (thisValue.TryGetObject is not JsObject o) throw realm.TypeError("Error.prototype.toString called on a non-object");
        return ErrorToString(realm, o);
    }

    /// <summary>Error.prototype.toString's steps 3-9 on an object.</summary>
    internal static string ErrorToString(Realm realm, JsObject o)
    {
        // 3-4. name defaults to "Error".
        JsValue nameValue = o.Get("name");
        string name = nameValue.IsUndefined ? "Error" : Operations.ToString(realm, nameValue);

        // 5-6. msg defaults to "".
        JsValue msgValue = o.Get("message");
        string msg = msgValue.IsUndefined ? "" : Operations.ToString(realm, msgValue);

        // 7-9.
        if (name.Length == 0) return msg;
        if (msg.Length == 0) return name;
        return name + ": " + msg;
    }
}
