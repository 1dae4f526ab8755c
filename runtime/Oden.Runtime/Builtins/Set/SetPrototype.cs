// %Set.prototype%. As for Map, the functions the engines list after "size" ("values", and "keys", the same
// function object) are declared by SetPrototypeTail, and [Symbol.iterator] (also "values") is copied last
// by Intrinsics, after @@toStringTag.
namespace Oden.Runtime.Builtins;

/// <summary>%Set.prototype%'s methods.</summary>
[JsToStringTag("Set")]
internal static partial class SetPrototype
{
    /// <summary>RequireInternalSlot(S, [[SetData]]).</summary>
    internal static JsSet ThisSet(Realm realm, JsValue thisValue, string method) =>
        thisValue.TryGetObject as JsSet
        ?? throw realm.TypeError($"Method {method} called on incompatible receiver {MapPrototype.DescribeReceiver(realm, thisValue)}");

    /// <see href="https://tc39.es/ecma262/#sec-set.prototype.has"/>
    [JsFunction("has", Length = 1)]
    private static JsValue Has(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let S be the this value. Perform ? RequireInternalSlot(S, [[SetData]]).
        JsSet s = ThisSet(realm, thisValue, "Set.prototype.has");

        // 3-5. Set value to CanonicalizeKeyedCollectionKey(value); return true if an element is SameValue to it.
        return s.SetData.Has(OrderedHashTable.Canonicalize(args.At(0)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-set.prototype.add"/>
    [JsFunction("add", Length = 1)]
    internal static JsValue Add(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let S be the this value. Perform ? RequireInternalSlot(S, [[SetData]]).
        JsSet s = ThisSet(realm, thisValue, "Set.prototype.add");

        // 3. Set value to CanonicalizeKeyedCollectionKey(value).
        // 4-5. If value is already an element, return S; else append it to S.[[SetData]].
        s.SetData.Set(OrderedHashTable.Canonicalize(args.At(0)), default);

        // 6. Return S.
        return s;
    }

    /// <see href="https://tc39.es/ecma262/#sec-set.prototype.delete"/>
    [JsFunction("delete", Length = 1)]
    private static JsValue Delete(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. RequireInternalSlot(S, [[SetData]]).
        JsSet s = ThisSet(realm, thisValue, "Set.prototype.delete");

        // 3-5. Replace the element with empty and return true; else return false.
        return s.SetData.Remove(OrderedHashTable.Canonicalize(args.At(0)));
    }

    /// <see href="https://tc39.es/ecma262/#sec-set.prototype.clear"/>
    [JsFunction("clear")]
    private static JsValue Clear(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. RequireInternalSlot(S, [[SetData]]).
        JsSet s = ThisSet(realm, thisValue, "Set.prototype.clear");

        // 3. For each element e of S.[[SetData]], replace it with empty.
        s.SetData.Clear();

        // 4. Return undefined.
        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-set.prototype.entries"/>
    [JsFunction("entries")]
    private static JsValue Entries(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-2. Return ? CreateSetIterator(S, key+value).
        new JsSetIterator(realm, ThisSet(realm, thisValue, "Set.prototype.entries"), CollectionIterationKind.Entries);

    /// <see href="https://tc39.es/ecma262/#sec-set.prototype.foreach"/>
    [JsFunction("forEach", Length = 1)]
    private static JsValue ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let S be the this value. Perform ? RequireInternalSlot(S, [[SetData]]).
        JsSet s = ThisSet(realm, thisValue, "Set.prototype.forEach");

        // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
        JsValue callbackfn = args.At(0);
        if (callbackfn._ref is not JsFunction callback)
        {
            throw realm.TypeError($"{Operations.DescribeForError(realm, callbackfn)} is not a function");
        }

        // 4-7. For each element, in order, re-reading the number of elements after every call.
        JsValue thisArg = args.At(1);
        OrderedHashTable table = s.SetData;
        OrderedHashTable.Cursor cursor = table.Start();
        while (table.MoveNext(ref cursor, out JsValue e, out _))
        {
            // i. Perform ? Call(callbackfn, thisArg, « e, e, S »).
            callback.Call3(thisArg, e, e, s);
        }

        // 8. Return undefined.
        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-set.prototype.size"/>
    [JsGetter("size")]
    private static JsValue Size(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-6. RequireInternalSlot(S, [[SetData]]); count the elements that are not empty.
        ThisSet(realm, thisValue, "get Set.prototype.size").SetData.Count;
}

/// <summary>The part of %Set.prototype% defined after "size".</summary>
internal static partial class SetPrototypeTail
{
    /// <see href="https://tc39.es/ecma262/#sec-set.prototype.values"/>
    /// <see href="https://tc39.es/ecma262/#sec-set.prototype.keys"/>
    [JsFunction("values", Alias = "keys")]
    private static JsValue Values(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-2. Return ? CreateSetIterator(S, value).
        new JsSetIterator(realm, SetPrototype.ThisSet(realm, thisValue, "Set.prototype.values"), CollectionIterationKind.Values);
}
