// %Map.prototype%. The generator defines accessors after the functions of a class, so "values", which the
// engines list after "size", is declared by a second class (MapPrototypeTail); [Symbol.iterator] is the
// same function object as "entries" and is copied last by Intrinsics, after @@toStringTag as in the engines.
namespace Oden.Runtime.Builtins;

/// <summary>%Map.prototype%'s methods.</summary>
[JsToStringTag("Map")]
internal static partial class MapPrototype
{
    /// <summary>RequireInternalSlot(M, [[MapData]]).</summary>
    internal static JsMap ThisMap(Realm realm, JsValue thisValue, string method) =>
        thisValue.TryGetObject as JsMap
        ?? throw realm.TypeError($"Method {method} called on incompatible receiver {DescribeReceiver(realm, thisValue)}");

    /// <summary>The receiver in "incompatible receiver" messages, as V8 writes it: #&lt;Set&gt;, 1, undefined.</summary>
    internal static string DescribeReceiver(Realm realm, JsValue v) =>
        v.TryGetObject is { } o ? "#<" + o.ClassName + ">" : v.IsString ? v.AsString() : Operations.DescribeForError(realm, v);

    /// <see href="https://tc39.es/ecma262/#sec-map.prototype.get"/>
    [JsFunction("get", Length = 1)]
    internal static JsValue Get(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let M be the this value. Perform ? RequireInternalSlot(M, [[MapData]]).
        JsMap m = ThisMap(realm, thisValue, "Map.prototype.get");

        // 3. Set key to CanonicalizeKeyedCollectionKey(key).
        // 4. For each Record { [[Key]], [[Value]] } p of M.[[MapData]]: if p.[[Key]] is not empty and SameValue(p.[[Key]], key), return p.[[Value]].
        // 5. Return undefined.
        return m.MapData.TryGetValue(OrderedHashTable.Canonicalize(args.At(0)), out JsValue value) ? value : default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-map.prototype.set"/>
    [JsFunction("set", Length = 2)]
    internal static JsValue Set(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let M be the this value. Perform ? RequireInternalSlot(M, [[MapData]]).
        JsMap m = ThisMap(realm, thisValue, "Map.prototype.set");

        // 3. Set key to CanonicalizeKeyedCollectionKey(key).
        // 4. If an entry with that key exists, set its [[Value]] to value and return M.
        // 5-6. Otherwise append the Record { [[Key]]: key, [[Value]]: value } to M.[[MapData]].
        m.MapData.Set(OrderedHashTable.Canonicalize(args.At(0)), args.At(1));

        // 7. Return M.
        return m;
    }

    /// <see href="https://tc39.es/ecma262/#sec-map.prototype.has"/>
    [JsFunction("has", Length = 1)]
    private static JsValue Has(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. RequireInternalSlot(M, [[MapData]]).
        JsMap m = ThisMap(realm, thisValue, "Map.prototype.has");

        // 3-5. Return true if an entry's key is SameValue to the canonicalized key, else false.
        return m.MapData.Has(OrderedHashTable.Canonicalize(args.At(0)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-map.prototype.delete"/>
    [JsFunction("delete", Length = 1)]
    private static JsValue Delete(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. RequireInternalSlot(M, [[MapData]]).
        JsMap m = ThisMap(realm, thisValue, "Map.prototype.delete");

        // 3-4. Find the entry; set its [[Key]] and [[Value]] to empty and return true.
        // 5. Return false.
        return m.MapData.Remove(OrderedHashTable.Canonicalize(args.At(0)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-map.prototype.clear"/>
    [JsFunction("clear")]
    private static JsValue Clear(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. RequireInternalSlot(M, [[MapData]]).
        JsMap m = ThisMap(realm, thisValue, "Map.prototype.clear");

        // 3. For each Record p of M.[[MapData]], set p.[[Key]] and p.[[Value]] to empty.
        m.MapData.Clear();

        // 4. Return undefined.
        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-map.prototype.entries"/>
    [JsFunction("entries")]
    internal static JsValue Entries(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-2. Return ? CreateMapIterator(M, key+value).
        new JsMapIterator(realm, ThisMap(realm, thisValue, "Map.prototype.entries"), CollectionIterationKind.Entries);

    /// <see href="https://tc39.es/ecma262/#sec-map.prototype.foreach"/>
    [JsFunction("forEach", Length = 1)]
    private static JsValue ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let M be the this value. Perform ? RequireInternalSlot(M, [[MapData]]).
        JsMap m = ThisMap(realm, thisValue, "Map.prototype.forEach");

        // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
        JsValue callbackfn = args.At(0);
        if (callbackfn._ref is not JsFunction callback)
        {
            throw realm.TypeError($"{Operations.DescribeForError(realm, callbackfn)} is not a function");
        }

        // 4-7. For each entry, in order, re-reading the number of entries after every call (entries the
        // callback adds are visited, entries it deletes before they are reached are not):
        JsValue thisArg = args.At(1);
        OrderedHashTable table = m.MapData;
        OrderedHashTable.Cursor cursor = table.Start();
        while (table.MoveNext(ref cursor, out JsValue key, out JsValue value))
        {
            // i. Perform ? Call(callbackfn, thisArg, « e.[[Value]], e.[[Key]], M »).
            callback.Call3(thisArg, value, key, m);
        }

        // 8. Return undefined.
        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-map.prototype.keys"/>
    [JsFunction("keys")]
    private static JsValue Keys(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-2. Return ? CreateMapIterator(M, key).
        new JsMapIterator(realm, ThisMap(realm, thisValue, "Map.prototype.keys"), CollectionIterationKind.Keys);

    /// <see href="https://tc39.es/ecma262/#sec-get-map.prototype.size"/>
    [JsGetter("size")]
    private static JsValue Size(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-6. RequireInternalSlot(M, [[MapData]]); count the entries whose key is not empty.
        ThisMap(realm, thisValue, "get Map.prototype.size").MapData.Count;
}

/// <summary>The part of %Map.prototype% defined after "size".</summary>
internal static partial class MapPrototypeTail
{
    /// <see href="https://tc39.es/ecma262/#sec-map.prototype.values"/>
    [JsFunction("values")]
    private static JsValue Values(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-2. Return ? CreateMapIterator(M, value).
        new JsMapIterator(realm, MapPrototype.ThisMap(realm, thisValue, "Map.prototype.values"), CollectionIterationKind.Values);
}
