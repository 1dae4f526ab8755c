namespace Oden.Runtime.Builtins;

/// <summary>%Object.prototype%'s methods.</summary>
internal static partial class ObjectPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.hasownproperty"/>
    [JsFunction("hasOwnProperty", Length = 1)]
    private static JsValue HasOwnProperty(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let P be ? ToPropertyKey(V). 2. Let O be ? ToObject(this value).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(0));
        JsObject o = Operations.ToObject(realm, thisValue);
        return o.GetOwnProperty(key, out _);
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.valueof"/>
    [JsFunction("valueOf")]
    private static JsValue ValueOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Operations.ToObject(realm, thisValue);

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. undefined and null.
        if (thisValue.IsUndefined) return "[object Undefined]";
        if (thisValue.IsNull) return "[object Null]";

        // 3-14. The builtin tag, overridden by a string @@toStringTag.
        JsObject o = Operations.ToObject(realm, thisValue);
        string builtinTag = o switch
        {
            _ when Operations.IsArray(o) => "Array",
            JsFunction => "Function",
            JsError => "Error",
            JsPrimitiveWrapper w when !w.PrimitiveValue.IsSymbol => w.ClassName,
            _ => o.ClassName is "Arguments" or "Date" or "RegExp" ? o.ClassName : "Object",
        };
        JsValue tag = o.Get(PropertyKey.FromSymbol(JsSymbol.ToStringTag));
        return "[object " + (tag.IsString ? tag.AsString() : builtinTag) + "]";
    }
}
