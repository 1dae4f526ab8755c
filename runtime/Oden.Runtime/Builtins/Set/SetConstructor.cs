namespace Oden.Runtime.Builtins;

/// <summary>%Set%.</summary>
internal static unsafe partial class SetConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-set-iterable"/>
    [JsConstructor("Set", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, throw a TypeError exception.
        if (newTarget is null) throw realm.TypeError("Constructor Set requires 'new'");

        // 2-3. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%Set.prototype%", « [[SetData]] »), with empty [[SetData]].
        var set = new JsSet(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.SetPrototype));

        // 4. If iterable is either undefined or null, return set.
        JsValue iterable = args.At(0);
        if (iterable.IsNullish) return set;

        // 5. Let adder be ? Get(set, "add").
        JsValue adder = set.Get("add");

        // 6. If IsCallable(adder) is false, throw a TypeError exception.
        if (adder._ref is not JsFunction adderFunction)
        {
            throw realm.TypeError($"'{Operations.DescribeForError(realm, adder)}' returned for property 'add' of object '#<Set>' is not a function");
        }

        // 7-8. Let iteratorRecord be ? GetIterator(iterable, sync); add every value.
        AddValuesFromIterable(realm, set, iterable, adderFunction, direct: adderFunction is JsBuiltinFunction b && b.IsMethod(&SetPrototype.Add));
        return set;
    }

    /// <summary>Steps 7-8 of the Set and WeakSet constructors: Call(adder, set, « next ») for every value.</summary>
    internal static void AddValuesFromIterable(Realm realm, JsObject set, JsValue iterable, JsFunction adder, bool direct)
    {
        // 7. Let iteratorRecord be ? GetIterator(iterable, sync).
        IteratorRecord iteratorRecord = IteratorRecord.GetIterator(realm, iterable);

        // 8. Repeat,
        while (true)
        {
            // a-b. Let next be ? IteratorStepValue(iteratorRecord). If next is done, return set.
            if (!iteratorRecord.Step(realm, out JsValue next)) return;

            // c-d. Let status be Completion(Call(adder, set, « next »)); IfAbruptCloseIterator(status, iteratorRecord).
            if (direct)
            {
                // The intrinsic Set.prototype.add on a JsSet is unobservable: write the table directly.
                ((JsSet)set).SetData.Set(OrderedHashTable.Canonicalize(next), default);
                continue;
            }

            try
            {
                adder.Call1(set, next);
            }
            catch (JsException)
            {
                iteratorRecord.CloseAfterThrow(realm);
                throw;
            }
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-set-@@species"/>
    [JsGetter("[Symbol.species]")]
    private static JsValue Species(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;
}
