using System.Runtime.CompilerServices;

namespace Oden.Runtime.Builtins;

/// <summary>%WeakMap%.</summary>
internal static partial class WeakMapConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-weakmap-iterable"/>
    [JsConstructor("WeakMap", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, throw a TypeError exception.
        if (newTarget is null) throw realm.TypeError("Constructor WeakMap requires 'new'");

        // 2-3. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakMap.prototype%", « [[WeakMapData]] »), empty.
        var map = new JsWeakMap(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.WeakMapPrototype));

        // 4. If iterable is either undefined or null, return map.
        JsValue iterable = args.At(0);
        if (iterable.IsNullish) return map;

        // 5. Let adder be ? Get(map, "set").
        JsValue adder = map.Get("set");

        // 6. If IsCallable(adder) is false, throw a TypeError exception.
        if (adder._ref is not JsFunction adderFunction)
        {
            throw realm.TypeError($"'{Operations.DescribeForError(realm, adder)}' returned for property 'set' of object '#<WeakMap>' is not a function");
        }

        // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
        return MapConstructor.AddEntriesFromIterable(realm, map, iterable, adderFunction);
    }
}

/// <summary>%WeakMap.prototype%'s methods.</summary>
[JsToStringTag("WeakMap")]
internal static partial class WeakMapPrototype
{
    /// <summary>RequireInternalSlot(M, [[WeakMapData]]).</summary>
    private static JsWeakMap ThisWeakMap(Realm realm, JsValue thisValue, string method) =>
        thisValue.TryGetObject as JsWeakMap
        ?? throw realm.TypeError($"Method WeakMap.prototype.{method} called on incompatible receiver {MapPrototype.DescribeReceiver(realm, thisValue)}");

    /// <see href="https://tc39.es/ecma262/#sec-weakmap.prototype.delete"/>
    [JsFunction("delete", Length = 1)]
    private static JsValue Delete(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let M be the this value. Perform ? RequireInternalSlot(M, [[WeakMapData]]).
        JsWeakMap m = ThisWeakMap(realm, thisValue, "delete");

        // 3. If CanBeHeldWeakly(key) is false, return false.
        JsValue key = args.At(0);
        if (!JsWeakMap.CanBeHeldWeakly(key)) return false;

        // 4-5. Remove the entry whose key is key and return true; else return false.
        return m.WeakMapData.Remove(key._ref!);
    }

    /// <see href="https://tc39.es/ecma262/#sec-weakmap.prototype.get"/>
    [JsFunction("get", Length = 1)]
    private static JsValue Get(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. RequireInternalSlot(M, [[WeakMapData]]).
        JsWeakMap m = ThisWeakMap(realm, thisValue, "get");

        // 3. If CanBeHeldWeakly(key) is false, return undefined.
        JsValue key = args.At(0);
        if (!JsWeakMap.CanBeHeldWeakly(key)) return default;

        // 4-5. Return the value of the entry whose key is key, else undefined.
        return m.WeakMapData.TryGetValue(key._ref!, out var box) ? box.Value : default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-weakmap.prototype.set"/>
    [JsFunction("set", Length = 2)]
    private static JsValue Set(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. RequireInternalSlot(M, [[WeakMapData]]).
        JsWeakMap m = ThisWeakMap(realm, thisValue, "set");

        // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
        JsValue key = args.At(0);
        if (!JsWeakMap.CanBeHeldWeakly(key)) throw realm.TypeError("Invalid value used as weak map key");

        // 4-5. Update the value of an existing entry, or append { [[Key]]: key, [[Value]]: value }.
        m.WeakMapData.AddOrUpdate(key._ref!, new StrongBox<JsValue>(args.At(1)));

        // 6. Return M.
        return m;
    }

    /// <see href="https://tc39.es/ecma262/#sec-weakmap.prototype.has"/>
    [JsFunction("has", Length = 1)]
    private static JsValue Has(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. RequireInternalSlot(M, [[WeakMapData]]).
        JsWeakMap m = ThisWeakMap(realm, thisValue, "has");

        // 3. If CanBeHeldWeakly(key) is false, return false.
        JsValue key = args.At(0);
        if (!JsWeakMap.CanBeHeldWeakly(key)) return false;

        // 4-5. Return true if an entry's key is key, else false.
        return m.WeakMapData.TryGetValue(key._ref!, out _);
    }
}
