// The JSON object: parse (JsonParser.cs) and stringify (JsonStringifier.cs).
namespace Oden.Runtime.Builtins;

/// <summary>The JSON object.</summary>
[JsToStringTag("JSON")]
internal static partial class JsonObject
{
    /// <see href="https://tc39.es/ecma262/#sec-json.parse"/>
    [JsFunction("parse", Length = 2)]
    private static JsValue Parse(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let jsonString be ? ToString(text); parse it (a SyntaxError on bad input).
        string jsonString = Operations.ToString(realm, args.At(0));
        JsValue unfiltered = JsonParser.Parse(realm, jsonString);

        // 11. If IsCallable(reviver), walk the result from a root holder { "": unfiltered }.
        if (args.At(1)._ref is JsFunction reviver)
        {
            var root = new JsObject(realm.Intrinsics.ObjectPrototype);
            Operations.CreateDataPropertyOrThrow(realm, root, "", unfiltered);
            return InternalizeJSONProperty(realm, root, "", reviver);
        }

        return unfiltered;
    }

    /// <see href="https://tc39.es/ecma262/#sec-internalizejsonproperty"/>
    private static JsValue InternalizeJSONProperty(Realm realm, JsObject holder, PropertyKey name, JsFunction reviver)
    {
        realm.EnsureStack();

        // 1. Let val be ? Get(holder, name).
        JsValue val = holder.Get(name);

        // 2. If val is an Object, then
        if (val._ref is JsObject o)
        {
            if (Operations.IsArray(o))
            {
                // b. Arrays: each index in turn.
                double len = Operations.LengthOfArrayLike(realm, o);
                for (double i = 0; i < len; i++) Revive(realm, o, ArrayHelpers.Key(i), reviver);
            }
            else if (o.GetType() == typeof(JsObject) && o._map is null && o._elements is null)
            {
                // c. EnumerableOwnProperties(val, key) of an ordinary object in a shape: its enumerable string
                // keys are those of the shape it has now (the key and attribute arrays are immutable, so the
                // list stays fixed while the reviver changes the object, as the spec's list does).
                Shape shape = o._shape;
                if (shape.Count > 0)
                {
                    PropertyKey[] keys = shape.Keys;
                    PropertyFlags[] flags = shape.FlagsBySlot;
                    for (int i = 0; i < keys.Length; i++)
                    {
                        if (!keys[i].IsSymbol && (flags[i] & PropertyFlags.Enumerable) != 0) Revive(realm, o, keys[i], reviver);
                    }
                }
            }
            else
            {
                // c. Other objects: EnumerableOwnProperties(val, key).
                foreach (PropertyKey p in EnumerableOwnStringKeys(o)) Revive(realm, o, p, reviver);
            }
        }

        // 3. Return ? Call(reviver, holder, « name, val »).
        return reviver.Call2(holder, name.ToJsValue(), val);
    }

    private static void Revive(Realm realm, JsObject o, PropertyKey key, JsFunction reviver)
    {
        // newElement = ? InternalizeJSONProperty(val, prop, reviver); undefined deletes, else CreateDataProperty.
        JsValue newElement = InternalizeJSONProperty(realm, o, key, reviver);
        if (newElement.IsUndefined)
        {
            o.Delete(key);
        }
        else if (!TryOverwriteDataProperty(o, key, newElement))
        {
            o.DefineOwnProperty(key, PropertyDescriptor.Data(newElement, PropertyFlags.Default));
        }
    }

    /// <summary>
    /// CreateDataProperty(o, key, value) where it only replaces the value: an ordinary object's own
    /// writable, enumerable, configurable data property in a shape slot, or a present element of a dense
    /// array (dense elements all have those attributes). False when the generic path must decide.
    /// </summary>
    private static bool TryOverwriteDataProperty(JsObject o, in PropertyKey key, JsValue value)
    {
        if (key.IsIndex) return o is JsArray a && a.TrySetDense(key.Index, value);
        if (o.GetType() != typeof(JsObject) || o._map is not null) return false;
        if (!o._shape.TryGetSlot(key, out int slot, out PropertyFlags flags) || flags != PropertyFlags.Default) return false;
        o._slots[slot] = value;
        return true;
    }

    /// <summary>EnumerableOwnProperties(O, key): own string keys whose property is enumerable, in order.</summary>
    internal static List<PropertyKey> EnumerableOwnStringKeys(JsObject o) => EnumerableOwnStringKeys(o, []);

    /// <summary>EnumerableOwnProperties(O, key) into <paramref name="keys"/> (cleared first), which it returns.</summary>
    internal static List<PropertyKey> EnumerableOwnStringKeys(JsObject o, List<PropertyKey> keys)
    {
        keys.Clear();
        o.OwnPropertyKeys(keys);
        int kept = 0;
        for (int i = 0; i < keys.Count; i++)
        {
            PropertyKey k = keys[i];
            if (k.IsSymbol) continue;
            if (o.GetOwnProperty(k, out PropertyDescriptor d) && d.Enumerable) keys[kept++] = k;
        }

        keys.RemoveRange(kept, keys.Count - kept);
        return keys;
    }

    /// <see href="https://tc39.es/ecma262/#sec-json.stringify"/>
    [JsFunction("stringify", Length = 3)]
    private static JsValue Stringify(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        string? result = new JsonStringifier(realm).Stringify(args.At(0), args.At(1), args.At(2));
        return result is null ? JsValue.Undefined : JsValue.FromString(result);
    }
}
