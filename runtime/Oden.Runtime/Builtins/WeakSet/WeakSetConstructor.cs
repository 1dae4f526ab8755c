namespace Oden.Runtime.Builtins;

/// <summary>%WeakSet%.</summary>
internal static unsafe partial class WeakSetConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-weakset-iterable"/>
    [JsConstructor("WeakSet", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, throw a TypeError exception.
        if (newTarget is null) throw realm.TypeError("Constructor WeakSet requires 'new'");

        // 2-3. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakSet.prototype%", « [[WeakSetData]] »), empty.
        var set = new JsWeakSet(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.WeakSetPrototype));

        // 4. If iterable is either undefined or null, return set.
        JsValue iterable = args.At(0);
        if (iterable.IsNullish) return set;

        // 5. Let adder be ? Get(set, "add").
        JsValue adder = set.Get("add");

        // 6. If IsCallable(adder) is false, throw a TypeError exception.
        if (adder._ref is not JsFunction adderFunction)
        {
            throw realm.TypeError($"'{Operations.DescribeForError(realm, adder)}' returned for property 'add' of object '#<WeakSet>' is not a function");
        }

        // 7-8. Call adder for every value of the iterable, closing it on an abrupt completion.
        SetConstructor.AddValuesFromIterable(realm, set, iterable, adderFunction, direct: false);
        return set;
    }
}

/// <summary>%WeakSet.prototype%'s methods.</summary>
[JsToStringTag("WeakSet")]
internal static partial class WeakSetPrototype
{
    /// <summary>RequireInternalSlot(S, [[WeakSetData]]).</summary>
    private static JsWeakSet ThisWeakSet(Realm realm, JsValue thisValue, string method) =>
        thisValue.TryGetObject as JsWeakSet
        ?? throw realm.TypeError($"Method WeakSet.prototype.{method} called on incompatible receiver {MapPrototype.DescribeReceiver(realm, thisValue)}");

    /// <see href="https://tc39.es/ecma262/#sec-weakset.prototype.delete"/>
    [JsFunction("delete", Length = 1)]
    private static JsValue Delete(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let S be the this value. Perform ? RequireInternalSlot(S, [[WeakSetData]]).
        JsWeakSet s = ThisWeakSet(realm, thisValue, "delete");

        // 3. If CanBeHeldWeakly(value) is false, return false.
        JsValue value = args.At(0);
        if (!JsWeakMap.CanBeHeldWeakly(value)) return false;

        // 4-5. Remove the element and return true; else return false.
        return s.WeakSetData.Remove(value._ref!);
    }

    /// <see href="https://tc39.es/ecma262/#sec-weakset.prototype.has"/>
    [JsFunction("has", Length = 1)]
    private static JsValue Has(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. RequireInternalSlot(S, [[WeakSetData]]).
        JsWeakSet s = ThisWeakSet(realm, thisValue, "has");

        // 3. If CanBeHeldWeakly(value) is false, return false.
        JsValue value = args.At(0);
        if (!JsWeakMap.CanBeHeldWeakly(value)) return false;

        // 4-5. Return true if value is an element, else false.
        return s.WeakSetData.TryGetValue(value._ref!, out _);
    }

    /// <see href="https://tc39.es/ecma262/#sec-weakset.prototype.add"/>
    [JsFunction("add", Length = 1)]
    private static JsValue Add(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. RequireInternalSlot(S, [[WeakSetData]]).
        JsWeakSet s = ThisWeakSet(realm, thisValue, "add");

        // 3. If CanBeHeldWeakly(value) is false, throw a TypeError exception.
        JsValue value = args.At(0);
        if (!JsWeakMap.CanBeHeldWeakly(value)) throw realm.TypeError("Invalid value used in weak set");

        // 4-5. If value is already an element, return S; else append it.
        s.WeakSetData.AddOrUpdate(value._ref!, JsWeakSet.Present);

        // 6. Return S.
        return s;
    }
}
