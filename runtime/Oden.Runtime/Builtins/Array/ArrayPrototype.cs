namespace Oden.Runtime.Builtins;

/// <summary>%Array.prototype%'s methods.</summary>
internal static partial class ArrayPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.push"/>
    [JsFunction("push", Length = 1)]
    private static JsValue Push(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.TryGetObject is JsArray fast && fast.IsDense)
        {
            foreach (JsValue item in args) fast.Push(item);
            return fast.Length;
        }

        // 1-2. O = ToObject(this), len = LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 4. If len + argCount > 2^53 - 1, throw a TypeError exception.
        if (len + args.Length > 9007199254740991d) throw realm.TypeError("Pushing too many elements");

        // 5. Set each element, then the length.
        foreach (JsValue item in args)
        {
            Operations.Set(realm, o, PropertyKey.FromString(NumberFormatting.ToString(len)), item, throwOnFailure: true);
            len++;
        }

        Operations.Set(realm, o, "length", len, throwOnFailure: true);
        return len;
    }
}
