// %Map% and Map.groupBy. AddEntriesFromIterable is shared with WeakMap and Object.fromEntries.
namespace Oden.Runtime.Builtins;

/// <summary>%Map%.</summary>
internal static unsafe partial class MapConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-map-iterable"/>
    [JsConstructor("Map", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, throw a TypeError exception.
        if (newTarget is null) throw realm.TypeError("Constructor Map requires 'new'");

        // 2-3. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%Map.prototype%", « [[MapData]] »), with empty [[MapData]].
        var map = new JsMap(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.MapPrototype));

        // 4. If iterable is either undefined or null, return map.
        JsValue iterable = args.At(0);
        if (iterable.IsNullish) return map;

        // 5. Let adder be ? Get(map, "set").
        JsValue adder = map.Get("set");

        // 6. If IsCallable(adder) is false, throw a TypeError exception.
        if (adder._ref is not JsFunction adderFunction)
        {
            throw realm.TypeError($"'{Operations.DescribeForError(realm, adder)}' returned for property 'set' of object '#<Map>' is not a function");
        }

        // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
        return AddEntriesFromIterable(realm, map, iterable, adderFunction);
    }

    /// <summary>
    /// AddEntriesFromIterable for Map, WeakMap and Object.fromEntries: a null <paramref name="adder"/> is
    /// Object.fromEntries' closure, CreateDataPropertyOrThrow(target, ? ToPropertyKey(k), v).
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-add-entries-from-iterable"/>
    internal static JsObject AddEntriesFromIterable(Realm realm, JsObject target, JsValue iterable, JsFunction? adder)
    {
        // The intrinsic Map.prototype.set on a JsMap is unobservable: write the table directly.
        bool direct = target is JsMap && adder is JsBuiltinFunction b && b.IsMethod(&MapPrototype.Set);

        // 1. Let iteratorRecord be ? GetIterator(iterable, sync).
        IteratorRecord iteratorRecord = IteratorRecord.GetIterator(realm, iterable);

        // 2. Repeat,
        while (true)
        {
            // a-b. Let next be ? IteratorStepValue(iteratorRecord). If next is done, return target.
            if (!iteratorRecord.Step(realm, out JsValue next)) return target;

            try
            {
                // c. If next is not an Object, then throw a TypeError and close the iterator.
                if (next._ref is not JsObject entry)
                {
                    throw realm.TypeError($"Iterator value {MapPrototype.DescribeReceiver(realm, next)} is not an entry object");
                }

                // d-g. Let k be Get(next, "0"), v be Get(next, "1"); IfAbruptCloseIterator for each.
                JsValue k = entry.Get(PropertyKey.FromIndex(0));
                JsValue v = entry.Get(PropertyKey.FromIndex(1));

                // h-i. Let status be Completion(Call(adder, target, « k, v »)); IfAbruptCloseIterator(status, iteratorRecord).
                if (direct)
                {
                    ((JsMap)target).MapData.Set(OrderedHashTable.Canonicalize(k), v);
                }
                else if (adder is null)
                {
                    Operations.CreateDataPropertyOrThrow(realm, target, Operations.ToPropertyKey(realm, k), v);
                }
                else
                {
                    adder.Call2(target, k, v);
                }
            }
            catch (JsException)
            {
                iteratorRecord.CloseAfterThrow(realm);
                throw;
            }
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-map.groupby"/>
    [JsFunction("groupBy", Length = 2)]
    private static JsValue GroupBy(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let groups be ? GroupBy(items, callbackfn, zero).
        OrderedHashTable groups = GroupByZero(realm, args.At(0), args.At(1), out List<List<JsValue>> lists);

        // 2. Let map be ! Construct(%Map%).
        var map = new JsMap(realm.Intrinsics.MapPrototype);

        // 3. For each Record { [[Key]], [[Elements]] } g of groups: append { [[Key]]: g.[[Key]], [[Value]]: CreateArrayFromList(g.[[Elements]]) }.
        OrderedHashTable.Cursor cursor = groups.Start();
        while (groups.MoveNext(ref cursor, out JsValue key, out JsValue index))
        {
            map.MapData.Set(key, JsArray.FromList(realm, lists[(int)index.AsNumber]));
        }

        // 4. Return map.
        return map;
    }

    /// <summary>GroupBy(items, callbackfn, zero): the groups keyed by SameValueZero, in first-seen order.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-groupby"/>
    private static OrderedHashTable GroupByZero(Realm realm, JsValue items, JsValue callbackfn, out List<List<JsValue>> lists)
    {
        // 1. Perform ? RequireObjectCoercible(items).
        if (items.IsNullish) throw realm.TypeError($"{(items.IsNull ? "null" : "undefined")} is not iterable");

        // 2. If IsCallable(callbackfn) is false, throw a TypeError exception.
        if (callbackfn._ref is not JsFunction callback)
        {
            throw realm.TypeError($"{Operations.DescribeForError(realm, callbackfn)} is not a function");
        }

        // 3. Let groups be a new empty List (a key → index into lists).
        var groups = new OrderedHashTable(hasValues: true);
        lists = [];

        // 4. Let iteratorRecord be ? GetIterator(items, sync).
        IteratorRecord iteratorRecord = IteratorRecord.GetIterator(realm, items);

        // 5. Let k be 0.
        double k = 0;

        // 6. Repeat,
        while (true)
        {
            // a. If k ≥ 2^53 - 1, throw a TypeError and close the iterator.
            if (k >= 9007199254740991d)
            {
                JsException error = realm.TypeError("Too many elements passed to groupBy");
                iteratorRecord.CloseAfterThrow(realm);
                throw error;
            }

            // b-d. Let next be ? IteratorStepValue(iteratorRecord); if done, return groups.
            if (!iteratorRecord.Step(realm, out JsValue value)) return groups;

            // e-f. Let key be Completion(Call(callbackfn, undefined, « value, 𝔽(k) »)); IfAbruptCloseIterator(key, iteratorRecord).
            JsValue key;
            try
            {
                key = callback.Call2(default, value, k);
            }
            catch (JsException)
            {
                iteratorRecord.CloseAfterThrow(realm);
                throw;
            }

            // h. If key is -0𝔽, set key to +0𝔽. i. Perform AddValueToKeyedGroup(groups, key, value).
            key = OrderedHashTable.Canonicalize(key);
            if (groups.TryGetValue(key, out JsValue index))
            {
                lists[(int)index.AsNumber].Add(value);
            }
            else
            {
                groups.Set(key, lists.Count);
                lists.Add([value]);
            }

            // j. Set k to k + 1.
            k++;
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-map-@@species"/>
    [JsGetter("[Symbol.species]")]
    private static JsValue Species(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;
}
